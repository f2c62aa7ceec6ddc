import { closesOneLetterWord } from '../shared/one-letter-abbreviation.ts';
import type { Span } from './span.ts';

const OPENERS = '«“"(';
const CLOSERS = '»”")';
const ENDERS = '.!?؟؛';
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const STRAIGHT_QUOTE = 0x22;
const OPENER_CODES = codes(OPENERS);
const CLOSER_CODES = codes(CLOSERS);
const ENDER_CODES = codes(ENDERS);

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
      const code = text.charCodeAt(i);
      if (code === STRAIGHT_QUOTE) depth = depth > 0 ? depth - 1 : depth + 1;
      else if (OPENER_CODES.has(code)) depth++;
      else if (CLOSER_CODES.has(code)) depth = Math.max(0, depth - 1);
      if (depth > 0 || !ENDER_CODES.has(code)) continue;
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
