import { foldLetters } from './fold-letters.ts';
import { rememberRecent } from '../../lib/remember-recent.ts';
import { unitClass } from './unit-class.ts';

/** A word of a text (a run of non-spaces): as written, folded (foldLetters), and where it is. */
export interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

// The words of every text a title is drafted from are walked by code, not matched one regex call a
// word. A surrogate is no space, so runs of units are the runs of code points /\S+/u finds.
const isSpace = unitClass(/^\s$/u);

export function splitWords(text: string): readonly Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const raw = text.slice(start, i);
    words.push({ raw, folded: foldLetters(raw), start, end: i });
  }
  return words;
}

/**
 * The words of `text`, remembered for the last texts asked: a headline's quote is split for its
 * relative times and again for its cut, and drafted again for each repair. Read-only: the same array
 * goes to every caller that asks again soon after (none changes it; freezing them cost half the split).
 */
const remembered = rememberRecent(splitWords);
export const wordsOf: (text: string) => readonly Word[] = remembered;

/**
 * Tells wordsOf the words of `text` when the caller built the text from words it had (they must be
 * what splitWords(text) gives): a title drafted from a quote without its relative times is split again
 * at once, by the caller that asked for it and by the cut.
 */
export const rememberWords = (text: string, words: readonly Word[]): void => remembered.remember(text, words);
