// «علّق المحادثات حتى 25 شباط»: the day a pause lasts until is no day a round met on. Read as one, it fit
// Geneva IV's days (23 February to 3 March 2017) and printed February 2017 for de Mistura's suspension of
// Geneva III on Wednesday 3 February 2016. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a day a pause lasts until', () => {
  it('is not a round day', () => {
    const text = 'دي ميستورا يوقف محادثات جنيف حتى 25 شباط\nجنيف - أعلن المبعوث الأممي ستيفان دي ميستورا اليوم الأربعاء تعليق المحادثات السورية في جنيف حتى الخامس والعشرين من شباط الجاري، بعد أيام من وصول وفد الهيئة العليا للمفاوضات.';
    const d = catalogDate(text);
    expect(d === null || d.includes('2016-02-03')).toBe(true);
  });

  it('but the day a round goes on until still is', () => {
    expect(catalogDate('جنيف - انطلقت اليوم الخميس الجولة الرابعة من المحادثات السورية برعاية الأمم المتحدة، وتستمر حتى 3 آذار المقبل.')).toBe('2017-02-23');
  });
});
