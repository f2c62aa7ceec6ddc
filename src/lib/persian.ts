// Persian (solar Hijri) dates to Gregorian day numbers. ICU gives only the Gregorian → Persian direction
// (Intl's «persian» calendar); the year's first day is found by asking it of the days around the
// equinox, and the months after it have fixed lengths (six of 31 days, five of 30, then 29 or 30).
import { daysFromCivil } from './calendar.ts';

let persianFormat: Intl.DateTimeFormat | undefined;

function persianOf(days: number): { year: number; month: number; day: number } {
  persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = persianFormat.formatToParts(new Date(days * 86_400_000));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''));
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Gregorian day number of a Persian date, or null for a day that does not exist. */
export function persianToGregorian(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  // 1 Farvardin falls on 19-22 March of the Gregorian year 621 after.
  const march19 = daysFromCivil(year + 621, 3, 19);
  let first: number | null = null;
  for (let d = march19; d <= march19 + 3; d++) {
    const p = persianOf(d);
    if (p.year === year && p.month === 1 && p.day === 1) { first = d; break; }
  }
  if (first === null) return null;
  const offset = (month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30) + day - 1;
  const days = first + offset;
  const back = persianOf(days);
  // Esfand's 30th in a common year does not exist.
  return back.year === year && back.month === month && back.day === day ? days : null;
}
