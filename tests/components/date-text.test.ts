import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/components/date-text.ts';

describe('dateText', () => {
  it('prints a date as formatDateSpan does, once computed for each date and certainty', () => {
    expect(dateText('2017-12-21/2017-12-22', 'exact')).toBe('21–22 كانون الأول 2017');
    expect(dateText('2017-12-21/2017-12-22', 'range')).toBe('بين 21 كانون الأول 2017 و22 كانون الأول 2017 (اليوم الدقيق غير معروف)');
    // The remembered text of one certainty is not given for another.
    expect(dateText('2017-12-21/2017-12-22', 'exact')).toBe('21–22 كانون الأول 2017');
    expect(dateText('2017-12', 'approximate')).toBe('نحو كانون الأول 2017 (تاريخ تقريبي)');
  });
});
