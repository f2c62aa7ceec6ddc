import { foldFast as foldArabic } from './fold-fast.ts';

/** A line folded for comparison: Arabic spelling folded, punctuation to spaces, spaces collapsed. */
export function foldLine(line: string): string {
  return foldArabic(line).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
