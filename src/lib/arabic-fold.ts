// Folding Arabic spelling noise (hamza on alef, final ya/alef maqsura, ta marbuta, diacritics,
// tatweel, Arabic-Indic and Persian digits) so that variants written by different outlets compare
// equal. Every function keeps a map back to the original offsets, so a match in folded text can be
// quoted from the source exactly.

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // harakat, Quranic marks, tatweel
// Presentation forms (contextual glyphs and the lam-alef ligatures such as "ﻹ") still come out of
// some publishing systems; NFKC turns each into the plain letters it shows.
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFE]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660); // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0); // Persian digits
  switch (ch) {
    case '\u0622': case '\u0623': case '\u0625': case '\u0671': return '\u0627'; // آ أ إ ٱ → ا
    case '\u0649': return '\u064A'; // ى → ي
    case '\u0629': return '\u0647'; // ة → ه
    case '\u0624': return '\u0648'; // ؤ → و
    case '\u0626': return '\u064A'; // ئ → ي
    case '\u06CC': return '\u064A'; // Persian yeh
    case '\u06A9': return '\u0643'; // Persian kaf
    default: return ch;
  }
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] is the offset in the original of folded character i; map[text.length] is the original length. */
  map: number[];
}

/** Folds `source` and keeps, for every folded character, its offset in `source`. */
export function foldWithMap(source: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (DROP.test(ch)) continue;
    const plain = PRESENTATION.test(ch) ? ch.normalize('NFKC') : ch;
    for (const part of plain) {
      if (DROP.test(part) || (part === ' ' && plain.length > 1)) continue; // NFKC of an isolated haraka is space + haraka
      text += foldChar(part);
      map.push(i);
    }
  }
  map.push(source.length);
  return { text, map };
}

/** Folds `source` for comparison; offsets are lost (use foldWithMap to keep them). */
export function foldArabic(source: string): string {
  return foldWithMap(source).text;
}

/** Arabic-Indic and Persian digits to ASCII digits; every other character is left as it is. */
export function toLatinDigits(source: string): string {
  return source.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
