// «عام على انطلاق …»، «عشر سنوات على …»: a meeting counted back from the story by years is that far
// back. Its opening told in the headline or the lead is not the day's news, and the story is not near it.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/lib/calendar.ts';
import { catalogSpan as spanOf, printedBefore } from './fixtures.ts';


describe('a meeting looked back on after years', () => {
  it('a headline counting a year since its opening', () => {
    // The constitutional committee's first round opened on 30 October 2019.
    const text = 'عام على انطلاق اللجنة الدستورية\nيستعيد السوريون اليوم حصيلة عام من الاجتماعات في جنيف لم تثمر سوى ثلاث جولات، آخرها في آب الماضي.';
    expect(printedBefore(text, '2020-08-01')).toBe(false);
  });

  it('its opening told plainly is still the news', () => {
    const text = 'انطلاق اللجنة الدستورية\nانطلقت اليوم الأربعاء في جنيف أعمال اللجنة الدستورية السورية بحضور أعضائها المئة والخمسين.';
    expect(spanOf(text)).toEqual([parseDay('2019-10-30')!, parseDay('2019-10-30')!]);
  });

  it('«عام» that means «general» counts no years', () => {
    // Astana 8 closed on Friday 22 December 2017; the round is named in the headline alone.
    for (const text of [
      'المعارضة تقبل بشكل عام على ختام أستانا 8\nأعلن وفد الفصائل اليوم الجمعة قبوله البيان الختامي مع تحفظات على بند سوتشي.',
      'اتفاق عام على اختتام أستانا 8 ببيان مشترك\nأصدرت الدول الضامنة اليوم الجمعة بياناً مشتركاً أكدت فيه التزامها بمناطق خفض التصعيد.',
    ]) {
      expect(spanOf(text), text).toEqual([parseDay('2017-12-22')!, parseDay('2017-12-22')!]);
    }
  });
});
