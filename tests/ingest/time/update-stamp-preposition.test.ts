// «تم التحديث في 2020/07/01 11:20» under a story of the Tehran summit «اليوم الجمعة» (7 September 2018):
// an update stamp written with its date's preposition is an update, too weak to date the story alone, as
// «آخر تحديث: …» already was. Read as a stamp of the story, it printed the update's day. Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const STORY = 'طهران - شهدت القمة الثلاثية التي استضافتها طهران اليوم الجمعة خلافا علنيا بين الرئيسين الروسي والتركي حول مصير إدلب.\n';
describe('an update stamp with its date\'s preposition', () => {
  it('does not date the story', () => {
    expect(catalogDate(`${STORY}تم التحديث في 2020/07/02 11:20\n`)).toBe('2018-09-07');
    expect(catalogDate(`${STORY}آخر تحديث في 2020/07/02 11:20\n`)).toBe('2018-09-07');
    expect(catalogDate(`${STORY}آخر تحديث بتاريخ 2020/07/02 11:20\n`)).toBe('2018-09-07');
  });
});
