// Parameters of the date engine's anchor model. Written by `npm run fit-dating` (bench/fit-dating.ts)
// from the training split of the labelled corpus; the figures it chose them on are in
// bench/fit-dating.out.md. Edit by refitting, not by hand.

import type { DatingParams } from '../types.ts';

export type { DatingParams };


export const FITTED: DatingParams = {
  beta: 1.4,
  tau: 0.8,
  mass: 0.95,
  maxIntervalDays: 31,
  near: {
    weight: 2,
    before: 7,
    after: 21,
    ahead: 7,
    far: 0.35
  },
  edge: {
    weight: 3,
    scale: 1
  },
  dated: {
    scale: 3
  },
  slack: 0.05,
  strength: {}
};
