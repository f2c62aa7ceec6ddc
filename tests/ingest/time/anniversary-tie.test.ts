// «يصادف اليوم الجمعة مرور عام على توقيع مذكرة خفض التصعيد في الجولة الرابعة»: the day is the anniversary's,
// a year or more after the round, not the round's day. Invented (hunt 10); Astana's fourth round met on
// 3-4 May 2017, the Sochi memoranda were signed on Monday 17 September 2018 and Tuesday 22 October 2019.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan, printedBefore } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('an anniversary told before the round in its clause', () => {
  it('does not tie the day to the round', () => {
    // Printed as the round's days, snapped to the weekday named: 2017-05-05 and 2019-10-22.
    expect(catalogDate('يصادف اليوم الجمعة مرور عام على توقيع مذكرة خفض التصعيد في الجولة الرابعة من محادثات أستانا.')).toBeNull();
  });

  it('but dates the story by the anniversary itself', () => {
    // Refused before the anniversary was read (stop 51): the first anniversary of the 2018 memorandum is
    // Tuesday 17 September 2019; the 2019 one's falls on a Thursday, which «الثلاثاء» rules out.
    expect(catalogDate('يصادف اليوم الثلاثاء مرور عام على توقيع اتفاق سوتشي.')).toBe('2019-09-17');
    expect(catalogDate('تحل اليوم الثلاثاء الذكرى الأولى لتوقيع اتفاق سوتشي.')).toBe('2019-09-17');
  });

  it('but not one the round\'s own verb comes after', () => {
    // A review's texts, refused by the first version: the years are the war's or the process's, the
    // round's opening the news (the committee's first round on Wednesday 30 October 2019, Astana's
    // fifteenth on Tuesday 16 February 2021).
    expect(catalogDate('بعد ثماني سنوات على الحرب تنطلق اليوم الأربعاء في جنيف الجولة الأولى للجنة الدستورية السورية.')).toBe('2019-10-30');
    expect(catalogDate('مع مرور أربعة أعوام على المسار تنطلق اليوم الثلاثاء الجولة الخامسة عشرة من محادثات أستانا.')).toBe('2021-02-16');
  });

  it('but a year of talks before the round\'s close is the round\'s news', () => {
    expect(catalogDate('أستانا 8 تختتم\nبعد قرابة عام من المحادثات اختتام الجولة الثامنة من محادثات أستانا اليوم بالاتفاق على مؤتمر سوتشي.')).toBe('2017-12-22');
  });
});

describe('an anniversary in the lead', () => {
  it('makes the round it recalls no edge of the day, wherever it stands in the sentence', () => {
    // The first Astana round opened on 23 January 2017; these leads mark its first anniversary (Tuesday
    // 23 January 2018) and were printed as the week of the opening, a year early.
    for (const text of [
      'يصادف اليوم الثلاثاء مرور عام على بدء مسار أستانا، حين انطلقت الجولة الأولى من محادثات أستانا بين الوفدين.',
      'في الذكرى الأولى لإطلاق المسار، عندما افتتحت الجولة الأولى من محادثات أستانا، أكدت الخارجية الكازاخية اليوم الثلاثاء استعدادها لجولات جديدة.',
    ]) expect(printedBefore(text, '2018-01-01'), text).toBe(false);
    // The Sochi congress (29-30 January 2018), its second anniversary: «لمؤتمر» with the ل written onto it.
    expect(printedBefore('تحل اليوم الأربعاء الذكرى الثانية لمؤتمر الحوار الوطني السوري الذي انطلق في سوتشي.', '2019-01-01')).toBe(false);
  });
});

// «تحل اليوم الثلاثاء الذكرى الأولى لانطلاق الجولة الأولى من محادثات أستانا»: the anniversary is the edge
// that many years on (hunt 36, R2: all refused). Invented texts; Astana's first round opened on Monday 23
// January 2017, the Geneva communiqué is of Saturday 30 June 2012, the committee's first round ran from
// Wednesday 30 October to Friday 8 November 2019.
describe('an anniversary of an edge', () => {
  it('is the story\'s day when «اليوم» tells it', () => {
    expect(catalogDate('تحل اليوم الثلاثاء الذكرى الأولى لانطلاق الجولة الأولى من محادثات أستانا، من دون أن يقترب السوريون من الحل.')).toBe('2018-01-23');
    expect(catalogDate('تحل اليوم الجمعة الذكرى الخامسة لبيان جنيف.')).toBe('2017-06-30');
    expect(catalogDate('ويصادف اليوم الذكرى الخامسة لانطلاق الجولة الأولى من محادثات أستانا.')).toBe('2022-01-23');
  });

  it('of the close, counts from the close', () => {
    expect(catalogDate('تحل اليوم الاثنين الذكرى الثانية لاختتام الجولة الأولى من اجتماعات اللجنة الدستورية.')).toBe('2021-11-08');
  });

  it('counted in years, or of the talks named bare, is the week around it', () => {
    expect(catalogDate('بعد عام على انطلاق الجولة الأولى من محادثات أستانا، قال مسؤول روسي اليوم الثلاثاء إن المسار حقق أهدافه.')).toBe('2018-01-23');
    expect(catalogDate('في الذكرى الأولى لانطلاق محادثات أستانا، قال المتحدث اليوم الثلاثاء إن المسار صامد.')).toBe('2018-01-23');
    // No weekday, and «اليوم» is the saying's: a span around the anniversary, no one day.
    const [lo, hi] = catalogSpan('بعد عام على انطلاق الجولة الأولى من محادثات أستانا، قال مسؤول روسي اليوم إن المسار حقق أهدافه.')!;
    expect(lo).toBeLessThan(parseDay('2018-01-23')!);
    expect(hi).toBeGreaterThan(parseDay('2018-01-23')!);
    expect(hi - lo).toBeLessThanOrEqual(14);
  });

  it('not of the talks\' close, which is none of their rounds\'', () => {
    expect(catalogDate('في الذكرى الأولى لاختتام محادثات أستانا، قال المتحدث اليوم الثلاثاء إن المسار صامد.')).toBeNull();
  });

  it('not one recalled by a pluperfect', () => {
    expect(catalogDate('قال المتحدث اليوم الثلاثاء إن المسار صامد.\n\nوكانت الدول الضامنة قد احتفلت في الذكرى الأولى لانطلاق الجولة الأولى من محادثات أستانا.')).toBeNull();
  });
});
