import { foldFast as foldArabic } from './fold-fast.ts';
import { unitClass } from './unit-class.ts';

/** Words of a list folded as lines are, each once: vocabularies matched against folded text. */
export function foldLines(words: readonly string[]): string[] {
  return [...new Set(words.map(foldLine))];
}

// Whether a UTF-16 unit is a letter or a digit (\p{L}, \p{N}).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isWordUnit = unitClass(LETTER_OR_DIGIT);

/** At text[i]: how many units the character takes (1, or 2 for an astral pair), negative when it is no letter or digit. */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) return isWordUnit(unit) ? 1 : -1;
  // An astral character (a pair) is tested whole; a lone half is no letter, as for the regex.
  const next = text.charCodeAt(i + 1);
  if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return -1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : -2;
}

/**
 * The letters and digits of `text`, each run of anything else as one space, none at either end: what
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, in one pass without a regex (the stages call
 * it on every line, clause and quote; the regex was five times the cost of the folding itself). Text
 * between gaps that are already one space is copied in one piece.
 */
export function wordsOnly(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const w = widthAt(text, i);
    if (w > 0) break;
    i -= w;
  }
  let out = '';
  let from = i; // text[from, i) is still to be copied
  while (i < n) {
    const w = widthAt(text, i);
    if (w > 0) { i += w; continue; }
    const gap = i;
    for (let g = w; g < 0; g = i < n ? widthAt(text, i) : 1) i -= g;
    if (i === n) return out + text.slice(from, gap);
    if (i - gap === 1 && text.charCodeAt(gap) === 32) continue;
    out += `${text.slice(from, gap)} `;
    from = i;
  }
  return out + text.slice(from);
}

/** A line folded for comparison: Arabic spelling folded, punctuation to spaces, spaces collapsed. */
export function foldLine(line: string): string {
  return wordsOnly(foldArabic(line));
}
