// «تدخل أعمال اللجنة الدستورية السورية أسبوعها الثاني اليوم الاثنين، مع بدء اجتماعات الهيئة المصغرة»: the start
// of one of the committee's bodies, days into its round, is not the round's opening. Read as one, every
// Monday a round of the committee opened on fitted, and the story of the first round's second week (4
// November 2019) was printed as the third round's opening (24 August 2020). Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the start of a body of the committee', () => {
  it('is not its round\'s opening', () => {
    expect(catalogDate('اللجنة الدستورية تدخل أسبوعها الثاني\nتدخل أعمال اللجنة الدستورية السورية أسبوعها الثاني اليوم الاثنين، مع بدء اجتماعات الهيئة المصغرة المؤلفة من 45 عضوا في مقر الأمم المتحدة بجنيف.\nوكانت الهيئة الموسعة قد اجتمعت طوال الأسبوع الماضي، منذ الجلسة الافتتاحية يوم الأربعاء.')).toBe('2019-11-04');
  });
});
