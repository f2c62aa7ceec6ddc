import { foldFast as foldArabic } from './fold-fast.ts';

/** Folded text with punctuation turned to single spaces, for whole-word matching. */
export function foldWords(text: string): string {
  return foldArabic(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
