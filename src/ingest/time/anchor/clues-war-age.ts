// The war's age told in passing («الحرب الدائرة في سوريا منذ 5 سنوات تقريبا»، «النزاع الذي دخل عامه
// السابع»): years from its outbreak, so a band of the article's days, as an envoy in office is. Writers
// round the count up a few months early and keep it until the next anniversary, and «أكثر من» is said
// for a year or two more: each band is wider than the count by as much.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { parseDay } from '../../../lib/calendar.ts';
import { alternation } from '../../../lib/alternation.ts';
import { CARDINALS, DURATION_UNITS, ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { CONFLICT_NOUNS, LASTING_WORDS, SYRIA_WORDS, WAR_START, YEAR_OF } from '../../../lib/lexicon/war-age.ts';
import { ABOUT, ABOUT_AFTER, MORE_THAN } from '../../../lib/lexicon/numbers.ts';
import { SINCE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import type { Clue, DaySpan } from '../types.ts';
import type { ClueContext } from './clue-context.ts';
import { atWordStart } from '../constants.ts';

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

export function cluesWarAge(ctx: ClueContext): Clue[] {
  if (!ctx.aboutTalks) return [];
  const clues: Clue[] = [];
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
