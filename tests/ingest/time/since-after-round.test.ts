// A day past «منذ» after a round is what the round is counted from («وهي الأولى منذ زلزال 6 شباط»), not
// the round's own day. Invented leads in the manner of agencies; the Tehran summit of the guarantors'
// presidents met on Friday 7 September 2018 (the Ankara one in April); Astana's twentieth round opened
// on Tuesday 20 June 2023.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a day counted from after a round', () => {
  it('leaves the round to the day before it', () => {
    // The summit was tied to «أبريل الماضي», its «اليوم الجمعة» left aside: refused.
    expect(catalogDate('تنطلق اليوم الجمعة في العاصمة الإيرانية طهران القمة الثلاثية التي تجمع رؤساء تركيا وروسيا وإيران، في أول لقاء بينهم منذ قمة أنقرة التي عقدت في أبريل الماضي، لبحث مصير إدلب.')).toBe('2018-09-07');
  });

  it("is not the round's opening", () => {
    // Tied to 6 February, the twentieth round's opening put months off: refused.
    const span = catalogSpan('أستانا/ الأناضول\nانطلقت، الثلاثاء، في العاصمة الكازاخية أستانا، أعمال الجولة الـ20 من اجتماعات أستانة حول سوريا، وهي الأولى منذ زلزال 6 فبراير/ شباط الذي ضرب جنوبي تركيا وشمالي سوريا.');
    expect(span).not.toBeNull();
    expect(span![0]).toBeLessThanOrEqual(parseDay('2023-06-20')!);
    expect(span![1]).toBeGreaterThanOrEqual(parseDay('2023-06-20')!);
  });

  it('but after a duration the phrase is over and the day is the round\'s again', () => {
    // A review's text, refused by the rule's first version; Astana's eighth round opened on Thursday 21
    // December 2017.
    expect(catalogDate('تنطلق الجولة الثامنة من محادثات أستانا المؤجلة منذ أسابيع اليوم الخميس بمشاركة وفدي الحكومة والمعارضة.')).toBe('2017-12-21');
  });
});
