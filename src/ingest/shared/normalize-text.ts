import { MappedTextBuilder, type MappedText } from './mapped-text.ts';

// Bidi embeddings/overrides/isolates and marks: invisible, and an override can make a quote read
// differently from what it says (CVE-2021-42574 "Trojan Source").
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
// Zero-width and other invisible characters that split words and break matching.
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/;
// Control characters other than tab and line feed.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/;
const REMOVE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const SPACES_ALL = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const NEEDS_WORK = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/;

export interface NormalizedText extends MappedText {
  /** Source offsets of removed bidi controls (reported: they can disguise text). */
  bidi: number[];
  invisible: number;
}

/**
 * Unicode NFC; bidi controls, zero-width and control characters removed; exotic spaces made plain.
 * `base` is the source offset of text[0]; the result maps every character back to the source.
 */
export function normalizeText(text: string, base: number): NormalizedText {
  const bidi: number[] = [];
  let invisible = 0;
  const builder = new MappedTextBuilder();
  // Fast path: nothing to remove and already NFC; exotic spaces become plain ones in place (same length).
  if (!REMOVE.test(text) && text.normalize('NFC') === text) {
    builder.push(NEEDS_WORK.test(text) ? text.replace(SPACES_ALL, ' ') : text, base);
    return { ...builder.build(base + text.length), bidi, invisible };
  }
  // Walk base character + combining marks together, so NFC of a cluster maps back to its start.
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  let run = '';
  let runStart = base;
  const flush = (end: number) => {
    if (run) builder.push(run, runStart);
    run = '';
    runStart = end;
  };
  for (const m of text.matchAll(cluster)) {
    const at = base + m.index;
    const c = m[0];
    const first = c[0]!;
    if (BIDI.test(first) || INVISIBLE.test(first) || CONTROL.test(first)) {
      if (BIDI.test(first)) bidi.push(at);
      else invisible++;
      flush(at + c.length);
      continue;
    }
    const plain = SPACES.test(first) ? ' ' + c.slice(1) : c;
    const nfc = plain.normalize('NFC');
    if (nfc.length === c.length) {
      if (run === '') runStart = at;
      run += nfc;
    } else {
      flush(at);
      builder.push(nfc, at, true);
      runStart = at + c.length;
    }
  }
  flush(base + text.length);
  return { ...builder.build(base + text.length), bidi, invisible };
}
