import type { PageDate } from '../../shared/page-date.ts';
import { LATIN_MONTH_NAMES } from '../../../lib/lexicon/calendar.ts';

export type { PageDate };

/** The calendar's Latin month names cut to the three letters of an RFC 822 date, January first. */
const MONTHS = Object.values(LATIN_MONTH_NAMES).map((names) => names[0]!.slice(0, 3).toLowerCase());

/**
 * The day of a metadata date value. An ISO value keeps the day it was written with (`2017-05-16T23:30+03:00`
 * is the 16th where the outlet is, the day its readers saw); an RFC 822 value (`Tue, 16 May 2017 …`) the
 * same. Anything else is no evidence: a wrong day would outweigh the text.
 */
export function dayOfValue(value: string): string | null {
  const v = value.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v);
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (rfc && MONTHS.includes(rfc[2]!.toLowerCase())) [y, m, d] = [Number(rfc[3]), MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1, Number(rfc[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1990 || y > 2100) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
