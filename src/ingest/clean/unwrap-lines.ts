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

/** How many lines, and how much of the text, may run wider than the wrap: a headline, a menu or a
 *  dateline set across the page above text wrapped in a column (a newspaper's PDF). A story written a
 *  paragraph a line has most of its text in lines wider than any width its few short lines share (a
 *  block of related headlines of one length under it). */
const MIN_WIDER_ALLOWED = 3;
const WIDER_LINES_SHARE = 0.2;
const WIDER_TEXT_SHARE = 0.5;

/**
 * The text with the line breaks a hard wrap put mid-paragraph turned into spaces (same length, so
 * offsets into it still hold); the text itself when it does not look wrapped. The width is the one
 * that most lines end just short of, not the widest line: a headline above a column may be wider.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  // By length: lines of text (a line of one word, an address or a file name, sets no width), and those
  // that could be broken ones (not closed, text on the next line).
  const ofText = new Int32Array(MAX_WRAP_WIDTH + 2);
  const open = new Int32Array(MAX_WRAP_WIDTH + 2);
  let total = 0;
  let widerThanAny = 0;
  let widerLinesThanAny = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.includes(' ')) continue;
    total += l.length;
    if (l.length > MAX_WRAP_WIDTH) { widerThanAny += l.length; widerLinesThanAny++; continue; }
    ofText[l.length]!++;
    if (!CLOSED.test(l) && (lines[i + 1]?.length ?? 0) > 0) open[l.length]!++;
  }
  let best: { width: number; count: number } | null = null;
  /** Characters in lines of text wider than the width tried. */
  let wider = widerThanAny;
  let widerLines = widerLinesThanAny;
  for (let width = MAX_WRAP_WIDTH; width >= MIN_WRAP_WIDTH; width--) {
    if (width < MAX_WRAP_WIDTH) { wider += ofText[width + 1]! * (width + 1); widerLines += ofText[width + 1]!; }
    if (ofText[width] === 0) continue;
    let count = 0;
    let prose = 0;
    for (let k = width - WORD_SLACK; k <= width; k++) count += open[k]!;
    for (let k = Math.ceil(width / 2); k <= width; k++) prose += ofText[k]!;
    if (count < MIN_BROKEN || count < MIN_BROKEN_SHARE * prose) continue;
    if (widerLines > Math.max(MIN_WIDER_ALLOWED, WIDER_LINES_SHARE * count) || wider > WIDER_TEXT_SHARE * total) continue;
    if (!best || count > best.count) best = { width, count };
  }
  if (!best) return text;
  const full = best.width - WORD_SLACK;
  const broken = lines.map((l, i) => l.length >= full && l.length <= best.width && l.includes(' ') && !CLOSED.test(l) && (lines[i + 1]?.length ?? 0) > 0);
  const raw = text.split('\n');
  return raw.map((l, i) => (i === raw.length - 1 ? l : l + (broken[i] ? ' ' : '\n'))).join('');
}
