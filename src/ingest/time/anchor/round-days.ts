// The catalog's rounds with their first and last days as day numbers, computed once per catalog.
import { parseDay } from '../../../lib/calendar.ts';
import type { RoundRef } from '../types.ts';

export interface RoundDays { round: RoundRef; start: number; end: number }

const cache = new WeakMap<RoundRef[], RoundDays[]>();

/** Rounds whose dates parse; a round with a malformed date is left out rather than guessed. */
export function roundDays(rounds: RoundRef[]): RoundDays[] {
  let out = cache.get(rounds);
  if (!out) {
    out = [];
    for (const round of rounds) {
      const start = parseDay(round.start);
      const end = parseDay(round.end);
      if (start !== null && end !== null && end >= start) out.push({ round, start, end });
    }
    cache.set(rounds, out);
  }
  return out;
}
