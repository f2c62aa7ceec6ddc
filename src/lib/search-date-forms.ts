// The forms a reader may search an entry's date by: Syrian outlets write «كانون الأول 2017», Egyptian
// and Gulf ones «ديسمبر 2017»; the site prints the first. Both, with and without the day, go into the
// page's hidden search forms (components/SearchForms.astro), so either query finds the same entries.
// The names are the first of each naming in the lexicon, as format-arabic-date.ts prints them.
import { dateSpan } from './date-span.ts';
import { EGYPTIAN_MONTHS, LEVANTINE_MONTHS } from './lexicon/calendar.ts';

const NAMINGS = [LEVANTINE_MONTHS, EGYPTIAN_MONTHS];

/** Every way of writing the first and last day of `edtf` in both month systems; '' when it is no date. */
export function dateSearchForms(edtf: string): string {
  const span = dateSpan(edtf);
  if (!span) return '';
  const out = new Set<string>();
  for (const [iso, precision] of [[span.start, span.startPrecision], [span.end, span.endPrecision]] as const) {
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || precision === 'year') continue;
    const names = NAMINGS.map((naming) => naming[d.getUTCMonth()]![0]!);
    for (const name of names) out.add(`${name} ${d.getUTCFullYear()}`);
    if (precision === 'day') for (const name of names) out.add(`${d.getUTCDate()} ${name} ${d.getUTCFullYear()}`);
  }
  return [...out].join(' ');
}

/** Each month's names, one per system («كانون الأول»، «ديسمبر»), January first. */
export function monthNames(): string[][] {
  return Array.from({ length: 12 }, (_, m) => NAMINGS.map((naming) => naming[m]![0]!));
}
