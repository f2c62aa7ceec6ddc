// The date engine: recognize every temporal expression, infer the article's own date from all of
// them (or take a valid front-matter date), then resolve every expression against it.
import { orderUnnumberedRounds } from './anchor/order-unnumbered-rounds.ts';
import { foldWithMap, spaceAttachedNumbers } from '../../lib/arabic-fold.ts';
import { formatDay, parseDay } from '../../lib/calendar.ts';
import { formatSpan } from '../../lib/edtf.ts';
import type { RoundRef, ArticleAnchor, Clue, DatingMessage, DatingOptions, DatingResult, DaySpan, Evidence, Expr, TimeExpression, Tense } from './types.ts';
import { alternation, withLam } from './constants.ts';
import { OTHER_COMMITTEE_QUALIFIERS, SYRIAN_DIALOGUE, TALKS_NAMES, TALKS_WORDS } from '../../lib/lexicon/talks.ts';
import { parseExpressions } from './parse-expressions.ts';
import { sentenceAt, sentenceSpans } from './anchor/sentences.ts';
import { pageFootStartOf, pageTopEndOf } from './anchor/page-top.ts';
import { dropQuotedDays } from './anchor/quoted-days.ts';
import { tenseAt } from './anchor/tense-at.ts';
import { roundCandidates, trackMentions } from './anchor/round-candidates.ts';
import { cluesApposed } from './anchor/clues-apposed.ts';
import { cluesDates } from './anchor/clues-dates.ts';
import { cluesDatedCountedMonth, cluesPairedYear } from './anchor/clues-paired-year.ts';
import { cluesDays } from './anchor/clues-days.ts';
import { cluesRounds } from './anchor/clues-rounds.ts';
import { cluesEras } from './anchor/clues-eras.ts';
import { cluesWarAge } from './anchor/clues-war-age.ts';
import { cluesUrl } from './anchor/clues-url.ts';
import { cluesMeta } from './anchor/clues-meta.ts';
import { judgeDays } from './anchor/clue-days.ts';
import { posterior } from './anchor/posterior.ts';
import { corroborateBounded } from './anchor/bounded-meetings.ts';
import { FITTED } from './anchor/fitted-params.ts';
import { roundDays } from './anchor/round-days.ts';
import { chooseRounds } from './anchor/choose-rounds.ts';
import { resolveAbsolute, resolveExpression } from './resolve/resolve-expression.ts';
import { resolveEve } from './resolve/resolve-eve.ts';
import { tiedDays } from './resolve/resolve-tied.ts';
import { noteEn } from '../../lib/evidence/explain-note.ts';

// «الجولة الرابعة من الحوار السوري السوري» (SANA's name for the Geneva talks) is a word of negotiations too.
const TALKS_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(withLam([...TALKS_WORDS, ...SYRIAN_DIALOGUE]))})(?![\\p{L}])`, 'u');
// «اللجنة الدستورية الليبية»: a name of the talks with another country's adjective after it is that country's.
const TALKS_NAMES_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(withLam(TALKS_NAMES))})(?![\\p{L}])(?!\\s+(?:${alternation(OTHER_COMMITTEE_QUALIFIERS)})(?![\\p{L}]))`, 'u');
/** The days an article about the talks can be from: the uprising's first year to two years after
 *  the catalog's last round (a function of the catalog, so the same inputs give the same dates). */
const ERA_START = parseDay('2011-01-01')!;
const AFTER_LAST_ROUND = 730;
function eraOf(rounds: RoundRef[]): DaySpan {
  const last = roundDays(rounds).reduce((m, r) => Math.max(m, r.end), parseDay('2024-12-31')!);
  return [ERA_START, last + AFTER_LAST_ROUND];
}
const pct = (p: number): string => `${Math.round(p * 100)} %`;
/** Below this, the likeliest day is no likelier than hundreds of others: naming it would mislead. */
const NO_DAY_STANDS_OUT = 0.005;

/** A front-matter date: YYYY-MM-DD, optionally followed by an ISO time. */
function publishedDay(value: unknown): number | null {
  // YAML front matter parsers turn an unquoted date into a Date at UTC midnight.
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value);
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  return m ? parseDay(m[1]!) : null;
}

const WORDY = /\p{L}{2,}(?:\s+\p{L}{2,}){3}/u;
/** A headline is a line this short at most; a longer first line is the story itself. */
const HEADLINE_CHARS = 200;

/** Where the lead ends: the headline and the story's first sentence. A headline cut in two by ".."
 *  or a colon is still one line, so the first sentence is the first one after that line. */
function headlineEndOf(folded: string, from = 0): number {
  const found = folded.slice(from).search(/\S/u);
  const first = found < 0 ? -1 : from + found;
  const lineEnd = first < 0 ? -1 : folded.indexOf('\n', first);
  return lineEnd > 0 && lineEnd - first <= HEADLINE_CHARS ? lineEnd : 0;
}

function leadEndOf(folded: string, spans: [number, number][], from: number): number {
  const lineEnd = headlineEndOf(folded, from);
  if (lineEnd > 0) {
    const lead = spans.find((sp) => sp[0] >= lineEnd && WORDY.test(folded.slice(sp[0], sp[1])));
    if (lead) return capLead(folded, lead);
  }
  const headline = (spans.find((sp) => sp[0] >= from && WORDY.test(folded.slice(sp[0], sp[1]))) ?? spans[0]!)[1];
  const lead = spans.find((sp) => sp[0] > headline && WORDY.test(folded.slice(sp[0], sp[1])));
  return lead ? capLead(folded, lead) : headline;
}

/** Words a lead sentence with no comma runs to at most: past them it is text with no stops (a
 *  transcript, a pasted caption), whose first "sentence" would take the whole story for the day's news.
 *  A lead of that length with its commas is a long sentence, and stays whole. */
const LEAD_MAX_WORDS = 60;
const CLAUSE_MARK = /[،,؛;:]/u;

function capLead(folded: string, [a, b]: [number, number]): number {
  if (CLAUSE_MARK.test(folded.slice(a, b))) return b;
  const words = /\S+/gu;
  words.lastIndex = a;
  let n = 0;
  for (let m = words.exec(folded); m && m.index < b; m = words.exec(folded)) if (++n > LEAD_MAX_WORDS) return m.index;
  return b;
}

/** «أعلن اليوم تأجيل الجولة إلى الثلاثاء 4 تموز المقبل»: a time told as coming («المقبل») is to come, whatever
 *  the clause's verb says (a past «أعلن» made the coming date past, and the story was dated after it). No
 *  tense read (a pluperfect's report) stays none. */
function toldSide(p: { stated: { rel?: number } }, tense: Tense): Tense {
  return (p.stated.rel ?? 0) > 0 && tense === 'past' ? 'future' : tense;
}

export function dateArticle(text: string, options: DatingOptions): DatingResult {
  const messages: DatingMessage[] = [];
  const { text: folded, map } = spaceAttachedNumbers(foldWithMap(text));
  const orig = (i: number): number => map[i] ?? text.length;
  const rounds = options.rounds ?? [];
  const spans = sentenceSpans(folded);
  const parsed = dropQuotedDays(parseExpressions({ folded, rounds }), folded, spans);
  const mentions = trackMentions(folded);
  // A round number dates a story only if it is about the talks: a track named with negotiations, a
  // name of the talks (an envoy, the guarantor states), or a round named with its track ("أستانا-9").
  // A league's "الجولة الثامنة" in a match against Kazakhstan is none of these.
  const aboutTalks = (mentions.length > 0 && TALKS_RE.test(folded)) || TALKS_NAMES_RE.test(folded) ||
    parsed.some((p) => p.kind === 'round' && (p.stated.track !== undefined || p.stated.roundId !== undefined));
  let exprs: Expr[] = parsed.map((p, index) => {
    const sentence = sentenceAt(spans, p.start);
    return {
      ...p, index, sentence, tense: toldSide(p, tenseAt(folded, p.start, p.end, sentence[0], sentence[1], p.kind === 'weekday')),
      candidates: p.kind === 'round' && aboutTalks ? roundCandidates(p, sentence, mentions, rounds, folded) : [],
    };
  });
  exprs = orderUnnumberedRounds(exprs);
  const pageTopEnd = pageTopEndOf(folded, parsed);
  let ctx = { folded, exprs, mentions, rounds, aboutTalks, leadEnd: leadEndOf(folded, spans, pageTopEnd), headlineEnd: headlineEndOf(folded, pageTopEnd), pageTopEnd, pageFootStart: pageFootStartOf(folded, parsed), params: options.params ?? FITTED };
  // A meeting read from words other meetings share stands only where other evidence places the story near it.
  // That evidence is read twice when such a meeting is there: the clues of dates and eras read the rounds'
  // candidates, which the first reading may change.
  const corroborated = corroborateBounded(exprs, () => [...cluesDates(ctx), ...cluesEras(ctx), ...cluesUrl(options.url), ...cluesMeta(options.metaPublished)], eraOf(rounds));
  if (corroborated !== exprs) ctx = { ...ctx, exprs: (exprs = corroborated) };
  // A teaser's, a caption's or a banner's lines are another story's: the clean stage has taken them out.
  const clues = [...cluesDates(ctx), ...cluesApposed(ctx), ...cluesPairedYear(ctx), ...cluesDatedCountedMonth(ctx), ...cluesDays(ctx), ...cluesRounds(ctx), ...cluesEras(ctx), ...cluesWarAge(ctx)];
  clues.push(...cluesUrl(options.url), ...cluesMeta(options.metaPublished));
  const evidence = (c: Clue): Evidence => ({ quote: c.quote ?? text.slice(orig(c.start), orig(c.end)), says: noteEn(c.note), note: c.note, start: orig(c.start), end: orig(c.end) });

  let anchor: ArticleAnchor | null = null;
  let anchorSpan: DaySpan | null = null;
  let weekdayDays = new Map<number, number>();
  if (options.published !== undefined) {
    const day = publishedDay(options.published);
    if (day === null) {
      messages.push({ start: 0, end: 0, severity: 'error', reason: `published: "${options.published}" is not a valid day (expected YYYY-MM-DD); dating the article from its text instead` });
    } else {
      const check = judgeDays(clues, [day]);
      anchorSpan = [day, day];
      weekdayDays = check.weekdayDays;
      anchor = {
        edtf: formatDay(day), certainty: 'exact', method: 'front-matter', confidence: 1,
        evidence: check.satisfied.map(evidence), conflicts: check.conflicts.map(evidence),
      };
    }
  }
  if (!anchor) {
    const params = ctx.params;
    const post = posterior(clues, params, eraOf(rounds));
    const hull = post?.credible ? [post.credible[0]!, post.credible[post.credible.length - 1]!] as DaySpan : null;
    let days: number[] | null = null;
    if (post && post.pBest >= params.tau) days = [post.best];
    else if (post && hull && hull[1] - hull[0] + 1 <= params.maxIntervalDays) days = post.credible;
    // The days chosen judged once: whether they meet the story's own weekday, then as its evidence.
    const judged = days ? judgeDays(clues, days) : null;
    if (!post) {
      messages.push({ start: 0, end: 0, severity: 'error', reason: 'no date evidence: add published: YYYY-MM-DD to the front matter' });
    } else if (!days && post.pBest < NO_DAY_STANDS_OUT) {
      // Only bounds of years (an envoy, a body that did not exist before a day): no likeliest day to name.
      messages.push({ start: 0, end: 0, severity: 'error', reason: 'no date evidence narrower than years: add published: YYYY-MM-DD to the front matter' });
    } else if (!days) {
      const top = post.top.filter((t, i) => i === 0 || t.p >= 0.01).map((t) => `${formatDay(t.day)} (${pct(t.p)})`).join(', ');
      const why = hull ? `the likeliest days spread over ${formatSpan(hull)}` : 'no day or month holds most of the probability';
      messages.push({ start: 0, end: 0, severity: 'error', reason: `${why}; likeliest: ${top}: add published: YYYY-MM-DD to the front matter` });
    } else if (daysAgainstOwnWeekday(judged!)) {
      // «… اليوم السبت»: the weekday the story names its own day by is the surest word of all; days with none
      // of that weekday are another reading gone wrong, not a date to print.
      const top = formatSpan([days[0]!, days[days.length - 1]!]);
      messages.push({ start: 0, end: 0, severity: 'error', reason: `the likeliest days ${top} are not the weekday the story names its day by: add published: YYYY-MM-DD to the front matter` });
    } else {
      const span: DaySpan = [days[0]!, days[days.length - 1]!];
      anchorSpan = span;
      const exact = span[0] === span[1];
      const { satisfied, conflicts, weekdayDays: chosen } = judged!;
      weekdayDays = chosen;
      anchor = {
        edtf: formatSpan(span),
        certainty: exact ? 'exact' : 'range',
        method: 'inferred',
        confidence: Math.round((exact ? post.pBest : post.credibleMass) * 100) / 100,
        evidence: satisfied.sort((a, b) => b.weight - a.weight).map(evidence),
        conflicts: conflicts.map(evidence),
      };
      for (const c of conflicts) {
        if (c.weight >= 3) messages.push({ start: orig(c.start), end: orig(c.end), severity: 'warning', reason: `date evidence disagrees with the article date ${anchor.edtf}: ${noteEn(c.note)}` });
      }
    }
  }

  // A round only one catalog entry fits: the one a text with no article date may still date by.
  const single = new Set(exprs.filter((e) => e.kind === 'round' && e.candidates.length === 1));
  const tied = anchorSpan ? null : tiedDays(exprs, folded);
  exprs = chooseRounds(exprs, folded, anchorSpan);
  const expressions: TimeExpression[] = exprs.map((e) => {
    const start = orig(e.start);
    const end = orig(e.end);
    const round = e.kind === 'round' ? e.candidates[0] : undefined;
    return {
      start, end, text: text.slice(start, end), kind: e.kind,
      stated: { ...e.stated, ...(e.tense ? { tense: e.tense } : {}) },
      ...(round ? { roundId: round.round.id } : {}),
      resolved: e.kind === 'eve' ? resolveEve(e, exprs, anchorSpan, weekdayDays, folded)
        : anchorSpan ? (e.kind !== 'round' || round ? resolveExpression(e, anchorSpan, weekdayDays) : null)
          // No article date: what the text dates by itself still dates its events.
          : e.kind !== 'round' || single.has(e) ? resolveAbsolute(e) ?? tied?.get(e.index) ?? null : null,
    };
  });
  return { anchor, expressions, messages };
}

/** Whether the days chosen meet none of the weekdays the story names its own day by («اليوم السبت»، «أمس
 *  الجمعة») and miss one. */
function daysAgainstOwnWeekday(judged: { satisfied: Clue[]; conflicts: Clue[] }): boolean {
  const own = (c: Clue): boolean => c.family === 'relative-weekday';
  return judged.conflicts.some(own) && !judged.satisfied.some(own);
}
