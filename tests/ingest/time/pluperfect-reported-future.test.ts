// «وكانت الخارجية قد أعلنت أن الاجتماع سيعقد بين 8 و10 كانون الأول الجاري»: a future reported in the
// pluperfect was to come when it was said, which says nothing of the story's own day. Invented (hunt 9);
// the Riyadh conference of the opposition opened on Wednesday 9 December 2015.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';
import { tenseAt } from '../../../src/ingest/time/anchor/tense-at.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';

const tenseOf = (sentence: string, phrase: string): string | null => {
  const folded = foldArabic(sentence);
  const at = folded.indexOf(foldArabic(phrase));
  return tenseAt(folded, at, at + foldArabic(phrase).length, 0);
};

describe('a future reported in the pluperfect', () => {
  it('is no future of the story', () => {
    expect(tenseOf('وكانت الخارجية السعودية قد أعلنت أن الاجتماع سيعقد بين 8 و10 كانون الأول الجاري.', 'بين 8 و10')).toBeNull();
    // Reported now, it is.
    expect(tenseOf('وأعلنت الخارجية السعودية أن الاجتماع سيعقد بين 8 و10 كانون الأول الجاري.', 'بين 8 و10')).toBe('future');
    // The pluperfect of another clause, a comma between: the present report's future is the story's.
    expect(tenseOf('وكان وفد المعارضة قد هدد بالمقاطعة، لكن مصدراً في الخارجية قال اليوم الثلاثاء إن الجولة الثامنة ستنطلق الخميس 21 كانون الأول.', 'الخميس 21')).toBe('future');
    // A past reported in the pluperfect stays past.
    expect(tenseOf('وكانت الخارجية السعودية قد أعلنت أن الاجتماع عقد في 8 كانون الأول.', 'في 8 كانون')).toBe('past');
  });

  it('does not put the story before the days it names', () => {
    // The days to come put the story a week early: 2015-12-02, the Wednesday before.
    expect(catalogDate('انطلقت اليوم الأربعاء في الرياض أعمال الاجتماع الموسع للمعارضة السورية. وكانت الخارجية السعودية قد أعلنت أن الاجتماع سيعقد بين 8 و10 كانون الأول الجاري. ويهدف مؤتمر الرياض للمعارضة السورية إلى توحيد صفوفها قبل المفاوضات المرتقبة مع النظام.')).not.toBe('2015-12-02');
  });
});
