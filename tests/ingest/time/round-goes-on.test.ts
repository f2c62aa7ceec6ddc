// «وتأتي الجلسة فيما تتواصل في جنيف اجتماعات الجولة الخامسة للجنة الدستورية»: the present of going on
// tells a round under way as the news is told, not one to come. Read as announced, a Thursday's Security
// Council story was put a week before the round (25 to 29 January 2021) and refused. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const COUNCIL = 'مجلس الأمن يناقش الوضع الإنساني في سوريا\nنيويورك - عقد مجلس الأمن الدولي اليوم الخميس جلسة حول الوضع الإنساني في سوريا، استمع خلالها إلى إحاطة من منسق الشؤون الإنسانية.\nوحذر المسؤول الأممي من أن أكثر من ثلاثة عشر مليون سوري يحتاجون إلى المساعدة.\n';
describe('a round said to go on now', () => {
  it('is going on on the article\'s day', () => {
    expect(catalogDate(`${COUNCIL}وتأتي الجلسة فيما تتواصل في جنيف اجتماعات الجولة الخامسة للجنة الدستورية.`)).toBe('2021-01-28');
    expect(catalogDate(`${COUNCIL}وتأتي الجلسة فيما تستمر في جنيف اجتماعات الجولة الخامسة للجنة الدستورية.`)).toBe('2021-01-28');
  });
  it('but one that will go on is not', () => {
    expect(catalogDate(`${COUNCIL}وتأتي الجلسة فيما ستتواصل في جنيف اجتماعات الجولة الخامسة للجنة الدستورية.`)).not.toBe('2021-01-28');
  });
});
