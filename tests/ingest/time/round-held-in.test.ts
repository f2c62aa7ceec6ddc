// «بروتوكولاً إضافياً لمذكرة سوتشي الموقعة في أيلول 2018»: a meeting followed by the month or year it
// was held in is recalled; the day the sentence tells («اليوم الخميس») is another event's.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

// The Sochi memorandum on Idlib was signed on 17 September 2018; the Moscow additional protocol on
// Thursday 5 March 2020.
const memo = parseDay('2018-09-17')!;
const notNearMemo = (text: string): void => {
  const r = dateArticle(text, { rounds });
  const span = r.anchor ? edtfSpan(r.anchor.edtf)! : null;
  if (span) expect(span[1] < memo - 30 || span[0] > memo + 30, r.anchor!.edtf).toBe(true);
};

describe('a meeting with the month it was held in after it', () => {
  it('is not tied to the day before it', () => {
    notNearMemo('الكرملين: اتفاق جديد حول إدلب\nوقع الرئيسان الروسي والتركي اليوم الخميس في موسكو ملحقا لمذكرة سوتشي التي أبرمت في أيلول 2018، يقضي بتسيير دوريات مشتركة على الطريق الدولي.');
  });
  it('is no news of the day in the lead', () => {
    notNearMemo('اتفاق روسي تركي في موسكو\nاتفق بوتين وأردوغان اليوم الخميس على وقف القتال في إدلب، في ملحق لمذكرة سوتشي الموقعة في أيلول 2018 يبدأ سريانه منتصف الليل.');
  });
  it('but a year counted from is not the time it was held in', () => {
    // The Jeddah summit was on Friday 19 May 2023.
    const r = dateArticle('الأسد في جدة\nوصل الرئيس السوري اليوم الجمعة إلى جدة للمشاركة في القمة العربية الثانية والثلاثين، في أول مشاركة له منذ عام 2010.', { rounds });
    expect(r.anchor?.edtf).toBe('2023-05-19');
  });
});
