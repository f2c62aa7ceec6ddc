// The war's age told in passing («الحرب الدائرة في سوريا منذ 5 سنوات تقريبا»، «النزاع الذي دخل عامه
// السابع»): years from its outbreak, so a band of the article's days, as an envoy in office is. Writers
// round the count up a few months early and keep it until the next anniversary, and «أكثر من» is said
// for a year or two more: each band is wider than the count by as much.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { formatDay, parseDay } from '../../../lib/calendar.ts';
import { alternation } from '../../../lib/alternation.ts';
import { CARDINALS, DURATION_UNITS, ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { CONFLICT_NOUNS, LASTING_WORDS, SYRIA_WORDS, WAR_START, YEAR_OF } from '../../../lib/lexicon/war-age.ts';
import { ABOUT, ABOUT_AFTER, MORE_THAN } from '../../../lib/lexicon/numbers.ts';
import { SINCE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import type { Clue, DaySpan, Expr } from '../types.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import type { ClueContext } from './clue-context.ts';
import { atWordStart } from '../constants.ts';
import { ENTER_WORDS } from '../../../lib/lexicon/round-parts.ts';
import { OTHER_COUNTRY_ADJECTIVES, OTHER_COUNTRY_NAMES, OTHER_TALKS_PARTIES, SYRIA_PLACES } from '../../../lib/lexicon/talks.ts';
import { PLACE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { TOPIC_PARTICLE } from '../../../lib/lexicon/name-words.ts';
import { sentenceAround } from './sentences.ts';
import { HELD_TIE_WEIGHT } from './clues-rounds.ts';

const START = parseDay(WAR_START)!;
const YEAR = 365.25;
/** Beyond this the count is not the Syrian war's (a conflict of decades named in the same story). */
const MAX_YEARS = 20;
const fold = (ws: string[]): string[] => ws.map(foldArabic);
const YEAR_UNITS = Object.entries(DURATION_UNITS).filter(([, u]) => u.unit === 'year');
const UNIT_COUNT = new Map(YEAR_UNITS.map(([w, u]) => [foldArabic(w), u.count]));
const NUMBER_WORDS = new Map(Object.entries(CARDINALS).filter(([, n]) => n > 0).map(([w, n]) => [foldArabic(w), n]));
const ORDINAL = new Map(Object.entries(ORDINALS).map(([w, n]) => [foldArabic(w), n]));
const SYRIA = new Set(fold(SYRIA_WORDS));
const LASTING = new Set(fold(LASTING_WORDS));

// «تسوية للنزاع المستمر منذ ست سنوات»: ل before the article takes its alif (ل + النزاع = للنزاع).
const CONFLICT = `(?:[وفبل]?(?:${alternation(fold(CONFLICT_NOUNS))})|[وف]?لل(?:${alternation(fold(CONFLICT_NOUNS).map((w) => w.replace(/^ال/u, '')))}))`;
const NOUN = `${atWordStart(CONFLICT)}(?![\\p{L}])`;
const BETWEEN = '(?<between>(?:\\s+[\\p{L}]+){0,5}?)';
const COUNT = `(?:(?<hedge>${alternation(fold([...MORE_THAN, ...ABOUT]))})\\s+)?(?:(?<n>\\d{1,2})\\s+|(?<word>${alternation([...NUMBER_WORDS.keys()])})\\s+)?(?<unit>${alternation([...UNIT_COUNT.keys()])})(?![\\p{L}])(?<after>\\s+(?:${alternation(fold(ABOUT_AFTER))}))?`;
const SINCE = new RegExp(`${NOUN}${BETWEEN}\\s+(?:${alternation(fold(SINCE_PREPOSITIONS))})\\s+${COUNT}`, 'gu');
const ORDINAL_YEAR = new RegExp(`${NOUN}${BETWEEN}\\s+(?:${alternation(fold(YEAR_OF))})\\s+(?<ordinal>${alternation([...ORDINAL.keys()])})(?![\\p{L}])`, 'gu');
const MORE = new Set(fold(MORE_THAN));
const YEAR_AFTER = /^\s*\d{4}(?!\d)/u;

/** The words between the noun and its age say the war is Syria's, or only that it lasts. */
function isSyrias(between: string): boolean {
  const words = between.trim().split(/\s+/u).filter(Boolean).map((w) => w.replace(/^[وفبل](?=ال)/u, ''));
  return words.some((w) => SYRIA.has(w)) || words.every((w) => LASTING.has(w));
}

const at = (years: number): number => Math.round(START + years * YEAR);

function band(g: Record<string, string | undefined>): { years: number; span: DaySpan } | null {
  if (g.ordinal !== undefined) {
    const k = ORDINAL.get(g.ordinal);
    // «عامها السابع»: six years gone, the seventh under way; a month either side for the anniversary.
    return k === undefined || k > MAX_YEARS ? null : { years: k, span: [at(k - 1) - 30, at(k) + 30] };
  }
  const n = g.n !== undefined ? Number(g.n) : g.word !== undefined ? NUMBER_WORDS.get(g.word) : UNIT_COUNT.get(g.unit!);
  if (n === undefined || n < 1 || n > MAX_YEARS) return null;
  if (g.hedge !== undefined && MORE.has(g.hedge)) return { years: n, span: [at(n), at(n + 2)] };
  if (g.hedge !== undefined || g.after !== undefined) return { years: n, span: [at(n - 1), at(n + 1)] };
  return { years: n, span: [at(n - 0.5), at(n + 1)] };
}

/** «تدخل الحرب في سوريا اليوم الخميس عامها الثامن»، «دخلت الحرب عامها الحادي عشر الاثنين الماضي»: the war
 *  entering a year of its age, on a day told with it, is the outbreak's anniversary. */
const ENTERED = new RegExp(`${atWordStart(`[وف]?(?:${alternation(fold(ENTER_WORDS))})`)}\\s+${CONFLICT}(?![\\p{L}])${BETWEEN}\\s+(?:${alternation(fold(YEAR_OF))})\\s+(?<ordinal>${alternation([...ORDINAL.keys()])})(?![\\p{L}])`, 'gu');
/** How far past the ordinal the day of entering may be told («… عامها الحادي عشر الاثنين الماضي»). */
const DAY_AFTER_REACH = 4;
/** A day told from the story: «اليوم»، «أمس»، a weekday past or coming. */
const storyDay = (e: Expr): boolean => e.kind === 'relative-day' || (e.kind === 'weekday' && e.stated.rel !== undefined);

/** The war entering a year of its age on a day told with it: that day is the outbreak's anniversary, 15 March
 *  of the year the count names, and the story is as far from it as the day says. A band of years (cluesWarAge)
 *  is all the age says without the day. */
function enteredOn(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  ENTERED.lastIndex = 0;
  for (let m = ENTERED.exec(ctx.folded); m; m = ENTERED.exec(ctx.folded)) {
    const end = m.index + m[0].length;
    const e = ctx.exprs.find((x) => storyDay(x) && x.start >= m!.index && x.start <= end + DAY_AFTER_REACH && !/[،,.]/u.test(ctx.folded.slice(end, x.start)));
    const k = ORDINAL.get(m.groups!.ordinal!);
    if (!e || k === undefined || k > MAX_YEARS) continue;
    // The day told between the verb and the age is no word of whose war it is.
    const between = (m.groups!.between ?? '').replace(ctx.folded.slice(e.start, e.end), ' ');
    if (!isSyrias(between)) continue;
    if (otherCountryBefore(m.index, ctx.folded) || otherCountryAfter(end, ctx.folded) || frontedElsewhere(m.index, ctx.folded)) continue;
    const day = parseDay(`${Number(WAR_START.slice(0, 4)) + k - 1}${WAR_START.slice(4)}`)!;
    const window: DaySpan = [day - 8, day + 8];
    clues.push({
      weight: ENTERED_WEIGHT, family: 'tie', start: m.index, end: Math.max(end, e.end), windows: [window], slackDays: 1,
      note: { code: 'war-entered', years: k, day: formatDay(day) },
      score: (d) => { const x = resolveAt(e, d, undefined, false); return x && x.span[0] <= day && day <= x.span[1] ? 1 : 0; },
    });
  }
  return clues;
}
/** Less sure than a round's edge tied to a day: the catalog knows an edge to the day, while a war's year is
 *  entered on the day news says, and the verb may be another war's with no word of whose between
 *  («انطلقت اليوم الجولة الخامسة … وفي مصر، دخلت الثورة اليوم عامها الحادي عشر»). As sure as a round's day
 *  held. */
const ENTERED_WEIGHT = HELD_TIE_WEIGHT;

/** Another country or party: its name, its people's or its adjective («وفي ليبيا،»، «أما الليبيون»). */
const OTHER_COUNTRY = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(fold([...OTHER_TALKS_PARTIES, ...OTHER_COUNTRY_NAMES, ...OTHER_COUNTRY_ADJECTIVES]))})(?:ون|ين)?(?![\\p{L}])`, 'u');
/** Whether another country is named before the verb at `at`, in its line or the line before: a war, a crisis
 *  or a revolution told next is that country's («وفي ليبيا، دخلت الأزمة اليوم عامها الحادي عشر»، «أما
 *  الليبيون فيحيون ذكرى انتفاضتهم. ودخلت الأزمة اليوم عامها الحادي عشر»). Not one sentence back only: «وفي
 *  ليبيا، تجمع آلاف المحتجين … وأطلقوا الألعاب النارية احتفالا بالذكرى. ⏎ ودخلت الأزمة اليوم …» names Libya
 *  two sentences before, and the bare crisis is still Libya's. */
function otherCountryBefore(at: number, folded: string): boolean {
  const line = folded.lastIndexOf('\n', at - 1);
  const from = line > 0 ? folded.lastIndexOf('\n', line - 1) + 1 : 0;
  return OTHER_COUNTRY.test(folded.slice(from, at));
}
/** Whether another country is named after the ordinal, in its sentence («ودخلت الحرب اليوم عامها الثامن في
 *  اليمن»): whose war it is may come last. */
function otherCountryAfter(end: number, folded: string): boolean {
  return OTHER_COUNTRY.test(folded.slice(end, sentenceAround(folded, end)[1]));
}
const SYRIAN = new Set(fold([...SYRIA_WORDS, ...SYRIA_PLACES]));
const IN = foldArabic(PLACE_PREPOSITIONS[0]!);
/** A place fronted at the head of the sentence, up to its comma («وفي عدن،») or the «ف» «أما» asks for («أما
 *  في عدن فقد …»). */
const FRONTED = new RegExp(`^[\\s\\p{P}]*(?:[وف]?${IN}\\s+(?<place>[^،,]{1,40}?)\\s*[،,]|${TOPIC_PARTICLE}\\s+${IN}\\s+(?<topic>[^،,]{1,40}?)\\s*(?:[،,]|\\s+ف))`, 'u');
/** Whether the sentence of the verb at `at` opens with a place that is not Syria's («وفي عدن، دخلت الحرب اليوم
 *  عامها الثامن»، «وفي سيدي بوزيد، دخلت الثورة …»): the war is that place's, named on no list. A place is
 *  Syria's by SYRIA_WORDS or SYRIA_PLACES («وفي دمشق،»); any other is read as elsewhere, a town of Syria on
 *  no list too («وفي درعا،»): the tie is then lost, not put on another war's anniversary. */
function frontedElsewhere(at: number, folded: string): boolean {
  const g = FRONTED.exec(folded.slice(sentenceAround(folded, at)[0], at))?.groups;
  const place = g?.place ?? g?.topic;
  return place !== undefined && !place.split(/[^\p{L}]+/u).some((w) => SYRIAN.has(w) || SYRIAN.has(w.replace(/^[وفبل](?=ال)/u, '')));
}

export function cluesWarAge(ctx: ClueContext): Clue[] {
  if (!ctx.aboutTalks) return [];
  const clues: Clue[] = enteredOn(ctx);
  for (const re of [SINCE, ORDINAL_YEAR]) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      const g = m.groups ?? {};
      if (!isSyrias(g.between ?? '')) continue;
      // «منذ عام 2011» names the year it began, not an age of one year.
      if (YEAR_AFTER.test(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      const b = band(g);
      if (!b) continue;
      const [lo, hi] = b.span;
      clues.push({ weight: 1, family: 'era', start: m.index, end: m.index + m[0].length, windows: [[lo, hi]], note: { code: 'war-age', years: b.years }, flat: true, score: (d) => (d >= lo && d <= hi ? 1 : 0) });
    }
  }
  return clues;
}
