// An agreement the catalog names, with the month it was signed right after it («مذكرة سوتشي الموقعة في
// أيلول 2018»), is recalled: the day of the clause is another act's (a protocol added to it). Its
// participle with the article («الموقعة») is a word of its signing, as «وقّع» is. Invented sentences; the
// Sochi memorandum on Idlib was signed on Monday 17 September 2018.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an agreement and the month it was signed', () => {
  it('is recalled: today is not its day, nor the week after it', () => {
    // A protocol added in March 2020: once dated to the memorandum's Thursdays, 2018-09-13/2018-09-20.
    const text = 'وقّع الرئيسان الروسي والتركي اليوم الخميس في الكرملين بروتوكولاً إضافياً لمذكرة سوتشي الموقعة في أيلول 2018، ينص على وقف لإطلاق النار.';
    expect(catalogDate(text)).toBeNull();
  });
  it('while the agreement «الموقعة اليوم» is signed on the day', () => {
    expect(catalogDate('أعلن الكرملين أن مذكرة سوتشي الموقعة اليوم الإثنين تنص على إقامة منطقة منزوعة السلاح في إدلب.')).toBe('2018-09-17');
    expect(catalogDate('قال الكرملين إن مذكرة سوتشي الموقعة اليوم تنص على إقامة منطقة منزوعة السلاح في إدلب.')).toBe('2018-09-17');
  });
});
