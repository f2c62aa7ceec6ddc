// The decisions of one ingest run, as pure functions: whether the cache may serve at all and which
// seeds changed (planCache); which seeds reuse their cached result, which are skipped as duplicates,
// which are processed (planRun, pendingSources); which result each seed publishes, a bad new
// version falling back to the last good one (settleRun); and where the editor's edits land once the
// ids lock is known (settleEdits; the lock itself is the lock stage's, lock/reconcile-lock.ts). cli-main.ts reads the inputs, calls these, and
// applies what they decide.
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { describeEditTargets } from './edits/describe-edit-targets.ts';
import { editAssignments, editLookup, type EditFor } from './edits/edit-lookup.ts';
import type { EditSet } from './edits/entry-edit.ts';
import { bucketsOf } from './merge/merge-events.ts';
import type { ArticleResult, BuiltContent } from './pipeline.ts';
import { articleIdFromPath } from './read/article-id-from-path.ts';
import type { IdsLock } from './lock/ids-lock.ts';
import { diffInputs, type InputChanges, type Manifest } from './write/manifest.ts';

/** One seed as read: its name (`<seeds folder>/<file>`), the hash of its bytes, why it was refused if it was. */
export interface SeedInput {
  source: string;
  hash: string;
  refused?: string;
  /** The article id it publishes under, when the run assigned one (src/ingest/assign-article-ids.ts). */
  id?: string;
}

const at = (file: string, severity: Diagnostic['severity'], rule: string, reason: string): Diagnostic => ({ file, line: 1, column: 1, severity, rule, reason });

export interface CachePlan {
  /** The last run's results may be reused: same code and catalog (its fingerprint), and no --force. */
  reuse: boolean;
  /** The seeds new, changed, unchanged and removed since the last run, by their hashes. */
  changes: InputChanges;
  /** The seeds whose cached result may stand for them (none when the cache may not serve). */
  unchanged: Set<string>;
}

/** What the last run's manifest can do for this run, whose code and catalog have `fingerprint`, with seeds `hashes`. */
export function planCache(previous: Manifest, fingerprint: string, force: boolean, hashes: ReadonlyMap<string, string>): CachePlan {
  const reuse = !force && previous.fingerprint === fingerprint;
  const changes = diffInputs(previous, hashes);
  return { reuse, changes, unchanged: new Set(reuse ? changes.unchanged : []) };
}

/**
 * Per seed, in order: its result when it is known without processing (refused; unchanged with its
 * cached result and its article file still there; the same text as an earlier seed), else null: it is
 * processed. `unchanged` holds the seeds whose cached result may be reused (none when the code changed).
 */
export function planRun(inputs: readonly SeedInput[], previous: Manifest, unchanged: ReadonlySet<string>, existing: Pick<ReadonlySet<string>, 'has'>): Map<string, ArticleResult | null> {
  const firstWithHash = new Map<string, string>();
  const planned = new Map<string, ArticleResult | null>();
  for (const { source, hash, refused, id } of inputs) {
    if (refused !== undefined) {
      planned.set(source, { source, id: id ?? articleIdFromPath(source), article: null, events: [], diagnostics: [at(source, 'error', 'seed-file', refused)] });
      continue;
    }
    const cached = previous.articles[source];
    const first = firstWithHash.get(hash);
    const onDisk = !cached?.result.article || existing.has(`articles/${cached.result.id}.mdx`);
    // A cached result made under another id (a rename recorded or undone since) is made again.
    if (unchanged.has(source) && cached && onDisk && (id === undefined || cached.result.id === id)) planned.set(source, cached.result);
    else if (first) planned.set(source, { source, id: '', article: null, events: [], diagnostics: [at(source, 'warning', 'duplicate-article', `same text as ${first}: skipped`)] });
    else planned.set(source, null);
    if (!first) firstWithHash.set(hash, source);
  }
  return planned;
}

/** The seeds a plan leaves to process, in order. */
export function pendingSources(planned: ReadonlyMap<string, ArticleResult | null>): string[] {
  return [...planned].filter(([, result]) => result === null).map(([source]) => source);
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
      result = { ...result, article: null, events: [], buckets: [], diagnostics: [...result.diagnostics, at(source, 'error', 'duplicate-id', `article id \`${result.id}\` is already taken by ${clash}: rename one of the files`)] };
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
  // Without edits none can move: the comparison would look up every entry's aliases twice.
  const moved = edits.edits.length > 0 && editAssignments(first.built.entries, editFor) !== editAssignments(first.built.entries, first.editFor);
  const built = moved ? build(editFor) : first.built;
  return { built, diagnostics: describeEditTargets(file, edits, built.entries, lock.redirects, editFor, built.merges) };
}

/**
 * The merge buckets fed, in the last run or in this one, by an article whose result is not its record as
 * read from the manifest (`previous`): added, changed, removed, failed back to an older result. Every
 * other bucket is fed by the article versions that made its record (buildContent's `touched`).
 */
export function touchedBuckets(results: readonly ArticleResult[], previous: Manifest, next: Manifest['articles']): Set<string> {
  const touched = new Set<string>();
  const add = (r: ArticleResult) => {
    for (const key of r.buckets ?? bucketsOf(r.events)) touched.add(key);
  };
  for (const r of results) if (r.article && previous.articles[r.source]?.result !== r) add(r);
  // By key, not Object.entries: no pair array made for each of the 10,000 records.
  for (const source in previous.articles) if (next[source] !== previous.articles[source]) add(previous.articles[source]!.result);
  return touched;
}
