// «وصل الرئيس الإيراني اليوم الأحد إلى أنقرة، عشية القمة الثلاثية»: the eve of a meeting named with no
// edge noun between («عشية القمة»، not «عشية انطلاق القمة») is the eve of its opening, and «غداة المؤتمر»
// the morrow of its close. Before, the eve was read only before an opening or closing word: these were
// refused, and a Monday «عشية القمة الثلاثية» in Tehran was dated by its weekday's nearness alone, against
// a tie that put the summit itself on that Monday. Invented.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

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

describe('the morrow of a meeting named in the lead with no day tied to it', () => {
  it('is the news\'s day, as the morrow of its close told by its noun is', () => {
    // The Moscow meeting of the Russian, Iranian and Turkish ministers was on Tuesday 20 December 2016.
    // The day told («اليوم») is the saying's, past a reported clause: the morrow had no day to tie, and the
    // story was refused.
    const span = catalogSpan('ردود فعل\nقالت فصائل المعارضة اليوم إنها تتحفظ على نتائج اللقاء، غداة اجتماع موسكو الثلاثي.');
    expect(span).not.toBeNull();
    expect(span![0]).toBe(parseDay('2016-12-21'));
    expect(span![1] - span![0]).toBeLessThanOrEqual(7);
  });

  it('only when it frames its sentence, not when it times another act recalled', () => {
    // The Tehran summit was on Friday 7 September 2018: each of these tells of what was said on its
    // morrow, and the story's own Saturday may be any.
    for (const text of [
      'جدد الرئيس التركي اليوم السبت رفضه لأي هجوم على إدلب، حسبما صرح غداة قمة طهران الثلاثية.',
      'قال المتحدث باسم الرئاسة التركية اليوم السبت إن موقف بلاده لم يتغير منذ غداة قمة طهران الثلاثية.',
      'حذرت الأمم المتحدة اليوم السبت من كارثة في إدلب، وكانت تركيا قد أعلنت، غداة قمة طهران الثلاثية، رفضها لأي هجوم.',
    ]) expect(catalogDate(`إدلب\n${text}`), text).toBeNull();
  });

  it('leaves a conference of weeks to other clues, as a tie does', () => {
    // Brussels VIII ran from 30 April to 27 May 2024: which of its parts a morrow follows, the text does not say.
    expect(catalogDate('بعد المؤتمر\nقالت منظمات إغاثية اليوم إن التعهدات جاءت أقل من المتوقع، غداة مؤتمر بروكسل الثامن.')).toBeNull();
  });
});

// Review 27: the morrow of Sochi's congress (Tuesday 30 January 2018: the Wednesday after) told of an act
// recalled in another clause was taken for the story's day, and a Wednesday of unknown week was printed.
describe('the morrow of a meeting in a clause of its own', () => {
  it('after «، وكانت قد» (a pluperfect, recalled) is no day of the story', () => {
    expect(catalogDate('هيئة التفاوض\nأكدت هيئة التفاوض اليوم الأربعاء تمسكها بالقرار 2254 مرجعية للحل، وكانت قد رفضت غداة مؤتمر سوتشي ما صدر عنه.')).toBeNull();
  });
  it('after «، كما» (a comparison with another act) is no day of the story either', () => {
    expect(catalogDate('هيئة التفاوض\nرفضت هيئة التفاوض اليوم الأربعاء البيان الروسي الجديد، كما فعلت غداة مؤتمر سوتشي.')).toBeNull();
  });
});
