// The trace summary's self times: a parent's time less its children's, per event name, inside a window.
import { describe, expect, it } from 'vitest';
import { selfTimes } from '../../bench/timeline-trace.ts';

const ev = (name: string, ts: number, dur: number) => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, pid: 1, tid: 1 });

describe('selfTimes', () => {
  it('gives a task its time less the style and layout it forced, and each of those its own', () => {
    const events = [
      ev('FunctionCall', 0, 100),
      ev('UpdateLayoutTree', 10, 20),
      ev('Layout', 40, 30),
      ev('Layout', 75, 5),
      ev('FunctionCall', 200, 10),
    ];
    expect(Object.fromEntries(selfTimes(events, 0, 1000))).toEqual({ FunctionCall: 45 + 10, UpdateLayoutTree: 20, Layout: 35 });
  });

  it('counts a child inside a child once, under the innermost', () => {
    const events = [ev('TimerFire', 0, 50), ev('FunctionCall', 5, 40), ev('Layout', 10, 10)];
    expect(Object.fromEntries(selfTimes(events, 0, 100))).toEqual({ TimerFire: 10, FunctionCall: 30, Layout: 10 });
  });

  it('leaves out what starts outside the window and events that are not spans', () => {
    const events = [ev('Layout', 0, 5), ev('Layout', 50, 5), { ...ev('Mark', 20, 0), ph: 'R' }];
    expect(Object.fromEntries(selfTimes(events, 10, 100))).toEqual({ Layout: 5 });
  });
});
