// A catalog meeting read from a description that tells no more than its city, its form and Syria («استضافت
// باريس مؤتمراً دولياً حول سوريا»), or from its verb: the same words tell meetings the catalog does not hold
// (the Friends of Syria in Paris in 2012, a defence ministers' trio in Moscow), and a weekday then picks the
// one catalog meeting it fits, printed at a probability of 1. So such a meeting stands only where evidence
// of another kind puts the story within some years of it: a stamp, a stated date with its year, the
// address, the page's metadata, a name in use only then. A description with who met, a count or a subject
// of its own («المؤتمر السنوي الثامن الذي تنظمه بروكسل») needs none; nor, for now, the catalog's own names
// (bounding those too cost 82 exact days of the saved texts for nine wrong ones).
import type { Clue, DaySpan, Expr } from '../types.ts';

/** The clue families that bound the story's day by what the text or the page says of time. */
const BOUNDING_FAMILIES = new Set(['stamp', 'stated', 'url', 'meta', 'era', 'loose-date', 'current-month', 'dated-weekday']);
/** How far before and after a bound a meeting the story tells may lie (a year's recall, a year ahead). */
const BOUND_SLACK = 366;

/** The spans, within the era the engine dates, that each bounding clue allows, none wider than `widest`. */
function bounds(clues: Clue[], era: DaySpan, widest: number): DaySpan[] {
  const out: DaySpan[] = [];
  for (const c of clues) {
    if (!BOUNDING_FAMILIES.has(c.family) || c.windows.length === 0) continue;
    const lo = Math.max(era[0], Math.min(...c.windows.map((w) => w[0])));
    const hi = Math.min(era[1], Math.max(...c.windows.map((w) => w[1])));
    if (hi >= lo && hi - lo <= widest) out.push([lo, hi]);
  }
  return out;
}

/** The expressions with each described meeting's candidates kept only where a bound puts the story, and
 *  those left with none taken out: the same array when nothing changes. `clues` is asked only when a described meeting is there. */
export function corroborateBounded(exprs: Expr[], clues: () => Clue[], era: DaySpan): Expr[] {
  if (!exprs.some((e) => e.bounded !== undefined && e.candidates.length > 0)) return exprs;
  const given = clues();
  const spans = new Map<number, DaySpan[]>();
  const placed = (widest: number, start: number, end: number): boolean => {
    let allowed = spans.get(widest);
    if (!allowed) spans.set(widest, (allowed = bounds(given, era, widest)));
    return allowed.some(([lo, hi]) => end >= lo - BOUND_SLACK && start <= hi + BOUND_SLACK);
  };
  let changed = false;
  const out = exprs.flatMap((e) => {
    if (e.bounded === undefined) return [e];
    const candidates = e.candidates.filter((c) => placed(e.bounded!, c.start, c.end));
    if (candidates.length === e.candidates.length) return [e];
    changed = true;
    // With none left it is no meeting at all: its words go back to the readings around it (a verb to the
    // round its clause names).
    return candidates.length > 0 ? [{ ...e, candidates }] : [];
  });
  return changed ? out : exprs;
}
