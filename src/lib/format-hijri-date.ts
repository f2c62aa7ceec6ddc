// Hijri (Umm al-Qura) rendering of a Gregorian day, for display beside it. Latin digits for the same
// reason as format-arabic-date.ts; the month's name is the first the lexicon gives it, the name the
// engine also reads. ICU only converts Gregorian → Hijri (hijri.ts), which is all we need here.
import { daysFromCivil } from './calendar.ts';
import { gregorianToHijri } from './hijri.ts';
import { HIJRI_MONTH_NAMES } from './lexicon/calendar.ts';

/** `2017-12-21` → «3 ربيع الآخر 1439 هـ». */
export function formatHijriDate(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatHijriDate: not a day: ${isoDay}`);
  const h = gregorianToHijri(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
  return `${h.day} ${HIJRI_MONTH_NAMES[h.month]![0]} ${h.year} هـ`;
}
