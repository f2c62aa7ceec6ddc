import { foldFast as foldArabic } from './fold-fast.ts';

/** Words of a list folded as lines are, each once: vocabularies matched against folded text. */
export function foldLines(words: readonly string[]): string[] {
  return [...new Set(words.map(foldLine))];
}

/** A line folded for comparison: Arabic spelling folded, punctuation to spaces, spaces collapsed. */
export function foldLine(line: string): string {
  return foldArabic(line).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
