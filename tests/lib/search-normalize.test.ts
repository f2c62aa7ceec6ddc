import { describe, expect, it } from 'vitest';
import { foldHamza, searchIndexForms, searchNormalize, sharedWordForms, wordForms } from '../../src/lib/search-normalize.ts';

/** A query for `query` finds a page whose text is `page`: each query term is one of the page's indexed forms. */
const finds = (query: string, page: string) => searchNormalize(query).every((t) => searchIndexForms(page).includes(t));

describe('searchNormalize', () => {
  it('strips attached conjunctions and the article', () => {
    expect(searchNormalize('والدستور')).toEqual(['دستور']);
    expect(searchNormalize('الدستور')).toEqual(['دستور']);
    expect(searchNormalize('فالانتخابات والانتخابات')).toEqual(['انتخابات']);
    expect(searchNormalize('للمعارضة بالمعارضة المعارضة')).toEqual(['معارضا']);
  });
  it('meets hamza, alef and final ta marbuta variants', () => {
    const forms = new Set(['آستانة', 'أستانة', 'أستانا', 'استانا', 'استانه'].flatMap(searchNormalize));
    expect([...forms]).toEqual(['استانا']);
    expect(searchNormalize('الإرهاب')).toEqual(searchNormalize('ارهاب'));
  });
  it('keeps short words and Latin tokens whole', () => {
    expect(searchNormalize('ولد')).toEqual(['ولد']);
    expect(searchNormalize('UN 2254')).toEqual(['un', '2254']);
    expect(searchNormalize('القرار ٢٢٥٤')).toEqual(['قرار', '2254']);
  });
  it('keeps a word with diacritics whole', () => {
    expect(searchNormalize('الدُّستورُ')).toEqual(['دستور']);
  });
});

describe('hamza: every carrier meets', () => {
  it.each([
    ['مسئول', 'مسؤول'],
    ['المسئول', 'المسؤول'],
    ['المسئولين', 'مسؤولين'],
    ['هيأة', 'هيئة'],
    ['شئ', 'شيء'],
    ['رئيس', 'رئيس'],
  ])('%s = %s', (a, b) => {
    expect(searchNormalize(a)).toEqual(searchNormalize(b));
    expect(finds(a, b)).toBe(true);
    expect(finds(b, a)).toBe(true);
  });
  it('an alef with hamza that opens a word is a bare alef, so a query typed without it still meets', () => {
    expect(foldHamza('أستانا')).toBe('استانا');
    expect(foldHamza('والأمم')).toBe('والامم');
    expect(foldHamza('لأن')).toBe('لان');
    expect(foldHamza('مسألة')).toBe('مسءلة');
    expect(finds('الامم', 'والأمم')).toBe(true);
  });
  it('a query typed without any hamza still finds the word spelled with one (the hamza-less forms are indexed too)', () => {
    expect(finds('مساله', 'المسألة')).toBe(true);
    expect(finds('تاجيل', 'تأجيل')).toBe(true);
    expect(finds('مسوول', 'مسؤول')).toBe(true);
  });
  it('does not merge words that differ by more than a hamza', () => {
    expect(searchNormalize('بدء')).not.toEqual(searchNormalize('بدا'));
    expect(searchNormalize('رؤية')).not.toEqual(searchNormalize('راية'));
    expect(searchNormalize('رئيس')).not.toEqual(searchNormalize('رايس'));
  });
});

describe('attached particles', () => {
  it.each([
    ['موسكو', 'لموسكو'], ['دمشق', 'لدمشق'], ['دمشق', 'بدمشق'], ['جنيف', 'بجنيف'], ['موسكو', 'وبموسكو'],
    ['روسيا', 'كروسيا'], ['الدستور', 'فالدستور'], ['المعارضة', 'وللمعارضة'], ['اللجنة', 'للجنة'], ['الجولة', 'وبالجولة'],
  ])('«%s» and «%s» find each other', (bare, attached) => {
    expect(finds(bare, attached)).toBe(true);
    expect(finds(attached, bare)).toBe(true);
  });
  it.each(['لبنان', 'بشار', 'فيينا', 'كازاخستان', 'لافروف', 'لافرنتييف', 'فرنسا', 'كيري', 'لجنة', 'بيان'])(
    '«%s» keeps its first letter in the index, and a query for it finds it with a particle too',
    (word) => {
      expect(searchIndexForms(word)).toContain(word.replace(/ة$/, 'ا')); // the whole word, final ة read as ا
      expect(finds(word, word)).toBe(true);
      for (const p of ['و', 'ب', 'ل', 'ف']) expect(finds(word, p + word), p + word).toBe(true);
    },
  );
  it('does not cut a preposition off a short word in a query', () => {
    expect(searchNormalize('بشار لقاء لجنة كبير')).toEqual(['بشار', 'لقاء', 'لجنا', 'كبير']);
  });
  it('strips the article at most once', () => {
    expect(wordForms('الالتزام')).not.toContain('تزام');
  });
});

describe('sharedWordForms', () => {
  it('is wordForms, computed once for every page that has the word', () => {
    const first = sharedWordForms('والمعارضة');
    expect([...first].sort()).toEqual([...wordForms('والمعارضة')].sort());
    expect(sharedWordForms('والمعارضة')).toBe(first);
    expect(sharedWordForms('المعارضة')).not.toBe(first);
  });
});
