// «قال أمس السبت إن الجولة تنطلق بعد غد الاثنين»: the said day counts from the statement's day, as its
// weekday shows (Saturday and two days is Monday; the article's Sunday and two is Tuesday). Counted from
// the article, it printed the Saturday for a Sunday story (the committee's second round opened on Monday
// 25 November 2019). Where the weekdays do not settle the frame, nothing is shifted. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const ARRIVALS = 'جنيف - «عنب بلدي»\nبدأت وفود اللجنة الدستورية السورية الوصول إلى جنيف استعداداً للجولة الثانية من اجتماعات الهيئة المصغرة.\n';
describe('a relative day in what was said the day before', () => {
  it('counts from the statement when the weekdays say so', () => {
    expect(catalogDate(`${ARRIVALS}وكان المبعوث الأممي غير بيدرسن قد قال أمس السبت إن الجولة الثانية تنطلق بعد غد الاثنين، وإن الرئيسين المشتركين لم يتفقا بعد على جدول الأعمال.`)).toBe('2019-11-24');
  });
  it('counts from the article when its weekday fits that', () => {
    // Sunday's story: the statement on Saturday, «بعد غد الثلاثاء» counted from the article.
    expect(catalogDate('وصل وفد الحكومة السورية اليوم الأحد إلى جنيف. وكان المبعوث الأممي قد أكد أمس السبت أن الجولة الثامنة من محادثات جنيف ستنطلق بعد غد الثلاثاء.')).toBe('2017-11-26');
  });
  it("is left alone when the statement's day has no weekday to settle it", () => {
    expect(catalogDate('وصل وفد الحكومة السورية اليوم الأحد إلى جنيف. وكان المبعوث الأممي قد أكد أمس أن الجولة الثامنة من محادثات جنيف ستنطلق بعد غد الثلاثاء.')).toBe('2017-11-26');
  });
});
