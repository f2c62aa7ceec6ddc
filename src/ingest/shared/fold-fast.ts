import { foldArabic } from '../../lib/arabic-fold.ts';

// foldArabic (src/lib/arabic-fold.ts) without the offset map, as one regex pass: the stages fold every
// line and clause many times, and building a map per call dominated the build time of big corpora.
const FOLDABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671\u0649\u0629\u0624\u0626\u06CC\u06A9\u0660-\u0669\u06F0-\u06F9\uFB50-\uFDFF\uFE70-\uFEFE]/gu;
const TABLE = new Map<string, string>();

/** The same result as foldArabic(text), faster (tests check they agree). */
export function foldFast(text: string): string {
  return text.replace(FOLDABLE, (ch) => {
    let folded = TABLE.get(ch);
    if (folded === undefined) {
      folded = foldArabic(ch);
      TABLE.set(ch, folded);
    }
    return folded;
  });
}
