// vis-timeline makes an item's elements and measures them the first time the item is drawn, inside the
// redraw that shows it: at a zoom, every item coming out of a cluster or into a lane that scrolls into
// view was made, put in the page and measured there, one style and layout pass a lane, in the zoom's
// frame. An item that was drawn once and hidden keeps its elements and sizes, and showing it again
// only puts it back. Items warmed ahead, while the page is idle, are drawn at a zoom as bare
// vis-timeline draws items it drew at its first drawing.

/** What warming needs of one of vis-timeline's items (its ItemSet's `items`; not part of its typed API). */
export interface VisItem {
  displayed: boolean;
  dirty: boolean;
  parent?: { dom?: { foreground?: HTMLElement } } | null;
  /** The steps of a drawing: make, attach, fill, read sizes, write sizes, extras. */
  redraw(returnQueue: true): Array<() => unknown>;
  hide(): void;
}

/** The items never drawn (or changed since): not shown now, with a lane to be measured in. */
export function coldItems(items: Iterable<VisItem>): VisItem[] {
  return [...items].filter((i) => !i.displayed && i.dirty && i.parent?.dom?.foreground);
}

/**
 * Draws `cold` items step by step across all of them, so that their sizes are read in one layout, and
 * takes them out of the page again; returns how many.
 */
export function warmItems(cold: readonly VisItem[]): number {
  const queues = cold.map((i) => i.redraw(true));
  const steps = Math.max(0, ...queues.map((q) => q.length));
  for (let s = 0; s < steps; s++) for (const q of queues) q[s]?.();
  for (const i of cold) i.hide();
  return cold.length;
}

/** Runs `f` once the page is idle (within a second); Safari has no requestIdleCallback, so a short timer there. */
export function onIdle(f: () => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 200) as unknown as number;
}

export function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle); else clearTimeout(handle);
}
