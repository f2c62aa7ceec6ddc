import { describe, expect, it } from 'vitest';
import { DAY, levelOfDetail } from '../../src/client/level-of-detail.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function entries(n: number, first: string, everyDays: number, group = 'astana') {
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, group, startMs: day(first) + i * everyDays * DAY, endMs: day(first) + i * everyDays * DAY }));
}

describe('levelOfDetail', () => {
  it('gives the entries themselves when few fall near the window', () => {
    const es = entries(50, '2017-01-01', 7);
    const d = levelOfDetail(es, day('2017-03-01'), day('2017-06-01'), 300);
    expect(d.kind).toBe('entries');
    if (d.kind === 'entries') {
      expect(d.entries.length).toBeGreaterThan(10);
      expect(d.entries.every((e) => e.startMs >= day('2017-03-01') - 46 * DAY && e.startMs <= day('2017-06-01') + 46 * DAY)).toBe(true);
    }
  });

  it('bins thousands of entries per lane, counting every one near the window', () => {
    const es = [...entries(3000, '2012-06-01', 1, 'astana'), ...entries(2000, '2014-01-01', 2, 'geneva')];
    const d = levelOfDetail(es, day('2012-01-01'), day('2025-01-01'), 300);
    expect(d.kind).toBe('bins');
    if (d.kind === 'bins') {
      expect(d.binDays).toBe(91);
      expect(d.bins.reduce((s, b) => s + b.count, 0)).toBe(5000);
      expect(new Set(d.bins.map((b) => b.group))).toEqual(new Set(['astana', 'geneva']));
      expect(d.bins.length).toBeLessThan(150);
      for (const b of d.bins) expect(b.endMs - b.startMs).toBe(91 * DAY);
    }
  });

  it('narrows the bins as the window narrows', () => {
    const es = entries(2000, '2017-01-01', 0.1);
    const d = levelOfDetail(es, day('2017-01-01'), day('2017-04-01'), 300);
    expect(d.kind === 'bins' && d.binDays).toBe(7);
  });
});
