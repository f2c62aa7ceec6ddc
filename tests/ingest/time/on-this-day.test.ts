// «في مثل هذا اليوم»: an anniversary piece tells an event of another year on the same day of the year. The
// day it dates, and the meeting it names, are recalled: neither is the story's own day, and «هذا
// اليوم» after «مثل» is not today.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/lib/calendar.ts';
import { catalogSpan as spanOf, printedBefore } from './fixtures.ts';


describe('an event told on its anniversary', () => {
  it('the dated event opening the piece is not its day', () => {
    // The Moscow declaration of 20 December 2016, told three years on.
    const text = 'ذكرى إعلان موسكو\nفي مثل هذا اليوم قبل ثلاث سنوات، الثلاثاء 20 كانون الأول 2016، اجتمع وزراء خارجية ودفاع روسيا وتركيا وإيران في موسكو وأصدروا إعلانا مهد لمحادثات أستانا.';
    expect(printedBefore(text, '2017-01-01')).toBe(false);
  });

  it('the phrase inside a sentence is not today', () => {
    // The Sochi memorandum on Idlib was signed on 17 September 2018.
    const text = 'إدلب بعد المذكرة\nوقع الرئيسان الروسي والتركي مذكرة سوتشي حول إدلب في مثل هذا اليوم من عام 2018، ومنذ ذلك الحين تبدلت خرائط السيطرة مرات عدة.';
    expect(printedBefore(text, '2018-10-01')).toBe(false);
  });

  it('today said plainly still dates the story', () => {
    const text = 'إدلب بعد المذكرة\nوقع الرئيسان الروسي والتركي مذكرة سوتشي حول إدلب اليوم الإثنين 17 أيلول، لإقامة منطقة منزوعة السلاح.';
    expect(spanOf(text)).toEqual([parseDay('2018-09-17')!, parseDay('2018-09-17')!]);
  });
});
