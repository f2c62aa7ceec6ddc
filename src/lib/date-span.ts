// The first and last day an EDTF date or interval covers, so the site can place it on a timeline,
// sort it and print it. Only the forms the content contract uses are read: YYYY, YYYY-MM,
// YYYY-MM-DD, and an interval of two of those joined by '/'. Anything else returns null (never a guess).

export type Precision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
  /** Precision of the start (and of the end, for an interval). */
  startPrecision: Precision;
  endPrecision: Precision;
  interval: boolean;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function bounds(part: string): { start: string; end: string; precision: Precision } | null {
  const m = PART.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
    return { start: part, end: part, precision: 'day' };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(year, month))}`, precision: 'month' };
  }
  return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
}

/** Span of days covered by `edtf`, or null when the value is not one of the supported forms. */
export function dateSpan(edtf: string): DateSpan | null {
  const parts = edtf.split('/');
  if (parts.length > 2) return null;
  const first = bounds(parts[0] ?? '');
  if (!first) return null;
  if (parts.length === 1) {
    return { start: first.start, end: first.end, startPrecision: first.precision, endPrecision: first.precision, interval: false };
  }
  const last = bounds(parts[1] ?? '');
  if (!last || last.end < first.start) return null;
  return { start: first.start, end: last.end, startPrecision: first.precision, endPrecision: last.precision, interval: true };
}
