// Text pasted from an e-mail, a PDF or a terminal comes hard-wrapped: every paragraph broken into lines
// of one width, mid-sentence. Each line then reads as a paragraph of its own: a headline, a dateline,
// a line of furniture; a date is cut from its weekday, a round from its verb. A greedy wrap leaves its
// broken lines within a word's length of the widest line, and no wider line anywhere, which a text
// written one paragraph a line does not do (its paragraphs run long and ragged).

/** Wider than this, a line is a paragraph: no one wraps text there. Narrower, a caption or a short
 *  heading is as long as a broken line: too close to tell. */
const MAX_WRAP_WIDTH = 150;
const MIN_WRAP_WIDTH = 36;
/** A broken line ends within a long word's length of the width. */
const WORD_SLACK = 12;
/** Enough broken lines to tell a wrap from a few lines of one length by chance: a number, and a share
 *  of the lines of text (half the width or more: a page's menus and buttons are no text). */
const MIN_BROKEN = 3;
const MIN_BROKEN_SHARE = 0.3;
/** What ends a sentence, a list's lead-in or a dateline («… أخبار الآن –»): a line ending so is no
 *  broken one. A closing quote is not: a wrap falls after «أستانا 6» as often as anywhere. */
const CLOSED = /[.!?؟…:\-–—]$/u;

/**
 * The text with the line breaks a hard wrap put mid-paragraph turned into spaces (same length, so
 * offsets into it still hold); the text itself when it does not look wrapped.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  // A line of one word (an address, a file name) is not wrapped: it sets no width.
  let width = 0;
  for (const l of lines) if (l.length > width && l.includes(' ')) width = l.length;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return text;
  const prose = lines.filter((l) => l.length >= width / 2).length;
  const full = width - WORD_SLACK;
  const broken = lines.map((l, i) => l.length >= full && !CLOSED.test(l) && (lines[i + 1]?.length ?? 0) > 0);
  const count = broken.filter(Boolean).length;
  if (count < MIN_BROKEN || count < MIN_BROKEN_SHARE * prose) return text;
  const raw = text.split('\n');
  return raw.map((l, i) => (i === raw.length - 1 ? l : l + (broken[i] ? ' ' : '\n'))).join('');
}
