// «اليوم الوزاري لمؤتمر بروكسل الثامن»: an adjective after «اليوم» makes it a day of a conference, not
// today. Read as today, the Monday of the ministers' day (27 May 2024) fell outside the printed weeks of
// the four-week conference. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const MONDAY = parseDay('2024-05-27')!;
describe('a day named by its adjective', () => {
  it('is not today', () => {
    const s = catalogSpan('بروكسل - انعقد، الاثنين، في العاصمة البلجيكية بروكسل، اليوم الوزاري لمؤتمر بروكسل الثامن حول دعم مستقبل سوريا والمنطقة بمشاركة عشرات الدول والمنظمات.');
    expect(s === null || (s[0] <= MONDAY && s[1] >= MONDAY)).toBe(true);
  });
  it('while today before a noun still is', () => {
    expect(catalogSpan('بروكسل - انطلق اليوم الاثنين المؤتمر الوزاري لمؤتمر بروكسل الثامن حول دعم مستقبل سوريا والمنطقة.')).not.toBeNull();
  });
});
