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
    // The noun with «لل» that took the article's alif («للمؤتمر»): the pattern asked for «لل» and «ال» both.
    expect(catalogDate('مؤتمر سوتشي للحوار الوطني السوري\nعقدت اليوم الثلاثاء الجلسة الافتتاحية للمؤتمر بمشاركة نحو 1500 مندوب.')).toBe('2018-01-30');
  });

  it('but not when the headline recalls the meeting or the lead names another', () => {
    expect(catalogDate('بعد مؤتمر سوتشي\nانطلق اليوم الثلاثاء المؤتمر الوطني الكردي في القامشلي.')).toBeNull();
    expect(catalogDate('نتائج مؤتمر سوتشي\nافتتح اليوم الثلاثاء المؤتمر العام للحزب في دمشق.')).toBeNull();
  });

  it('but not a meeting the headline compares with, nor one the lead places elsewhere', () => {
    // A review's texts: each printed the Sochi meeting's day for the Damascus conference of 25 February
    // 2025 or the Ankara summit of 4 April 2018.
    expect(catalogDate('هل يكرر الشرع تجربة مؤتمر سوتشي؟\nانطلقت اليوم الثلاثاء في دمشق أعمال المؤتمر بمشاركة مئات الشخصيات.')).toBeNull();
    // (This one's lead names the Ankara summit itself: its own day, not Sochi's of 22 November 2017.)
    expect(catalogDate('روحاني: قمة سوتشي خريطة طريق للحل\nانطلقت اليوم الأربعاء في أنقرة أعمال القمة الثلاثية.')).toBe('2018-04-04');
    expect(catalogDate('قمة سوتشي الثلاثية\nافتتح الرئيس التركي اليوم الأربعاء القمة في أنقرة.')).toBeNull();
  });
});
