// What the timeline draws for a window: the entries themselves when few enough fall in and around it,
// otherwise per-lane bins counting them (a day, a week, a month, a quarter or a year wide, whichever
// keeps at most about as many bins across the window as the caller asks, BINS_PER_LANE unless it
// says). vis-timeline stays fast with a few hundred items, not thousands (its issues #342, #1516), so
// the catalog's size never reaches it.

export const DAY = 86_400_000;
const BIN_DAYS = [1, 7, 30, 91, 365];
const BINS_PER_LANE = 60;

export interface Dated { id: string; group: string; startMs: number; endMs: number }
export interface Bin { id: string; group: string; startMs: number; endMs: number; count: number }
export type Detail<T> = { kind: 'entries'; entries: T[] } | { kind: 'bins'; bins: Bin[]; binDays: number };

/** Entries sorted by start, with the longest span among them: what a window's entries are searched in. */
export interface ByStart<T extends Dated> { sorted: readonly T[]; longest: number }

export function byStart<T extends Dated>(entries: readonly T[]): ByStart<T> {
  const sorted = [...entries].sort((a, b) => a.startMs - b.startMs);
  return { sorted, longest: sorted.reduce((m, e) => Math.max(m, e.endMs - e.startMs), 0) };
}

/** The index of the first entry that starts after `ms` (or at it, with `orAt`). */
function firstStarting<T extends Dated>(sorted: readonly T[], ms: number, orAt: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.startMs < ms || (!orAt && sorted[mid]!.startMs === ms)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entries overlapping [from, to], in start order. Only those starting between `from` less the
 * longest span and `to` can overlap it: two binary searches find them, so a zoom reads the entries near
 * the window rather than every entry of the catalog.
 */
export function overlapping<T extends Dated>(index: ByStart<T>, from: number, to: number): T[] {
  const { sorted, longest } = index;
  const out: T[] = [];
  for (let i = firstStarting(sorted, from - longest, true), end = firstStarting(sorted, to, false); i < end; i++) {
    if (sorted[i]!.endMs >= from) out.push(sorted[i]!);
  }
  return out;
}

/**
 * Entries overlapping the window widened by half its span on each side, or bins of them above `limit`,
 * at most about `binsAcross` of them across the window in a lane.
 */
export function levelOfDetail<T extends Dated>(entries: ByStart<T>, windowStart: number, windowEnd: number, limit: number, binsAcross = BINS_PER_LANE): Detail<T> {
  const span = Math.max(DAY, windowEnd - windowStart);
  const from = windowStart - span / 2;
  const to = windowEnd + span / 2;
  const near = overlapping(entries, from, to);
  if (near.length <= limit) return { kind: 'entries', entries: near };
  const wanted = span / DAY / binsAcross;
  const binDays = BIN_DAYS.find((d) => d >= wanted) ?? BIN_DAYS[BIN_DAYS.length - 1]!;
  const width = binDays * DAY;
  const bins = new Map<string, Bin>();
  for (const e of near) {
    const index = Math.floor(e.startMs / width);
    const id = `b:${e.group}:${binDays}:${index}`;
    const bin = bins.get(id);
    if (bin) bin.count += 1;
    else bins.set(id, { id, group: e.group, startMs: index * width, endMs: (index + 1) * width, count: 1 });
  }
  return { kind: 'bins', bins: [...bins.values()], binDays };
}
