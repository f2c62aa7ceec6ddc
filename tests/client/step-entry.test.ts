import { describe, expect, it } from 'vitest';
import { stepEntry, swipeStep } from '../../src/client/step-entry.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
// Three events of Astana's seventh round's autumn, in date order, as the timeline sorts them.
const events = [
  { id: 'astana7-opens', startMs: day('2017-10-30') },
  { id: 'astana7-closes', startMs: day('2017-10-31') },
  { id: 'geneva8-opens', startMs: day('2017-11-28') },
];

describe('stepEntry', () => {
  it('steps from the event shown to the next or previous one, and stops at either end', () => {
    const all: [number, number] = [day('2017-01-01'), day('2018-01-01')];
    expect(stepEntry(events, 'astana7-opens', all, 1)).toBe(1);
    expect(stepEntry(events, 'astana7-closes', all, -1)).toBe(0);
    expect(stepEntry(events, 'geneva8-opens', all, 1)).toBeUndefined();
    expect(stepEntry(events, 'astana7-opens', all, -1)).toBeUndefined();
  });

  it('with none chosen, starts from the first (forward) or the last (backward) event in the window', () => {
    const november: [number, number] = [day('2017-10-31'), day('2017-12-01')];
    expect(stepEntry(events, undefined, november, 1)).toBe(1);
    expect(stepEntry(events, undefined, november, -1)).toBe(2);
    // A round chosen, not an event, counts as none chosen.
    expect(stepEntry(events, 'r:astana-07', november, 1)).toBe(1);
  });

  it('with no event in the window, goes to the nearest one beyond it; with no event at all, nowhere', () => {
    expect(stepEntry(events, undefined, [day('2018-03-01'), day('2018-04-01')], 1)).toBe(2);
    expect(stepEntry(events, undefined, [day('2016-03-01'), day('2016-04-01')], -1)).toBe(0);
    expect(stepEntry([], undefined, [0, 1], 1)).toBeUndefined();
  });
});

describe('swipeStep', () => {
  it('a finger moving right brings the later event, moving left the earlier one (time runs right to left)', () => {
    expect(swipeStep(120, 10)).toBe(1);
    expect(swipeStep(-120, -10)).toBe(-1);
  });

  it('a short or mostly vertical move (scrolling the page) is no swipe', () => {
    expect(swipeStep(20, 0)).toBe(0);
    expect(swipeStep(80, 100)).toBe(0);
  });
});
