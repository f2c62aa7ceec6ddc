// Which article id each seed publishes under. Normally its file name's (articleIdFromPath); a seed
// renamed with the same text keeps the id its text was published under, so its article and entry URLs
// stay what they were. A rename is recognised by the text's hash against the last run's seeds that are
// gone, and recorded in the ids lock ("renamed": seed → id), so a fresh clone without the ingest cache
// gives the same ids.
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { articleIdFromPath } from './read/article-id-from-path.ts';
import type { Manifest } from './write/manifest.ts';

export interface IdAssignment {
  /** Every seed's article id. */
  ids: Map<string, string>;
  /** The seeds whose id is not their file name's, for the lock. */
  renamed: Record<string, string>;
  diagnostics: Diagnostic[];
}

/** The last run's seeds not among `inputs`, sorted (by code unit). */
function goneSeeds(previous: Manifest, inputs: ReadonlyArray<{ source: string }>): string[] {
  const present = new Set(inputs.map((i) => i.source));
  return Object.keys(previous.articles).filter((s) => !present.has(s)).sort();
}

/**
 * `removed`, when known (diffInputs' `removed`), is the last run's seeds that are gone, sorted: given, no
 * set of every seed is made and no pass over every record is made again (10,000 each at 10,000 articles).
 */
export function assignArticleIds(inputs: ReadonlyArray<{ source: string; hash: string; refused?: string }>, previous: Manifest, lockRenamed: Readonly<Record<string, string>>, removed?: readonly string[]): IdAssignment {
  const owns = inputs.map((i) => articleIdFromPath(i.source));
  // Made only when a seed may be a renamed one: not a set of every seed's id (10,000) on every run for it.
  let fileIds: Set<string> | undefined;
  const takenByFile = (id: string) => (fileIds ??= new Set(owns)).has(id);
  // The last run's published texts whose seed is gone: what a new seed with the same bytes was. Only
  // the gone ones are sorted (by code unit): sorting all 10,000 records each run cost more than the rest.
  const gone = new Map<string, { source: string; id: string }>();
  for (const source of removed ?? goneSeeds(previous, inputs)) {
    const record = previous.articles[source]!;
    if (!(record.result.article || record.result.withdrawn !== undefined)) continue;
    if (!gone.has(record.hash)) gone.set(record.hash, { source, id: record.result.id });
  }
  const assignment: IdAssignment = { ids: new Map(), renamed: {}, diagnostics: [] };
  for (let i = 0; i < inputs.length; i++) {
    const { source, hash, refused } = inputs[i]!;
    const own = owns[i]!;
    const earlier = refused === undefined && previous.articles[source] === undefined ? gone.get(hash) : undefined;
    // Another seed may since have been given the old id's file name: it keeps its own.
    const was = lockRenamed[source] ?? (earlier && earlier.id !== own && !takenByFile(earlier.id) ? earlier.id : undefined);
    assignment.ids.set(source, was ?? own);
    if (was === undefined) continue;
    assignment.renamed[source] = was;
    if (lockRenamed[source] === undefined && earlier) {
      gone.delete(hash);
      assignment.diagnostics.push({ file: source, line: 1, column: 1, severity: 'info', rule: 'renamed', reason: `renamed from ${earlier.source} (same text): keeps the article id \`${was}\` and its entries' ids (recorded in ids.lock.json)` });
    }
  }
  return assignment;
}
