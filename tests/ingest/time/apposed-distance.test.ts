// A time told twice, as a date and as a distance from the story's day: «ستعقد في أنقرة بعد ستة أيام، في
// الرابع من نيسان المقبل»، «ستعقد الأسبوع المقبل، يومي 28 و29 تشرين الثاني الجاري»، «في الثامن والعشرين من
// الشهر الجاري، أي بعد غد». The date less the distance is the story's day (its week, for a week). Before,
// each half was read alone: the date as «weeks from the story», the distance as nothing (a week) or as
// another tie; the stories were refused or given a month's interval (issue 9, pattern 8). Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a date told again as a distance from the story', () => {
  it('puts the story that far before it', () => {
    expect(catalogDate('جاويش أوغلو\nقال جاويش أوغلو، اليوم الخميس، إن القمة الثلاثية ستعقد في أنقرة بعد ستة أيام، في الرابع من نيسان المقبل.')).toBe('2018-03-29');
    expect(catalogDate('أستانا 11\nتنطلق الجولة الحادية عشرة من محادثات أستانا في الثامن والعشرين من الشهر الجاري، أي بعد غد.')).toBe('2018-11-26');
  });
  it('in the week before it, for «next week»', () => {
    expect(catalogDate('أستانا 11\nأعلنت الخارجية الكازاخية، اليوم الجمعة، أن الجولة الحادية عشرة من محادثات أستانا ستعقد الأسبوع المقبل، يومي 28 و29 تشرين الثاني الجاري.')).toBe('2018-11-23');
  });
  it('and after it, for a past date told as «yesterday»', () => {
    expect(catalogDate('أستانا 8\nأعلن المبعوث في ختام الجولة الثامنة من محادثات أستانا، التي اختتمت في 22 كانون الأول، أي أمس، أن الجولة المقبلة ستعقد في سوتشي.')).toBe('2017-12-23');
  });
  it('but not a distance that opens the next clause', () => {
    expect(catalogDate('المهلة\nأعلن المبعوث الأممي ستيفان دي ميستورا اليوم الخميس أن المهلة الممنوحة للفصائل تنتهي في 30 حزيران، غداً سيجتمع الوزراء في أستانا لبحث الملف السوري.')).not.toBe('2017-06-29');
  });
});
