// A date closing an aside in brackets after a line of words («… (رويترز 23/2/2017)»، «(صورة أرشيفية من
// … 30/1/2018)») is a pasted story's or a picture's credit: the day it was sent or taken, not the
// story's stamp.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

/** Whether the engine's date, if it prints one, holds the true day. */
const holds = (text: string, truth: string): boolean => {
  const r = dateArticle(text, { rounds: CATALOG_ROUNDS });
  if (!r.anchor) return true;
  const span = edtfSpan(r.anchor.edtf)!;
  const day = parseDay(truth)!;
  return span[0] <= day && span[1] >= day;
};

describe('a date closing a bracketed aside is not the story\'s stamp', () => {
  it('an archive photo\'s caption between the lead and the body', () => {
    const text = 'بدأت صباح اليوم الاثنين في العاصمة الكازاخية الجولة التاسعة من محادثات أستانا.\n(لقطة أرشيفية للوفود في مؤتمر سوتشي 29/1/2018)\nوقال مصدر في الوفد الروسي إن البحث سيتناول ملف المعتقلين.';
    expect(holds(text, '2018-05-14')).toBe(true);
  });
  it('a pasted list of earlier reports, each credited with its day', () => {
    const text = 'يوم أخير في جنيف\nأ- المعارضة تطالب بجدول زمني للانتقال (أ ف ب 24/2/2017)\nب- الحكومة تضع الإرهاب أولا (رويترز 25/2/2017)\nأنهى ستيفان دي ميستورا اليوم الجمعة الجولة الرابعة من محادثات جنيف بالاتفاق على أربع سلال للتفاوض.';
    expect(holds(text, '2017-03-03')).toBe(true);
  });
});
