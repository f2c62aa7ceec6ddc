import { foldLetters } from '../shared/fold-letters.ts';
import { rememberRecent } from '../shared/remember-recent.ts';

/** A word of a text being cut into a headline: as written, folded, and where it is. */
export interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

function splitWords(text: string): readonly Word[] {
  return Object.freeze([...text.matchAll(/\S+/gu)].map((m) => Object.freeze({ raw: m[0], folded: foldLetters(m[0]), start: m.index, end: m.index + m[0].length })));
}

/** The words of `text`; frozen, as the same array is handed to every caller that asks again soon after. */
export const wordsOf: (text: string) => readonly Word[] = rememberRecent(splitWords);

// The article is written with a bare alif: «ألكسندر», «إيران» begin with a hamza and are not defined words.
export const hasArticle = (raw: string) => /^[«“„"(”]?(?:[وفب]?ال|[وف]?لل)/u.test(raw);
