// What a run writes, decided without the file system: each entry's file or the error that keeps it
// from being written, whether its text differs from what the last run recorded, and the merge
// buckets the next run must merge again. cli-main.ts applies it, one file at a time.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MergedEntry } from '../shared/merged-entry.ts';
import type { BucketRecord } from './bucket-record.ts';
import { renderEntry } from './render-entry.ts';
import { contractError, entryIssues } from './validate-content.ts';

/** An entry's MDX, or the error saying how it breaks the content contract. */
export function renderEntryFile(e: MergedEntry): { mdx: string } | { error: Diagnostic } {
  const issues = entryIssues(e.entry);
  if (issues.length > 0) return { error: contractError(e.entry.sources[0]?.article ?? e.entry.id, `entry ${e.entry.id}`, issues) };
  return { mdx: renderEntry(e) };
}

export type EntryFile = { rel: string; text: string } | { rel: string; entry: string; error: Diagnostic };

/**
 * The file of each entry to render, rendered only when its turn comes (so the corpus's MDX is never
 * held at once); an entry that breaks the content contract comes as its error instead.
 */
export function* entryFiles(toRender: readonly MergedEntry[]): Generator<EntryFile> {
  for (const e of toRender) {
    const rel = `entries/${e.entry.id}.mdx`;
    const rendered = renderEntryFile(e);
    yield 'error' in rendered ? { rel, entry: e.entry.id, error: rendered.error } : { rel, text: rendered.mdx };
  }
}

/** The buckets without those of entries that could not be written: merged (and their errors told) again next run. */
export function withoutBuckets(buckets: Readonly<Record<string, BucketRecord>>, bucketOf: ReadonlyMap<string, string>, unwritten: Iterable<string>): Record<string, BucketRecord> {
  const next = { ...buckets };
  for (const id of unwritten) {
    const bucket = bucketOf.get(id);
    if (bucket) delete next[bucket];
  }
  return next;
}
