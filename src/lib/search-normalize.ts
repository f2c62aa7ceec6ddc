// One normal form for Arabic search terms, shared by the words a page is indexed with (build time) and
// the reader's query (in the browser), so spelling variants and attached particles meet. Pagefind's own
// Arabic stemmer ignores diacritics and hamza on alef, but does not strip an attached و/ف/ب/ل/ك (دستور
// does not find والدستور, موسكو does not find لموسكو), nor equate ؤ/ئ/أ inside a word (مسئول/مسؤول,
// هيأة/هيئة) or a final ة/ه with ا (آستانة vs استانا).
//
// The query side turns each word into one term (searchNormalize); the index side lists, for each word of
// a page, every form a query term could take for it (searchIndexForms): the word with and without each
// particle it may carry, spelled with hamza folded and with hamza dropped. A word that really starts with
// a particle letter (لبنان، بشار، فيينا) keeps its full form in the index, so nothing is lost.
//
// Layered on foldArabic (arabic-fold.ts), whose behaviour the date engine relies on and which this does
// not change: the hamza fold runs first, on the unfolded word, because foldArabic turns ؤ/ئ into و/ي.
import { foldArabic } from './arabic-fold.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC_LETTER = /^[\u0621-\u064A]/;
const MARKS = /[\u0610-\u061A\u064B-\u0653\u0656-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel

/**
 * Every hamza to one letter, ء, in a word with its diacritics removed: ؤ ئ ء, a combining hamza, and an
 * alef with hamza (أ إ آ) inside the word, so مسئول = مسؤول and هيأة = هيئة. An alef with hamza that
 * opens the word (after any particle letters: أستانا، الإرهاب، بأن، لأن) becomes a bare ا instead,
 * because readers routinely type it so (استانا، الارهاب). A ي/و/ى carrying nothing before the hamza is
 * dropped too (شيء = شئ، هيئة = هيأة).
 */
export function foldHamza(word: string): string {
  let w = word.normalize('NFKC').replace(MARKS, '');
  w = w.replace(/[\u0627\u0648\u064A\u0649]?[\u0654\u0655]/g, 'ء'); // a hamza NFKC could not compose
  w = w.replace(/^([وفبلكا]*)[أإآ]/, '$1ا');
  w = w.replace(/[أإآؤئ]/g, 'ء');
  w = w.replace(/[يوى]ء/g, 'ء');
  return w;
}

// Particles, longest first: [prefix, letters that must remain in a query term, carries the article].
// In a query, و/ف (conjunctions) leave at least 3 letters, as the article does; ب/ل/ك (prepositions) at
// least 4, so a short word that starts with one of those letters (بشار، لقاء، لجنة، كبير) is not cut.
// The index strips every particle down to 3 letters: a form more costs nothing but a rare extra match,
// and it lets a query meet a word whose particles were cut differently (للجنة = ل + اللجنة → جنة).
const PREFIXES: readonly (readonly [string, number, boolean])[] = [
  ['وال', 3, true], ['فال', 3, true], ['بال', 3, true], ['كال', 3, true], ['لل', 3, true], ['ال', 3, true],
  ['و', 3, false], ['ف', 3, false], ['ب', 4, false], ['ل', 4, false], ['ك', 4, false],
];
const INDEX_MIN = 3;

/** Final ة/ه read as ا (آستانة = أستانا), on a stem of 3 letters or more. */
const finalAlef = (w: string) => (w.length >= 3 && w.endsWith('ه') ? `${w.slice(0, -1)}ا` : w);

/** A word folded for search (hamza folded first), Latin lower-cased. */
function fold(raw: string, keepHamza: boolean): string {
  const w = foldArabic(keepHamza ? foldHamza(raw) : raw);
  return ARABIC_LETTER.test(w) ? w : w.toLowerCase();
}

/** The query's term for one folded word: particles stripped greedily, longest first, at most one article. */
function stem(folded: string): string {
  if (!ARABIC_LETTER.test(folded)) return folded;
  let w = folded;
  let article = false;
  for (;;) {
    const p = PREFIXES.find(([pre, min, art]) => w.startsWith(pre) && w.length - pre.length >= min && !(art && article));
    if (!p) break;
    w = w.slice(p[0].length);
    article ||= p[2];
  }
  return finalAlef(w);
}

/** Every form of one folded word a query term may take: each way of stripping its particles. */
function forms(folded: string, out: Set<string>): void {
  if (!ARABIC_LETTER.test(folded)) { out.add(folded); return; }
  const walk = (w: string, article: boolean) => {
    out.add(finalAlef(w));
    for (const [pre, , art] of PREFIXES) {
      if (w.startsWith(pre) && w.length - pre.length >= INDEX_MIN && !(art && article)) walk(w.slice(pre.length), article || art);
    }
  };
  walk(folded, false);
}

/** The query terms of `text`, one a word, in order (repeats kept: names are matched as phrases). */
export function searchTerms(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => stem(fold(m[0], true)));
}

/** The query terms of `text`, in order of first appearance, without repeats: what is sent to Pagefind. */
export function searchNormalize(text: string): string[] {
  return [...new Set(searchTerms(text))];
}

/** The forms of one word a query term may take (hamza folded or dropped, each particle stripped or not). */
export function wordForms(word: string): Set<string> {
  const out = new Set<string>();
  forms(fold(word, true), out);
  forms(fold(word, false), out);
  return out;
}

// A build tags 20,000 pages whose words are mostly the same few thousand: each word is folded once for
// all of them, not once a page. Cleared when full, so a corpus of rare words cannot grow it without end.
const FORMS_KEPT = 100_000;
const formsSeen = new Map<string, ReadonlySet<string>>();

/** wordForms(word), computed once for every page of a build (the set is shared: read it, never change it). */
export function sharedWordForms(word: string): ReadonlySet<string> {
  let forms = formsSeen.get(word);
  if (!forms) {
    if (formsSeen.size >= FORMS_KEPT) formsSeen.clear();
    forms = wordForms(word);
    formsSeen.set(word, forms);
  }
  return forms;
}

/** Every form the words of `text` are indexed with, without repeats: the page's hidden search words. */
export function searchIndexForms(text: string): string[] {
  const out = new Set<string>();
  // A word seen before adds no form: folding each occurrence again was most of a long article's page.
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (seen.has(word)) continue;
    seen.add(word);
    for (const f of sharedWordForms(word)) out.add(f);
  }
  return [...out];
}
