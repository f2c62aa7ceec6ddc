// «أول جولة … منذ أكثر من عام»، «الأولى منذ تسعة أشهر»: the first round in a while, not round one of the
// track. Invented leads in the manner of agencies; Astana's fifteenth round met in Sochi on 16-17 February
// 2021 (a Tuesday), the first since December 2019; the Constitutional Committee's sixth round opened on
// Monday 18 October 2021, nine months after the fifth.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the first round in a while', () => {
  it('is not the track\'s first', () => {
    // Printed 2017-01-24, the second day of Astana's first round.
    expect(catalogDate('انطلقت اليوم الثلاثاء في مدينة سوتشي أول جولة من محادثات أستانا منذ أكثر من عام.')).toBe('2021-02-16');
    // Printed 2019-10-28, two days before the committee's first round.
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف أول جولة من اجتماعات اللجنة الدستورية منذ تسعة أشهر.')).toBeNull();
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف أول جولة من اجتماعات اللجنة الدستورية بعد انقطاع دام تسعة أشهر.')).toBeNull();
  });

  it('but a first round with «منذ» in another clause stays the first', () => {
    expect(catalogDate('انطلقت اليوم الاثنين في أستانا الجولة الأولى من المحادثات، وهي الأولى منذ بدء الحرب.')).toBe('2017-01-23');
  });

  it('counts a pause as «منذ» does', () => {
    // A review's texts: each printed 2019-11-08, the committee's first round's close.
    expect(catalogDate('اختتمت اليوم الجمعة في جنيف أول جولة من اجتماعات اللجنة الدستورية بعد تسعة أشهر من التوقف.')).not.toBe('2019-11-08');
  });

  it('but the first since the war began, or a wait counted, is the first', () => {
    // A review's texts, exact before 8fc1f38 and refused by it.
    expect(catalogDate('انطلقت اليوم الاثنين في أستانا الجولة الأولى من المفاوضات المباشرة بين الحكومة والفصائل منذ بدء النزاع.')).toBe('2017-01-23');
    expect(catalogDate('تتواصل في أستانا الجولة الأولى من المحادثات السورية المنعقدة منذ صباح اليوم الاثنين بوساطة روسية تركية إيرانية.')).toBe('2017-01-23');
    expect(catalogDate('اختتمت اليوم الجمعة في جنيف الجولة الأولى من اجتماعات اللجنة الدستورية السورية المنتظرة منذ عامين.')).toBe('2019-11-08');
  });
});
