// Whether an entry's day is unknown: the text gave an interval that holds it (dateCertainty), or only
// a month or a year. Such an entry spans weeks on a calendar or a timeline, and must say so.
import type { DateSpan } from '../lib/date-span.ts';

export function dateIsUncertain(certainty: string | undefined, span: Pick<DateSpan, 'startPrecision' | 'endPrecision'>): boolean {
  return (certainty ?? 'exact') !== 'exact' || span.startPrecision !== 'day' || span.endPrecision !== 'day';
}
