// «بعد أسبوع من مؤتمر باريس»، «قبل يومين من الجولة الثامنة»: a count of days off a meeting named with no
// opening or closing word, counted from its close when after it and from its opening when before, as
// «بعد أسبوع من اختتام …» already was. Invented texts (hunt 9); the Paris conference met on Thursday 13
// February 2025, Astana's eighth round opened on Thursday 21 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a count of days off a meeting named bare', () => {
  it('after it, from its close', () => {
    expect(catalogDate('بعد أسبوع من مؤتمر باريس حول سوريا، زار الشيباني أنقرة اليوم الخميس.')).toBe('2025-02-20');
  });

  it('before it, from its opening', () => {
    expect(catalogDate('وصل الوفد اليوم الثلاثاء إلى أستانا قبل يومين من الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-19');
  });

  it('not across a reported clause to a day of the saying', () => {
    // The ninth round said to come a week after the eighth: «اليوم الخميس» is the envoy's saying.
    expect(catalogDate('وقال المبعوث اليوم الخميس إن الجولة التاسعة من محادثات أستانا ستعقد بعد أسبوع من الجولة الثامنة.')).toBeNull();
  });

  it("not when the round's own relative clause tells its time", () => {
    // A review's texts, widened to a week by the first version: the count was read off the clause's
    // weekday. The committee's eighth round closed on Friday 3 June 2022.
    expect(catalogDate('وصل وفد المعارضة اليوم الثلاثاء إلى أستانا، قبل يومين من الجولة الثامنة من محادثات أستانا التي تنطلق الخميس.')).toBe('2017-12-19');
    expect(catalogDate('قال بيدرسن اليوم السبت، بعد يوم من الجولة الثامنة للجنة الدستورية التي اختتمت الجمعة في جنيف، إن الخلافات ما زالت كبيرة.')).toBe('2022-06-04');
  });
});
