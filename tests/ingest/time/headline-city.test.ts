// A headline without a verb names a meeting, where it meets and when («قمة ثلاثية في طهران الثلاثاء
// المقبل»): the time after the name is the meeting's, the city between them no verb of another event.
// Invented headline in the manner of Enab Baladi; the guarantors' Tehran summits met on Friday 7
// September 2018 and on Tuesday 19 July 2022.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a headline with the meeting\'s city before its time', () => {
  it('ties the time to the meeting', () => {
    // Refused: «في طهران» stood between the name and the day, and only the name's own words could.
    expect(catalogDate('الكرملين: قمة ثلاثية في طهران الثلاثاء المقبل\nأعلن المتحدث باسم الكرملين اليوم أن الرئيس سيزور طهران.')).toBe('2022-07-12/2022-07-18');
  });

  it('but not another meeting\'s city', () => {
    // A review's text: the opposition's conference in Riyadh tomorrow printed the day before Geneva 8.
    expect(catalogDate('مؤتمر للمعارضة حول الجولة الثامنة من محادثات جنيف في الرياض غداً\nتجتمع فصائل المعارضة السورية لتوحيد وفدها.')).toBeNull();
  });
});
