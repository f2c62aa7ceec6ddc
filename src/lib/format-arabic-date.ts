// Arabic display of Gregorian days:
// - in the Levantine month names (كانون الأول، تشرين الثاني) that Syrian outlets and readers use, the
//   first of each month's names in the lexicon, so the site prints what the engine reads;
// - in Latin digits, as most of the source articles write them, so a date on the site can be compared
//   with the quoted text and pasted into other tools. Written by hand rather than by Intl: the text is
//   the same on every ICU, and this module ships in a page script.
import type { Precision } from './date-span.ts';
import { LEVANTINE_MONTHS, WEEKDAY_NAMES } from './lexicon/calendar.ts';

/** The name the site prints for a month (0 = January): «كانون الأول». */
export const printedMonth = (month: number): string => LEVANTINE_MONTHS[month]![0]!;

/** The name the site prints for a weekday (0 = Sunday), with its article: «الاثنين»; undefined for
 *  what is no weekday. */
export function printedWeekday(weekday: number): string | undefined {
  const name = WEEKDAY_NAMES[weekday]?.[0];
  return name === undefined ? undefined : `ال${name}`;
}

/** `2017-12-21` → «21 كانون الأول 2017»; with precision 'month' → «كانون الأول 2017». */
export function formatArabicDate(isoDay: string, precision: Precision = 'day'): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatArabicDate: not a day: ${isoDay}`);
  const year = String(d.getUTCFullYear());
  if (precision === 'year') return year;
  const month = `${printedMonth(d.getUTCMonth())} ${year}`;
  return precision === 'month' ? month : `${d.getUTCDate()} ${month}`;
}
