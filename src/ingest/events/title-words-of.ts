import { foldLetters } from '../shared/fold-letters.ts';

/** A word of a text being cut into a headline: as written, folded, and where it is. */
export interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], folded: foldLetters(m[0]), start: m.index, end: m.index + m[0].length }));
}

// The article is written with a bare alif: «ألكسندر», «إيران» begin with a hamza and are not defined words.
export const hasArticle = (raw: string) => /^[«“„"(”]?(?:[وفب]?ال|[وف]?لل)/u.test(raw);
