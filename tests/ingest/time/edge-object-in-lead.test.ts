// An edge's noun after a round with an object of its own («البدء بمناقشة ملف …») starts that object, not
// the round. A tie already read it so; the lead's edge-news reading now does too. Invented interviews;
// the days are the catalog's (Astana 21: 24-25 January 2024; the committee's second round opened on
// Monday 25 November 2019, its first ran from 30 October to 8 November).
import { describe, expect, it } from 'vitest';
import { catalogDate, printedBefore } from './fixtures.ts';

describe('an edge\'s noun with an object of its own, in the lead', () => {
  it('is no news of the round\'s opening that day', () => {
    // Read as the round's opening, this was dated 2024-01-21/2024-01-27: days before the round began,
    // of which it speaks as done («اتفقنا»).
    expect(printedBefore('س: كيف كانت الجولة الحادية والعشرون من محادثات أستانا؟\nج: في الجولة الحادية والعشرين اتفقنا مع الضامنين على البدء بمناقشة ملف العودة الطوعية للاجئين.', '2024-01-24')).toBe(false);
  });
  it('leaves the round the question opens today to date the answer', () => {
    // The answer's «البدء بالمضامين» made the first round's days the article's (2019-10-29/2019-10-31).
    const text = 'س: تنطلق اليوم الجولة الثانية للجنة الدستورية، ما الذي تغير منذ الجولة الأولى؟\nج: في الجولة الأولى، بين 30 تشرين الأول و8 تشرين الثاني، اتفقنا على مدونة السلوك، أما اليوم فالمطلوب البدء بالمضامين.';
    expect(catalogDate(text)).toBe('2019-11-25');
  });
});
