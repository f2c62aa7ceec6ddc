// «قبل أن تبدأ الجولة يوم الثلاثاء 10 كانون الأول»: the verb after «قبل أن»، «بعد أن»، «منذ أن» is in the
// subjunctive and has the tense of the clause it is in. Read as a present (still to come), it made the
// round's day one the article comes before.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the subjunctive after a word of time', () => {
  it('tells a past round in a past narrative', () => {
    // Before, 2019-12-05: a Thursday before the round the story tells as begun.
    const text = 'أجرى الوفد التركي مشاورات في العاصمة الكازاخية يوم الأحد، قبل أن تبدأ الجولة الرابعة عشرة من محادثات أستانا يوم الثلاثاء 10 كانون الأول بحضور الوفود التي غادرت اليوم الخميس.';
    expect(catalogDate(text)).toBe('2019-12-12');
  });
});
