// «استضافت أستانا في نوفمبر الماضي الجولة الـ11 … وسيلتئم الاجتماع المقبل منتصف شباط»: the next round
// of a track comes after every round of it the article tells as held. Without this, «الاجتماع المقبل»
// may be any round of the track, and a planned month matched to an early round's (Astana 2 met in
// mid-February too) dates a story two years off. (A previous round needs no such bound: told in the
// past, its candidates are the rounds before the article's day already.)
import type { Expr } from '../types.ts';

/** The earliest first day a numbered round may have, if each of its candidates is a round of `track`
 *  (a bare «الجولة الثامنة» in Geneva may be the UN talks' or the committee's: it bounds neither). */
function earliest(e: Expr, track: string): number | undefined {
  let at: number | undefined;
  for (const c of e.candidates) {
    if (c.round.track !== track) return undefined;
    if (!c.planned && (at === undefined || c.start < at)) at = c.start;
  }
  return at;
}

/** Each unnumbered next round with the candidates the rounds told as held allow. A bound that would
 *  leave none keeps none: the round meant is one the catalog does not hold yet. */
export function orderUnnumberedRounds(exprs: Expr[]): Expr[] {
  const numbered = exprs.filter((e) => e.kind === 'round' && e.stated.round !== undefined && e.candidates.length > 0);
  if (numbered.length === 0) return exprs;
  return exprs.map((e) => {
    if (e.kind !== 'round' || e.stated.round !== undefined || e.stated.roundId !== undefined || !e.stated.track || e.stated.rel !== 1) return e;
    const track = e.stated.track;
    let bound: number | undefined;
    for (const n of numbered) {
      if (n.tense !== 'past') continue;
      const at = earliest(n, track);
      if (at !== undefined && (bound === undefined || at > bound)) bound = at;
    }
    if (bound === undefined) return e;
    const b = bound;
    const kept = e.candidates.filter((c) => c.round.track !== track || c.start > b);
    return kept.length === e.candidates.length ? e : { ...e, candidates: kept };
  });
}
