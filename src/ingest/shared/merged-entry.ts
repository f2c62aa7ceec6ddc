import type { Entry } from '../../lib/schemas.ts';

/** One entry as the merge stage hands it on: to the editor's edits, then to the write stage. */
export interface MergedEntry {
  entry: Entry;
  /** Candidate ids of every report merged here (the entry's own id first). */
  aliases: string[];
  /** The body: the first report's quote. */
  summary: string;
}
