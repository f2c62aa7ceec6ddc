import { foldArabic } from '../../lib/arabic-fold.ts';

// foldArabic (src/lib/arabic-fold.ts) without the offset map: the stages fold every line and clause
// many times, and building a map per call dominated the build time of big corpora. One table lookup per
// UTF-16 unit, learnt from foldArabic the first time the unit is met (folding has no context: each unit
// folds alone), so the two cannot disagree; a regex replace with a callback per letter cost twice this.
const UNKNOWN = 0;
const KEEP = 1;
const DROP = 2;
const FIRST_FOLDED = 3; // a kind from here on is FOLDED[kind - FIRST_FOLDED]
const KIND = new Uint16Array(0x10000);
const FOLDED: string[] = [];

function kindOf(unit: number): number {
  let kind = KIND[unit]!;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(unit);
    // A surrogate half alone is no character to fold; foldArabic folds no astral character.
    const folded = unit >= 0xd800 && unit <= 0xdfff ? ch : foldArabic(ch);
    if (folded === ch) kind = KEEP;
    else if (folded === '') kind = DROP;
    else kind = FIRST_FOLDED + FOLDED.push(folded) - 1;
    KIND[unit] = kind;
  }
  return kind;
}

/** The same result as foldArabic(text), faster (tests check they agree). */
export function foldFast(text: string): string {
  let out = '';
  let from = 0; // units from here on are not yet copied to out
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === KEEP) continue;
    out += text.slice(from, i);
    if (kind !== DROP) out += FOLDED[kind - FIRST_FOLDED]!;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
