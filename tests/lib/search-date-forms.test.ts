// The date forms an entry is searched by: both month systems, with and without the day.
import { describe, expect, it } from 'vitest';
import { dateSearchForms } from '../../src/lib/search-date-forms.ts';

describe('dateSearchForms', () => {
  it('writes a day in the Levantine and the Egyptian month names', () => {
    const forms = dateSearchForms('2017-12-21');
    for (const f of ['21 كانون الأول 2017', '21 ديسمبر 2017', 'كانون الأول 2017', 'ديسمبر 2017']) expect(forms).toContain(f);
  });
  it('writes both ends of an interval that crosses a month, and no day for a month', () => {
    expect(dateSearchForms('2017-11-28/2017-12-14')).toContain('تشرين الثاني 2017');
    expect(dateSearchForms('2017-11-28/2017-12-14')).toContain('ديسمبر 2017');
    expect(dateSearchForms('2018-05')).not.toMatch(/\d{1,2} أيار/);
    expect(dateSearchForms('2018-05')).toContain('مايو 2018');
  });
  it('gives nothing for what is not a date', () => {
    expect(dateSearchForms('not a date')).toBe('');
  });
});
