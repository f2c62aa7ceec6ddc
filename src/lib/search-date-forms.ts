// The forms a reader may search an entry's date by: Syrian outlets write «كانون الأول 2017», Egyptian
// and Gulf ones «ديسمبر 2017»; the site prints the first. Both, with and without the day, go into the
// page's hidden search forms (components/SearchForms.astro), so either query finds the same entries.
import { dateSpan } from './date-span.ts';

const LOCALES = ['ar-SY-u-nu-latn', 'ar-EG-u-nu-latn'];
const DAY = LOCALES.map((l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const MONTH = LOCALES.map((l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** Every way of writing the first and last day of `edtf` in both month systems; '' when it is no date. */
export function dateSearchForms(edtf: string): string {
  const span = dateSpan(edtf);
  if (!span) return '';
  const out = new Set<string>();
  for (const [iso, precision] of [[span.start, span.startPrecision], [span.end, span.endPrecision]] as const) {
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || precision === 'year') continue;
    for (const f of MONTH) out.add(f.format(d));
    if (precision === 'day') for (const f of DAY) out.add(f.format(d));
  }
  return [...out].join(' ');
}

const MONTH_ONLY = LOCALES.map((l) => new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }));

/** Each month's names, one per system («كانون الأول»، «ديسمبر»), January first. */
export function monthNames(): string[][] {
  return Array.from({ length: 12 }, (_, m) => MONTH_ONLY.map((f) => f.format(new Date(Date.UTC(2001, m, 1)))));
}
