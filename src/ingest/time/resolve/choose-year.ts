// The year of a date written without one, from the article date d: the qualifier decides when there
// is one (الماضي/الجاري/المقبل, across year boundaries), else the clause's tense, else the nearest
// occurrence. `approximate` is set when only proximity decided.
import { civilFromDays } from '../../../lib/calendar.ts';
import type { Stated, Tense } from '../types.ts';

export const PRINT_LAG_DAYS = 7;

export function chooseYear(month: number, stated: Stated, tense: Tense, d: number): { year: number; approximate: boolean } {
  const now = civilFromDays(d);
  const here = now.year * 12 + now.month;
  const at = (y: number): number => y * 12 + month;
  const day = stated.day ?? stated.part?.[0];
  // Same month: the day decides which side of the article the date lies on.
  const laterInMonth = day !== undefined && day > now.day;
  if (stated.rel === 0) {
    const ys = [now.year - 1, now.year, now.year + 1];
    ys.sort((a, b) => Math.abs(at(a) - here) - Math.abs(at(b) - here));
    return { year: ys[0]!, approximate: false };
  }
  if (stated.rel === -1) return { year: month < now.month ? now.year : now.year - 1, approximate: false };
  if (stated.rel === 1) {
    // Papers print a story the day after it was written: "حتى 4 ديسمبر المقبل" written on 30 November
    // appears on 1 December. A day of the current month a few days ahead is still this year's.
    const printLag = month === now.month && stated.day !== undefined && stated.day > now.day && stated.day - now.day <= PRINT_LAG_DAYS;
    return { year: month > now.month || printLag ? now.year : now.year + 1, approximate: false };
  }
  if (tense === 'future') {
    const y = month > now.month || (month === now.month && (day === undefined || day >= now.day)) ? now.year : now.year + 1;
    return { year: y, approximate: false };
  }
  if (tense === 'past') {
    const y = month < now.month || (month === now.month && !laterInMonth) ? now.year : now.year - 1;
    return { year: y, approximate: false };
  }
  const ys = [now.year - 1, now.year, now.year + 1];
  // Nearest occurrence; on a tie, news reports the past.
  ys.sort((a, b) => Math.abs(at(a) - here) - Math.abs(at(b) - here) || a - b);
  return { year: ys[0]!, approximate: Math.abs(at(ys[0]!) - here) > 2 };
}
