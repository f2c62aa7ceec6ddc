// Pure proleptic-Gregorian arithmetic on day numbers (days since 1970-01-01). No Date objects in
// the hot paths: local time zones and DST never leak into a calendar day.

export interface CivilDate { year: number; month: number; day: number }

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm; valid for any year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (inverse of daysFromCivil). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** The same day of the month `years` later: 29 February falls on the 28th in a common year. */
export function addYears(days: number, years: number): number {
  const { year, month, day } = civilFromDays(days);
  return daysFromCivil(year + years, month, Math.min(day, monthLength(year + years, month)));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** True when the civil date exists (rejects 2017-02-30, month 13, …). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/** Adds whole months to (year, month), returning the resulting year and month. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** First and last day numbers of a month. */
export function monthSpan(year: number, month: number): [number, number] {
  const first = daysFromCivil(year, month, 1);
  return [first, first + monthLength(year, month) - 1];
}

/** First and last day numbers of a year. */
export function yearSpan(year: number): [number, number] {
  return [daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Day number of a strict YYYY-MM-DD string, or null when it is not a real calendar day. */
export function parseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}

/** The day number of `weekday` on or before `days`. */
export function weekdayOnOrBefore(days: number, weekday: number): number {
  return days - ((weekdayOf(days) - weekday + 7) % 7);
}

/** The day number of `weekday` on or after `days`. */
export function weekdayOnOrAfter(days: number, weekday: number): number {
  return days + ((weekday - weekdayOf(days) + 7) % 7);
}

/** The `weekday` `weeks` of that weekday away from `days`, never `days` itself: -1 the last one before it
 *  («السبت الماضي»), -2 the one a week before that («السبت قبل الماضي»), 1 and 2 likewise after it. */
export function weekdayAway(days: number, weekday: number, weeks: number): number {
  return weeks < 0 ? weekdayOnOrBefore(days - 1, weekday) + 7 * (weeks + 1) : weekdayOnOrAfter(days + 1, weekday) + 7 * (weeks - 1);
}
