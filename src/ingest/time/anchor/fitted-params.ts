// Parameters of the date engine's anchor model. Written by `npm run fit-dating` (bench/fit-dating.ts)
// from the training split of the labelled corpus; the figures it chose them on are in
// bench/fit-dating.out.md. Edit by refitting, not by hand.

import type { ClueFamily } from '../types.ts';

export interface DatingParams {
  /** Sharpness: a clue of weight w multiplies a day's odds by e^(beta*w). */
  beta: number;
  /** Print a single day when its probability is at least this. */
  tau: number;
  /** Else print the shortest set of days holding this much probability, as an interval… */
  mass: number;
  /** …when that interval is at most this many days; else refuse. */
  maxIntervalDays: number;
  /** A round named with no day tied: weight, and decay scales in days before its opening, after its
   *  close, and before its opening when announced. */
  near: { weight: number; before: number; after: number; ahead: number };
  /** A round's opening or closing reported in the lead with no time word: weight and decay scale. */
  edge: { weight: number; scale: number };
  /** Share of a clue's weight spread over the week around its windows (it misses by a little). */
  slack: number;
  /** Multiplier of each family's clue weights (absent: 1). */
  strength: Partial<Record<ClueFamily, number>>;
}

export const FITTED: DatingParams = {
  beta: 1.4,
  tau: 0.8,
  mass: 0.95,
  maxIntervalDays: 31,
  near: {
    weight: 2,
    before: 7,
    after: 21,
    ahead: 7
  },
  edge: {
    weight: 3,
    scale: 1
  },
  slack: 0.05,
  strength: {}
};
