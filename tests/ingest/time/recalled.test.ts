// A sentence that recalls («يذكر أن …»، «وكان المبعوث قد قال في تصريح سابق يوم الخميس 21 كانون الأول
// 2017 …») dates something before the story, by any distance: never a sign of when it was written.
// Invented sentences after a story of the Constitutional Committee's naming, February 2019.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const STORY = 'أتمت الأمم المتحدة الأحد تسمية قائمة المجتمع المدني في اللجنة الدستورية السورية.\nوقال مصدر مطلع إن القائمة نهائية ما لم تمارس دول ضغوطاً لتغيير بعض الأسماء.\n';
const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;

describe('a recalled day', () => {
  it('with its weekday, after a pluperfect, only bounds the story from below', () => {
    const a = date(`${STORY}وكان المبعوث الأممي قد قال في تصريح سابق يوم الخميس 21 كانون الأول 2017 إن الحل السياسي هو الطريق الوحيد.`);
    // Without the recall the week after 21 December 2017 was printed.
    expect(a?.edtf.startsWith('2017-12')).not.toBe(true);
  });
  it('told with its weekday as news still dates the story near it', () => {
    const a = date(`${STORY}وقال المبعوث الأممي يوم الخميس 21 كانون الأول 2017 إن الحل السياسي هو الطريق الوحيد.`);
    expect(a?.edtf.startsWith('2017-12')).toBe(true);
  });
  it('a round recalled in a sentence of background is no sign the story is near it', () => {
    const a = date('أفاد متحدث باسم الرئاسة التركية اليوم الأحد بأن مؤتمر السلام في سوريا سيبحث مستقبل المنطقة الآمنة.\nيذكر أن الجولة الأولى من اجتماعات اللجنة الدستورية انطلقت في 30 تشرين الأول 2019.');
    expect(a?.edtf.startsWith('2019-1')).not.toBe(true);
  });
});
