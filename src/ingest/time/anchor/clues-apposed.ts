// A time told twice, as a date and as a distance from the story's day, side by side: «في الرابع من نيسان
// المقبل، أي بعد ستة أيام»، «الأسبوع المقبل، يومي 28 و29 تشرين الثاني»، «في الثامن والعشرين من الشهر الجاري،
// أي بعد غد». The date less the distance is the story's day (its week, for a week told).
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { daysFromCivil, isValidCivil, weekdayOnOrBefore } from '../../../lib/calendar.ts';
import { APPOSITION_WORDS } from '../../../lib/lexicon/clause-words.ts';
import { alternation } from '../constants.ts';
import type { Clue, DaySpan, Expr } from '../types.ts';
import type { ClueContext } from './clue-context.ts';
import { YEARS, occurrences } from './clues-dates.ts';

/** Between the two only punctuation, «أي» (that is) or «في»: one time, said twice. */
const APPOSED = new RegExp(`^[\\s،,()\\-–]*(?:(?:${alternation(APPOSITION_WORDS)})[\\s،,]+)?(?:${foldArabic('في')}\\s+)?$`, 'u');
const SAID_AGAIN = new RegExp(`(?<![\\p{L}])(?:${alternation(APPOSITION_WORDS)})(?![\\p{L}])`, 'u');
const PHRASE_ENDS = /^\s*(?:[.،,؛;:)\n]|$)/u;
/** The weekdays a week may start on: Saturday, Sunday, Monday, by country. */
const WEEK_STARTS = [6, 0, 1];

/** The days from the story's day to the time told, or a week (±1) for «الأسبوع المقبل/الماضي». */
function distanceOf(e: Expr): { days: number } | { week: -1 | 1 } | null {
  const s = e.stated;
  if (e.kind === 'relative-week' && (s.rel === 1 || s.rel === -1)) return { week: s.rel };
  if (e.kind === 'relative-day' && s.offset !== undefined && s.offset !== 0 && s.weekday === undefined && s.day === undefined) return { days: s.offset };
  if (e.kind === 'duration' && s.period === 'day' && s.offset !== undefined && (s.rel === 1 || s.rel === -1)) return { days: s.rel * s.offset };
  return null;
}

/** The days a calendar day told with no year may be: every year's for a named month, every month's for a
 *  day of «الشهر الجاري». */
function dayOccurrences(e: Expr): number[] {
  const s = e.stated;
  if (s.day === undefined || s.offset !== undefined) return [];
  if (s.month !== undefined) return s.year !== undefined ? (isValidCivil(s.year, s.month, s.day) ? [daysFromCivil(s.year, s.month, s.day)] : []) : occurrences(s.day, s.month);
  if (s.rel !== 0 || s.period !== 'month') return [];
  const out: number[] = [];
  for (let y = YEARS[0]; y <= YEARS[1]; y++) for (let m = 1; m <= 12; m++) if (isValidCivil(y, m, s.day)) out.push(daysFromCivil(y, m, s.day));
  return out;
}

/** The story's days for a time told on day `o`, `distance` from it. */
function storyDays(o: number, distance: { days: number } | { week: -1 | 1 }): DaySpan[] {
  if ('days' in distance) return [[o - distance.days, o - distance.days]];
  // The story is in the week before (or after) the week that holds `o`, whichever weekday starts a week.
  const spans = WEEK_STARTS.map((w) => { const start = weekdayOnOrBefore(o, w) - 7 * distance.week; return [start, start + 6] as DaySpan; });
  return [[Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))]];
}

export function cluesApposed(ctx: Pick<ClueContext, 'exprs' | 'folded'>): Clue[] {
  const clues: Clue[] = [];
  const exprs = [...ctx.exprs].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < exprs.length; i++) {
    const [a, b] = [exprs[i]!, exprs[i + 1]!];
    if (!APPOSED.test(ctx.folded.slice(a.end, b.start))) continue;
    const [rel, dated] = distanceOf(a) ? [a, b] : [b, a];
    const distance = distanceOf(rel);
    const days = distance ? dayOccurrences(dated) : [];
    if (!distance || days.length === 0) continue;
    // «تنتهي المهلة في 30 حزيران، غداً سيجتمع الوزراء»: a distance after the date, with no «أي», restates it
    // only where its phrase ends there.
    if (rel === b && !SAID_AGAIN.test(ctx.folded.slice(a.end, b.start)) && !PHRASE_ENDS.test(ctx.folded.slice(b.end, b.end + 4))) continue;
    // A date in the story's past told as to come, or the reverse, is not the same time.
    if ((dated.tense === 'future' && ('days' in distance ? distance.days : distance.week) < 0) || (dated.tense === 'past' && ('days' in distance ? distance.days : distance.week) > 0)) continue;
    const windows = days.flatMap((o) => storyDays(o, distance));
    const on = (d: number): number => (windows.some(([lo, hi]) => d >= lo && d <= hi) ? 1 : 0);
    clues.push({
      weight: 'days' in distance ? 8 : 6, family: 'stated', start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), windows, flat: true,
      note: 'days' in distance ? { code: 'apposed-distance', days: distance.days } : { code: 'apposed-week', rel: distance.week },
      score: on,
    });
  }
  return clues;
}
