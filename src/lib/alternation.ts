import { foldArabic } from './arabic-fold.ts';

/** Folds each word and returns a regex alternation, longest first, with regex metacharacters escaped
 *  and a space matching any run of spaces: for patterns matched against folded text. */
export function alternation(words: Iterable<string>): string {
  const folded = [...new Set([...words].map((w) => foldArabic(w)))];
  folded.sort((a, b) => b.length - a.length);
  return folded.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
