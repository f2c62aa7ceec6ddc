import { rememberRecent } from '../../lib/remember-recent.ts';
import { foldFast } from './fold-fast.ts';

// Titles and their checks fold every word of every clause they consider, over and over: the same few
// thousand words across a corpus, so each distinct word is folded once per process.

/** A word folded (foldFast) with everything but letters and digits dropped: «"الخميس،» → «الخميس». */
export const foldLetters: (word: string) => string = rememberRecent((word) => foldFast(word).replace(/[^\p{L}\p{N}]/gu, ''), 100_000);
