import { foldFast as foldArabic } from '../clean/fold-fast.ts';
import type { TimeExpression } from '../dating-contract.ts';
import { classifyKind } from './classify-kind.ts';
import type { EventDraft } from './event-draft.ts';
import { firstAction } from './has-action.ts';
import { makeTitle } from './make-title.ts';
import type { Span } from './span.ts';
import { splitClauses } from './split-clauses.ts';
import { splitReported } from './split-reported.ts';
import { splitSentences } from './split-sentences.ts';

interface Group extends Span {
  dates: TimeExpression[];
  /** End of the quote: undated clauses before the next dated one belong to both (an object after "أعلنت اليوم،"). */
  quoteEnd: number;
}

function inside(e: TimeExpression, s: Span): boolean {
  return e.start >= s.start && e.end <= s.end;
}

// A round reference ("الجولة الثامنة") names what happened, not when: it dates an event only through
// the catalog, so it never governs a clause that has a date of its own.
function governs(e: TimeExpression): boolean {
  return e.resolved !== null && e.kind !== 'round';
}

/**
 * Groups a sentence's clauses around the dates that govern them: a clause without a date joins the
 * next dated clause (the reporting verb before its date: "وقالت الوزارة في بيانها، اليوم السبت"), and
 * undated clauses at the end join the last group. Undated clauses between two dated ones are quoted
 * with both ("أعلنت الخارجية اليوم، انطلاق الجولة التاسعة، الاثنين القادم"). One group = one event.
 */
function groupClauses(text: string, sentence: Span, expressions: readonly TimeExpression[]): Group[] {
  const groups: Group[] = [];
  let pending: Span | null = null;
  for (const clause of splitClauses(text, sentence)) {
    const dates = expressions.filter((e) => governs(e) && inside(e, clause));
    if (dates.length === 0) {
      pending = pending ? { start: pending.start, end: clause.end } : clause;
      continue;
    }
    const previous = groups[groups.length - 1];
    if (previous && pending) previous.quoteEnd = pending.end;
    groups.push({ start: pending ? pending.start : clause.start, end: clause.end, dates, quoteEnd: clause.end });
    pending = null;
  }
  const last = groups[groups.length - 1];
  if (pending && last) {
    last.end = pending.end;
    last.quoteEnd = pending.end;
  }
  return groups.flatMap((g) => splitGroup(text, g));
}

/** A statement and the event it reports, each with its own date, become two groups. */
function splitGroup(text: string, group: Group): Group[] {
  if (group.dates.length < 2) return [group];
  const cuts = splitReported(text, group, group.dates);
  if (cuts.length === 0) return [group];
  const bounds = [group.start, ...cuts, group.end];
  const parts: Group[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]!;
    let end = bounds[k + 1]!;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const last = k + 2 === bounds.length;
    parts.push({ start, end, dates: group.dates.filter((d) => inside(d, { start, end })), quoteEnd: last ? group.quoteEnd : end });
  }
  return parts;
}

function chooseDate(dates: readonly TimeExpression[]): TimeExpression {
  return dates.find((d) => d.resolved?.certainty !== 'approximate') ?? dates[0]!;
}

const fold = (s: string) => foldArabic(s).replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * The kind of event, read first in the words around its date (the action the date belongs to:
 * "... عملية التبادل ... وتستبق الجولة التي ستعقد في 7-8 من يوليو" is a round, not the exchange),
 * then in the whole clause group.
 */
function kindAround(text: string, group: Span, expression: TimeExpression): EventDraft['kind'] {
  const near = classifyKind(fold(text.slice(Math.max(group.start, expression.start - 80), Math.min(group.end, expression.end + 80))));
  return near !== 'other' ? near : classifyKind(fold(text.slice(group.start, group.end)));
}

/** Events stage: dated, reported actions of the story (the title line is left out: it repeats the story). */
export function extractEvents(text: string, paragraphs: readonly Span[], expressions: readonly TimeExpression[]): EventDraft[] {
  const events: EventDraft[] = [];
  for (const sentence of splitSentences(text, paragraphs)) {
    const within = expressions.filter((e) => inside(e, sentence));
    if (!within.some(governs)) continue;
    for (const group of groupClauses(text, sentence, within)) {
      const own = text.slice(group.start, group.end);
      const quote = text.slice(group.start, group.quoteEnd);
      const action = firstAction(own);
      if (action === -1) continue;
      // What follows the clause: the rest of its quote, and the rest of the sentence after a colon (a statement's words).
      const more = text.slice(group.end, group.quoteEnd);
      const continuation = /[:：]\s*$/u.test(own + more) ? text.slice(group.end, sentence.end) : more;
      const expression = chooseDate(group.dates);
      const roundIds = [...new Set(within.filter((e) => inside(e, { start: group.start, end: group.quoteEnd }) && e.roundId).map((e) => e.roundId!))];
      events.push({
        start: group.start,
        end: group.quoteEnd,
        quote,
        title: makeTitle(own, action, continuation),
        kind: kindAround(text, group, expression),
        expression,
        roundIds,
      });
    }
  }
  return events;
}
