// A noun with a possessive pronoun written onto it: the nouns it may be, the ة written ت before the
// pronoun restored. Invented words of the lexicon's kinds.
import { describe, expect, it } from 'vitest';
import { stemsBeforePronoun } from '../../../src/ingest/shared/stems-before-pronoun.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';

describe('stemsBeforePronoun', () => {
  it.each([
    ['عزمه', ['عزم']],
    ['عزمهما', ['عزم']],
    ['نيتها', ['نيت', 'نيه']],
    ['ترتيباتهم', ['ترتيبات', 'ترتيباه']],
    ['مطالبتنا', ['مطالبت', 'مطالبه']],
  ])('%s → %j', (word, stems) => expect(stemsBeforePronoun(foldArabic(word))).toEqual(stems));

  it('gives nothing for a word with no pronoun at its end, or only a pronoun', () => {
    expect(stemsBeforePronoun(foldArabic('المفاوضات'))).toEqual([]);
    // Folded, a final ة is ه: «الجولة» may be «الجول» with its pronoun, which no list of nouns holds.
    expect(stemsBeforePronoun(foldArabic('الجولة'))).toEqual(['الجول']);
    expect(stemsBeforePronoun('ها')).toEqual([]);
  });

  it('cuts only a whole pronoun, not a letter before one («عزمه» is not «عز» + «مه»)', () => {
    expect(stemsBeforePronoun(foldArabic('عزمه'))).not.toContain('عز');
  });
});
