import { foldFast as foldArabic } from './fold-fast.ts';
import { hasSurrogate, isLetterUnit } from './unit-class.ts';
import { STOP_WORDS } from '../../lib/lexicon/stop-words.ts';

/** Distinct folded content words (3+ letters, a leading و dropped), sorted. */
export function contentWords(text: string): string[] {
  const folded = foldArabic(text);
  const words = new Set<string>();
  const add = (token: string) => {
    if (token.length < 3) return;
    const w = token.charCodeAt(0) === 0x0648 && token.length > 3 ? token.slice(1) : token; // a leading و
    if (!STOP_WORDS.has(w)) words.add(w);
  };
  // Words are runs of letters, found by code: the merge asks this of every report it compares (a tenth of
  // the main thread's merge at 10,000 articles), and a split by a Unicode-class regex cost twice the walk.
  // An astral letter is a pair of units no table of units can tell: such a text is split by the regex.
  if (hasSurrogate(folded)) {
    for (const token of folded.split(/[^\p{L}]+/u)) add(token);
  } else {
    let start = -1;
    for (let i = 0; i < folded.length; i++) {
      if (isLetterUnit(folded.charCodeAt(i))) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        add(folded.slice(start, i));
        start = -1;
      }
    }
    if (start >= 0) add(folded.slice(start));
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
