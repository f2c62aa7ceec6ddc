// Folding Arabic spelling noise (hamza on alef, final ya/alef maqsura, ta marbuta, diacritics,
// tatweel, Arabic-Indic and Persian digits) so that variants written by different outlets compare
// equal. Every function keeps a map back to the original offsets, so a match in folded text can be
// quoted from the source exactly.

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // harakat, Quranic marks, tatweel

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

// One lookup per UTF-16 unit instead of regex tests and a switch per character (folding runs over
// every article): FOLD_TABLE holds, for U+0000..U+06FF, the folded unit or -1 to drop it; PRESENTATION_FOLDS
// the folded letters of each presentation form. Built once from DROP and foldChar.
const TABLE_END = 0x0700;
const FOLD_TABLE = new Int32Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  FOLD_TABLE[c] = DROP.test(ch) ? -1 : foldChar(ch).charCodeAt(0);
}
// Presentation forms (contextual glyphs and the lam-alef ligatures such as "ﻹ") still come out of
// some publishing systems; NFKC turns each into the plain letters it shows.
const PRESENTATION_FOLDS = new Map<number, string>();
for (const [lo, hi] of [[0xfb50, 0xfdff], [0xfe70, 0xfefe]] as const) {
  for (let c = lo; c <= hi; c++) {
    const plain = String.fromCharCode(c).normalize('NFKC');
    let out = '';
    for (const part of plain) {
      if (DROP.test(part) || (part === ' ' && plain.length > 1)) continue; // NFKC of an isolated haraka is space + haraka
      out += foldChar(part);
    }
    PRESENTATION_FOLDS.set(c, out);
  }
}

// The folded units are decoded into a string in one call: four times faster than String.fromCharCode
// over chunks of them, on a whole article. Only where the decoder reads the array's units as they are:
// a little-endian platform, and no surrogate half among them (a lone one would come out as U+FFFD); a
// byte order mark is kept, as any other unit.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Folds `source` and keeps, for every folded character, its offset in `source`. */
export function foldWithMap(source: string): FoldedText {
  const n = source.length;
  const map: number[] = [];
  let out = new Uint16Array(n + 16);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c < TABLE_END) {
      const f = FOLD_TABLE[c]!;
      if (f < 0) continue;
      out[k++] = f;
      map.push(i);
      continue;
    }
    const pres = c >= 0xfb50 && c <= 0xfefe ? PRESENTATION_FOLDS.get(c) : undefined;
    if (pres === undefined) {
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      out[k++] = c;
      map.push(i);
      continue;
    }
    // Room for this expansion and one unit for each source unit left.
    if (k + pres.length + (n - i) > out.length) { const grown = new Uint16Array(out.length * 2 + pres.length); grown.set(out); out = grown; }
    for (let j = 0; j < pres.length; j++) { out[k++] = pres.charCodeAt(j); map.push(i); }
  }
  map.push(n);
  if (LITTLE_ENDIAN && !surrogates) return { text: UTF16.decode(out.subarray(0, k)), map };
  let text = '';
  const CHUNK = 8192;
  for (let a = 0; a < k; a += CHUNK) text += String.fromCharCode.apply(null, out.subarray(a, Math.min(k, a + CHUNK)) as unknown as number[]);
  return { text, map };
}

/** Folds `source` for comparison; offsets are lost (use foldWithMap to keep them). */
export function foldArabic(source: string): string {
  // Most strings folded alone are words of the lexicon and the catalog, written folded already (the
  // patterns built from them at a run's start fold thousands): those come back as they are, without the
  // offsets map and the buffer foldWithMap makes for them.
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < TABLE_END ? FOLD_TABLE[c] !== c : c >= 0xfb50 && c <= 0xfefe) return source.length <= SHORT ? foldShort(source, i) : foldWithMap(source).text;
  }
  return source;
}

/** Up to this length a string is a word or a name, folded unit by unit. */
const SHORT = 200;

/**
 * The text foldWithMap gives, without its offsets, from the first unit that changes: the lexicon's and the
 * catalog's words written unfolded (with hamzas, ة) are folded by the ten thousand when the engine loads
 * and dates its first article, and foldWithMap's buffer, offsets and decoder call cost each more than
 * the word, and leave garbage. A longer text still takes foldWithMap's way, faster for a page.
 */
function foldShort(source: string, from: number): string {
  let text = source.slice(0, from);
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < TABLE_END) {
      const f = FOLD_TABLE[c]!;
      if (f >= 0) text += String.fromCharCode(f);
      continue;
    }
    const pres = c >= 0xfb50 && c <= 0xfefe ? PRESENTATION_FOLDS.get(c) : undefined;
    text += pres ?? source[i]!;
  }
  return text;
}

/** Arabic-Indic and Persian digits to ASCII digits; every other character is left as it is. */
export function toLatinDigits(source: string): string {
  return source.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Arabic letters (hamza to yeh), as the folded text writes them. */
const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Prefixes alone, and the article with them («ب15»، «الـ22» folded «ال22»، «وال15»): read as written. */
const PREFIXES_ONLY = /^[وف]?(?:لل|[بلك]?(?:ال)?)$/u;

/**
 * «الرياض2»، «في31 الماضي»، «عام2020»: a number some outlets run onto the word before it, split off by a
 * space, as the words around a number are read everywhere else. The space maps to the number's offset.
 * Prefixes written onto a number stay on it: patterns read them there. Found from each digit that follows
 * a letter, back to the word's start: a regex over the letters' runs tried every start of a run again,
 * and a long run with no space (a pasted block) took minutes.
 */
export function spaceAttachedNumbers(folded: FoldedText): FoldedText {
  const t = folded.text;
  const cuts: number[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!isDigit(t.charCodeAt(i)) || !isArabicLetter(t.charCodeAt(i - 1))) continue;
    let j = i - 1;
    while (j > 0 && isArabicLetter(t.charCodeAt(j - 1))) j--;
    if (!PREFIXES_ONLY.test(t.slice(j, i))) cuts.push(i);
  }
  if (cuts.length === 0) return folded;
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const at of [...cuts, t.length]) {
    text += t.slice(from, at);
    for (let i = from; i < at; i++) map.push(folded.map[i]!);
    if (at < t.length) { text += ' '; map.push(folded.map[at]!); }
    from = at;
  }
  map.push(folded.map[t.length]!);
  return { text, map };
}
