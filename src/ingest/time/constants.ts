// Code the date engine's patterns share: word edges, the forms after «ل», folded lookups, and the
// words a round's name runs on with. The words themselves are the lexicon's (src/lib/lexicon/), written
// in ordinary spelling and folded here or by the patterns, since the parsers match on folded text; a
// list written here would be a second copy of one every other stage reads.
import { ROUND_TRACK_LINKS, TRACK_WORDS } from '../../lib/lexicon/talks.ts';
import { foldArabic } from '../../lib/arabic-fold.ts';
import { DAYS_OFF_WORDS, ORDINALS_BEFORE } from '../../lib/lexicon/numbers.ts';
import { alternation } from '../../lib/alternation.ts';

/** Words a round's name may run on with, folded, one word each: the links and the tracks' names
 *  («الجولة العاشرة | من محادثات أستانا»). */
export const TRACK_PHRASE_WORDS: ReadonlySet<string> = new Set([...ROUND_TRACK_LINKS, ...Object.values(TRACK_WORDS).flat()].flatMap((w) => foldArabic(w).split(' ')));

// The engine's modules import these from here with the other shared pieces of their patterns.
export { alternation };
export { withLam } from '../../lib/lam-form.ts';

/** Folded word → value, for lookups after a match. */
export function foldedLookup<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table).map(([k, v]) => [foldArabic(k).replace(/\s+/g, ' '), v]));
}

/** Folded name → number, from a number → names table. */
export function foldedIndex(table: Record<number, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, names] of Object.entries(table)) for (const name of names) out.set(foldArabic(name).replace(/\s+/g, ' '), Number(n));
  return out;
}

/** Before a word: start of text or a non-letter, then optional attached prefixes (و ف ب ل ك, and لل: ل before ال drops the alif, "للجولة"). */
export const WORD_START = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:لل|[بلك])?))';

/** `word` at a word's start, the word looked for before the look-behind: put first, a look-behind is tried
 *  at every place a scan or a test passes, most of which open no such word (the look-ahead holds wherever
 *  a match starts: the same matches). */
export const atWordStart = (word: string): string => `(?=${word})(?<![\\p{L}])${word}`;

/**
 * A test of whether a text ends with what `source` matches: the pattern as a look-behind tried once at
 * the text's end, where `source` + `$` is tried at each place of the text (on the few words before a
 * match, several times the cost). A look-behind holds exactly where some place's match runs to the end.
 */
export function endsWithMatch(source: string, flags: string): (text: string) => boolean {
  const re = new RegExp(`(?<=${source})$`, `${flags}y`);
  return (text) => {
    re.lastIndex = text.length;
    return re.test(text);
  };
}

/** After a word: no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** «شهد اليوم ثالث أيام الجولة»: the ordinal without its article in construct with the days, after
 *  «اليوم», says which day of a meeting today is (a day of it not today would be «اليوم الثالث»). */
export const NTH_OF_DAYS_AFTER = new RegExp(`^\\s*(?:${alternation(Object.keys(ORDINALS_BEFORE).map(foldArabic))})\\s+(?:${alternation(DAYS_OFF_WORDS.dayUnit.map(foldArabic))})(?![\\p{L}])`, 'u');
