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

// A round of the talks named in the headline by its track and number («أستانا 8»، «جنيف 8»), called in the
// lead by the talks' own nouns («المحادثات»، «الجولة»). Geneva's eighth round closed on Thursday 14
// December 2017, Astana's eighth on Friday 22 December 2017.
describe('the lead\'s «المحادثات» or «الجولة» for the headline\'s numbered round', () => {
  it('ties the lead\'s day to that round', () => {
    // Refused before: the lead's talks were any round held in Kazakhstan.
    expect(catalogDate('أستانا 8 تحدد موعد مؤتمر الحوار في سوتشي\nاختتمت اليوم في العاصمة الكازاخية المحادثات حول سوريا بإعلان الدول الضامنة عقد مؤتمر الحوار الوطني السوري في سوتشي أواخر كانون الثاني المقبل.')).toBe('2017-12-22');
    // An interval of a week before: the headline's close said only that it was news.
    expect(catalogDate('جنيف 8 تنتهي دون مفاوضات مباشرة\nأنهى المبعوث الأممي ستافان دي ميستورا اليوم الجولة في جنيف، وقال إنها فرصة ضاعت.')).toBe('2017-12-14');
  });

  it('but not talks of others, nor talks the lead places elsewhere', () => {
    expect(catalogDate('أستانا 8 تحدد موعد مؤتمر سوتشي\nاختتمت اليوم المحادثات الروسية التركية حول سوريا.')).not.toBe('2017-12-22');
    expect(catalogDate('أستانا 8 تحدد موعد مؤتمر سوتشي\nاختتمت اليوم في جنيف المحادثات حول سوريا.')).not.toBe('2017-12-22');
  });
});
