// «الحدث السابق» / «الحدث التالي»: the timeline shown one event at a time, as a phone reads it. From the
// event being looked at, the next or previous one in date order; with none chosen yet, the first (or
// the last) one of what is shown, so that a reader starts where they are looking.

export interface Dated { id: string; startMs: number }

/**
 * The index in `sorted` (by date) of the event one step from `current` in direction `dir`, or undefined
 * past the end. With none chosen, the first event shown (forward) or the last (backward) in the window
 * [`fromMs`, `toMs`); with none there either, the nearest one beyond it.
 */
export function stepEntry(sorted: readonly Dated[], current: string | undefined, [fromMs, toMs]: readonly [number, number], dir: 1 | -1): number | undefined {
  if (sorted.length === 0) return undefined;
  const at = current === undefined ? -1 : sorted.findIndex((e) => e.id === current);
  if (at >= 0) {
    const next = at + dir;
    return next >= 0 && next < sorted.length ? next : undefined;
  }
  if (dir === 1) {
    const i = sorted.findIndex((e) => e.startMs >= fromMs);
    return i >= 0 ? i : sorted.length - 1;
  }
  const i = sorted.findLastIndex((e) => e.startMs < toMs);
  return i >= 0 ? i : 0;
}

/** Which way a horizontal swipe steps: time runs right to left, so a finger moving right brings the later event. */
export function swipeStep(dx: number, dy: number, min = 40): 1 | -1 | 0 {
  if (Math.abs(dx) < min || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx > 0 ? 1 : -1;
}
