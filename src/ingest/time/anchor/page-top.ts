// A date printed alone above a page's headline, or alone on its last line below the story: the story's
// own day, or the day the page was shown or saved (a site header's or footer's "today", a crawler's
// stamp), which may be years after the story.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { CLOCK_TIME } from '../../../lib/clock-time.ts';
import { TEMPERATURE } from '../../../lib/temperature.ts';
import { DATE_LINE_WORDS, LATIN_WEEKDAY_NAMES } from '../../../lib/lexicon/calendar.ts';
import { KNOWN_OUTLETS } from '../../../lib/lexicon/outlets.ts';
import { CLOCK_WORDS } from '../../../lib/lexicon/furniture.ts';
import type { Parsed } from '../types.ts';
import { tellsTime } from '../kind-traits.ts';
import { ageLine } from '../../shared/age-line.ts';
import { foldLine } from '../../shared/fold-line.ts';

// A Latin weekday beside a Latin date («Sunday, February 15, 2026») is the date's, as «الأحد» is.
const CALENDAR_WORDS = new Set([...DATE_LINE_WORDS, ...LATIN_WEEKDAY_NAMES].map(foldArabic));
const CLOCK_WORD_SET = new Set<string>(CLOCK_WORDS.map(foldArabic));
/** A day with its year, in either calendar, or a day of a named month: a header's «الجمعة 13 فبراير»
 *  is the day the page was shown as often as a story's. */
const fullDate = (p: Pick<Parsed, 'stated'>): boolean =>
  (p.stated.day !== undefined && (p.stated.year !== undefined || (p.stated.month !== undefined && p.stated.rel === undefined && p.stated.offset === undefined))) ||
  (p.stated.hijri?.day !== undefined && p.stated.hijri.year !== undefined);

/** The line's segments between bars: one holds the dates, each other a number. */
function figuresBeside(folded: string, first: number, end: number, dates: readonly Pick<Parsed, 'start' | 'end'>[]): boolean {
  const segments: [number, number][] = [];
  let at = first;
  for (const m of folded.slice(first, end).matchAll(/[|•·]/gu)) { segments.push([at, first + m.index!]); at = first + m.index! + 1; }
  segments.push([at, end]);
  const filled = segments.filter(([a, b]) => folded.slice(a, b).trim() !== '');
  if (filled.length < 3) return false;
  const dated = filled.filter(([a, b]) => dates.some((p) => p.start < b && p.end > a));
  return dated.length === 1 && filled.every((x) => dated.includes(x) || /\d/u.test(folded.slice(x[0], x[1])));
}

/** The end of the page's first line when it holds a date of a named day and little else, and the text goes on
 *  below it: a date printed above the headline, or above the lead of a page with none (0 when the
 *  page opens otherwise). */
export function pageTopEndOf(folded: string, parsed: readonly Pick<Parsed, 'start' | 'end' | 'stated' | 'kind'>[]): number {
  const first = folded.search(/\S/u);
  const end = first < 0 ? -1 : folded.indexOf('\n', first);
  if (end < 0 || folded.slice(end).trim() === '') return 0;
  const inLine = parsed.filter((p) => p.start >= first && p.end <= end && tellsTime(p));
  if (!inLine.some(fullDate)) return 0;
  // The weather beside it («دمشق 12° | الجمعة 13 فبراير 2026») is the site's header, whatever else stands there.
  if (TEMPERATURE.test(folded.slice(first, end))) return end;
  // A bar of live figures is the site's header («الدولار 13200 ليرة | اليورو 14100 ليرة | الجمعة 13 فبراير»):
  // two segments or more beside the date's, each with a number, where a byline's, a source's or a place's
  // holds none (one, a view count, may be the story's).
  if (figuresBeside(folded, first, end, inLine)) return end;
  // A label, a byline or a place beside the date («بقلم: …»، «المصدر: …»، «دمشق |») makes it the story's;
  // the site's own name («عنب بلدي - الجمعة 13 فبراير 2026») makes it its masthead's. A clock time and its
  // words («10:35 صباحاً») are neither: the engine weighs the story's side more with one (a story's stamp
  // shows one far more often), and a header's «الإثنين 22 ديسمبر 2025 07:05 م» is still a header's.
  const clock = CLOCK_TIME.test(folded.slice(first, end));
  const words = wordsBesideDates(folded, first, end, inLine).filter((w) => !clock || !CLOCK_WORD_SET.has(w));
  return words.length === 0 || KNOWN_OUTLETS[words.join(' ')] !== undefined ? headerRunEnd(folded, end, parsed) : 0;
}

/** The words a line holds besides its dates and the calendars' own words. */
function wordsBesideDates(folded: string, from: number, to: number, inLine: readonly Pick<Parsed, 'start' | 'end'>[]): string[] {
  let rest = '';
  let at = from;
  for (const p of inLine) { rest += folded.slice(at, p.start); at = Math.max(at, p.end); }
  rest += folded.slice(at, to);
  return (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !CALENDAR_WORDS.has(w));
}

/** Lines of a header's date below its first (the same day in the other calendar: «الأحد 15 فبراير 2026»
 *  over «27 شعبان 1447 هـ»): one header, so one date, read as the first line is. */
const HEADER_DATE_LINES = 3;

/** The end of the run of date-only lines that starts with the page's first line (ending at `end`). */
function headerRunEnd(folded: string, end: number, parsed: readonly Pick<Parsed, 'start' | 'end' | 'stated' | 'kind'>[]): number {
  for (let k = 1; k < HEADER_DATE_LINES; k++) {
    const skip = folded.slice(end).search(/\S/u);
    if (skip < 0) break;
    const start = end + skip;
    const next = folded.indexOf('\n', start);
    if (next < 0 || folded.slice(next).trim() === '') break;
    const inLine = parsed.filter((p) => p.start >= start && p.end <= next && tellsTime(p));
    if (!inLine.some(fullDate) || wordsBesideDates(folded, start, next, inLine).length > 0) break;
    end = next;
  }
  return end;
}

/** Where the page's last line starts when it holds a date of a named day and nothing else, below the
 *  story (the text's length when it does not): the story's stamp, or a footer's "today". A page that
 *  shows the story's age in hours («منذ 3 ساعات») was shown on the story's day: its date is the story's. */
export function pageFootStartOf(folded: string, parsed: readonly Pick<Parsed, 'start' | 'end' | 'stated' | 'kind'>[]): number {
  const end = folded.trimEnd().length;
  const start = folded.lastIndexOf('\n', end - 1) + 1;
  if (start <= 0) return folded.length;
  // A round on the line stays as words: «- 5 أيلول 2014: جولة جديدة من المحادثات» ends a chronology.
  const inLine = parsed.filter((p) => p.start >= start && p.end <= end && tellsTime(p));
  if (!inLine.some(fullDate) || wordsBesideDates(folded, start, end, inLine).length > 0) return folded.length;
  return folded.split('\n').some((line) => ageLine(foldLine(line)) === 'hours') ? folded.length : start;
}
