// The article date as constraint satisfaction: candidate days come from the windows of the clues
// (strong ones first), every candidate is scored against every clue, and the best-scoring days win.
// Bare weekdays of one name are one day of the article's week: for each candidate day the solver
// picks, per weekday name, the occurrence (on or before / on or after) that satisfies most clues.
// Clues the winners do not satisfy are conflicts: reported, never averaged.
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../../lib/calendar.ts';
import type { Clue, DaySpan } from '../types.ts';

export interface AnchorSolution {
  span: DaySpan;
  days: number[];
  best: number;
  satisfied: Clue[];
  conflicts: Clue[];
  /** For a single-day anchor: the day each bare weekday name stands for. */
  weekdayDays: Map<number, number>;
  confidence: number;
}

const MAX_WINDOW = 1500;
const STRONG = 2;
/** Below the smallest whole clue weight used (0.5), above what track priors alone can separate. */
const NEAR_TIE = 0.35;

/** Candidate days as disjoint sorted spans: the windows of the strong clues, else of all clues. */
export function domainOf(clues: Clue[]): DaySpan[] {
  const strong = clues.filter((c) => c.weight >= STRONG && c.windows.length > 0);
  const source = strong.length > 0 ? strong : clues.filter((c) => c.windows.length > 0);
  return mergeSpans(source.flatMap((c) => c.windows).map(([a, b]) => [a, Math.min(b, a + MAX_WINDOW)] as DaySpan));
}

/** Disjoint sorted spans covering the same days (touching spans joined). */
export function mergeSpans(spans: DaySpan[]): DaySpan[] {
  const merged: DaySpan[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b); else merged.push([a, b]);
  }
  return merged;
}

/** A clue with windows cannot hold outside them: skip its (possibly costly) score there. */
export function inWindows(c: Clue, d: number): boolean {
  if (c.windows.length === 0) return true;
  for (const [a, b] of c.windows) if (d >= a && d <= b) return true;
  return false;
}

export function scoreDay(d: number, plain: Clue[], groups: Map<number, Clue[]>, choice?: Map<number, number>): number {
  let total = 0;
  for (const c of plain) if (inWindows(c, d)) total += c.weight * c.score(d, d);
  for (const [wd, cs] of groups) {
    const before = weekdayOnOrBefore(d, wd);
    const after = weekdayOnOrAfter(d, wd);
    let sb = 0;
    let sa = 0;
    for (const c of cs) {
      if (!inWindows(c, d)) continue;
      sb += c.weight * c.score(d, before);
      if (after !== before) sa += c.weight * c.score(d, after);
    }
    const pickAfter = after !== before && sa > sb;
    total += pickAfter ? sa : sb;
    choice?.set(wd, pickAfter ? after : before);
  }
  return total;
}

/** Every domain day (ascending) and an upper bound of its score, and the days' order by bound, best first. */
function bounds(domain: DaySpan[], clues: Clue[]): { days: Int32Array; bound: Float64Array; order: Uint32Array } {
  const lo = domain[0]![0];
  const hi = domain[domain.length - 1]![1];
  const diff = new Float64Array(hi - lo + 2);
  let base = 0;
  for (const c of clues) {
    if (c.windows.length === 0) { base += c.weight; continue; }
    const ws = c.windows.map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)] as DaySpan).filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
    let end = -Infinity;
    for (const [a, b] of ws) {
      const from = Math.max(a, end + 1);
      if (from > b) continue;
      diff[from - lo] = diff[from - lo]! + c.weight;
      diff[b - lo + 1] = diff[b - lo + 1]! - c.weight;
      end = b;
    }
  }
  const size = domain.reduce((n, [a, b]) => n + b - a + 1, 0);
  const days = new Int32Array(size);
  const bound = new Float64Array(size);
  let acc = 0;
  let k = 0;
  let i = 0;
  for (const [a, b] of domain) {
    for (; k <= b - lo; k++) {
      acc += diff[k]!;
      if (k >= a - lo) { days[i] = lo + k; bound[i] = base + acc; i++; }
    }
  }
  const order = new Uint32Array(size);
  for (let j = 0; j < size; j++) order[j] = j;
  order.sort((x, y) => bound[y]! - bound[x]! || x - y);
  return { days, bound, order };
}

/** Clues apart, and bare weekdays grouped by name (one day of the article's week each). */
export function splitGroups(clues: Clue[]): { plain: Clue[]; groups: Map<number, Clue[]> } {
  const plain = clues.filter((c) => c.group === undefined);
  const groups = new Map<number, Clue[]>();
  for (const c of clues) if (c.group !== undefined) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return { plain, groups };
}

/** Solves for the article date; with `only`, evaluates that one day (a front-matter date) instead. */
export function solveAnchor(clues: Clue[], only?: number): AnchorSolution | null {
  const domain = only !== undefined ? [[only, only] as DaySpan] : domainOf(clues);
  if (domain.length === 0) return null;
  const plain = clues.filter((c) => c.group === undefined);
  const groups = new Map<number, Clue[]>();
  for (const c of clues) if (c.group !== undefined) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  let best = 0;
  let days: number[] = [];
  // Branch and bound: a day's score cannot exceed the weights of the clues whose windows hold it,
  // so days are scored best bound first, and the search stops when no bound can reach the best.
  const b = bounds(domain, clues);
  const score = new Float64Array(b.days.length).fill(-1);
  for (const j of b.order) {
    if (b.bound[j]! < best - NEAR_TIE - 1e-9) break;
    const s = scoreDay(b.days[j]!, plain, groups);
    score[j] = s;
    if (s > best) best = s;
  }
  // Days that lose only by a small margin (a slightly likelier track, say) stay in the running:
  // an interval is better than a day picked on a hunch.
  if (only !== undefined) days = [only];
  else if (best > 0) for (let j = 0; j < score.length; j++) if (score[j]! >= best - NEAR_TIE) days.push(b.days[j]!);
  if ((best <= 0 && only === undefined) || days.length === 0) return null;
  const span: DaySpan = [days[0]!, days[days.length - 1]!];
  const weekdayDays = new Map<number, number>();
  if (days.length === 1) scoreDay(days[0]!, plain, groups, weekdayDays);
  const holds = (c: Clue): boolean => days.some((d) => {
    if (c.group === undefined) return c.score(d, d) > 0;
    return [weekdayOnOrBefore(d, c.group), weekdayOnOrAfter(d, c.group)].some((o) => c.score(d, o) > 0);
  });
  const satisfied = clues.filter(holds);
  const conflicts = clues.filter((c) => !holds(c));
  const total = clues.reduce((s, c) => s + c.weight, 0);
  const agreement = total > 0 ? best / total : 0;
  const strength = Math.min(1, best / 8);
  const confidence = Math.round(Math.min(1, 0.5 * agreement + 0.5 * strength) * (days.length === 1 ? 1 : 0.8) * 100) / 100;
  return { span, days, best, satisfied, conflicts, weekdayDays, confidence };
}

/** Whether clue `c` holds on any of `days` (a bare weekday on either occurrence around a day). */
export function holdsOn(c: Clue, days: number[]): boolean {
  return days.some((d) => {
    if (c.group === undefined) return c.score(d, d) > 0;
    return [weekdayOnOrBefore(d, c.group), weekdayOnOrAfter(d, c.group)].some((o) => c.score(d, o) > 0);
  });
}
