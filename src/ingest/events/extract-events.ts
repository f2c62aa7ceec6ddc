import { CITING_WORDS } from '../../lib/lexicon/citing-words.ts';
import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import { foldLine } from '../shared/fold-line.ts';
import type { ResolvedDate, TimeExpression } from '../dating-contract.ts';
import { classifyKind } from './classify-kind.ts';
import type { EventDraft } from './event-draft.ts';
import { firstAction } from './has-action.ts';
import { lastWordsOf } from './last-words.ts';
import { makeTitle } from './make-title.ts';
import { placeRoundParts } from './round-parts.ts';
import type { Span } from './span.ts';
import { splitClauses } from './split-clauses.ts';
import { opensListItem, splitList, verbPart } from './split-list.ts';
import { endsOnIntent, splitReported } from './split-reported.ts';
import { splitSentences } from './split-sentences.ts';

interface Group extends Span {
  dates: TimeExpression[];
  /** End of the quote: undated clauses before the next dated one belong to both (an object after "أعلنت اليوم،"). */
  quoteEnd: number;
}

function inside(e: TimeExpression, s: Span): boolean {
  return e.start >= s.start && e.end <= s.end;
}

// A round reference ("الجولة الثامنة") names what happened, not when: it governs a clause only when a
// time phrase places the clause in it («في ختام الجولة», «على هامش الجولة»; round-parts.ts).
function governs(e: TimeExpression): boolean {
  return e.resolved !== null && (e.kind !== 'round' || e.stated.roundPart !== undefined);
}

const CITING_REACH = 6;
const lastLetterRuns = lastWordsOf(/^\p{L}$/u);

/** A date within a few words after a citing word of its clause («مستشهداً بإعلان قمة طهران في 7 أيلول») dates what is cited, not the clause. */
function cited(text: string, clause: Span, e: TimeExpression): boolean {
  const before = lastLetterRuns(text.slice(clause.start, e.start), CITING_REACH);
  return before.some((w) => {
    const f = foldArabic(w);
    return CITING_WORDS.has(f) || CITING_WORDS.has(f.replace(/^و/u, ''));
  });
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
    const dates = expressions.filter((e) => governs(e) && inside(e, clause) && !cited(text, clause, e));
    if (dates.length === 0) {
      pending = pending ? { start: pending.start, end: clause.end } : clause;
      continue;
    }
    const previous = groups[groups.length - 1];
    // A time that opens the sentence with no action of its own («وأمس الأربعاء، صرّح الوزير …») governs what follows it.
    if (previous && firstAction(text.slice(previous.start, previous.end)) === -1) {
      previous.end = clause.end;
      previous.quoteEnd = clause.end;
      previous.dates.push(...dates);
      pending = null;
      continue;
    }
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

/** A statement and the event it reports, each with its own date, become two groups; so do the items of a list of dated events. */
function splitGroup(text: string, group: Group): Group[] {
  if (group.dates.length < 2) return [group];
  const reported = splitReported(text, group, group.dates);
  const cuts = reported.length > 0 ? reported : splitList(text, group.dates);
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

/**
 * The date of the action, not merely the first in its clause: a duration («منذ 10 سنوات») tells how long
 * something has lasted and gives way to a day or a weekday beside it; then the first that is not
 * approximate.
 */
function chooseDate(dates: readonly TimeExpression[]): TimeExpression {
  const points = dates.filter((d) => d.kind !== 'duration');
  const pool = points.length > 0 ? points : dates;
  return pool.find((d) => d.resolved?.certainty !== 'approximate') ?? pool[0]!;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Whether `text` holds no more than `n` words (runs of letters and marks): counted up to n + 1, not
 *  listed to the end of a long clause to learn it has more than two. */
function atMostWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  for (let k = 0; k <= n; k++) if (!WORD.exec(text)) return true;
  return false;
}

const COMPLEMENTIZER_NEXT = /^\s*ب?[اأإ]ن(?:ه|ها|هم|هما)?\s/u;

/**
 * The kind of event, read first in the words around its date (the action the date belongs to:
 * "... عملية التبادل ... وتستبق الجولة التي ستعقد في 7-8 من يوليو" is a round, not the exchange),
 * then in the whole clause group. `own` is the group's text as the title reads it, standing at
 * `group.start`: never shorter than the group (a blanked phrase keeps its length, a list item gains its
 * verb), so both windows lie inside it and no copy of the article is built around it.
 */
function kindAround(own: string, group: Span, expression: TimeExpression): EventDraft['kind'] {
  const from = Math.max(group.start, expression.start - 80) - group.start;
  const to = Math.max(0, Math.min(group.end, expression.end + 80) - group.start);
  const near = classifyKind(foldLine(own.slice(from, to)));
  return near !== 'other' ? near : classifyKind(foldLine(own.slice(0, group.end - group.start)));
}

/** The group's text with the time phrase of a round part blanked (same length, so offsets hold). */
function withoutRoundPhrase(text: string, group: Span, e: TimeExpression): string {
  const own = text.slice(group.start, group.end);
  const from = e.stated.partStart;
  const to = e.stated.partEnd;
  if (typeof from !== 'number' || typeof to !== 'number' || from < group.start || to > group.end) return own;
  return own.slice(0, from - group.start) + ' '.repeat(to - from) + own.slice(to - group.start);
}

const LEAD_MIN_WORDS = 6;

/**
 * The story's lead (its first sentence) when it tells an action with no time of its own («التقى المبعوث
 * الأممي وفد المعارضة في جنيف»): news of the article's day, dated by the article's date. The time
 * expression is the article date itself (no text: the page says so).
 */
function undatedLead(text: string, sentence: Span, anchor: ResolvedDate): EventDraft | null {
  const own = text.slice(sentence.start, sentence.end).replace(/\s+$/u, '');
  // A sentence ended by its full stop, not a teaser headline («… أصبح في أفغانستان..»), a page's
  // furniture («2024- 11 - 24 | بحث في الموقع») or a stray clause.
  if (!/[^.…]\.$/u.test(own) || /[|｜]/u.test(own) || (own.match(/\p{L}+/gu) ?? []).length < LEAD_MIN_WORDS) return null;
  const action = firstAction(own);
  if (action === -1) return null;
  const expression: TimeExpression = { start: sentence.start, end: sentence.start, text: '', kind: 'article-date', stated: {}, resolved: anchor };
  const kind = classifyKind(foldLine(own));
  if (kind === 'round-opening' || kind === 'round-closing') return null;
  return { start: sentence.start, end: sentence.start + own.length, quote: own, title: makeTitle(own, action, ''), kind, expression, roundIds: [] };
}

/**
 * Events stage: dated, reported actions of the story (the title line is left out: it repeats the story).
 * With `story` (where the story starts, the article's date and its headline), an undated first sentence
 * of the story is the day's news.
 */
export function extractEvents(text: string, paragraphs: readonly Span[], expressions: readonly TimeExpression[], story?: { start: number; anchor: ResolvedDate; headline?: string | null }): EventDraft[] {
  const events: EventDraft[] = [];
  const placed = placeRoundParts(text, expressions);
  const sentences = splitSentences(text, paragraphs);
  // The lead is the first sentence that is not the headline (the title line may stay in the body, or come twice).
  const headline = foldLine(story?.headline ?? '');
  const repeatsHeadline = (s: Span) => headline !== '' && foldLine(text.slice(s.start, s.end)).startsWith(headline);
  const first = story ? sentences.find((s) => s.start >= story.start && /\p{L}/u.test(text.slice(s.start, s.end)) && !repeatsHeadline(s)) : undefined;
  let previous: Span | null = null;
  for (const sentence of sentences) {
    // Where «الأخير» of a clause finds whom it stands for: its sentence before it, and the sentence before.
    const contextStart = previous?.start ?? sentence.start;
    previous = sentence;
    // A round's time phrase after a date of the sentence («… اجتماعاً الخميس …، في افتتاح الجولة الثامنة») says the same day again: only the first governs.
    const within = placed.flatMap((e, k) => {
      if (!inside(e, sentence)) return [];
      const later = e !== expressions[k] && placed.some((d) => governs(d) && d.stated.roundPart === undefined && inside(d, sentence) && d.end <= e.start);
      return [later ? expressions[k]! : e];
    });
    if (!within.some(governs)) {
      // A round named in passing («تحضيرات الجولة المقبلة») leaves the lead undated; a round that is the action does not.
      const news = sentence === first && within.every((e) => e.kind === 'round') ? undatedLead(text, sentence, story!.anchor) : null;
      if (news) events.push(news);
      continue;
    }
    let lead: { group: Group; verb: string } | null = null;
    for (const group of groupClauses(text, sentence, within)) {
      let quote = text.slice(group.start, group.quoteEnd);
      const expression = chooseDate(group.dates);
      // The round's time phrase («وعلى هامش الجولة العاشرة من محادثات أستانا») is when, not what: title and kind are read without it.
      let own = withoutRoundPhrase(text, group, expression);
      let action = firstAction(own);
      // A later item of a list that drops its verb («…، والثاني في 17 نيسان») is an event of the verb before it.
      // So is a verb joined by «و» whose subject went before it («وصل الوفد الاثنين | وغادر الأربعاء»).
      const bareVerb = action !== -1 && /^\s*و/u.test(own) && atMostWords(own.slice(action), 2);
      if (lead && ((action === -1 && opensListItem(own)) || bareVerb)) {
        quote = text.slice(lead.group.start, group.quoteEnd);
        own = `${lead.verb} ${own}`;
        action = firstAction(own);
      }
      if (action === -1) continue;
      if (firstAction(text.slice(group.start, group.end)) !== -1) lead = { group, verb: verbPart(text, group, group.dates) };
      // What follows the clause: the rest of its quote, and the rest of the sentence after a colon (a statement's words).
      const more = text.slice(group.end, group.quoteEnd);
      // A statement cut before what it reports («صرّح الوزير | أن …», «أكد عزمه على | …»): its title runs on into the claim.
      const said = more === '' && (COMPLEMENTIZER_NEXT.test(text.slice(group.end, sentence.end)) || endsOnIntent(own));
      const continuation = said || /[:：]\s*$/u.test(own + more) ? text.slice(group.end, sentence.end) : more;
      const roundIds = [...new Set(within.filter((e) => inside(e, { start: group.start, end: group.quoteEnd }) && e.roundId).map((e) => e.roundId!))];
      events.push({
        start: group.quoteEnd - quote.length,
        end: group.quoteEnd,
        quote,
        title: makeTitle(own, action, continuation, text.slice(contextStart, group.start)),
        kind: kindAround(own, group, expression),
        expression,
        roundIds,
      });
    }
  }
  return events;
}
