import { foldFast as foldArabic } from '../clean/fold-fast.ts';

// Folded function words that say nothing about which event a quote reports.
const STOP = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'او', 'ما', 'لا', 'التي', 'الذي', 'هذا', 'هذه', 'ذلك', 'تلك', 'بين', 'كما', 'قد', 'لم', 'لن', 'ثم', 'حيث', 'اي', 'كل', 'بعد', 'قبل', 'خلال', 'عند', 'وفي', 'اليوم', 'امس', 'غدا']);

/** Distinct folded content words (3+ letters, a leading و dropped), sorted. */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const m of foldArabic(text).matchAll(/\p{L}{3,}/gu)) {
    const w = m[0].startsWith('و') && m[0].length > 3 ? m[0].slice(1) : m[0];
    if (!STOP.has(w)) words.add(w);
  }
  return [...words].sort();
}

/** Jaccard similarity of two sorted word lists. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  const shared = b.filter((w) => set.has(w)).length;
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
