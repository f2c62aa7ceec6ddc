import { foldFast as foldArabic } from './fold-fast.ts';
import { STOP_WORDS } from '../../lib/lexicon/stop-words.ts';

/** Distinct folded content words (3+ letters, a leading و dropped), sorted. */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of foldArabic(text).split(/[^\p{L}]+/u)) {
    if (token.length < 3) continue;
    const w = token.charCodeAt(0) === 0x0648 && token.length > 3 ? token.slice(1) : token; // a leading و
    if (!STOP_WORDS.has(w)) words.add(w);
  }
  return [...words].sort();
}

/** Jaccard similarity of two sorted word lists (one walk through both, no allocation). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) { shared++; i++; j++; }
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
