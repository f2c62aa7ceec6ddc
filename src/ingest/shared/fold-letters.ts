import { foldFast } from './fold-fast.ts';

// Titles and their checks fold every word of every clause they consider, over and over: the same few
// thousand words across a corpus. Each distinct word is folded once per process; bounded, so a huge
// article of unique tokens cannot grow it without end.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

/** A word folded (foldFast) with everything but letters and digits dropped: «"الخميس،» → «الخميس». */
export function foldLetters(word: string): string {
  let folded = memo.get(word);
  if (folded === undefined) {
    folded = foldFast(word).replace(/[^\p{L}\p{N}]/gu, '');
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, folded);
  }
  return folded;
}
