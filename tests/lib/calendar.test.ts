// Property tests of the calendar arithmetic against the platform's UTC Date, and of the EDTF
// subset and Hijri conversions (round trips through ICU and the Umm al-Qura tables).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths, civilFromDays, daysFromCivil, formatDay, isLeapYear, isValidCivil, monthLength, parseDay, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore,
} from '../../src/lib/calendar.ts';
import { edtfSpan, formatSpan, shiftSpan, spanContains } from '../../src/lib/edtf.ts';
import { gregorianToHijri, hijriMonthSpan, hijriToGregorian } from '../../src/lib/hijri.ts';

const DAY = 86_400_000;
const anyDay = fc.integer({ min: daysFromCivil(1800, 1, 1), max: daysFromCivil(2200, 12, 31) });

describe('calendar', () => {
  it('days ↔ civil round trip and agreement with Date.UTC', () => {
    fc.assert(fc.property(anyDay, (d) => {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
      const js = new Date(d * DAY);
      expect([js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate()]).toEqual([c.year, c.month, c.day]);
    }));
  });
  it('weekday agrees with Date.getUTCDay and advances by one each day', () => {
    fc.assert(fc.property(anyDay, (d) => {
      expect(weekdayOf(d)).toBe(new Date(d * DAY).getUTCDay());
      expect(weekdayOf(d + 1)).toBe((weekdayOf(d) + 1) % 7);
    }));
  });
  it('weekday on or before/after lands on that weekday within six days', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 6 }), (d, w) => {
      const b = weekdayOnOrBefore(d, w);
      const a = weekdayOnOrAfter(d, w);
      expect(weekdayOf(b)).toBe(w);
      expect(weekdayOf(a)).toBe(w);
      expect(d - b).toBeGreaterThanOrEqual(0);
      expect(d - b).toBeLessThanOrEqual(6);
      expect(a - d).toBeGreaterThanOrEqual(0);
      expect(a - d).toBeLessThanOrEqual(6);
    }));
  });
  it('month ends: the day after the last day is the first of the next month', () => {
    fc.assert(fc.property(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const last = daysFromCivil(y, m, monthLength(y, m));
      const next = addMonths(y, m, 1);
      expect(civilFromDays(last + 1)).toEqual({ year: next.year, month: next.month, day: 1 });
      expect(monthLength(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      expect(isValidCivil(y, m, monthLength(y, m) + 1)).toBe(false);
    }));
  });
  it('leap years: February has 29 days exactly in leap years', () => {
    fc.assert(fc.property(fc.integer({ min: 1600, max: 2400 }), (y) => {
      expect(monthLength(y, 2) === 29).toBe(isLeapYear(y));
      expect(isLeapYear(y)).toBe((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
    }));
    expect([1900, 2000, 2016, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
  });
  it('adding months and subtracting them comes back', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -500, max: 500 }), (y, m, k) => {
      const there = addMonths(y, m, k);
      expect(addMonths(there.year, there.month, -k)).toEqual({ year: y, month: m });
      expect(there.month).toBeGreaterThanOrEqual(1);
      expect(there.month).toBeLessThanOrEqual(12);
    }));
  });
  it('formatDay and parseDay are inverse; impossible days are refused', () => {
    fc.assert(fc.property(anyDay, (d) => { expect(parseDay(formatDay(d))).toBe(d); }));
    for (const bad of ['2017-02-29', '2018-13-01', '2018-00-10', '2018-04-31', '18-04-01']) expect(parseDay(bad)).toBeNull();
    expect(parseDay('2016-02-29')).not.toBeNull();
  });
});

describe('edtf subset', () => {
  it('formatSpan and edtfSpan are inverse on any span', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (a, len) => {
      const span: [number, number] = [a, a + len];
      expect(edtfSpan(formatSpan(span))).toEqual(span);
      expect(spanContains(shiftSpan(span, -1), shiftSpan(span, -1))).toBe(true);
    }));
  });
  it('whole months and years print short', () => {
    expect(formatSpan(edtfSpan('2017-02')!)).toBe('2017-02');
    expect(formatSpan(edtfSpan('2016')!)).toBe('2016');
    expect(formatSpan(edtfSpan('2017-10-21/2017-10-31')!)).toBe('2017-10-21/2017-10-31');
    expect(edtfSpan('2017-12-22/2017-12-21')).toBeNull();
    expect(edtfSpan('2017-12-21~')).toEqual(edtfSpan('2017-12-21'));
  });
});

describe('hijri', () => {
  // ICU's islamic-umalqura and the converter's tables agree on 1420-1450 AH (2000-2029), the span of the
  // published Umm al-Qura calendar that news of the talks falls in; outside it they differ by a day here and there.
  const modern = fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2029, 7, 31) });
  it('Gregorian → Hijri (ICU) → Gregorian (Umm al-Qura tables) comes back', () => {
    fc.assert(fc.property(modern, (d) => { expect(hijriToGregorian(gregorianToHijri(d))).toBe(d); }), { numRuns: 300 });
  });
  it('Hijri months are 29 or 30 days and follow one another', () => {
    fc.assert(fc.property(fc.integer({ min: 1421, max: 1449 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const span = hijriMonthSpan(y, m)!;
      expect(span[1] - span[0] + 1).toBeGreaterThanOrEqual(29);
      expect(span[1] - span[0] + 1).toBeLessThanOrEqual(30);
      expect(gregorianToHijri(span[1] + 1)).toMatchObject({ day: 1, month: m === 12 ? 1 : m + 1 });
    }), { numRuns: 200 });
  });
  it('known dates', () => {
    expect(formatDay(hijriToGregorian({ year: 1439, month: 1, day: 1 })!)).toBe('2017-09-21');
    expect(gregorianToHijri(daysFromCivil(2017, 12, 20))).toEqual({ year: 1439, month: 4, day: 2 });
    expect(hijriToGregorian({ year: 1439, month: 2, day: 30 })).toBeNull(); // Safar 1439 had 29 days
    expect(hijriToGregorian({ year: 1200, month: 1, day: 1 })).toBeNull();
  });
});
