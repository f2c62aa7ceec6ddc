// An edge's word before two meetings in a clause is the nearer one's: «بعد يوم من انطلاق الجولة الثامنة من
// المحادثات، احتجاجاً على بيان مؤتمر الرياض 2» counts from the round's opening, not the conference's. A
// hunt's text (Geneva's eighth round opened on Tuesday 28 November 2017, the government's delegation came the
// next day; the Riyadh conference had met on 22-24 November), read as the conference's opening, was printed
// as 2017-11-22.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an edge word beside two meetings', () => {
  it('is the nearer meeting\'s', () => {
    expect(catalogDate('وصل وفد الحكومة السورية اليوم الأربعاء إلى جنيف، بعد يوم من انطلاق الجولة الثامنة من المحادثات، احتجاجاً على بيان مؤتمر الرياض 2.')).toBe('2017-11-29');
  });

  it('past the round, is the round it governs', () => {
    // Astana's eighth round opened on Thursday 21 December 2017, a week after Geneva's eighth closed (the
    // 14th): «انتهاء» is Geneva's close, not Astana's; read as Astana's, this was printed as 2017-12-28.
    expect(catalogDate('تنطلق اليوم الخميس في أستانا الجولة الثامنة من المحادثات السورية بعد أسبوع من انتهاء جولة جنيف الثامنة دون نتائج.')).toBe('2017-12-21');
  });
});

describe('an edge\'s word with another round between it and a meeting', () => {
  it('is that nearer round\'s, whatever it counts', () => {
    // A press review's lead (hunt 25): Astana's seventh round closed on Tuesday 31 October 2017, and
    // «اختتام» was also read as the Sochi congress's, named after it; the two ties split the story and it
    // was refused.
    expect(catalogDate('تناولت الصحف العربية الصادرة صباح اليوم الأربعاء اختتام الجولة السابعة من محادثات أستانا أمس والإعلان عن مؤتمر للحوار الوطني السوري.')).toBe('2017-11-01');
  });
});
