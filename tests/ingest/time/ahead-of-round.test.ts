// «بدأ دي ميستورا اليوم الخميس … اجتماعاً خاصاً … قبل مؤتمر سوتشي»: a day told ahead of a round by no count is
// in the week before its opening, or its own day; «قبيل» (just before) in the day before or its own. Read
// as the opening itself, the weekday contradicted it or the day before was snapped to it. Invented (hunt
// 11, review 9); the Sochi congress opened on Monday 29 January 2018, Astana's eighth round on Thursday 21
// December 2017, the committee's eighth round on Monday 30 May 2022.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS, catalogDate } from './fixtures.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { noteAr, noteEn, type ExplainContext } from '../../../src/lib/evidence/explain-note.ts';

describe('a day ahead of a round', () => {
  it('is in the week before its opening', () => {
    expect(catalogDate('بدأ دي ميستورا اليوم الخميس في فيينا اجتماعاً خاصاً مع الوفدين قبل مؤتمر سوتشي.')).toBe('2018-01-25');
    // Both Mondays fit: the one a week before and the opening's own (hours before the round).
    expect(catalogDate('اجتمع الوزراء اليوم الاثنين في جنيف قبل الجولة الثامنة للجنة الدستورية.')).toBe('2022-05-23/2022-05-30');
  });

  it('just before it, in the day before or its own', () => {
    expect(catalogDate('عقد وفد المعارضة السورية اليوم الأربعاء لقاء تشاورياً في أستانا قبيل الجولة الثامنة من المحادثات.')).toBe('2017-12-20');
    expect(catalogDate('التقى الوفد المبعوث اليوم الخميس قبيل انطلاق الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
  });

  it('before the close, a day of the round; not when how far ahead is told after the round', () => {
    // Geneva 8 ran seventeen days (28 November to 14 December 2017): a Friday «قبل اختتام» it is any of its
    // Fridays, not only the last week's (a review's text, printed 2017-12-08 for the 1st).
    expect(catalogDate('غادر الوفد الحكومي جنيف اليوم الجمعة قبل اختتام الجولة الثامنة من محادثات جنيف.')).toBe('2017-12-01/2017-12-08');
    // Reviews' texts, printed a week early by the first version: Geneva 4 ran from 23 February to Friday
    // 3 March 2017; the Astana round «بعشرة أيام» after the Monday of 11 December 2017.
    expect(catalogDate('سلم دي ميستورا اليوم الأربعاء الوفدين ورقة قبل اختتام الجولة الرابعة من محادثات جنيف.')).toBe('2017-03-01');
    expect(catalogDate('أعلنت موسكو اليوم الاثنين وفدها قبل الجولة الثامنة من محادثات أستانا بعشرة أيام.')).toBeNull();
    expect(catalogDate('بحث الرئيسان التركي والروسي هاتفياً اليوم الاثنين التحضيرات قبل الجولة الثامنة من محادثات أستانا المقررة بعد أكثر من أسبوعين.')).toBeNull();
  });

  it('a duration named after the round of something else leaves the week before', () => {
    // A review's texts, printed a week late by the second version: «أمين عام» is no distance.
    expect(catalogDate('اجتمع الوفد اليوم الاثنين قبل انطلاق الجولة الثامنة من محادثات أستانا بحضور أمين عام الهيئة.')).toBe('2017-12-18');
    // With the distance told, neither the week before nor the opening's day (it was read as the news).
    expect(catalogDate('أعلنت موسكو اليوم الاثنين وفدها قبل انطلاق الجولة الثامنة من محادثات أستانا بعشرة أيام.')).toBeNull();
  });

  it('a count from something else after the round is no distance ahead', () => {
    // A review's texts: Astana's sixth round «التي تأتي بعد شهرين من الجولة الخامسة» (Monday 11 September
    // 2017 ahead of its opening on the 14th), the eighth «التي تستمر بين يومين وثلاثة».
    expect(catalogDate('اجتمع وفد المعارضة اليوم الاثنين في أنقرة قبل انطلاق الجولة السادسة من محادثات أستانا التي تأتي بعد شهرين من الجولة الخامسة.')).toBe('2017-09-11');
    expect(catalogDate('وصل الوفد الروسي اليوم الثلاثاء إلى أستانا قبل انطلاق الجولة الثامنة من المحادثات التي تستمر بين يومين وثلاثة.')).toBe('2017-12-19');
  });

  it('is told as such to the reader', () => {
    const r = dateArticle('بدأ دي ميستورا اليوم الخميس في فيينا اجتماعاً خاصاً مع الوفدين قبل مؤتمر سوتشي.', { rounds: CATALOG_ROUNDS });
    const tie = r.anchor!.evidence.find((e) => e.note.code === 'tie-offset')!;
    const ctx: ExplainContext = { roundName: (id) => CATALOG_ROUNDS.find((x) => x.id === id)?.name_ar };
    expect(noteEn(tie.note)).toContain('the 7 days before it');
    expect(noteAr(tie.note, ctx)).toContain('الأسبوع السابق لافتتاح «مؤتمر الحوار الوطني السوري');
  });
});
