import type { Catalog } from '../catalog/load-catalog.ts';
import type { Diagnostic, PendingMessage } from '../diagnostics/diagnostic.ts';
import { lineStarts } from '../diagnostics/line-starts.ts';
import { locateDiagnostics } from '../diagnostics/locate-diagnostics.ts';
import { locateOffset } from '../diagnostics/locate-offset.ts';
import { checkEdit } from './check-edit.ts';
import { NO_EDITS, type EditSet, type EntryEdit } from './entry-edit.ts';
import { splitEditBlocks } from './split-edit-blocks.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The file's text (BOM dropped, CRLF folded, so columns are an editor's), or null when it is not UTF-8. */
export function editsText(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    return null;
  }
}

/**
 * content/edits.yaml (`file` as the maintainer names it; UTF-8 text, BOM and CRLF already folded) read
 * into edits. Each entry's edit is checked alone: a malformed one is an error at its line and column
 * and holds that entry's published file, and the other edits still apply. An id edited twice holds it.
 */
export function parseEdits(file: string, text: string, roundIds: ReadonlySet<string>, actorIds: ReadonlySet<string>): EditSet {
  const { blocks, messages } = splitEditBlocks(text);
  const starts = lineStarts(text);
  const edits: EntryEdit[] = [];
  const held = new Set<string>();
  const firstAt = new Map<string, number>();
  const pending: PendingMessage[] = [...messages];
  for (const block of blocks) {
    const checked = checkEdit(block, roundIds, actorIds);
    pending.push(...checked.messages);
    const id = checked.edit?.id ?? block.id;
    const { line, column } = locateOffset(starts, block.offset);
    if (id !== null && firstAt.has(id)) {
      pending.push({ offset: block.offset, severity: 'error', rule: 'edit-duplicate', reason: `\`${id}\` is edited twice (first at line ${firstAt.get(id)}): keep one edit with every field` });
      held.add(id);
      continue;
    }
    if (id !== null) firstAt.set(id, line);
    if (checked.edit) {
      const { mergeInto, ...rest } = checked.edit;
      edits.push({ ...rest, line, column, ...(mergeInto ? { mergeInto: { id: mergeInto.id, ...locateOffset(starts, mergeInto.offset) } } : {}) });
    }
    else if (id !== null) held.add(id);
  }
  return {
    edits: edits.filter((e) => !held.has(e.id)),
    held: [...held].sort(),
    diagnostics: locateDiagnostics(file, text, pending.sort((a, b) => a.offset - b.offset)),
  };
}

/**
 * The edits file (`file` as the maintainer names it; `bytes` null when there is none) checked against
 * the catalog's round and actor ids; or, for a file that is not UTF-8 text, the error that stops the
 * run with nothing written (no edit could be trusted, and every edited page would lose its edit).
 */
export function readEdits(file: string, bytes: Uint8Array | null, catalog: Pick<Catalog, 'rounds' | 'actors'>): { edits: EditSet } | { unreadable: Diagnostic } {
  if (bytes === null) return { edits: NO_EDITS };
  const text = editsText(bytes);
  if (text === null) return { unreadable: { file, line: 1, column: 1, severity: 'error', rule: 'edit-yaml', reason: 'not UTF-8 text: save the file as UTF-8' } };
  return { edits: parseEdits(file, text, new Set(catalog.rounds.map((r) => r.id)), new Set(catalog.actors.map((a) => a.id))) };
}
