import { describe, expect, it } from 'vitest';
import { coldItems, warmItems, type VisItem } from '../../src/client/warm-items.ts';

/** An item as vis-timeline's, logging its drawing's steps into `log`. */
function item(name: string, log: string[], state: Partial<Pick<VisItem, 'displayed' | 'dirty'>> & { lane?: boolean } = {}): VisItem {
  const it: VisItem = {
    displayed: state.displayed ?? false,
    dirty: state.dirty ?? true,
    parent: state.lane === false ? null : { dom: { foreground: {} as HTMLElement } },
    redraw: () => ['make', 'attach', 'fill', 'read', 'write', 'extras'].map((step) => () => {
      log.push(`${name}:${step}`);
      if (step === 'attach') it.displayed = true;
      if (step === 'write') it.dirty = false;
    }),
    hide: () => { log.push(`${name}:hide`); it.displayed = false; },
  };
  return it;
}

describe('coldItems', () => {
  it('keeps the items never drawn that have a lane to be drawn in, not those shown or already measured', () => {
    const log: string[] = [];
    const cold = item('cold', log);
    const shown = item('shown', log, { displayed: true });
    const measured = item('measured', log, { dirty: false });
    const laneless = item('laneless', log, { lane: false });
    expect(coldItems([cold, shown, measured, laneless])).toEqual([cold]);
  });
});

describe('warmItems', () => {
  it('runs each step across all the items before the next, so that their sizes are read together, then hides them', () => {
    const log: string[] = [];
    const items = [item('a', log), item('b', log)];
    expect(warmItems(items)).toBe(2);
    expect(log).toEqual([
      'a:make', 'b:make', 'a:attach', 'b:attach', 'a:fill', 'b:fill', 'a:read', 'b:read',
      'a:write', 'b:write', 'a:extras', 'b:extras', 'a:hide', 'b:hide',
    ]);
    expect(items.map((i) => [i.displayed, i.dirty])).toEqual([[false, false], [false, false]]);
    expect(coldItems(items)).toEqual([]);
  });
});
