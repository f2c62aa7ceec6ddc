// «السبت قبل الماضي»، «الاثنين بعد المقبل»: the weekday a week further off than «السبت الماضي» or «الاثنين
// المقبل». Read as the one-word qualifier they end with (or not at all), they put a round's day a week
// off and the article with it, printed at p=0.99 (hunt 30, W2). Catalog: the constitutional committee's
// third session closed on Saturday 29 August 2020, its fourth on Friday 4 December 2020; its second
// opened on Monday 25 November 2019.
import { describe, expect, it } from 'vitest';
import { catalogDate, dateWith } from './fixtures.ts';

describe('a weekday before last', () => {
  it('is a week before the last one', () => {
    // Monday 7 September: the last Saturday was the 5th, the one before it the 29th of August.
    expect(catalogDate('وصل لافروف اليوم الاثنين إلى دمشق، ويبحث عمل اللجنة الدستورية التي اختتمت دورتها الثالثة في جنيف السبت قبل الماضي.')).toBe('2020-09-07');
    expect(catalogDate('قال المقداد اليوم الثلاثاء إن الدورة الرابعة للجنة الدستورية التي اختتمت الجمعة قبل الماضي شهدت نقاشات جادة.')).toBe('2020-12-15');
  });

  it('resolves eight to fourteen days back', () => {
    const [e] = dateWith('اجتمع الوفدان الجمعة قبل الماضية في جنيف.', '2020-09-07');
    expect(e?.resolved?.edtf).toBe('2020-08-28');
  });

  it('leaves the last weekday as it was', () => {
    expect(catalogDate('وصل لافروف اليوم الاثنين إلى دمشق، ويبحث عمل اللجنة الدستورية التي اختتمت دورتها الثالثة في جنيف السبت الماضي.')).toBe('2020-08-31');
    expect(catalogDate('قال المقداد اليوم الثلاثاء إن الدورة الرابعة للجنة الدستورية التي اختتمت الجمعة الماضي شهدت نقاشات جادة.')).toBe('2020-12-08');
  });
});

describe('a weekday after next', () => {
  it('is a week after the next one', () => {
    // Thursday 14 November 2019: the next Monday is the 18th, the one after it the 25th.
    expect(catalogDate('أعلن بيدرسن اليوم الخميس أن الجولة الثانية من اجتماعات اللجنة الدستورية تنطلق في جنيف الاثنين بعد المقبل.')).toBe('2019-11-14');
    expect(catalogDate('أعلن بيدرسن اليوم الخميس أن الجولة الثانية من اجتماعات اللجنة الدستورية تنطلق في جنيف الاثنين بعد القادم.')).toBe('2019-11-14');
  });

  it('leaves the next weekday as it was', () => {
    expect(catalogDate('أعلن بيدرسن اليوم الخميس أن الجولة الثانية من اجتماعات اللجنة الدستورية تنطلق في جنيف الاثنين المقبل.')).toBe('2019-11-21');
  });
});
