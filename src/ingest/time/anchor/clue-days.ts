// Clues on days: which days a clue's windows allow, which occurrence a bare weekday stands for on a
// given day, and which clues a chosen day (or set of days) satisfies. Shared by the posterior and by
// the check of a front-matter date.
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../../lib/calendar.ts';
import type { Clue, DaySpan } from '../types.ts';

/** A window longer than this is a bound, not a place to look: only this many of its days are scored. */
const MAX_WINDOW = 1500;
/** Clues at least this strong define the days worth scoring; weaker ones only when none is. */
const STRONG = 2;
/** Windows wider than this are bounds, not places to look, when a sharper strong clue has some. */
const WIDE = 120;

/** Candidate days as disjoint sorted spans: the windows of the strong clues, else of all clues. */
export function domainOf(clues: Clue[]): DaySpan[] {
  const narrow = (c: Clue): DaySpan[] => c.windows.filter(([a, b]) => b - a <= WIDE);
  const strong = clues.filter((c) => c.weight >= STRONG && c.windows.length > 0 && !c.either);
  // A bound of a year or more (a date's reading window, an era) adds days that the sharper clues
  // already rule out or that share one likelihood: scored in bulk as days outside the domain.
  const sharp = strong.flatMap(narrow);
  // A clue of two readings (a date above the headline: its day, or any day before it) is looked at on
  // its narrow ones, beside the others' days: its day rules none of them out. Read as sharp, it left
  // only its own week scored, and a crawler's day over a story dated by a round won by default.
  const either = clues.filter((c) => c.weight >= STRONG && c.either).flatMap(narrow);
  const windowed = clues.filter((c) => c.windows.length > 0);
  const others = sharp.length > 0 ? sharp : (strong.length > 0 ? strong : either.length > 0 ? [] : windowed).flatMap((c) => c.windows);
  // A window too long to score day by day keeps the stretch where the other clues put their days: cut
  // at its start, an envoy's five years kept his first four, and an article from his last year, dated
  // by its month and a near date, was printed a year early (the same month, in range) or refused.
  const placed = windowed.map((c) => { const spans = mergeSpans(c.windows); return { weight: c.weight, spans, days: spanDays(spans) }; });
  return mergeSpans([...others, ...either].map(([a, b]) => {
    if (b - a <= MAX_WINDOW) return [a, b] as DaySpan;
    const s = busiestStretch(a, b, MAX_WINDOW, placed);
    return [s, s + MAX_WINDOW] as DaySpan;
  }));
}

const spanDays = (spans: DaySpan[]): number => spans.reduce((n, [a, b]) => n + b - a + 1, 0);

/** The first day of the `length`-day stretch of [a, b] holding the largest share of the clues' days
 *  (each clue's weight times the part of its windows inside: a narrow clue inside counts whole, a bound
 *  over decades next to nothing), the earliest on a tie: with no other clue, the window's start. The
 *  share changes slope only where an end of the stretch meets a window's edge, so those starts and
 *  the window's ends are the only ones to try. */
function busiestStretch(a: number, b: number, length: number, placed: { weight: number; spans: DaySpan[]; days: number }[]): number {
  const starts = new Set<number>([a, b - length]);
  for (const p of placed) {
    for (const [x, y] of p.spans) for (const s of [x, x - length, y, y - length]) if (s > a && s < b - length) starts.add(s);
  }
  let best = a;
  let most = 0;
  for (const s of [...starts].sort((x, y) => x - y)) {
    let share = 0;
    for (const p of placed) {
      let inside = 0;
      for (const [x, y] of p.spans) { const lo = Math.max(x, s); const hi = Math.min(y, s + length); if (lo <= hi) inside += hi - lo + 1; }
      share += (p.weight * inside) / p.days;
    }
    // A margin, so that rounding does not move the stretch for an equal share.
    if (share > most + 1e-9) { most = share; best = s; }
  }
  return best;
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

/** Clues apart, and bare weekdays grouped by name (one day of the article's week each). */
export function splitGroups<T extends { group?: number | undefined }>(clues: T[]): { plain: T[]; groups: Map<number, T[]> } {
  const plain = clues.filter((c) => c.group === undefined);
  const groups = new Map<number, T[]>();
  for (const c of clues) if (c.group !== undefined) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return { plain, groups };
}

/** On day `d`, the occurrence of weekday `wd` (on or before d, on or after it) that a bare weekday's
 *  clues value most, and that value: "الخميس" in the article is one Thursday, whichever fits. */
export function bestOccurrence<T>(d: number, wd: number, items: T[], value: (item: T, occurrence: number) => number): { day: number; value: number } {
  const before = weekdayOnOrBefore(d, wd);
  const after = weekdayOnOrAfter(d, wd);
  let vb = 0;
  let va = 0;
  for (const x of items) {
    vb += value(x, before);
    if (after !== before) va += value(x, after);
  }
  return after !== before && va > vb ? { day: after, value: va } : { day: before, value: vb };
}

/** Whether clue `c` holds on any of `days` (a bare weekday on either occurrence around a day). */
export function holdsOn(c: Clue, days: number[]): boolean {
  return days.some((d) => {
    if (c.group === undefined) return c.score(d, d) > 0;
    return [weekdayOnOrBefore(d, c.group), weekdayOnOrAfter(d, c.group)].some((o) => c.score(d, o) > 0);
  });
}

/** The clues the article's day (or days) satisfies and those it leaves out, and for a single day the
 *  day each bare weekday name stands for. */
export function judgeDays(clues: Clue[], days: number[]): { satisfied: Clue[]; conflicts: Clue[]; weekdayDays: Map<number, number> } {
  const weekdayDays = new Map<number, number>();
  if (days.length === 1) {
    const d = days[0]!;
    for (const [wd, cs] of splitGroups(clues).groups) {
      weekdayDays.set(wd, bestOccurrence(d, wd, cs, (c, o) => (inWindows(c, d) ? c.weight * c.score(d, o) : 0)).day);
    }
  }
  return { satisfied: clues.filter((c) => holdsOn(c, days)), conflicts: clues.filter((c) => !holdsOn(c, days)), weekdayDays };
}
