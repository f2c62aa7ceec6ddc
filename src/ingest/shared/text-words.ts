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

/**
 * `text.slice(from, to)`, its words told to wordsOf from those of `text` (remembered, or split once): a run
 * of non-spaces of the slice is the part inside it of one of the text's runs, so the slice is not walked
 * and its words not folded again. A title is drafted from a quote's part after its action word, and
 * again for each repair tried.
 */
export function sliceWithWords(text: string, from: number, to = text.length): string {
  const part = text.slice(from, to);
  if (remembered.has(part)) return part;
  const out: Word[] = [];
  for (const x of remembered(text)) {
    if (x.end <= from) continue;
    if (x.start >= to) break;
    const start = x.start < from ? from : x.start;
    const end = x.end > to ? to : x.end;
    if (start >= end) continue; // an empty slice holds no word
    const whole = start === x.start && end === x.end;
    const raw = whole ? x.raw : text.slice(start, end);
    out.push({ raw, folded: whole ? x.folded : foldLetters(raw), start: start - from, end: end - from });
  }
  remembered.remember(part, out);
  return part;
}
