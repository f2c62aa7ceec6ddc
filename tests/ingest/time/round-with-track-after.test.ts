// «الجولة الرابعة من أستانا»: a round named with its track right after it is about the talks, no word of
// negotiations needed, as «أستانا-9» is. Invented (hunt 10); Astana's fourth round closed on Thursday 4
// May 2017, its memorandum in force from the 6th, a Saturday.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a round with its track right after it', () => {
  it('dates the story', () => {
    const text = 'دمشق - الوطن\nدخلت مذكرة مناطق خفض التصعيد حيز التنفيذ منتصف ليل الجمعة - السبت، بموجب الاتفاق الذي أقر في الجولة الرابعة من أستانا.\nوأفاد مراسل «الوطن» بأن الساعات الأولى من صباح اليوم السبت شهدت خروقات محدودة.\nوكانت روسيا وإيران وتركيا قد وقعت المذكرة يوم الخميس الماضي في ختام الجولة الرابعة.';
    expect(catalogDate(text)).toBe('2017-05-06');
  });

  it('but a league\'s round is none', () => {
    expect(catalogDate('فاز الفريق اليوم السبت في الجولة الرابعة من الدوري على ضيفه أستانا بهدفين.')).toBeNull();
  });
});
