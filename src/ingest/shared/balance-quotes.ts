// Quotation marks in both directions: « » “ ” „ and the straight ", with ” also used as an opening mark
// («انطلاق ” محادثات أستانا-9″»): a mark that stands at the start of a word (or alone with nothing open) opens.
const OPENING = new Set(['«', '“', '„', '‹', '(']);
const CLOSING = new Set(['»', '”', '″', '›', ')', '‟']);
const EITHER = new Set(['"', '”', '“']);

interface Mark {
  at: number;
  open: boolean;
}

// Every character of every title drafted is asked: by code, one table lookup, before a one-character
// string is made of it.
const MARK = new Uint8Array(0x10000);
for (const ch of [...OPENING, ...CLOSING, ...EITHER]) MARK[ch.charCodeAt(0)] = 1;

function role(text: string, i: number, depth: number): boolean | null {
  // Most characters are no mark: answered before the look at their neighbours, which costs two regex tests.
  if (MARK[text.charCodeAt(i)] !== 1) return null;
  const ch = text[i]!;
  const before = i === 0 || /\s/u.test(text[i - 1]!);
  const after = i + 1 >= text.length || /[\s،,؛;:.!?؟]/u.test(text[i + 1]!);
  if (EITHER.has(ch)) {
    if (before && !after) return true; // at a word's start: opens, whatever its shape
    if (!before && after) return false; // at a word's end: closes
    if (ch === '"' || (before && after)) return depth === 0; // alone: opens when nothing is open
  }
  if (OPENING.has(ch)) return true;
  if (CLOSING.has(ch)) return false;
  return null;
}

/** Marks left without their pair: openings not closed in `text`, closings with nothing open. */
export function unpairedMarks(text: string): Mark[] {
  const stack: number[] = [];
  const stray: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = role(text, i, stack.length);
    if (open === null) continue;
    if (open) stack.push(i);
    else if (stack.length > 0) stack.pop();
    else stray.push({ at: i, open: false });
  }
  return [...stray, ...stack.map((at) => ({ at, open: true }))].sort((a, b) => a.at - b.at);
}

/** True when `text` ends right after a closing quotation mark (not a parenthesis) that closes a quoted statement of 3 words or more. */
export function endsWithClosedQuote(text: string): boolean {
  const t = text.replace(/[\s،,؛;:.]+$/u, '');
  if (t === '' || t.endsWith(')') || role(t, t.length - 1, 1) !== false) return false;
  const stack: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const open = role(t, i, stack.length);
    if (open === null) continue;
    if (open) stack.push(i);
    else if (i === t.length - 1) return stack.length > 0 && (t.slice(stack[stack.length - 1]!, i).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
    else stack.pop();
  }
  return false;
}
