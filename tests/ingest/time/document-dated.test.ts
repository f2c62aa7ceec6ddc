// A date right after a document's noun names the document («مذكرة أيار الماضي», the Astana memorandum of May
// 2017): it is not the day of a round told before it in the clause. A hunt's text of the sixth Astana round's
// close (Friday 15 September 2017) was refused: the round's close was tied to «أيار الماضي».
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a date naming a document after a round', () => {
  it('leaves the round the day told before it', () => {
    expect(catalogDate('أعلنت الدول الضامنة روسيا وتركيا وإيران اليوم الجمعة في ختام الجولة السادسة من محادثات أستانا الاتفاق على حدود منطقة خفض التصعيد في إدلب، لتكتمل بذلك المناطق الأربع المنصوص عليها في مذكرة أيار الماضي.')).toBe('2017-09-15');
  });

  it('but a statement of the day is no document named by it', () => {
    expect(catalogDate('اختتمت الجولة السادسة من محادثات أستانا وأعلنت الدول الضامنة في بيان اليوم الجمعة الاتفاق على منطقة إدلب.')).toBe('2017-09-15');
    // Read as a document's date, «اليوم» here left the round a week's interval.
    expect(catalogDate('اختتمت في أستانا الجولة السادسة من المحادثات ببيان اليوم.')).toBe('2017-09-15');
  });
});
