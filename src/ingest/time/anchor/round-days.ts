// The catalog's rounds with their first and last days as day numbers, computed once per catalog.
import { parseDay } from '../../../lib/calendar.ts';
import type { DaySpan, RoundRef } from '../types.ts';

/** `planned`: the days it was announced for before it was put off (the catalog's `scheduled`), and
 *  `plannedAround` the parts of a month announced (its opening somewhere in them); `opened`: the day it
 *  was declared formally open, when after its first day. */
export interface RoundDays { round: RoundRef; start: number; end: number; planned: DaySpan[]; plannedAround: DaySpan[]; opened?: number }

const cache = new WeakMap<RoundRef[], RoundDays[]>();

/** Rounds whose dates parse; a round with a malformed date is left out rather than guessed. */
export function roundDays(rounds: RoundRef[]): RoundDays[] {
  let out = cache.get(rounds);
  if (!out) {
    out = [];
    for (const round of rounds) {
      const start = parseDay(round.start);
      const end = parseDay(round.end);
      if (start === null || end === null || end < start) continue;
      const planned: DaySpan[] = [];
      const plannedAround: DaySpan[] = [];
      for (const s of round.scheduled ?? []) {
        const a = parseDay(s.start);
        const b = parseDay(s.end);
        if (a !== null && b !== null && b >= a) (s.approximate ? plannedAround : planned).push([a, b]);
      }
      const opened = round.opened === undefined ? null : parseDay(round.opened);
      out.push({ round, start, end, planned, plannedAround, ...(opened !== null && opened > start && opened <= end ? { opened } : {}) });
    }
    cache.set(rounds, out);
  }
  return out;
}
