// An EDTF date as a reader should see it: a day, a month, a span («21–22 كانون الأول 2017»), or, when
// the true day is unknown inside an interval, that interval said plainly.
import { dateSpan } from './date-span.ts';
import { formatArabicDate } from './format-arabic-date.ts';

export type DateCertainty = 'exact' | 'range' | 'approximate';

function spanText(edtf: string): string {
  const span = dateSpan(edtf);
  if (!span) return edtf;
  if (!span.interval) return formatArabicDate(span.start, span.startPrecision);
  if (span.startPrecision !== 'day' || span.endPrecision !== 'day') {
    return `${formatArabicDate(span.start, span.startPrecision)} – ${formatArabicDate(span.end, span.endPrecision)}`;
  }
  if (span.start === span.end) return formatArabicDate(span.start);
  const [sy, sm] = span.start.split('-');
  const [ey, em] = span.end.split('-');
  if (sy === ey && sm === em) {
    // Same month: «21–22 كانون الأول 2017». Digits come from the same pinned formatter.
    const last = formatArabicDate(span.end);
    const firstDay = formatArabicDate(span.start).split(' ')[0];
    return `${firstDay}–${last}`;
  }
  return `${formatArabicDate(span.start)} – ${formatArabicDate(span.end)}`;
}

/** Display text of `edtf`; `range` certainty reads «بين X و Y (اليوم الدقيق غير معروف)». */
export function formatDateSpan(edtf: string, certainty: DateCertainty = 'exact'): string {
  const span = dateSpan(edtf);
  if (certainty === 'range' && span && span.interval) {
    return `بين ${formatArabicDate(span.start)} و${formatArabicDate(span.end)} (اليوم الدقيق غير معروف)`;
  }
  if (certainty === 'range' && span && span.startPrecision !== 'day') {
    return `${spanText(edtf)} (اليوم الدقيق غير معروف)`;
  }
  if (certainty === 'approximate') return `نحو ${spanText(edtf)} (تاريخ تقريبي)`;
  return spanText(edtf);
}
