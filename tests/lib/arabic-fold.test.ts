import { describe, expect, it } from 'vitest';
import { foldArabic, foldWithMap, toLatinDigits } from '../../src/lib/arabic-fold.ts';

describe('foldArabic', () => {
  it.each([
    ['آستانة', 'استانه'],
    ['أستانا', 'استانا'],
    ['الجارى', 'الجاري'],
    ['غداً', 'غدا'],
    ['الـ14', 'ال14'],
    ['القرار ٢٢٥٤', 'القرار 2254'],
    ['۲۰۲۲', '2022'],
    ['دى ميستورا', 'دي ميستورا'],
  ])('%s → %s', (input, expected) => {
    expect(foldArabic(input)).toBe(expected);
  });
});

describe('foldWithMap', () => {
  it('maps folded offsets back to the source so a match can be quoted exactly', () => {
    const source = 'قال غداً الخميس';
    const { text, map } = foldWithMap(source);
    const at = text.indexOf('غدا الخميس');
    const quoted = source.slice(map[at], map[at + 'غدا الخميس'.length]);
    expect(quoted).toBe('غداً الخميس');
  });
});

describe('foldWithMap keeps every unit it does not fold', () => {
  it('keeps a byte order mark, an emoji and a lone surrogate half, each at its place', () => {
    const emoji = '\u{1F1F8}\u{1F1FE}';
    for (const [source, folded] of [
      ['\uFEFFأعلنت الخارجية', '\uFEFFاعلنت الخارجيه'],
      [`انطلاق الجولة ${emoji} غداً`, `انطلاق الجوله ${emoji} غدا`],
      ['قال الوزير \uD83D إن', 'قال الوزير \uD83D ان'],
    ] as [string, string][]) {
      const { text, map } = foldWithMap(source);
      expect(text).toBe(folded);
      expect(text).toBe(foldArabic(source));
      expect(map).toHaveLength(text.length + 1);
    }
  });
});

describe('toLatinDigits', () => {
  it('converts mixed Arabic-Indic and Persian digits inside one number', () => {
    expect(toLatinDigits('٢٠۱٧')).toBe('2017');
  });
});

describe('presentation forms', () => {
  it('reads the lam-alef ligatures and contextual glyphs as plain letters', () => {
    expect(foldArabic('مساء أمس اﻹثنين')).toBe('مساء امس الاثنين');
    expect(foldArabic('اليوم اﻷول')).toBe('اليوم الاول');
    expect(foldArabic('\uFEDF\uFEE8\uFEEE\uFEB3')).toBe('لنوس'); // isolated/initial/medial glyph forms
  });
  it('maps both letters of a ligature back to the one source character', () => {
    const source = 'اﻹثنين';
    const { text, map } = foldWithMap(source);
    expect(text).toBe('الاثنين');
    expect(source.slice(map[0], map[text.length])).toBe(source);
  });
});

describe('foldArabic, a word folded unit by unit', () => {
  it('gives the text foldWithMap gives, short or long', () => {
    // Hamzas, ة and ى, a haraka and tatweel, digits, presentation forms (a ligature), a byte order mark, a
    // surrogate pair and lone halves, Latin and a space.
    const units = ['آ', 'أ', 'ا', 'ة', 'ى', 'ً', 'ـ', '٣', '۵', 'ﻻ', 'ﭐ', '\uFE00', '\uFEFF', '😀', '\uD800', '\uDC00', 'A', ' ', 'ل', 'ی', 'ک', 'ﷲ'];
    let seed = 1;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const differ: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let i = next(k % 100 === 0 ? 400 : 14); i > 0; i--) s += units[next(units.length)];
      if (foldArabic(s) !== foldWithMap(s).text) differ.push(s);
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});
