import { describe, expect, it } from 'vitest';
import { dateText, hijriDayText } from '../../src/components/date-text.ts';
import { formatHijriDate } from '../../src/lib/format-hijri-date.ts';

describe('dateText', () => {
  it('prints a date as formatDateSpan does, once computed for each date and certainty', () => {
    expect(dateText('2017-12-21/2017-12-22', 'exact')).toBe('21–22 كانون الأول 2017');
    expect(dateText('2017-12-21/2017-12-22', 'range')).toBe('بين 21 كانون الأول 2017 و22 كانون الأول 2017 (اليوم الدقيق غير معروف)');
    // The remembered text of one certainty is not given for another.
    expect(dateText('2017-12-21/2017-12-22', 'exact')).toBe('21–22 كانون الأول 2017');
    expect(dateText('2017-12', 'approximate')).toBe('نحو كانون الأول 2017 (تاريخ تقريبي)');
  });
});

describe('hijriDayText', () => {
  it('gives each day its own Hijri date, as formatHijriDate does, when asked again too', () => {
    const days = ['2017-12-21', '2017-12-22', '2018-06-15', '2017-12-21'];
    expect(days.map(hijriDayText)).toEqual(days.map(formatHijriDate));
    expect(hijriDayText('2017-12-21')).toBe('3 ربيع الآخر 1439 هـ');
    expect(hijriDayText('2017-12-22')).not.toBe(hijriDayText('2017-12-21'));
  });

  it('refuses what is no day, every time', () => {
    expect(() => hijriDayText('2017-13-45')).toThrow(RangeError);
    expect(() => hijriDayText('2017-13-45')).toThrow(RangeError);
  });
});
