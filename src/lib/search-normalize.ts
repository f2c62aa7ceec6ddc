// One normal form for Arabic search terms, applied both to the words a page is indexed with and to the
// reader's query, so spelling variants and attached particles meet. Pagefind's own Arabic stemmer
// already ignores diacritics and hamza on alef but does not strip an attached و/ف (والدستور is not
// found by دستور), nor equate a final ة/ه with ا (آستانة vs استانا).
import { foldArabic } from './arabic-fold.ts';

const MIN_STEM = 3;
// Longest first: a conjunction (و/ف), then a preposition fused with the article (بال/كال/لل), or the article.
const CONJUNCTIONS = ['و', 'ف'];
const ARTICLES = ['بال', 'كال', 'لل', 'ال'];
const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_LETTER = /^[\u0621-\u064A]/;

function stripPrefix(word: string, prefixes: readonly string[]): string {
  for (const p of prefixes) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) return word.slice(p.length);
  }
  return word;
}

/** Normal form of one word: folded, particles stripped, final ة/ه read as ا. */
function normalizeWord(raw: string): string {
  let w = foldArabic(raw);
  if (!ARABIC_LETTER.test(w)) return w.toLowerCase();
  const afterArticle = stripPrefix(w, ARTICLES);
  if (afterArticle !== w) {
    w = afterArticle;
  } else {
    // A conjunction is stripped only with what follows it being a plausible word on its own.
    const afterConj = stripPrefix(w, CONJUNCTIONS);
    const afterBoth = stripPrefix(afterConj, ARTICLES);
    w = afterBoth !== afterConj ? afterBoth : afterConj;
  }
  if (w.length >= MIN_STEM && w.endsWith('ه')) w = `${w.slice(0, -1)}ا`;
  return w;
}

/** The normal forms of the words in `text`, in order of first appearance, without repeats. */
export function searchNormalize(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(WORD)) seen.add(normalizeWord(m[0]));
  return [...seen];
}
