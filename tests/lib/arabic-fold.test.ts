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

describe('toLatinDigits', () => {
  it('converts mixed Arabic-Indic and Persian digits inside one number', () => {
    expect(toLatinDigits('٢٠۱٧')).toBe('2017');
  });
});
