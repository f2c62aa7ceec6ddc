import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/lib/date-span.ts';
import { formatArabicDate } from '../../src/lib/format-arabic-date.ts';
import { formatHijriDate } from '../../src/lib/format-hijri-date.ts';
import { formatDateSpan } from '../../src/lib/format-date-span.ts';

describe('dateSpan', () => {
  it('reads days, months, years and intervals', () => {
    expect(dateSpan('2017-12-21')).toMatchObject({ start: '2017-12-21', end: '2017-12-21', interval: false, startPrecision: 'day' });
    expect(dateSpan('2018-02')).toMatchObject({ start: '2018-02-01', end: '2018-02-28', startPrecision: 'month' });
    expect(dateSpan('2020-02')?.end).toBe('2020-02-29');
    expect(dateSpan('2019')).toMatchObject({ start: '2019-01-01', end: '2019-12-31', startPrecision: 'year' });
    expect(dateSpan('2017-10-21/2017-10-31')).toMatchObject({ start: '2017-10-21', end: '2017-10-31', interval: true });
    expect(dateSpan('2017-10/2017-11')).toMatchObject({ start: '2017-10-01', end: '2017-11-30', interval: true });
  });
  it('refuses what it cannot read instead of guessing', () => {
    expect(dateSpan('2017-02-30')).toBeNull();
    expect(dateSpan('2017-13')).toBeNull();
    expect(dateSpan('2017-12-22/2017-12-21')).toBeNull();
    expect(dateSpan('2017-12-2X')).toBeNull();
    expect(dateSpan('')).toBeNull();
  });
});

describe('formatArabicDate', () => {
  it('uses Levantine month names and Latin digits', () => {
    expect(formatArabicDate('2017-12-21')).toBe('21 كانون الأول 2017');
    expect(formatArabicDate('2018-01-25', 'month')).toBe('كانون الثاني 2018');
    expect(formatArabicDate('2019-11-04')).toBe('4 تشرين الثاني 2019');
  });
  it('throws on a non-day', () => {
    expect(() => formatArabicDate('2017-12-99')).toThrow(RangeError);
  });
});

describe('formatHijriDate', () => {
  it('gives the Umm al-Qura date', () => {
    expect(formatHijriDate('2017-12-21')).toBe('3 ربيع الآخر 1439 هـ');
    expect(formatHijriDate('2018-05-14')).toBe('28 شعبان 1439 هـ');
  });
});

describe('formatDateSpan', () => {
  it('prints a day and a same-month span', () => {
    expect(formatDateSpan('2017-12-21')).toBe('21 كانون الأول 2017');
    expect(formatDateSpan('2017-12-21/2017-12-22')).toBe('21–22 كانون الأول 2017');
    expect(formatDateSpan('2019-10-30/2019-11-08')).toBe('30 تشرين الأول 2019 – 8 تشرين الثاني 2019');
  });
  it('says plainly when the day is not known', () => {
    expect(formatDateSpan('2019-07-01/2019-07-06', 'range')).toBe('بين 1 تموز 2019 و6 تموز 2019 (اليوم الدقيق غير معروف)');
    expect(formatDateSpan('2018-01', 'range')).toBe('كانون الثاني 2018 (اليوم الدقيق غير معروف)');
    expect(formatDateSpan('2018-01-20', 'approximate')).toContain('تقريبي');
  });
});
