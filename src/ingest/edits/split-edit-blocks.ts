import type { PendingMessage } from '../diagnostics/diagnostic.ts';

/** One top-level `<entry id>:` of edits.yaml with the indented lines under it. */
export interface EditBlock {
  /** Offset of the block's first line in the file. */
  offset: number;
  text: string;
  /** The id its first line names, when it reads as one (even if the rest is not valid YAML). */
  id: string | null;
}

const ID_LINE = /^(['"]?)([a-z0-9][a-z0-9-]*)\1[ \t]*:(?:[ \t]|$)/;
const SKIPPED = /^(?:[ \t]*#.*|---[ \t]*|\.\.\.[ \t]*|[ \t]*)$/;

/**
 * Cuts edits.yaml into one block per entry, each parsed on its own: a typo in one edit (a bad indent,
 * an unclosed quote) is an error on its own line and every other edit still applies. A block starts at
 * each line that begins in the first column and is not a comment or a document marker.
 */
export function splitEditBlocks(text: string): { blocks: EditBlock[]; messages: PendingMessage[] } {
  const blocks: EditBlock[] = [];
  const messages: PendingMessage[] = [];
  let offset = 0;
  let open: { offset: number; id: string | null } | null = null;
  const close = (end: number) => {
    if (open) blocks.push({ offset: open.offset, text: text.slice(open.offset, end), id: open.id });
    open = null;
  };
  for (const line of text.split('\n')) {
    const starts = line !== '' && !/^[ \t]/.test(line) && !SKIPPED.test(line);
    if (starts) {
      close(offset);
      open = { offset, id: ID_LINE.exec(line)?.[2] ?? null };
    } else if (!open && line.trim() !== '' && !SKIPPED.test(line)) {
      messages.push({ offset, severity: 'error', rule: 'edit-yaml', reason: 'indented line before any `<entry id>:`: ignored' });
    }
    offset += line.length + 1;
  }
  close(text.length);
  return { blocks, messages };
}
