// A generation stamp read from content, not the clock: the last day any of the given dates covers.
// Each exported event takes it from its own sources (src/components/entry-stamp.ts), so the same
// content always builds to the same bytes and an unrelated new article moves no event's stamp.
import { dateSpan } from './date-span.ts';

/** Used only when no date can be read at all: the project's first content, 2017-01-01. */
export const FALLBACK_STAMP_DAY = '2017-01-01';

/** The latest day (YYYY-MM-DD) covered by any of `edtfs`; unreadable or missing dates are skipped. */
export function contentStamp(edtfs: readonly (string | undefined)[]): string {
  let latest = '';
  for (const edtf of edtfs) {
    const end = edtf ? dateSpan(edtf)?.end : undefined;
    if (end && end > latest) latest = end;
  }
  return latest || FALLBACK_STAMP_DAY;
}
