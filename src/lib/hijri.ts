// Hijri (Umm al-Qura) ↔ Gregorian. Gregorian → Hijri uses ICU through Intl; ICU has no reverse
// direction, so Hijri → Gregorian uses @tabby_ai/hijri-converter (Umm al-Qura tables, 1343-1500 AH).
import { hijriToGregorian as tabbyToGregorian } from '@tabby_ai/hijri-converter';
import { civilFromDays, daysFromCivil } from './calendar.ts';

export interface HijriDate { year: number; month: number; day: number }

// Made at the first Hijri date, not on import: loading ICU's Islamic calendar costs about 20 ms, and
// most articles, and a run that adds one of them, name no Hijri date.
let hijriFormat: Intl.DateTimeFormat | undefined;

/** Hijri date of a Gregorian day number. */
export function gregorianToHijri(days: number): HijriDate {
  const { year, month, day } = civilFromDays(days);
  hijriFormat ??= new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = hijriFormat.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''));
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Gregorian day number of a Hijri date, or null outside the supported range or for a day that does not exist. */
export function hijriToGregorian(hijri: HijriDate): number | null {
  if (hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30) return null;
  try {
    const g = tabbyToGregorian(hijri);
    const days = daysFromCivil(g.year, g.month, g.day);
    // Refuse a day 30 of a 29-day month, and days where ICU and the tables disagree (outside 1420-1450 AH
    // they differ by a day here and there): a wrong day is worse than none.
    const back = gregorianToHijri(days);
    return back.month === hijri.month && back.day === hijri.day ? days : null;
  } catch {
    return null;
  }
}

/** First and last Gregorian day numbers of a Hijri month, or null when out of range. */
export function hijriMonthSpan(year: number, month: number): [number, number] | null {
  const first = hijriToGregorian({ year, month, day: 1 });
  if (first === null) return null;
  const last = hijriToGregorian({ year, month, day: 30 }) ?? hijriToGregorian({ year, month, day: 29 });
  return last === null ? null : [first, last];
}

/** First and last Gregorian day numbers of a Hijri year, or null when out of range. */
export function hijriYearSpan(year: number): [number, number] | null {
  const a = hijriMonthSpan(year, 1);
  const b = hijriMonthSpan(year, 12);
  return a && b ? [a[0], b[1]] : null;
}
