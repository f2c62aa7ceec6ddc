import { foldLetters } from './fold-letters.ts';
import { rememberRecent } from './remember-recent.ts';

/** A word of a text (a run of non-spaces): as written, folded (foldLetters), and where it is. */
export interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

function splitWords(text: string): readonly Word[] {
  const words: Word[] = [];
  const run = /\S+/gu;
  for (let m = run.exec(text); m; m = run.exec(text)) words.push({ raw: m[0], folded: foldLetters(m[0]), start: m.index, end: m.index + m[0].length });
  return words;
}

/**
 * The words of `text`, remembered for the last texts asked: a headline's quote is split for its
 * relative times and again for its cut, and drafted again for each repair. Read-only: the same array
 * goes to every caller that asks again soon after (none changes it; freezing them cost half the split).
 */
export const wordsOf: (text: string) => readonly Word[] = rememberRecent(splitWords);
