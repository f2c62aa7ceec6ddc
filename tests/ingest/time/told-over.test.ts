// «… بعد أسبوعين من اختتام جنيف 8 من دون أي تقدم، فيما تستعد موسكو لمؤتمر سوتشي أواخر الشهر المقبل»: the
// later clause's future made Geneva 8 "upcoming" and the article was printed weeks before its close
// (hunt 30, W3). Geneva's eighth round closed on Thursday 14 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate, printedBefore } from './fixtures.ts';

describe('a round told after its close', () => {
  it('is never upcoming', () => {
    const text = 'إجلاء حالات طبية من الغوطة\nأجلى الهلال الأحمر اليوم الخميس دفعة جديدة من الحالات الطبية الحرجة من الغوطة الشرقية.\n\nوتأتي العملية بعد أسبوعين من اختتام جنيف 8 من دون أي تقدم، فيما تستعد موسكو لمؤتمر سوتشي أواخر الشهر المقبل.';
    expect(printedBefore(text, '2017-12-15')).toBe(false);
  });

  it('leaves a round counted before as upcoming', () => {
    // Astana's eighth round opened on Thursday 21 December 2017.
    expect(catalogDate('وصل وفد المعارضة اليوم الخميس إلى أستانا، قبل أسبوعين من الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-07');
  });
});
