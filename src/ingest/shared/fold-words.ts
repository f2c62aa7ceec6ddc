import { foldLine } from './fold-line.ts';

/** Folded text with punctuation turned to single spaces, for whole-word matching (a line's fold). */
export function foldWords(text: string): string {
  return foldLine(text);
}
