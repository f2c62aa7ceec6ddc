// «نشر بتاريخ: 28 تشرين2/نوفمبر 2017»: a CMS's Arabic locale (Joomla's) shortens the Levantine months that
// share a word with a digit. Read as «تشرين» and a day «2», the stamp was printed as 2 November. Invented
// (hunt 21).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const page = (stamp: string): string => `خبر عن المحادثات السورية\nنشر بتاريخ: ${stamp}\nقال مصدر دبلوماسي اليوم إن المحادثات السورية ستتواصل رغم الخلافات.`;
describe('a month a CMS shortens with a digit', () => {
  it('is that month', () => {
    expect(catalogDate(page('28 تشرين2/نوفمبر 2017 09:12'))).toBe('2017-11-28');
    expect(catalogDate(page('21 كانون1/ديسمبر 2017 09:12'))).toBe('2017-12-21');
    expect(catalogDate(page('30 تشرين1/أكتوبر 2017 09:12'))).toBe('2017-10-30');
    expect(catalogDate(page('الثلاثاء, 28 تشرين2 2017'))).toBe('2017-11-28');
  });
});
