import type { Entry } from '../../lib/schemas.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** One maintainer's correction of one entry, as content/edits.yaml gives it (checked). */
export interface EntryEdit {
  /** The entry id that keys the edit in edits.yaml. */
  id: string;
  /** Where the edit starts in edits.yaml (1-based), so every message about it names that line. */
  line: number;
  column: number;
  title?: string;
  date?: string;
  dateCertainty?: Entry['dateCertainty'];
  kind?: Entry['kind'];
  /** A catalog round id, or null: the entry is detached from the round the build step linked. */
  round?: string | null;
  /** Catalog actor ids, replacing the ones the build step linked (sorted, each once). */
  actors?: string[];
  /** The entry leaves the timeline, lists, feeds and search; its URL stays, saying the editor removed it. */
  removed?: true;
  /**
   * The entry is the same event as this one (an entry id): its sources join it and its URL leads there.
   * With where `merge_into:` stands in edits.yaml, for the error when it names no entry.
   */
  mergeInto?: { id: string; line: number; column: number };
  reason?: string;
}

/** content/edits.yaml as read: the edits that apply, and the ids whose edit is malformed. */
export interface EditSet {
  edits: EntryEdit[];
  /** Ids with a malformed edit: their published file stays as it is until the edit is fixed. */
  held: string[];
  diagnostics: Diagnostic[];
}

export const NO_EDITS: EditSet = { edits: [], held: [], diagnostics: [] };
