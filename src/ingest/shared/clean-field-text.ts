import { normalizeText } from './normalize-text.ts';

export interface CleanField {
  text: string;
  /** Bidi controls removed: they can make a title read differently from what it says. */
  bidi: number;
  /** Zero-width and other invisible or control characters removed. */
  invisible: number;
}

/**
 * A front matter text (title, outlet, address) cleaned as the body is (NFC, bidi and invisible controls
 * out, exotic spaces plain), on one line: it becomes a heading, a caption, a CSV cell.
 */
export function cleanFieldText(value: string): CleanField {
  const normalized = normalizeText(value, 0);
  return { text: normalized.text.replace(/\s+/gu, ' ').trim(), bidi: normalized.bidi.length, invisible: normalized.invisible };
}
