// What an expression means if the article was written on day d: a span of days, a certainty and
// an explanation. The anchor solver calls it for candidate days; the final resolution for the anchor.
import {
  addMonths, civilFromDays, daysFromCivil, formatDay, monthLength, monthSpan, weekdayAway, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore, yearSpan,
} from '../../../lib/calendar.ts';
import { hijriMonthSpan, hijriToGregorian, hijriYearSpan } from '../../../lib/hijri.ts';
import type { DaySpan, Expr, Stated } from '../types.ts';
import { PRINT_LAG_DAYS, chooseYear } from './choose-year.ts';

export interface Resolution { span: DaySpan; certainty: 'exact' | 'range' | 'approximate'; how: string }

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const OFFSET_EN: Record<string, string> = { '-2': 'two days before', '-1': 'the day before', '0': 'the day of', '1': 'the day after', '2': 'two days after' };

/** Month parts as months of a year ("نهاية العام" = October-December). */
function yearPart(part: [number, number]): [number, number] {
  if (part[0] === 1 && part[1] === 15) return [1, 6];
  if (part[0] === 16) return [7, 12];
  if (part[0] === 1) return [1, 3];
  if (part[0] >= 21) return [10, 12];
  return [4, 9];
}

function inMonth(year: number, month: number, s: Stated): DaySpan | null {
  const ml = monthLength(year, month);
  if (s.day !== undefined && s.monthEnd !== undefined && s.dayEnd !== undefined) {
    const endYear = s.monthEnd < month ? year + 1 : year;
    if (s.day > ml || s.dayEnd > monthLength(endYear, s.monthEnd)) return null;
    return [daysFromCivil(year, month, s.day), daysFromCivil(endYear, s.monthEnd, s.dayEnd)];
  }
  if (s.day !== undefined) {
    if (s.day > ml || (s.dayEnd ?? s.day) > ml) return null;
    return [daysFromCivil(year, month, s.day), daysFromCivil(year, month, s.dayEnd ?? s.day)];
  }
  if (s.part) return [daysFromCivil(year, month, s.part[0]), daysFromCivil(year, month, Math.min(s.part[1], ml))];
  return monthSpan(year, month);
}

/** `explain` = false skips the explanation (the anchor solver calls this for thousands of days). */
// «الأسبوع الماضي», «هذا الأسبوع», «الأسبوع المقبل» are calendar weeks. Arab news mostly starts the week
// on Saturday, but Sunday-first (the Gulf and Levant working week) and Monday-first (ISO) are in use too,
// and the text does not say which: the span is the union of that week under the three, so it holds the
// writer's week whichever they meant (a Wednesday's «هذا الأسبوع» is Saturday to Sunday, 9 days).
const WEEK_FIRST_DAYS = [6, 0, 1];

/** Days of the calendar week `rel` weeks from the week of day `d`, under every week convention in use. */
export function calendarWeek(d: number, rel: number): DaySpan {
  const starts = WEEK_FIRST_DAYS.map((first) => d - ((weekdayOf(d) - first + 7) % 7) + 7 * rel);
  return [Math.min(...starts), Math.max(...starts) + 6];
}

const WEEKS_AWAY_EN: Record<number, string> = { [-2]: 'the week before the last', [-1]: 'last', 1: 'next', 2: 'the week after the next' };

export function resolveAt(e: Expr, d: number, weekdayDay?: number, explain = true): Resolution | null {
  const s = e.stated;
  const of = explain ? `article date ${formatDay(d)}` : '';
  switch (e.kind) {
    case 'relative-day': {
      const day = d + (s.offset ?? 0);
      // "أمس الخميس" on a day that makes yesterday a Tuesday: the text contradicts itself or the anchor.
      if (s.weekday !== undefined && weekdayOf(day) !== s.weekday) {
        return { span: [day, day], certainty: 'approximate', how: explain ? `${OFFSET_EN[String(s.offset)] ?? 'relative to'} ${of}, which is not the ${WEEKDAY_EN[s.weekday]} the text names` : '' };
      }
      const last = s.offsetEnd !== undefined ? d + s.offsetEnd : day;
      return { span: [day, last], certainty: 'exact', how: `${OFFSET_EN[String(s.offset)] ?? 'relative to'} ${of}${last > day ? ` and the day after` : ''}` };
    }
    case 'weekday': {
      if (s.weekdayEnd !== undefined) {
        // A pair of consecutive days: the first resolved as a weekday, the span runs to the next day.
        const first = resolveAt({ ...e, stated: { ...s, weekdayEnd: undefined } }, d, weekdayDay, explain);
        return first && { ...first, span: [first.span[0], first.span[0] + 1], how: first.how && `${first.how}, and the day after` };
      }
      const w = s.weekday!;
      const name = WEEKDAY_EN[w]!;
      if (s.rel !== undefined && s.rel !== 0) { const x = weekdayAway(d, w, s.rel); return { span: [x, x], certainty: 'exact', how: `${WEEKS_AWAY_EN[s.rel]} ${name} ${s.rel < 0 ? 'before' : 'after'} ${of}` }; }
      if (weekdayDay !== undefined && weekdayOf(weekdayDay) === w) return { span: [weekdayDay, weekdayDay], certainty: 'exact', how: `${name} of the week of ${of}, as the article's evidence agrees` };
      if (e.tense === 'future') { const x = weekdayOnOrAfter(d, w); return { span: [x, x], certainty: 'exact', how: `${name} on or after ${of} (future tense)` }; }
      const x = weekdayOnOrBefore(d, w);
      return { span: [x, x], certainty: e.tense === 'past' ? 'exact' : 'approximate', how: `${name} on or before ${of}${e.tense ? ' (past tense)' : ' (tense unclear)'}` };
    }
    case 'relative-week': {
      const span = calendarWeek(d, s.rel ?? 0);
      return { span, certainty: 'range', how: `calendar week ${s.rel === -1 ? 'before' : s.rel === 1 ? 'after' : 'of'} ${of} (Saturday-, Sunday- or Monday-first)` };
    }
    case 'relative-year':
    case 'year': {
      const y = s.year ?? civilFromDays(d).year + (s.rel ?? 0);
      if (!s.part) return { span: yearSpan(y), certainty: 'range', how: s.year ? `year ${y} as written` : `year ${y} relative to ${of}` };
      const [m1, m2] = yearPart(s.part);
      return { span: [monthSpan(y, m1)[0], monthSpan(y, m2)[1]], certainty: 'range', how: `part of year ${y}` };
    }
    case 'hijri': {
      const h = s.hijri!;
      let span: DaySpan | null;
      if (h.day !== undefined && h.month !== undefined) { const g = hijriToGregorian({ year: h.year, month: h.month, day: h.day }); span = g === null ? null : [g, g]; }
      else if (h.month !== undefined) span = hijriMonthSpan(h.year, h.month);
      else span = hijriYearSpan(h.year);
      // Outlets follow local moon sightings: a Hijri day can be one off the Umm al-Qura table either way;
      // a weekday written beside it picks the day.
      if (span && span[0] === span[1] && s.weekday !== undefined) {
        const fit = [span[0] - 1, span[0], span[0] + 1].filter((x) => weekdayOf(x) === s.weekday);
        if (fit.length === 1) return { span: [fit[0]!, fit[0]!], certainty: 'exact', how: `Hijri date ${h.year}-${h.month}-${h.day} on the weekday written (Umm al-Qura ±1 day)` };
      }
      return span && { span: [span[0] - 1, span[1] + 1], certainty: 'range', how: `Hijri date ${h.year}${h.month ? `-${h.month}` : ''}${h.day ? `-${h.day}` : ''} (Umm al-Qura, ±1 day for local sighting)` };
    }
    case 'duration':
      return resolveDuration(s, d, of);
    case 'eve':
      return null; // resolved from the event it names (resolve-eve.ts)
    case 'round': {
      const c = e.candidates[0];
      return c ? { span: [c.start, c.end], certainty: 'exact', how: `dates of ${c.round.id} in the rounds catalog` } : null;
    }
    case 'date':
    case 'day-range':
    case 'month':
    case 'month-part':
    case 'numeric-date':
    case 'relative-month':
      return resolveCalendarDate(e, d, of, explain);
    default: {
      // A kind added to Kind and not resolved here does not compile.
      const unresolved: never = e.kind;
      throw new Error(`no resolution for kind ${String(unresolved)}`);
    }
  }
}

// The anchor solver asks the same year-less date about thousands of candidate days; its meaning only
// changes with the candidate's month, which side of the stated day it is on, and, before that day,
// whether the day is within the print lag a date to come allows in its own month (chooseYear).
const MEMO = new WeakMap<Expr, Map<number, Resolution | null>>();
const dayClass = (day: number, stated: number | undefined): number =>
  stated === undefined ? 0 : day === stated ? 1 : day > stated ? 2 : stated - day <= PRINT_LAG_DAYS ? 3 : 0;

function resolveCalendarDate(e: Expr, d: number, of: string, explain: boolean): Resolution | null {
  if (explain || e.stated.year !== undefined) return resolveCalendarDateNow(e, d, of, explain);
  const now = civilFromDays(d);
  const sd = e.stated.day ?? e.stated.part?.[0];
  const key = (now.year * 12 + now.month) * 4 + dayClass(now.day, sd);
  let memo = MEMO.get(e);
  if (!memo) { memo = new Map(); MEMO.set(e, memo); }
  if (memo.has(key)) return memo.get(key)!;
  const r = resolveCalendarDateNow(e, d, of, explain);
  memo.set(key, r);
  return r;
}

function resolveCalendarDateNow(e: Expr, d: number, of: string, explain: boolean): Resolution | null {
  const s = e.stated;
  let year: number;
  let month: number;
  let approximate = false;
  let how: string;
  if (s.month === undefined) {
    if (s.period !== 'month' || s.rel === undefined) return null;
    const now = civilFromDays(d);
    ({ year, month } = addMonths(now.year, now.month, s.rel));
    how = `month ${s.rel === -1 ? 'before' : s.rel === 1 ? 'after' : 'of'} ${of}`;
  } else {
    month = s.month;
    if (s.year !== undefined) { year = s.year; how = 'as written'; }
    else if (s.yearRel !== undefined) {
      year = civilFromDays(d).year + s.yearRel;
      how = explain ? `the year ${s.yearRel === -1 ? 'before that of' : s.yearRel === 1 ? 'after that of' : 'of'} ${of}` : '';
    } else {
      const chosen = chooseYear(month, s, e.tense, d);
      year = chosen.year;
      approximate = chosen.approximate;
      how = explain ? `year ${year} implied by ${s.rel === undefined ? (e.tense ? `${e.tense} tense and ` : 'nearness to ') : 'the qualifier and '}${of}` : '';
      // "الثلاثاء 19 نيسان": the weekday written beside the day holds in one year of three at most;
      // it outweighs a tense read from another verb of the sentence.
      const day = s.day;
      if (day !== undefined && s.weekday !== undefined && day <= monthLength(year, month) && weekdayOf(daysFromCivil(year, month, day)) !== s.weekday) {
        const fits = [year - 1, year + 1].filter((y) => day <= monthLength(y, month) && weekdayOf(daysFromCivil(y, month, day)) === s.weekday)
          .sort((a, b) => Math.abs(daysFromCivil(a, month, day) - d) - Math.abs(daysFromCivil(b, month, day) - d));
        if (fits.length > 0) {
          year = fits[0]!;
          approximate = false;
          how = explain ? `year ${year}, the one near ${of} in which the day falls on the weekday written` : '';
        } else approximate = true;
      }
    }
  }
  const span = inMonth(year, month, s);
  if (!span) return null;
  const certainty = approximate ? 'approximate' : s.day !== undefined ? 'exact' : 'range';
  return { span, certainty, how };
}

/** "قبل يومين" is a day; weeks get ±3 days; months and years their calendar month or year; "قبل أيام" a span. */
function resolveDuration(s: Stated, d: number, of: string): Resolution | null {
  const n = Math.abs(s.offset ?? 0);
  const sign = s.rel === 1 ? 1 : -1;
  const side = sign < 0 ? 'before' : 'after';
  const now = civilFromDays(d);
  if (n === 0) {
    // A few days/weeks/months: a span on the right side of the article date.
    const near: Record<string, [number, number]> = { day: [2, 10], week: [10, 60], month: [45, 365], year: [365, 3650] };
    const [a, b] = near[s.period ?? 'day']!;
    const span: DaySpan = sign < 0 ? [d - b, d - a] : [d + a, d + b];
    return { span, certainty: 'range', how: `a few ${s.period}s ${side} ${of}` };
  }
  switch (s.period) {
    case 'day': { const x = d + sign * n; return { span: [x, x], certainty: n <= 3 ? 'exact' : 'approximate', how: `${n} days ${side} ${of}` }; }
    case 'week': { const x = d + sign * 7 * n; return { span: [x - 3, x + 3], certainty: 'range', how: `${n} weeks ${side} ${of}` }; }
    case 'month': { const m = addMonths(now.year, now.month, sign * n); return { span: monthSpan(m.year, m.month), certainty: 'range', how: `${n} months ${side} ${of}` }; }
    case 'year': return { span: yearSpan(now.year + sign * n), certainty: 'range', how: `${n} years ${side} ${of}` };
    default: return null;
  }
}
