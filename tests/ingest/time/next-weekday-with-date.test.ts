// «تنطلق الاثنين المقبل 14 مايو الجولة التاسعة»: a weekday told to come and the date after it are one day,
// as a bare weekday and its date are («الخميس 21 كانون الأول»). Invented leads in the manner of Egyptian
// and Maghreb papers, which write the date beside the weekday; Astana's ninth round opened on Monday 14 May
// 2018, its sixteenth on Wednesday 7 July 2021.
import { describe, expect, it } from 'vitest';
import { catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const holds = (text: string, lo: string, hi: string): boolean => {
  const span = catalogSpan(text);
  return span !== null && span[0] <= parseDay(lo)! && span[1] >= parseDay(hi)! && span[1] - span[0] <= 7;
};

describe('a weekday to come with its date', () => {
  it('puts the story in the week before that day', () => {
    // Both refused: the date alone tied the round, a year before it allowed; the weekday was left out.
    expect(holds('تنطلق الاثنين المقبل 14 مايو الجولة التاسعة من محادثات أستانا.', '2018-05-07', '2018-05-13')).toBe(true);
    expect(holds('تنطلق الأربعاء المقبل، 7 يوليوز، بالعاصمة الكازاخستانية نور سلطان الجولة 16 من محادثات أستانا حول سوريا.', '2021-06-30', '2021-07-06')).toBe(true);
  });

  it('but a weekday told past and a date after it are two days', () => {
    // A review's texts: «الأحد الماضي» is the day the envoy set the date, «18 أكتوبر» the round's; joined,
    // they printed 2020-10-15/2020-10-25 (18 October was a Sunday in 2020; the round opened on Monday 18
    // October 2021).
    expect(catalogSpan('جنيف - حدد المبعوث الأممي الخاص إلى سوريا غير بيدرسن، الأحد الماضي، 18 أكتوبر موعداً لانطلاق الجولة السادسة من اجتماعات اللجنة الدستورية.')).toBeNull();
  });
});
