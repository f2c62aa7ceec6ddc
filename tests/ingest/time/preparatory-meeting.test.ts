// A meeting held to prepare another («اجتماعهم التحضيري للقمة»، «الاجتماعات التحضيرية للجولة الثامنة»، «اجتمع
// الوزراء اليوم تمهيداً للقمة») is not the one it prepares: the verb and the day before it are its own. Invented leads; Astana's eighth
// round opened on Thursday 21 December 2017, the Arab summit in Jeddah on Friday 19 May 2023.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a preparing meeting', () => {
  it('does not open the round it prepares', () => {
    // Printed as the round's days: the preparing meeting is held before them.
    expect(catalogDate('عقد اليوم الاجتماع التحضيري للجولة الثامنة من محادثات أستانا.')).toBeNull();
  });

  it('leaves a printed date alone', () => {
    // The stamp's day and «اليوم» tied to the summit's opening gave 2023-05-17/2023-05-19.
    expect(catalogDate('التاريخ: 17 مايو 2023\nجدة - البيان\nيعقد وزراء الخارجية العرب، اليوم، اجتماعهم التحضيري الخاص بالقمة العربية في جدة، بمشاركة وزير الخارجية السوري.')).toBe('2023-05-17');
  });

  it("keeps the round's own session", () => {
    expect(catalogDate('عقدت اليوم الجلسة الافتتاحية للجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21/2017-12-22');
  });

  it('in an aside, leaves the round its opening', () => {
    // A review's text, refused by the rule's first version; the committee's second round opened on
    // Monday 25 November 2019.
    expect(catalogDate('انطلقت اليوم الإثنين في جنيف، عقب لقاءات تحضيرية مع المبعوث الأممي، أعمال الجولة الثانية من اجتماعات اللجنة الدستورية السورية.')).toBe('2019-11-25');
  });

  it('met «تمهيداً» or «استعداداً» for the round, or in its preparations, does not open it', () => {
    // Hunt 9's texts: the summit's Friday, a month later, was printed for the ministers' meeting; the
    // committee's eighth round opened on Monday 30 May 2022, and the Monday of its preparations was taken
    // for it.
    expect(catalogDate('يجتمع الوزراء مساء اليوم الجمعة في جدة تمهيدا للقمة العربية المقررة في 19 أيار المقبل.')).toBeNull();
    expect(catalogDate('اجتمع الوزراء اليوم الاثنين في جنيف استعداداً للجولة الثامنة للجنة الدستورية.')).toBeNull();
    expect(catalogDate('بدأت اليوم الاثنين في جنيف التحضيرات للجولة الثامنة للجنة الدستورية.')).toBeNull();
    // The round's own opening, the next one's preparing named after a comma.
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف أعمال الجولة الثامنة للجنة الدستورية، تمهيدا للجولة التاسعة.')).toBe('2022-05-30');
  });

  it('opened after or amid preparations, still opens', () => {
    // A review's texts, refused by the first version of the preparing words: the preparations are behind
    // the round or around it, not what the day is of.
    expect(catalogDate('بدأت اليوم الخميس في العاصمة الكازاخية وبعد تحضيرات مكثفة الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
    expect(catalogDate('انطلقت صباح اليوم الخميس في أجواء من الاستعداد الحذر الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف بعد أشهر من التحضير الجولة الثامنة من اجتماعات اللجنة الدستورية.')).toBe('2022-05-30');
  });
});
