// A named agreement after another signed text («بروتوكولاً إضافياً لمذكرة سوتشي») is that text's referent:
// the signing and its day are the new text's. Invented leads of 5 March 2020 (Thursday), when the
// presidents of Russia and Turkey signed in Moscow an additional protocol to the Sochi memorandum of
// 17 September 2018.
import { describe, expect, it } from 'vitest';
import { catalogDate, printedBefore } from './fixtures.ts';

describe('an agreement an additional protocol refers to', () => {
  it('is not signed on the day the protocol is', () => {
    // Both printed 2018-09-13/2018-09-20: the memorandum's own week, a year and a half early. The protocol
    // is the catalog's own meeting (Moscow, Thursday 5 March 2020): told in other words than its name, it
    // dates the second; the first ties no day to it, and is refused.
    expect(printedBefore('وقع الرئيسان الروسي والتركي اليوم الخميس في موسكو بروتوكولاً إضافياً لمذكرة سوتشي الموقعة في أيلول 2018، ينص على وقف لإطلاق النار في إدلب.', '2020-03-05')).toBe(false);
    expect(catalogDate('اتفق الرئيسان بوتين وأردوغان اليوم الخميس في موسكو على وقف لإطلاق النار في إدلب يبدأ منتصف الليل، في بروتوكول إضافي لمذكرة سوتشي الموقعة في أيلول 2018.')).toBe('2020-03-05');
  });

  it('is signed on its day when nothing stands between', () => {
    expect(catalogDate('وقع الرئيسان الروسي والتركي اليوم في سوتشي مذكرة سوتشي حول إدلب.')).toBe('2018-09-17');
  });

  it('is signed when the text\'s noun is its own, right before its name', () => {
    // A review's text, refused by the rule's first version: «وثيقة اتفاق إدلب» is the agreement itself.
    expect(catalogDate('وقع وزيرا الدفاع الروسي والتركي اليوم الاثنين في سوتشي وثيقة اتفاق إدلب التي تنص على إقامة منطقة منزوعة السلاح.')).toBe('2018-09-17');
  });

  it('but a text added to it, in construct, is not it', () => {
    // A review's text: «ملحق مذكرة سوتشي» signed on a Tuesday printed the memorandum's day.
    expect(catalogDate('وقع وزيرا الدفاع الروسي والتركي اليوم الثلاثاء ملحق مذكرة سوتشي حول إدلب.')).toBeNull();
  });
});
