// Our EDTF subset: a day (2017-12-21), a month (2017-12), a year (2017) and intervals of those
// (2017-12-21/2017-12-22, 2017-10-21/2017-10-31); qualifiers ? ~ % are read and ignored. Spans are
// closed intervals of day numbers (see calendar.ts).
import { daysFromCivil, formatDay, isValidCivil, monthSpan, yearSpan, civilFromDays, monthLength } from './calendar.ts';

export type DaySpan = [number, number];

function pointSpan(point: string): DaySpan | null {
  const s = point.trim().replace(/[?~%]/g, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidCivil(y, mo, d)) return null;
    const day = daysFromCivil(y, mo, d);
    return [day, day];
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? monthSpan(y, mo) : null;
  }
  m = /^(\d{4})$/.exec(s);
  return m ? yearSpan(Number(m[1])) : null;
}

/** First and last day of an EDTF value of our subset, or null when it is outside the subset. */
export function edtfSpan(value: string): DaySpan | null {
  const parts = value.split('/');
  if (parts.length > 2) return null;
  const a = pointSpan(parts[0]!);
  const b = pointSpan(parts[1] ?? parts[0]!);
  if (!a || !b || b[1] < a[0]) return null;
  return [a[0], b[1]];
}

/** Shortest EDTF for a span: a day, a whole month, a whole year, or an interval of days. */
export function formatSpan(span: DaySpan): string {
  const [lo, hi] = span;
  if (lo === hi) return formatDay(lo);
  const a = civilFromDays(lo);
  const b = civilFromDays(hi);
  if (a.day === 1 && a.year === b.year) {
    if (a.month === b.month && b.day === monthLength(b.year, b.month)) return formatDay(lo).slice(0, 7);
    if (a.month === 1 && b.month === 12 && b.day === 31) return String(a.year).padStart(4, '0');
  }
  return `${formatDay(lo)}/${formatDay(hi)}`;
}

/** True when `inner` lies entirely inside `outer`. */
export function spanContains(outer: DaySpan, inner: DaySpan): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

/** True when `a` and `b` share at least one day. */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Shifts both ends of a span by `days`. */
export function shiftSpan(span: DaySpan, days: number): DaySpan {
  return [span[0] + days, span[1] + days];
}
