// A week or a month told right after a round's name, with no verb between, is when the round was held: the
// story is of the period after it. An opinion column of a hunt (Astana's fourth round met on 3-4 May 2017)
// was refused for want of any tie. A day so told is not read so: it may be another act's.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a period right after a round', () => {
  it('is when the round was held', () => {
    const span = catalogSpan('رأي | خرائط المناطق الأربع\nلم تخرج الجولة الرابعة من محادثات أستانا الأسبوع الماضي بأكثر من خرائط مرسومة بالقلم العريض، أما التفاصيل فتركت كالعادة لاجتماعات الخبراء.');
    expect(span).not.toBeNull();
    // The week after the round's: no day before its close, none a fortnight after.
    expect(span![0]).toBeGreaterThan(parseDay('2017-05-04')!);
    expect(span![1]).toBeLessThanOrEqual(parseDay('2017-05-18')!);
  });

  it('but a day so told is left to the clause\'s verb', () => {
    // The delegations came to Montreux the day before Geneva II opened there (Wednesday 22 January 2014);
    // read as the conference's day, a day so told printed 2014-01-28/2014-02-11 for a hunt's text.
    expect(catalogDate('توافدت الوفود المشاركة في مؤتمر جنيف 2 اليوم إلى مدينة مونترو السويسرية، حيث تنطلق صباح غد الأربعاء الجلسة الافتتاحية.')).toBe('2014-01-21');
  });

  it('but not a round another act governs, nor an agreement', () => {
    // A review's texts: the period is the postponement's, the invitation's, the violations'.
    expect(catalogDate('بيدرسن: لا موعد جديداً\nقال المبعوث الأممي غير بيدرسن اليوم أمام مجلس الأمن إنه لا يملك موعداً جديداً بعد تأجيل الجولة الثالثة للجنة الدستورية الشهر الماضي بسبب تفشي فيروس كورونا.')).toBeNull();
    expect(catalogDate('قال مصدر في وفد المعارضة العسكرية اليوم إن الوفد تلقى دعوة للمشاركة في الجولة التاسعة عشرة من محادثات أستانا الأسبوع الماضي، ولم يحسم قراره بعد.')).toBeNull();
    expect(catalogDate('وثق المرصد السوري لحقوق الإنسان أكثر من خمسين خرقاً لاتفاق موسكو الأسبوع الماضي في ريفي إدلب وحماة.')).toBeNull();
  });
});
