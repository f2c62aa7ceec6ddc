// Hijri (Umm al-Qura) rendering of a Gregorian day, for display beside it. Latin digits for the same
// reason as format-arabic-date.ts. ICU only converts Gregorian → Hijri, which is all we need here.

const HIJRI = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', {
  day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});

/** `2017-12-21` → «3 ربيع الآخر 1439 هـ». */
export function formatHijriDate(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatHijriDate: not a day: ${isoDay}`);
  return HIJRI.format(d);
}
