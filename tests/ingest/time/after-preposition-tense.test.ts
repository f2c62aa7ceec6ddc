// What follows «بعد»، «عقب»، «إثر» came before the clause's event: a meeting or a day named there takes
// neither the clause's tense nor one of its own. Invented; the Jeddah consultative meeting was on 14 April
// 2023, the Arab League's ministers met in Cairo on Sunday 7 May 2023.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan, printedBefore } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a meeting or a day after «بعد» in a clause of today', () => {
  it('is not to come: the article is not put before it', () => {
    // Read with the clause's present tense, the meeting and its day were still to come: 2023-03-12/2023-04-09.
    const text = 'يجتمع وزراء الخارجية العرب اليوم الأحد في القاهرة، بعد الاجتماع التشاوري في جدة في 14 نيسان.';
    expect(printedBefore(text, '2023-04-14')).toBe(false);
    expect(printedBefore(text.replace('بعد', 'عقب'), '2023-04-14')).toBe(false);
  });

  it('nor after an edge\'s noun or «أن» between «بعد» and it', () => {
    // A long article's hunt: «بعد انتهاء الجولة الأولى في الثامن من الشهر الجاري» took the future of
    // «يتوجه … المقررة في 25 تشرين الثاني» and printed 2019-11-01/2019-11-07, before the first round
    // of the Constitutional Committee closed (8 November 2019).
    const text = 'يتوجه وفد المعارضة إلى جنيف للمشاركة في الجولة الثانية للجنة الدستورية المقررة في 25 تشرين الثاني الجاري، بعد انتهاء الجولة الأولى في الثامن من الشهر الجاري.';
    for (const t of [text, text.replace('بعد انتهاء', 'بعد أن انتهت')]) {
      const span = catalogSpan(t);
      // Refused, or an interval reaching past the 8th: the story is after the first round's close.
      expect(span === null || span[1] > parseDay('2019-11-08')!, t).toBe(true);
    }
  });

  it('but is past when the clause is today\'s or past: the story is after it', () => {
    // Geneva's eighth round opened on Tuesday 28 November 2017; the story is of Thursday the 30th. With no
    // tense, the Tuesday was either side, and the Thursday before the opening was as likely.
    const text = 'يواصل وفد المعارضة اليوم الخميس مشاوراته في جنيف، بعد انطلاق الجولة الثامنة من المحادثات الثلاثاء.';
    expect(catalogDate(text)).toBe('2017-11-30');
    // A past act of today with no weekday: the days after the opening, not the week before it.
    const met = catalogSpan(text.replace('يواصل وفد المعارضة اليوم الخميس مشاوراته', 'التقى وفد المعارضة المبعوث اليوم'));
    expect(met, 'dated').not.toBeNull();
    expect(met![0]).toBeGreaterThanOrEqual(parseDay('2017-11-28')!);
  });

  it('the act being the last verb\'s, or a coordinated clause\'s: one still to come leaves it no tense', () => {
    // Review 40: the Sunday's «اليوم» made the Tuesday after «بعد» past, and the week after was printed.
    // Geneva's eighth round opened on Tuesday 28 November 2017; the committee's sixth on Monday 18 October 2021.
    for (const text of [
      'يصل الوفد الحكومي اليوم الأحد إلى جنيف، ويجري محادثات مع فريق المبعوث بعد انطلاق الجولة الثامنة الثلاثاء.',
      'تصل الهيئة المصغرة للجنة الدستورية اليوم السبت إلى جنيف، ويباشر أعضاؤها عملهم بعد انطلاق الجولة السادسة الاثنين.',
    ]) {
      const span = catalogSpan(text);
      expect(span === null || span[0] < parseDay(text.includes('الأحد') ? '2017-11-28' : '2021-10-18')!, text).toBe(true);
    }
  });
});


describe('a day told of an event the clause\'s event comes ahead of («قبل … من انطلاق»)', () => {
  // Astana's eighth round opened on Thursday 21 December 2017; the opposition's delegation arrived on the
  // Wednesday evening.
  const text = 'أستانا - وصل وفد المعارضة السورية مساء اليوم الأربعاء إلى أستانا، قبل ساعات من انطلاق الجولة الثامنة من المحادثات صباح الخميس.';

  it('takes neither the clause\'s past nor a tense of its own: the story is not put after it', () => {
    // With the arrival's past, «صباح الخميس» was a Thursday on or before the story, and the Wednesday
    // after the round, 27 December 2017, was printed.
    const span = catalogSpan(text);
    expect(span, 'dated').not.toBeNull();
    expect(span![0]).toBeLessThanOrEqual(parseDay('2017-12-20')!);
    expect(printedBefore(text.replace('قبل ساعات من انطلاق', 'قبيل انطلاق'), '2017-12-21')).toBe(true);
  });

  it('is to come when the clause is today\'s or still to come', () => {
    // Its weekday then follows the story's: the Wednesday evening before the Thursday's opening. Geneva's
    // eighth round opened on Tuesday 28 November 2017; a meeting was announced for before it on the Sunday.
    expect(catalogSpan(text)).toEqual([parseDay('2017-12-20'), parseDay('2017-12-20')]);
    const announced = 'أكد المتحدث باسم هيئة التفاوض اليوم الأحد أن الوفد سيعقد اجتماعاً تحضيرياً في جنيف قبل انطلاق الجولة الثامنة من المحادثات الثلاثاء.';
    expect(catalogSpan(announced)).toEqual([parseDay('2017-11-26'), parseDay('2017-11-26')]);
  });

  it('but not when a relative clause\'s act, told as past, is what comes ahead of it', () => {
    // Geneva's eighth round opened on Tuesday 28 November 2017: the consultations began before it; the
    // story is of Thursday the 30th. Taken as to come, the Tuesday put the story the week before.
    const text = 'يواصل وفد المعارضة اليوم الخميس في جنيف المشاورات التي بدأها قبل انطلاق الجولة الثامنة الثلاثاء مع فريق المبعوث الدولي.';
    expect(catalogDate(text)).not.toBe('2017-11-23');
    // A relative clause of today («التي وصلت اليوم») is no past act: Astana's sixth round opened on
    // Thursday 14 September 2017, the delegations arrived the day before.
    expect(catalogDate('أستانا\nتعقد الوفود التي وصلت اليوم الأربعاء إلى العاصمة الكازاخية اجتماعات ثنائية قبل انطلاق الجولة السادسة من محادثات أستانا الخميس.')).toBe('2017-09-13');
  });

  it('nor when that act is the last verb before «قبل», with no relative pronoun', () => {
    // After an indefinite noun the relative clause has no «التي»: «مشاورات بدأها». Geneva 8 as above; the
    // Tuesday read as to come printed Thursday the 23rd.
    const text = 'يواصل وفد المعارضة اليوم الخميس في جنيف مشاورات بدأها قبل انطلاق الجولة الثامنة من المحادثات الثلاثاء مع فريق المبعوث.';
    // Whether the round has opened is not told: the two Thursdays, honestly, not the one before alone.
    expect(catalogSpan(text)).toEqual([parseDay('2017-11-23'), parseDay('2017-11-30')]);
    // The last verb of today, or one to come, still makes the Tuesday to come: a meeting the Sunday before.
    const toCome = 'وصل وفد المعارضة اليوم الأحد إلى جنيف، وسيلتقي المبعوث قبل انطلاق الجولة الثامنة من المحادثات الثلاثاء.';
    expect(catalogDate(toCome)).toBe('2017-11-26');
  });

  it('and a past verb with its object pronoun is past: «أجراها منذ انطلاق …»', () => {
    const text = 'يواصل وفد المعارضة اليوم الخميس في جنيف مشاورات أجراها منذ انطلاق الجولة الثامنة من المحادثات الثلاثاء مع فريق المبعوث.';
    expect(catalogDate(text)).toBe('2017-11-30');
  });

  it('but not a verbal noun with its possessive: «المزمع عقدها الاثنين» is to come', () => {
    // Review 40: read as the past verb «عقد», the Monday was the one before and the story a week late. The
    // committee's sixth round opened on Monday 18 October 2021; Astana's eighth on Thursday 21 December 2017.
    expect(catalogDate('جنيف\nأعلن المبعوث الأممي اليوم الخميس أن الرئيسين المشتركين اتفقا على جدول الأعمال في الجولة السادسة من اجتماعات اللجنة الدستورية، المزمع عقدها الاثنين في جنيف.')).toBe('2021-10-14');
    expect(catalogDate('أستانا\nأفاد دبلوماسي اليوم الاثنين بأن الوفود شرعت في الإعداد للجولة الثامنة من محادثات أستانا التي يتوقع عقدها الخميس.')).toBe('2017-12-18');
  });

  it('but the event itself is not made one to come, weeks off: hours before its close is its last day', () => {
    // The committee's sixth round closed on Friday 22 October 2021.
    expect(catalogSpan('قال البحرة اليوم الجمعة، قبل ساعات من اختتام الجولة السادسة للجنة الدستورية، إن الوفد الحكومي يرفض أي صياغة.')).toEqual([parseDay('2021-10-22'), parseDay('2021-10-22')]);
  });
});
