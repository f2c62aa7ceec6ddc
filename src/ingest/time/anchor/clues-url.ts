// The address's own date as a clue. A posting day in the path is the strongest evidence after a
// front-matter date, but sites re-stamp moved archives and print papers post the next morning, so
// it is weighed against the text like any other clue, not taken as given.
import { formatDay } from '../../../lib/calendar.ts';
import { formatSpan } from '../../../lib/edtf.ts';
import type { Clue, DaySpan } from '../types.ts';
import { archivedOn, urlDate } from './url-date.ts';

/** Print stories posted the morning after: the day before the address's day still fits, far less
 *  well (most pages carry their own day), so that the address alone gives its day at the fitted τ
 *  (p = 1 / (1 + PRINT_LAG) > 0.8) and any clue for the day before turns it into the two days. */
const PRINT_LAG = 0.2;

/** How far back an archived page may reach: archives keep stories for years. */
const ARCHIVE_AGE = 15 * 365;

/** The page existed on the day it was captured, in the archive's clock (UTC): a page posted the next
 *  morning east of it is the day after. Certain, but a bound from above only. */
function archivedClue(day: number, quote: string): Clue {
  const w: DaySpan = [day - ARCHIVE_AGE, day + 1];
  return { weight: 5, family: 'url', start: 0, end: 0, quote, windows: [w], flat: true, note: { code: 'archived-day', day: formatDay(day) }, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
}

export function cluesUrl(url: string | undefined): Clue[] {
  const captured = archivedOn(url);
  const bound: Clue[] = captured === null ? [] : [archivedClue(captured.day, captured.quote)];
  const u = urlDate(url);
  if (!u) return bound;
  if (u.month) {
    const w: DaySpan = u.month;
    return [...bound, { weight: 3, family: 'url', start: 0, end: 0, quote: u.quote, windows: [w], flat: true, note: { code: 'url-month', month: formatSpan(w) }, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) }];
  }
  const day = u.day;
  return [...bound, {
    weight: 8, family: 'url', start: 0, end: 0, quote: u.quote, windows: [[day - 1, day]],
    note: { code: 'url-day', day: formatDay(day) },
    score: (d) => (d === day ? 1 : d === day - 1 ? PRINT_LAG : 0),
  }];
}
