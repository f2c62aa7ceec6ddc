// The address's own date as a clue. A posting day in the path is the strongest evidence after a
// front-matter date, but sites re-stamp moved archives and print papers post the next morning, so
// it is weighed against the text like any other clue, not taken as given.
import { formatDay } from '../../../lib/calendar.ts';
import { formatSpan } from '../../../lib/edtf.ts';
import type { Clue, DaySpan } from '../types.ts';
import { urlDate } from './url-date.ts';

/** Print stories posted the morning after: the day before the address's day still fits, far less
 *  well (most pages carry their own day), so that the address alone gives its day at the fitted τ
 *  (p = 1 / (1 + PRINT_LAG) > 0.8) and any clue for the day before turns it into the two days. */
const PRINT_LAG = 0.2;

export function cluesUrl(url: string | undefined): Clue[] {
  const u = urlDate(url);
  if (!u) return [];
  if (u.month) {
    const w: DaySpan = u.month;
    return [{ weight: 3, family: 'url', start: 0, end: 0, quote: u.quote, windows: [w], flat: true, note: { code: 'url-month', month: formatSpan(w) }, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) }];
  }
  const day = u.day;
  return [{
    weight: 8, family: 'url', start: 0, end: 0, quote: u.quote, windows: [[day - 1, day]],
    note: { code: 'url-day', day: formatDay(day) },
    score: (d) => (d === day ? 1 : d === day - 1 ? PRINT_LAG : 0),
  }];
}
