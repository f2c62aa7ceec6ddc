// A headline names the meeting; the lead calls it by its noun with the article («أعمال المؤتمر»، «الجولة»)
// and gives the day. That day is the headline's meeting's, unless the headline recalls the meeting
// («بعد مؤتمر سوتشي») or the lead's noun names another («المؤتمر الوطني الكردي»). Invented stories; the
// Sochi congress met on Tuesday 30 January 2018, Astana's eighth round opened on Thursday 21 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the lead\'s noun for the headline\'s meeting', () => {
  it('ties the lead\'s day to it', () => {
    // Both refused: the lead named no meeting, the headline no day.
    expect(catalogDate('مؤتمر سوتشي للحوار الوطني\nانطلقت اليوم الثلاثاء في المنتجع الروسي أعمال المؤتمر بمشاركة مئات المندوبين.')).toBe('2018-01-30');
    expect(catalogDate('الجولة الثامنة من محادثات أستانا\nانطلقت اليوم الخميس أعمال الجولة في العاصمة الكازاخية.')).toBe('2017-12-21');
  });

  it('but not when the headline recalls the meeting or the lead names another', () => {
    expect(catalogDate('بعد مؤتمر سوتشي\nانطلق اليوم الثلاثاء المؤتمر الوطني الكردي في القامشلي.')).toBeNull();
    expect(catalogDate('نتائج مؤتمر سوتشي\nافتتح اليوم الثلاثاء المؤتمر العام للحزب في دمشق.')).toBeNull();
  });
});
