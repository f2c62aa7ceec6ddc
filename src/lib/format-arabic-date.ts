// Arabic display of Gregorian days. Locale pinned to `ar-SY-u-nu-latn`, deliberately:
// - `SY` gives the Levantine month names (كانون الأول، تشرين الثاني) that Syrian outlets and readers use;
// - `nu-latn` gives Latin digits, as most of the source articles write them, so a date on the site can
//   be compared with the quoted text and pasted into other tools; ICU versions differ on plain `ar`.
import type { Precision } from './date-span.ts';

export const ARABIC_DATE_LOCALE = 'ar-SY-u-nu-latn';

const FORMATS: Record<Precision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat(ARABIC_DATE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(ARABIC_DATE_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(ARABIC_DATE_LOCALE, { year: 'numeric', timeZone: 'UTC' }),
};

/** `2017-12-21` → «21 كانون الأول 2017»; with precision 'month' → «كانون الأول 2017». */
export function formatArabicDate(isoDay: string, precision: Precision = 'day'): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatArabicDate: not a day: ${isoDay}`);
  return FORMATS[precision].format(d);
}
