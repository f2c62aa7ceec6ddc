// «قبل عامين انطلقت الجولة الأولى من محادثات أستانا»: an edge told that long ago is no news of the day;
// days or weeks ago count off it («قبل يومين اختتمت الجولة»). Invented (hunt 12); Astana's first round
// opened on 23 January 2017, its eighth closed on Friday 22 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an edge told ago', () => {
  it('years or months ago, ties no day', () => {
    // Printed as the days after the opening: 2017-01-23/2017-01-27.
    expect(catalogDate('قبل عامين انطلقت الجولة الأولى من محادثات أستانا.')).toBeNull();
    expect(catalogDate('قبل شهرين اختتمت الجولة السابعة عشرة من محادثات أستانا.')).toBeNull();
  });

  it('days ago, counts off it', () => {
    expect(catalogDate('قال الوفد اليوم الأحد إن قبل يومين اختتمت الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-24');
  });

  it("another round's edge told ago leaves the day's round its own", () => {
    // Astana's fifteenth round opened in Sochi on Tuesday 16 February 2021.
    expect(catalogDate('أستانا 15 في سوتشي\nفي مثل هذا اليوم قبل أربع سنوات عقدت الجولة الثانية من محادثات أستانا، واليوم تنطلق في سوتشي الجولة الخامسة عشرة من محادثات أستانا بحضور الدول الضامنة.')).toBe('2021-02-16');
  });

  it('only before the edge\'s verb, and not across another round', () => {
    // A review's texts. «قبل يومين انطلاق الجولة» (a headline) is two days before it; «قبل أسبوع اختتمت
    // الجولة الثامنة من محادثات جنيف» is Geneva's, and Astana's opens today (Thursday 21 December 2017).
    expect(catalogDate('قبل يومين انطلاق الجولة الثامنة من محادثات أستانا')).not.toBe('2017-12-23');
    expect(catalogDate('قبل أسبوع اختتمت الجولة الثامنة من محادثات جنيف واليوم تنطلق في أستانا الجولة الثامنة من المحادثات.')).toBe('2017-12-21');
  });

  it('only where «قبل» opens its clause, and with a count', () => {
    // A review's texts: «قبل يومين» of the meetings, no comma before the round's verb (Geneva 4 opened on
    // Thursday 23 February 2017); after «إن» it opens the reported clause; «قبل أيام» names no count.
    expect(catalogDate('وبعد لقاءات عقدها دي ميستورا قبل يومين انطلقت الجولة الرابعة من محادثات جنيف اليوم.')).toBe('2017-02-23');
    expect(catalogDate('قال المبعوث الأممي اليوم الثلاثاء إن قبل أسبوع انطلقت الجولة الثامنة من محادثات جنيف ولم يتحقق أي تقدم.')).toBe('2017-12-05');
    expect(catalogDate('قبل أيام اختتمت الجولة الثامنة من محادثات أستانا، وقال الوفد اليوم السبت إن المعتقلين ملف أساسي.')).not.toBe('2017-12-23');
  });
});

// «… التي اختتمت قبل عشرة أيام»، «منذ انتهاء الجولة الخامسة … قبل أسبوع»: Arabic tells the time after the
// verb, and how long ago the edge was, told after its word and the round's name, was not read: the nearest
// weekday after the close was printed, a week or two early (hunt 36, five wrong days and eight variants).
// Astana's eleventh round closed on Thursday 29 November 2018, the committee's fifth on Friday 29 January 2021.
describe('how long ago an edge was, told after it', () => {
  it('times the story from the edge', () => {
    expect(catalogDate('أستانا\nقال الوزير اليوم الأحد إن الجولة الحادية عشرة من محادثات أستانا التي اختتمت قبل عشرة أيام لم تأت بجديد.')).toBe('2018-12-09');
    expect(catalogDate('جنيف\nقال بيدرسن اليوم الجمعة إن الهوة لم تضق منذ انتهاء الجولة الخامسة للجنة الدستورية قبل أسبوع.')).toBe('2021-02-05');
    expect(catalogDate('أستانا\nوكانت الجولة الحادية عشرة من محادثات أستانا قد انتهت قبل عشرة أيام. وقال الوزير اليوم الأحد إن الاتصالات مستمرة.')).toBe('2018-12-09');
  });
  it('but not a count off something else after it', () => {
    expect(catalogDate('أستانا\nاختتمت الجولة الحادية عشرة من محادثات أستانا قبل يومين من موعدها المقرر اليوم الخميس.')).toBe('2018-11-29');
  });
  it('nor another clause\'s time between', () => {
    expect(catalogDate('أستانا\nانطلقت اليوم الثلاثاء في العاصمة الكازاخية، التي غيرت اسمها قبل ثلاثة أعوام، الجولة التاسعة عشرة من المحادثات حول سوريا.')).toBe('2022-11-22');
  });
});
