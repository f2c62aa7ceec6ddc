// A chronicle of a round told day by day («الأربعاء 13 نيسان: … الخميس 21 نيسان: …») names days more
// than a week apart. The article cannot be within a week of each: it is near the stretch they cover, not
// where their weeks happen to meet, which lies before the last day it tells.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/lib/calendar.ts';
import { catalogSpan as spanOf } from './fixtures.ts';


// The third round of Geneva 3 ran from Wednesday 13 to Wednesday 27 April 2016.
const CHRONICLE = [
  'محادثات جنيف في أسبوعها الثاني: أبرز المحطات',
  'الأربعاء 13 نيسان: المبعوث الأممي ستيفان دي ميستورا يستقبل وفد الهيئة العليا للمفاوضات في مقر الأمم المتحدة.',
  'الجمعة 15 نيسان: وصول الوفد الحكومي بعد الانتخابات التشريعية.',
  'الإثنين 18 نيسان: الهيئة العليا تعلن تعليق مشاركتها الرسمية.',
  'الخميس 21 نيسان: جلسة تقنية مع خبراء المعارضة في غياب رئيس الوفد.',
].join('\n');

describe('a chronicle of days more than a week apart', () => {
  it('keeps the last day it tells', () => {
    const span = spanOf(CHRONICLE);
    expect(span).not.toBeNull();
    expect(span![0]).toBeLessThanOrEqual(parseDay('2016-04-21')!);
    expect(span![1]).toBeGreaterThanOrEqual(parseDay('2016-04-21')!);
  });

  it('days within a week of each other still meet between them', () => {
    const text = 'جنيف: أسبوع أول من المحادثات\nالأربعاء 13 نيسان: افتتاح الجولة بلقاء دي ميستورا وفد الهيئة العليا للمفاوضات.\nالجمعة 15 نيسان: وصول الوفد الحكومي بعد الانتخابات التشريعية.';
    const span = spanOf(text);
    expect(span).not.toBeNull();
    expect(span![0]).toBeGreaterThanOrEqual(parseDay('2016-04-08')!);
    expect(span![1]).toBeLessThanOrEqual(parseDay('2016-04-20')!);
  });

  it('a day told as done still puts the article on or after it', () => {
    // The committee's first round: opened Wednesday 30 October, its small body began on Monday 4 November,
    // closed Friday 8 November 2019. «اليوم السبت» after all three is the 9th, not the Saturday before.
    const text = 'المبعوث: الجولة الأولى بنت الثقة\nصرح المبعوث الأممي غير بيدرسن اليوم السبت بأن الجولة الأولى من اجتماعات اللجنة الدستورية أرست أساساً للثقة. وكانت الجولة قد افتتحت الأربعاء 30 تشرين الأول، وباشرت الهيئة المصغرة عملها الاثنين 4 تشرين الثاني، واختتمت الجولة الجمعة 8 تشرين الثاني.';
    expect(spanOf(text)).toEqual([parseDay('2019-11-09')!, parseDay('2019-11-09')!]);
  });
});
