import { closesOneLetterWord } from '../shared/one-letter-abbreviation.ts';
import type { Span } from './span.ts';

const OPENERS = '«“"(';
const CLOSERS = '»”")';
const ENDERS = '.!?؟؛';
// What each UTF-16 unit is to a sentence, one table lookup a character (three set lookups cost more):
// a straight quote, an opening or a closing mark, an end of sentence, or nothing.
const STRAIGHT_QUOTE = 1;
const OPENER = 2;
const CLOSER = 3;
const ENDER = 4;
const ROLE = new Uint8Array(0x10000);
for (const [chars, role] of [[ENDERS, ENDER], [CLOSERS, CLOSER], [OPENERS, OPENER], ['"', STRAIGHT_QUOTE]] as const) for (const c of chars) ROLE[c.charCodeAt(0)] = role;

/**
 * Sentences of each paragraph span: split after . ! ? ؟ ؛ followed by a space or the end, never inside
 * «» “” or parentheses, never inside a number (2.5) or after a one-letter abbreviation (د. for doctor).
 * An unbalanced quote is forgotten at the paragraph's end, so it cannot swallow the rest of the article.
 */
export function splitSentences(text: string, paragraphs: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    let depth = 0;
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      // By code, not by character string: this walks every character of the article.
      const role = ROLE[text.charCodeAt(i)];
      if (role === STRAIGHT_QUOTE) depth = depth > 0 ? depth - 1 : depth + 1;
      else if (role === OPENER) depth++;
      else if (role === CLOSER) depth = Math.max(0, depth - 1);
      if (depth > 0 || role !== ENDER) continue;
      const ch = text[i]!;
      let end = i + 1;
      while (end < p.end && (ENDERS.includes(text[end]!) || CLOSERS.includes(text[end]!) || text[end] === '…')) end++;
      const next = text[end];
      if (next !== undefined && end < p.end && !/\s/u.test(next)) continue;
      if (ch === '.' && closesOneLetterWord(text, i, p.start)) continue;
      pushTrimmed(text, sentences, start, end);
      start = end;
      i = end - 1;
    }
    pushTrimmed(text, sentences, start, p.end);
  }
  return sentences;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start && /\p{L}/u.test(text.slice(start, end))) out.push({ start, end });
}
