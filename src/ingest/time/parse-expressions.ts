// Recognition: every parser over the folded text, then the refiners in order. Offsets stay in
// folded coordinates here; date-article.ts maps them back to the input.
import type { Parsed, ParseContext, Parser, Refiner } from './types.ts';
import { monthDate } from './parsers/month-date.ts';
import { START as RELATIVE_DAY_START, relativeDay } from './parsers/relative-day.ts';
import { weekday } from './parsers/weekday.ts';
import { numericDate } from './parsers/numeric-date.ts';
import { wireDayMonth } from './parsers/wire-day-month.ts';
import { year } from './parsers/year.ts';
import { relativePeriod } from './parsers/relative-period.ts';
import { hijriDate } from './parsers/hijri-date.ts';
import { persianDate } from './parsers/persian-date.ts';
import { round } from './parsers/round.ts';
import { namedMeeting } from './parsers/named-meeting.ts';
import { describedMeeting } from './parsers/described-meeting.ts';
import { newRoundNumbered, unnumberedRound } from './parsers/unnumbered-round.ts';
import { guarantorLeadersMeeting, guarantorsMeeting } from './parsers/guarantors-meeting.ts';
import { duration } from './parsers/duration.ts';
import { dayOfMonth } from './parsers/day-of-month.ts';
import { eve } from './parsers/eve.ts';
import { monthFirstDate } from './parsers/month-first-date.ts';
import { dropOverlaps } from './refiners/drop-overlaps.ts';
import { dropIdleTracks } from './refiners/drop-idle-tracks.ts';
import { mergeAdjacent } from './refiners/merge-adjacent.ts';
import { dropNonDates } from './refiners/drop-non-dates.ts';
import { dropCountedFromOther } from './refiners/drop-counted-from-other.ts';
import { mergeRanges } from './refiners/merge-ranges.ts';
import { mergeWeekdayPairs } from './refiners/merge-weekday-pairs.ts';
import { mergeRelativeDayPairs } from './refiners/merge-relative-day-pairs.ts';
import { mergeCorrectedDays } from './refiners/merge-corrected-days.ts';
import { bindNamedPeriod } from './refiners/bind-named-period.ts';
import { bindPairedMonth } from './refiners/bind-paired-month.ts';
import { shiftReportedDays } from './refiners/shift-reported-days.ts';
import { WORD_START } from './constants.ts';
import { foldArabic } from '../../lib/arabic-fold.ts';
import { isSpaceUnit, isSurrogateUnit, unitClass } from '../shared/unit-class.ts';
import { JOINED_CONJUNCTIONS, JOINED_PREPOSITIONS } from '../../lib/lexicon/prepositions.ts';

// Cheap tests that skip a parser on texts where it cannot match (most articles have no Hijri date).
const NEEDS = new Map<Parser, RegExp>([
  [hijriDate, /\d{3,4}\s*(?:ه(?![\p{L}])|هجري|للهجره)|\d\s*(?:ه(?![\p{L}])|هجري|للهجره)|\s1[34]\d\d(?!\d)/u],
  [persianDate, /\d\s+\p{L}{2,9}\s+1[34]\d\d(?!\d)/u],
  [numericDate, /\d ?[-/.:] ?\d{1,2} ?[-/.:] ?\d/u],
  [wireDayMonth, /\d ?- ?\d{1,2}\s*\(/u],
  [monthFirstDate, /\d\s*[,،]\s*\d{4}|[A-Za-z]\.?\s+\d{1,2}\s+\d{4}|\d(?:\s+|[-/])[A-Za-z]{3}/u],
]);

export const PARSERS: Parser[] = [persianDate, hijriDate, numericDate, wireDayMonth, monthFirstDate, monthDate, relativeDay, weekday, year, relativePeriod, round, namedMeeting, describedMeeting, unnumberedRound, newRoundNumbered, guarantorsMeeting, guarantorLeadersMeeting, duration, dayOfMonth, eve];
export const REFINERS: Refiner[] = [dropIdleTracks, dropOverlaps, bindNamedPeriod, bindPairedMonth, mergeAdjacent, mergeRanges, mergeWeekdayPairs, mergeRelativeDayPairs, mergeCorrectedDays, dropNonDates, dropCountedFromOther, shiftReportedDays];

const compiled = new Map<Parser, RegExp>();
/** Parsers whose pattern is the catalog's: each caches its own per catalog. */
const CATALOG_PARSERS = new Set<Parser>([namedMeeting, describedMeeting]);

export function parseExpressions(ctx: ParseContext): Parsed[] {
  let results: Parsed[] = [];
  for (const parser of PARSERS) {
    if (NEEDS.get(parser)?.test(ctx.folded) === false) continue;
    const trigger = parser.trigger ?? parser.triggerFor?.(ctx);
    // Context-free patterns are compiled once; the catalog one depends on the rounds given. A trigger
    // that gives each place's pattern needs no whole one (the catalog's names: 71,000 characters to write).
    let re = trigger?.patternAt ? null : compiled.get(parser);
    if (!trigger?.patternAt && (!re || CATALOG_PARSERS.has(parser))) {
      re = parser.pattern(ctx);
      if (!CATALOG_PARSERS.has(parser)) compiled.set(parser, re);
    }
    for (const m of matches(re ?? null, trigger, ctx.folded)) {
      const r = parser.extract(m, ctx);
      if (r) results.push(r);
    }
  }
  for (const refine of REFINERS) results = refine(results, ctx);
  return results;
}

// The sticky twin of each parser's pattern: tried at one position, it matches there or fails at once.
const sticky = new WeakMap<RegExp, RegExp>();

function stickyTwin(re: RegExp): RegExp {
  let twin = sticky.get(re);
  if (!twin) sticky.set(re, (twin = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  return twin;
}

// Up to this lookback the pattern is tried position by position around each trigger word; past it, one
// scan from the window's start costs less than a call at each position (the month names' 120 characters:
// measured on the date engine's bench, 481 ms scanned against 567 ms tried), unless the pattern opens at
// a word: then only the few positions after a word's edge or prefix are tried (month-date over 100
// generated articles: 268 µs an article scanned, 151 tried).
const MOST_TRIED_LOOKBACK = 48;

// A pattern that opens with WORD_START matches only after the text's start or a character that is no
// letter or digit, with at most the prefixes the look-behind allows between (و or ف, then لل or one of
// ب ل ك: three letters, all of و ف ل ب ك): at any other position it fails at once, and trying it there
// costs a call. After any of those letters is not enough: ل and و end the article «ال» and many words.
const OPENS_AT_WORD = foldArabic(WORD_START);
// Relative days' look-behind allows fewer prefixes (at most two letters, all of those five): where
// WORD_START surely fails, so does it.
const OPENS_AFTER_PREFIXES = [OPENS_AT_WORD, foldArabic(RELATIVE_DAY_START)];
const isLetterOrDigit = unitClass(/[\p{L}\p{N}]/u);
const isPrefixUnit = unitClass(/[وفلبك]/u);
const MOST_PREFIX_UNITS = 3;

/**
 * Whether WORD_START may hold at text[q]: false only where it surely fails, when no run of at most three
 * prefix letters before q follows the text's start or a unit that is no letter or digit (a surrogate half
 * counts as one, so an astral character never rules a place out).
 */
function mayOpenWord(text: string, q: number): boolean {
  for (let k = 0; k <= MOST_PREFIX_UNITS && k <= q; k++) {
    if (k > 0 && !isPrefixUnit(text.charCodeAt(q - k))) return false;
    if (q - k === 0 || !isLetterOrDigit(text.charCodeAt(q - k - 1))) return true;
  }
  return false;
}

/**
 * Where WORD_START may next hold, up to `end`, after q where it surely fails: a place further into the
 * run of letters and digits q is in has the same units before it and more, so it fails too (more than
 * three letters, or one that is no prefix); only the place after the run may open a word. Skipping the
 * run spares mayOpenWord's reads of up to four units at each letter of a long word.
 */
function pastWord(text: string, q: number, end: number): number {
  let j = q;
  while (j < end && isLetterOrDigit(text.charCodeAt(j))) j++;
  return Math.min(j + 1, end);
}

/** Whether text[q] follows the text's start or a unit that is no letter, digit or surrogate half: there
 *  the look-behind of a pattern opening at a word holds with no prefix, exactly. */
function followsNoWord(text: string, q: number): boolean {
  if (q === 0) return true;
  const before = text.charCodeAt(q - 1);
  return !isLetterOrDigit(before) && !isSurrogateUnit(before);
}

/**
 * Each opening's look-behind as the prefixes it lets stand between a word's edge and the place: any of
 * `prefixes`, or of `beforeArticle` where the article «ال» follows (relative days' «ل(?=ال)»). Read
 * here, the sticky pattern with its opening is never compiled: a prefix before the place («والاجتماع»)
 * is common, and compiling each such pattern a second time cost the first article dated 4-7 ms.
 * `tests/ingest/time/opening-look-behind.test.ts` checks each against its look-behind.
 */
export interface Opening { source: string; prefixes: readonly string[]; beforeArticle: readonly string[] }
const ARTICLE = foldArabic('ال');
const LAM = foldArabic('ل');
/** A conjunction, then a preposition, each or both left out. */
const joined = (prepositions: readonly string[]): string[] => ['', ...JOINED_CONJUNCTIONS].flatMap((c) => ['', ...prepositions].map((p) => c + p));
export const OPENINGS: readonly Opening[] = [
  { source: OPENS_AT_WORD, prefixes: joined(JOINED_PREPOSITIONS), beforeArticle: [] },
  // Relative days': «ب» or «ك», and «ل» only before the article.
  { source: OPENS_AFTER_PREFIXES[1]!, prefixes: joined(JOINED_PREPOSITIONS.filter((p) => !p.startsWith(LAM))), beforeArticle: joined([LAM]).filter((p) => p.endsWith(LAM)) },
];

/** Whether the character before text[at] (read whole when it is a surrogate pair) is no letter or digit, or there is none. */
function wordEdgeBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const unit = text.charCodeAt(at - 1);
  if (!isSurrogateUnit(unit)) return !isLetterOrDigit(unit);
  const point = at >= 2 ? text.codePointAt(at - 2)! : unit;
  return !LETTER_OR_DIGIT.test(String.fromCodePoint(point > 0xffff ? point : unit));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the opening's look-behind holds at text[at]. */
export function lookBehindHolds(opening: Opening, text: string, at: number): boolean {
  const after = (prefix: string) => at >= prefix.length && text.startsWith(prefix, at - prefix.length) && wordEdgeBefore(text, at - prefix.length);
  return opening.prefixes.some(after) || (opening.beforeArticle.length > 0 && text.startsWith(ARTICLE, at) && opening.beforeArticle.some(after));
}

// Where the opening look-behind surely holds, the pattern without it: the look-behind is a good part of a
// try that fails, and most tries are at a word after a space.
const bodies = new WeakMap<RegExp, RegExp>();

function stickyBody(re: RegExp): RegExp {
  let body = bodies.get(re);
  if (!body) {
    const opening = OPENS_AFTER_PREFIXES.find((o) => re.source.startsWith(o))!;
    bodies.set(re, (body = new RegExp(re.source.slice(opening.length), `${re.flags.replace('g', '')}y`)));
  }
  return body;
}

/** Each character of a pattern's source outside escapes and character classes, with the depth of the
 *  brackets around it (a bracket's own depth counted before it opens or after it closes); stops where
 *  `visit` returns a value, and gives it. */
function walkSource<T>(source: string, visit: (c: string, i: number, depth: number) => T | undefined): T | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === ')') depth--;
      const out = visit(c, i, depth);
      if (out !== undefined) return out;
      if (c === '(') depth++;
    }
  }
  return undefined;
}

/** The body of the look-behind a pattern's source opens with, or null: up to its closing bracket. */
function leadingLookBehind(source: string): string | null {
  if (!source.startsWith('(?<=')) return null;
  return walkSource(source, (c, i, depth) => (c === ')' && depth === 0 ? source.slice(4, i) : undefined)) ?? null;
}

/** Whether every string the look-behind's body matches ends in a run of spaces: its last item is `\s+`, with
 *  no alternative beside it at the top level. */
function endsInSpaces(body: string): boolean {
  if (!body.endsWith('\\s+') || /(?:^|[^\\])(?:\\\\)*\\$/.test(body.slice(0, -3))) return false;
  return walkSource(body, (c, _i, depth) => (c === '|' && depth === 0 ? false : undefined)) ?? true;
}

// A pattern that opens with a look-behind ending in a run of spaces («في 17 الجاري»: after «في ») starts
// only after a space: elsewhere a try fails at once, and costs a call (day-of-month tried at 510 thousand
// positions of the bench's thousand articles, every one of them in vain).
const afterSpaces = new WeakMap<RegExp, boolean>();

function opensAfterSpaces(re: RegExp): boolean {
  let yes = afterSpaces.get(re);
  if (yes === undefined) {
    const body = leadingLookBehind(re.source);
    afterSpaces.set(re, (yes = body !== null && endsInSpaces(body)));
  }
  return yes;
}

/** Whether a pattern opening after spaces may match at text[q]: not where the unit before is neither a
 *  space nor a surrogate half (an astral character is read whole, and a try inside one moves back). */
function mayFollowSpace(text: string, q: number): boolean {
  if (q === 0) return false;
  const before = text.charCodeAt(q - 1);
  return isSpaceUnit(before) || isSurrogateUnit(before);
}

/**
 * Where a match holding the trigger word at `at` may start: `lookback` characters before it, a run of spaces
 * counted as one. A parser's lookback is measured on text with single spaces between words, and its
 * pattern joins words by `\s+`: text pasted with wider gaps («ثالث      اجتماعات») would put a match's
 * start out of a window counted in characters, and the match would be lost.
 */
function windowStart(text: string, at: number, lookback: number): number {
  let q = at;
  for (let budget = lookback; budget > 0 && q > 0; budget--) {
    q--;
    if (isSpaceUnit(text.charCodeAt(q))) while (q > 0 && isSpaceUnit(text.charCodeAt(q - 1))) q--;
  }
  return q;
}

/** Every match of `re`; with a trigger, only near the trigger words (every match holds one). `re` may be
 *  null with a trigger that gives each place's pattern: how the whole one opens is not asked (a place it
 *  could not open at is one where the trigger's pattern fails too, only tried in vain). */
export function matches(re: RegExp | null, trigger: Parser['trigger'], text: string): Generator<RegExpExecArray> {
  if (trigger?.patternAt) return tryAroundTriggers(null, trigger, text, false, false);
  if (!re) throw new Error('matches: no pattern, and no trigger that gives one for each place');
  if (!trigger) return scanAll(re, text);
  const atWords = OPENS_AFTER_PREFIXES.some((opening) => re.source.startsWith(opening));
  const afterSpace = !atWords && opensAfterSpaces(re);
  return trigger.lookback > MOST_TRIED_LOOKBACK && !atWords && !afterSpace ? scanFromTriggers(re, trigger, text) : tryAroundTriggers(re, trigger, text, atWords, afterSpace);
}

function* scanAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    yield m;
  }
}

/** The scan starts a little before each trigger word not yet passed, and runs to the next match. */
function* scanFromTriggers(re: RegExp, trigger: NonNullable<Parser['trigger']>, text: string): Generator<RegExpExecArray> {
  let from = 0;
  const t = trigger.re;
  t.lastIndex = 0;
  for (let tm = t.exec(text); tm; tm = t.exec(text)) {
    if (tm.index + tm[0].length <= from) continue;
    // Every match holds a trigger word, so no match can start earlier than lookback before the first
    // trigger not yet covered: scanning from there finds exactly what a full scan would.
    re.lastIndex = Math.max(from, windowStart(text, tm.index, trigger.lookback));
    const m = re.exec(text);
    if (!m) return;
    if (m[0].length === 0) { from = m.index + 1; continue; }
    from = m.index + m[0].length;
    if (t.lastIndex < from) t.lastIndex = from;
    yield m;
  }
}

/**
 * The pattern tried at each position from `lookback` before each trigger word to the word's end, the
 * only places a match can start. A scan on from a trigger word with no match near it would run to the
 * next match, or to the end of the text, trying every position in between.
 */
function* tryAroundTriggers(re: RegExp | null, trigger: NonNullable<Parser['trigger']>, text: string, atWords: boolean, afterSpace: boolean): Generator<RegExpExecArray> {
  // A trigger that gives the pattern for each place leaves the whole one unmade (re is null then).
  const { patternAt } = trigger;
  // With its opening, only where the unit before is a surrogate half (the try may move back into a pair).
  let at: RegExp | undefined;
  const body = patternAt || !atWords ? null : stickyBody(re!);
  const opening = atWords ? OPENINGS.find((o) => re!.source.startsWith(o.source))! : null;
  const t = trigger.re;
  t.lastIndex = 0;
  // The first position not yet tried: as in a full scan, the next match starts after the last one's end.
  let next = 0;
  for (let tm = t.exec(text); tm; tm = t.exec(text)) {
    // A trigger word found overlapping another (a longer alternative) may hide one a match holds: the
    // window runs to the found word's end, past where the hidden one starts.
    const end = tm.index + tm[0].length;
    for (let q = Math.max(next, windowStart(text, tm.index, trigger.lookback)); q < end;) {
      if (atWords ? !mayOpenWord(text, q) : afterSpace && !mayFollowSpace(text, q)) {
        next = q = atWords ? pastWord(text, q, end) : q + 1;
        continue;
      }
      const tried = patternAt ? patternAt(text, q)
        : !body || !opening ? (at ??= stickyTwin(re!))
        : followsNoWord(text, q) ? body
        : isSurrogateUnit(text.charCodeAt(q - 1)) ? (at ??= stickyTwin(re!))
        : lookBehindHolds(opening, text, q) ? body : null;
      if (tried) tried.lastIndex = q;
      const m = tried ? tried.exec(text) : null;
      if (!m || m[0].length === 0) {
        next = ++q;
        continue;
      }
      next = q = m.index + m[0].length;
      yield m;
    }
    if (t.lastIndex < next) t.lastIndex = next;
  }
}
