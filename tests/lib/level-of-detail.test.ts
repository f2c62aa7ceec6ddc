import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byStart, DAY, levelOfDetail, overlapping } from '../../src/client/level-of-detail.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function entries(n: number, first: string, everyDays: number, group = 'astana') {
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, group, startMs: day(first) + i * everyDays * DAY, endMs: day(first) + i * everyDays * DAY }));
}

describe('levelOfDetail', () => {
  it('gives the entries themselves when few fall near the window', () => {
    const es = entries(50, '2017-01-01', 7);
    const d = levelOfDetail(byStart(es), day('2017-03-01'), day('2017-06-01'), 300);
    expect(d.kind).toBe('entries');
    if (d.kind === 'entries') {
      expect(d.entries.length).toBeGreaterThan(10);
      expect(d.entries.every((e) => e.startMs >= day('2017-03-01') - 46 * DAY && e.startMs <= day('2017-06-01') + 46 * DAY)).toBe(true);
    }
  });

  it('bins thousands of entries per lane, counting every one near the window', () => {
    const es = [...entries(3000, '2012-06-01', 1, 'astana'), ...entries(2000, '2014-01-01', 2, 'geneva')];
    const d = levelOfDetail(byStart(es), day('2012-01-01'), day('2025-01-01'), 300);
    expect(d.kind).toBe('bins');
    if (d.kind === 'bins') {
      expect(d.binDays).toBe(91);
      expect(d.bins.reduce((s, b) => s + b.count, 0)).toBe(5000);
      expect(new Set(d.bins.map((b) => b.group))).toEqual(new Set(['astana', 'geneva']));
      expect(d.bins.length).toBeLessThan(150);
      for (const b of d.bins) expect(b.endMs - b.startMs).toBe(91 * DAY);
    }
  });

  it('widens the bins when fewer are asked for across the window', () => {
    const es = entries(3000, '2017-01-01', 0.25);
    const year = [day('2017-01-01'), day('2018-01-01')] as const;
    const wide = levelOfDetail(byStart(es), ...year, 300);
    const phone = levelOfDetail(byStart(es), ...year, 300, 14);
    expect(wide.kind === 'bins' && wide.binDays).toBe(7);
    expect(phone.kind === 'bins' && phone.binDays).toBe(30);
    if (phone.kind === 'bins') expect(phone.bins.reduce((s, b) => s + b.count, 0)).toBe(wide.kind === 'bins' ? wide.bins.reduce((s, b) => s + b.count, 0) : -1);
  });

  it('narrows the bins as the window narrows', () => {
    const es = entries(2000, '2017-01-01', 0.1);
    const d = levelOfDetail(byStart(es), day('2017-01-01'), day('2017-04-01'), 300);
    expect(d.kind === 'bins' && d.binDays).toBe(7);
  });
});

describe('overlapping', () => {
  // Entries of one to 400 days, some sharing a start, in no order: the binary search must find exactly
  // the entries a scan of all of them finds, for any window.
  const entry = fc.record({ start: fc.integer({ min: 0, max: 5000 }), days: fc.integer({ min: 0, max: 400 }) });
  it('finds exactly the entries a scan of every entry finds, in start order', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 300 }), fc.integer({ min: -500, max: 5500 }), fc.integer({ min: 0, max: 3000 }), (raw, from, width) => {
      const es = raw.map((r, i) => ({ id: `e${i}`, group: 'astana', startMs: r.start * DAY, endMs: (r.start + r.days) * DAY }));
      const [a, b] = [from * DAY, (from + width) * DAY];
      const found = overlapping(byStart(es), a, b);
      expect(new Set(found.map((e) => e.id))).toEqual(new Set(es.filter((e) => e.endMs >= a && e.startMs <= b).map((e) => e.id)));
      expect(found.every((e, i) => i === 0 || found[i - 1]!.startMs <= e.startMs)).toBe(true);
    }));
  });

  it('keeps an entry that starts long before the window and ends inside it', () => {
    const es = [...entries(100, '2017-01-01', 1), { id: 'long', group: 'geneva', startMs: day('2016-01-01'), endMs: day('2017-06-02') }];
    const found = overlapping(byStart(es), day('2017-06-01'), day('2017-07-01'));
    expect(found.map((e) => e.id)).toEqual(['long']);
  });
});
