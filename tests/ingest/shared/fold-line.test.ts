import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';
import { foldFast } from '../../../src/ingest/shared/fold-fast.ts';
import { foldLine, wordsOnly } from '../../../src/ingest/shared/fold-line.ts';

// The one-pass folds against the definitions they replace: foldArabic, then punctuation to spaces.
const byRegex = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const SEEDS = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
// Every BMP unit once (lone surrogate halves included), and astral letters, digits and symbols.
const everyUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
const astral = '𝐀𝟙😀𐤀 𝕊 𞤀🀄';

describe('foldFast and foldLine', () => {
  it('fold the seeds, line by line and whole, as foldArabic and the regex do', () => {
    for (const text of seeds) {
      expect(foldFast(text)).toBe(foldArabic(text));
      expect(foldLine(text)).toBe(byRegex(foldArabic(text)));
      for (const line of text.split('\n')) expect(foldLine(line)).toBe(byRegex(foldArabic(line)));
    }
  });

  it('agree with them on every UTF-16 unit and on astral characters', () => {
    expect(foldFast(everyUnit)).toBe(foldArabic(everyUnit));
    expect(wordsOnly(everyUnit)).toBe(byRegex(everyUnit));
    expect(wordsOnly(astral)).toBe(byRegex(astral));
    const odd = '«ﻹعلان» آستانة، ٢٠١٧ — ی ک مُحادَثات ـــ ﷲ ﻻ ﷺ';
    expect(foldLine(odd)).toBe(byRegex(foldArabic(odd)));
  });

  it('agree with them on any mix of Arabic, punctuation, spaces and astral characters', () => {
    const piece = fc.constantFrom('أ', 'ة', 'ى', 'ـ', 'ً', '٣', '۴', 'ﻹ', 'ﷺ', ' ', '\n', '،', '«', '»', '-', 'a', '7', '😀', '𝐀', '\uD800', '\uDC00', 'ك', 'ی');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      expect(foldFast(text)).toBe(foldArabic(text));
      expect(foldLine(text)).toBe(byRegex(foldArabic(text)));
    }), { numRuns: 2000 });
  });
});
