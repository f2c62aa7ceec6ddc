// «وصل الرئيس الإيراني اليوم الأحد إلى أنقرة، عشية القمة الثلاثية»: the eve of a meeting named with no
// edge noun between («عشية القمة»، not «عشية انطلاق القمة») is the eve of its opening, and «غداة المؤتمر»
// the morrow of its close. Before, the eve was read only before an opening or closing word: these were
// refused, and a Monday «عشية القمة الثلاثية» in Tehran was dated by its weekday's nearness alone, against
// a tie that put the summit itself on that Monday. Invented.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the eve or the morrow of a meeting named', () => {
  it('is the day before its opening', () => {
    expect(catalogDate('روحاني في أنقرة\nوصل الرئيس الإيراني حسن روحاني اليوم الأحد إلى أنقرة، عشية القمة الثلاثية حول سوريا التي تجمعه بالرئيسين الروسي والتركي في إطار مسار أستانا.')).toBe('2019-09-15');
    expect(catalogDate('وفد الحكومة في سوتشي\nوصل وفد الحكومة السورية اليوم الأحد إلى سوتشي عشية مؤتمر الحوار الوطني السوري.')).toBe('2018-01-28');
  });
  it('is the day after its close', () => {
    expect(catalogDate('المعارضة ترفض\nأعلنت المعارضة اليوم الأربعاء، غداة مؤتمر الحوار الوطني السوري في سوتشي، رفضها لمخرجاته.')).toBe('2018-01-31');
  });
  it('but a day of another verb, past «أن» or «إن», is that verb\'s', () => {
    expect(catalogDate('الكرملين\nأعلن الكرملين اليوم الثلاثاء أن الرئيس بوتين سيصل إلى طهران عشية القمة الثلاثية للدول الضامنة لمسار أستانا.')).toBeNull();
    expect(catalogDate('أردوغان\nقال أردوغان اليوم الثلاثاء إن المحادثات التي أجراها غداة القمة الثلاثية حول سوريا في أنقرة مع نظيره الإيراني كانت بناءة.')).toBeNull();
  });
  it('but not of a meeting of weeks, nor of a shared name another meeting\'s states follow', () => {
    expect(catalogDate('بروكسل\nدعت منظمات إغاثية سورية اليوم الأحد، عشية مؤتمر بروكسل الثامن، المانحين إلى زيادة تعهداتهم.')).not.toBe('2024-04-28');
    expect(catalogDate('قمة عمّان\nوصل الرئيس المصري اليوم الاثنين إلى عمّان عشية القمة الثلاثية المصرية الأردنية العراقية لبحث التعاون الاقتصادي.')).toBeNull();
  });
});
