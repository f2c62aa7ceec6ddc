// Once the article date is known, each round reference keeps the catalog round that fits it best:
// the one its tied day lands on, else one close to the article, else the likeliest track; none on a tie.
import type { DaySpan, Expr } from '../types.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { roundTie, tieTarget } from './clues-rounds.ts';

export function chooseRounds(exprs: Expr[], folded: string, anchor: DaySpan | null): Expr[] {
  return exprs.map((r) => {
    if (r.kind !== 'round' || r.candidates.length < 2) return r;
    const tie = anchor ? roundTie(r, { exprs, folded }) : null;
    const a = tie && anchor ? resolveAt(tie.day, anchor[0], undefined, false) : null;
    const b = tie && anchor ? resolveAt(tie.day, anchor[1], undefined, false) : null;
    const tied: DaySpan | null = a && b ? [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])] : null;
    const mid = anchor ? (anchor[0] + anchor[1]) / 2 : null;
    const meets = (c: Expr['candidates'][number]): boolean => {
      const t = tieTarget(c, tie!);
      return t[0] <= tied![1] && t[1] >= tied![0];
    };
    // Tied to a day none of them meets on («محادثات في جنيف في النصف الثاني من كانون الثاني المقبل»,
    // held in Vienna in the end): a round the catalog does not hold there then, not the nearest one.
    if (tied && !r.candidates.some(meets)) return { ...r, candidates: [] };
    const value = (c: Expr['candidates'][number]): number => {
      let v = c.prior;
      if (tied && meets(c)) v += 2;
      if (mid !== null && mid >= c.start - 60 && mid <= c.end + 60) v += 1;
      if (mid !== null && mid >= c.start - 365 && mid <= c.end + 730) v += 0.3;
      return v;
    };
    const ranked = r.candidates.map((c) => ({ c, v: value(c) })).sort((a, b) => b.v - a.v);
    // Two rounds the text fits equally well: name neither rather than pick one.
    if (ranked.length > 1 && ranked[0]!.v - ranked[1]!.v < 0.1) return { ...r, candidates: [] };
    return { ...r, candidates: ranked.map((x) => x.c) };
  });
}
