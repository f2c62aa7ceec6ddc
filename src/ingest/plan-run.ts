// The decisions of one ingest run, as pure functions: which seeds reuse their cached result, which are
// skipped as duplicates, which are processed (planRun); which result each seed publishes, a bad new
// version falling back to the last good one (settleRun); the ids lock (reconcileLock); and where the
// editor's edits land once the lock is known (settleEdits). cli.ts reads the inputs, calls these, and
// applies what they decide.
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { describeEditTargets } from './edits/describe-edit-targets.ts';
import { editAssignments, editLookup, type EditFor } from './edits/edit-lookup.ts';
import type { EditSet } from './edits/entry-edit.ts';
import type { ArticleResult, BuiltContent } from './pipeline.ts';
import { articleIdFromPath } from './read/article-id-from-path.ts';
import { findSuccessors, type QuotedReport } from './write/find-successors.ts';
import { reconcileIds, type IdCandidate, type IdsLock } from './write/ids-lock.ts';
import type { Manifest } from './write/manifest.ts';

/** One seed as read: its name (`<seeds folder>/<file>`), the hash of its bytes, why it was refused if it was. */
export interface SeedInput {
  source: string;
  hash: string;
  refused?: string;
}

const at = (file: string, severity: Diagnostic['severity'], rule: string, reason: string): Diagnostic => ({ file, line: 1, column: 1, severity, rule, reason });

/**
 * Per seed, in order: its result when it is known without processing (refused; unchanged with its
 * cached result and its article file still there; the same text as an earlier seed), else null: it is
 * processed. `unchanged` holds the seeds whose cached result may be reused (none when the code changed).
 */
export function planRun(inputs: readonly SeedInput[], previous: Manifest, unchanged: ReadonlySet<string>, existing: ReadonlySet<string>): Map<string, ArticleResult | null> {
  const firstWithHash = new Map<string, string>();
  const planned = new Map<string, ArticleResult | null>();
  for (const { source, hash, refused } of inputs) {
    if (refused !== undefined) {
      planned.set(source, { source, id: articleIdFromPath(source), article: null, events: [], diagnostics: [at(source, 'error', 'seed-file', refused)] });
      continue;
    }
    const cached = previous.articles[source];
    const first = firstWithHash.get(hash);
    const onDisk = !cached?.result.article || existing.has(`articles/${cached.result.id}.mdx`);
    if (unchanged.has(source) && cached && onDisk) planned.set(source, cached.result);
    else if (first) planned.set(source, { source, id: '', article: null, events: [], diagnostics: [at(source, 'warning', 'duplicate-article', `same text as ${first}: skipped`)] });
    else planned.set(source, null);
    if (!first) firstWithHash.set(hash, source);
  }
  return planned;
}

export interface Settled {
  /** What each seed publishes this run, in order. */
  results: ArticleResult[];
  /** The manifest's article records for the next run (a seed with an error keeps its last good one). */
  articles: Manifest['articles'];
  /** Article ids with an error this run: their published entries stay until they build again. */
  failedIds: Set<string>;
  /** Every seed's diagnostics, and a duplicate id's error. */
  diagnostics: Diagnostic[];
}

/**
 * Every seed's result once processed: a second article with an id already taken is an error, and a
 * seed with an error publishes its last good result (from the manifest) instead of nothing.
 */
export function settleRun(inputs: readonly SeedInput[], results: ReadonlyMap<string, ArticleResult>, previous: Manifest): Settled {
  const settled: Settled = { results: [], articles: {}, failedIds: new Set(), diagnostics: [] };
  const ids = new Map<string, string>();
  for (const { source, hash } of inputs) {
    const cached = previous.articles[source];
    let result = results.get(source)!;
    const clash = result.article ? ids.get(result.id) : undefined;
    if (clash) {
      result = { ...result, article: null, events: [], diagnostics: [...result.diagnostics, at(source, 'error', 'duplicate-id', `article id \`${result.id}\` is already taken by ${clash}: rename one of the files`)] };
    }
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    settled.diagnostics.push(...result.diagnostics);
    if (failed) for (const id of [result.id, cached?.result.id]) if (id) settled.failedIds.add(id);
    if (failed && cached?.result.article) {
      // A bad new version never replaces a good old one: build from the last good result and retry next run.
      settled.results.push({ ...cached.result, diagnostics: [] });
      settled.articles[source] = cached;
    } else {
      settled.results.push(result);
      if (result.article) ids.set(result.id, source);
      // The record read from the manifest itself when unchanged: it is written back as read (see manifestChunks).
      if (!failed) settled.articles[source] = cached && cached.hash === hash && cached.result === result ? cached : { hash, result };
    }
  }
  return settled;
}

export interface LockPlan {
  lock: IdsLock;
  /** Warnings naming each id redirected to its successor. */
  diagnostics: Diagnostic[];
  /** One error per published id that would vanish: the run must stop, writing nothing. */
  vanished: Diagnostic[];
}

/**
 * The ids lock after this run. A failed article's published ids are kept; a vanished id whose entry
 * file is still published (`published` reads its first source) may redirect to the entry now holding
 * the same report, edited or cut anew, with a warning; any other vanished id is an error.
 * `lockFile` names the lock in diagnostics.
 */
export function reconcileLock(
  lock: IdsLock,
  entries: readonly IdCandidate[],
  settled: Pick<Settled, 'results' | 'failedIds'>,
  published: (id: string) => QuotedReport | null,
  lockFile: string,
): LockPlan {
  const { results, failedIds } = settled;
  const diagnostics: Diagnostic[] = [];
  // Entry ids start with their article's id, so the entries of a failed article are known without it.
  const keep = new Set([...lock.published, ...Object.keys(lock.redirects)].filter((id) => [...failedIds].some((a) => id.startsWith(`${a}-`))));
  let outcome = reconcileIds(lock, entries, keep);
  if (outcome.vanished.length > 0) {
    const gone = outcome.vanished.map(published).filter((r): r is QuotedReport => r !== null);
    const entryOf = new Map(entries.flatMap((e) => [[e.id, e.id] as const, ...e.aliases.map((a) => [a, e.id] as const)]));
    const successors = findSuccessors(gone, results.flatMap((r) => r.events), (id) => entryOf.get(id));
    if (Object.keys(successors).length > 0) {
      outcome = reconcileIds({ ...lock, redirects: { ...lock.redirects, ...successors } }, entries, keep);
      const sourceOf = new Map(results.map((r) => [r.id, r.source]));
      for (const old of gone) {
        const to = successors[old.id];
        if (to) diagnostics.push(at(sourceOf.get(old.article) ?? lockFile, 'warning', 'ids-lock', `entry \`${old.id}\` now redirects to \`${to}\`: its quote changed (recorded in ids.lock.json)`));
      }
    }
  }
  const vanished = outcome.vanished.map((id) => at(lockFile, 'error', 'ids-lock', `published entry id \`${id}\` would vanish: keep its article, or map it in "redirects" to its successor`));
  return { lock: outcome.lock, diagnostics, vanished };
}

/**
 * The content once the edits are placed through the lock this run writes: an edited entry whose id this
 * very run retired (its quote changed) is found only through the new redirects, and the content is built
 * once more with them (`build`) when they move an edit. With the warnings about edits that moved or name
 * nothing, at their line of `file`.
 */
export function settleEdits(
  edits: EditSet,
  first: { built: BuiltContent; editFor: EditFor },
  lock: IdsLock,
  build: (editFor: EditFor) => BuiltContent,
  file: string,
): { built: BuiltContent; diagnostics: Diagnostic[] } {
  const editFor = editLookup(edits, lock.redirects);
  const moved = editAssignments(first.built.entries, editFor) !== editAssignments(first.built.entries, first.editFor);
  const built = moved ? build(editFor) : first.built;
  return { built, diagnostics: describeEditTargets(file, edits, built.entries, lock.redirects, editFor) };
}
