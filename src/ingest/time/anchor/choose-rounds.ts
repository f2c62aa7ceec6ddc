// Once the article date is known, each round reference keeps the catalog round that fits it best:
// the one its tied day lands on, else one close to the article, else the likeliest track.
import type { DaySpan, Expr } from '../types.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { roundTie } from './clues-rounds.ts';

export function chooseRounds(exprs: Expr[], folded: string, anchor: DaySpan | null): Expr[] {
  return exprs.map((r) => {
    if (r.kind !== 'round' || r.candidates.length < 2) return r;
    const tie = anchor ? roundTie(r, { exprs, folded }) : null;
    const tied = tie && anchor ? resolveAt(tie.day, anchor[0]) : null;
    const mid = anchor ? (anchor[0] + anchor[1]) / 2 : null;
    const value = (c: Expr['candidates'][number]): number => {
      let v = c.prior;
      const t = tie?.ends ? c.end : c.start;
      if (tied && t >= tied.span[0] && t <= tied.span[1]) v += 2;
      if (mid !== null && mid >= c.start - 60 && mid <= c.end + 60) v += 1;
      if (mid !== null && mid >= c.start - 365 && mid <= c.end + 730) v += 0.3;
      return v;
    };
    return { ...r, candidates: [...r.candidates].sort((a, b) => value(b) - value(a)) };
  });
}
