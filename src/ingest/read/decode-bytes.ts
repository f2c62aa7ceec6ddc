import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { firstInvalidUtf8 } from './first-invalid-utf8.ts';
import { sniffBinary } from './sniff-binary.ts';

export type Decoded =
  | { ok: true; text: string }
  /** `text` is what could be decoded (with U+FFFD), only so the error can be placed on a line. */
  | { ok: false; text: string; message: PendingMessage };

const LOOSE = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictDecode(bytes: Uint8Array): string | null {
  try {
    return STRICT.decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes to text: UTF-8 only, BOM stripped, CRLF and CR folded to LF; empty, binary and non-UTF-8 input refused. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const fail = (offset: number, reason: string, rule: string, text = ''): Decoded => ({
    ok: false,
    text,
    message: { offset, severity: 'error', reason, rule },
  });
  if (bytes.length === 0) return fail(0, 'empty file: nothing to read', 'empty-file');
  const binary = sniffBinary(bytes);
  if (binary) return fail(0, `not a text article: looks like ${binary}; seeds must be UTF-8 text (.txt, .md or .html)`, 'binary-file');
  let text = strictDecode(bytes);
  if (text === null) {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = LOOSE.decode(bytes.subarray(0, bad)).replace(/\r\n?/g, '\n');
    const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return fail(before.length, `invalid UTF-8 at byte ${bad} (${hex}): save the file as UTF-8`, 'invalid-utf8', before);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(0, 'empty file: only white space', 'empty-file', text);
  return { ok: true, text };
}
