// «بعد أسبوعين من اختتام …»، «قبل ثلاثة أسابيع من …»، «بعد أربعة عشر يوماً على …»: counts of weeks, and of
// days past ten, written in words. Only «أسبوع» and a digit or a word up to ten with «أيام» were read, so
// these were taken as vague (no day tied) and the stories refused (hunt 30, P3). Catalog: the Sochi
// congress closed on Tuesday 30 January 2018; Astana's eighth round opened on Thursday 21 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const afterSochi = (count: string, weekday = 'الثلاثاء'): string | null =>
  catalogDate(`قال لافروف اليوم ${weekday}، ${count} اختتام مؤتمر الحوار الوطني السوري في سوتشي، إن المؤتمر فتح الطريق أمام اللجنة الدستورية.`);
const beforeAstana = (count: string): string | null =>
  catalogDate(`وصل وفد المعارضة اليوم الخميس إلى أستانا، ${count} الجولة الثامنة من محادثات أستانا.`);

describe('a count of weeks written in words', () => {
  it('reads the dual as two weeks', () => {
    expect(afterSochi('بعد أسبوعين من')).toBe('2018-02-13');
    expect(beforeAstana('قبل أسبوعين من')).toBe('2017-12-07');
  });

  it('reads a number of weeks as that many weeks, not days', () => {
    // Three days after the close is a Friday: a count read as days would tie no Tuesday.
    expect(afterSochi('بعد ثلاثة أسابيع على')).toBe('2018-02-20');
    expect(beforeAstana('قبل ثلاثة أسابيع من')).toBe('2017-11-30');
  });

  it('leaves weeks with no number vague', () => {
    expect(afterSochi('بعد أسابيع على')).toBeNull();
    expect(afterSochi('بعد بضعة أسابيع على')).toBeNull();
  });
});

describe('a count of days past ten written in words', () => {
  it('reads the compound numbers', () => {
    expect(afterSochi('بعد أربعة عشر يوماً على')).toBe('2018-02-13');
    expect(afterSochi('بعد إحدى وعشرين يوماً من')).toBe('2018-02-20');
  });

  it('keeps the days a digit count gave', () => {
    expect(afterSochi('بعد 14 يوماً على')).toBe('2018-02-13');
    expect(afterSochi('بعد أسبوع من')).toBe('2018-02-06');
  });
});
