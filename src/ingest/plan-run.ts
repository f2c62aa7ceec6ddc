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
import { findSuccessors, type QuotedReport } from './lock/find-successors.ts';
import { isEntryOf, reconcileIds, type IdCandidate, type IdsLock, type WithdrawnArticle } from './lock/ids-lock.ts';
import type { Manifest } from './write/manifest.ts';

/** One seed as read: its name (`<seeds folder>/<file>`), the hash of its bytes, why it was refused if it was. */
export interface SeedInput {
  source: string;
  hash: string;
  refused?: string;
  /** The article id it publishes under, when the run assigned one (src/ingest/assign-article-ids.ts). */
  id?: string;
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
 * The withdrawn articles after this run: those recorded before, unless their seed builds again (the
 * maintainer took `withdrawn:` out), and those withdrawn now, with this run's reason.
 */
function withdrawnArticles(lock: IdsLock, results: Settled['results']): Record<string, WithdrawnArticle> {
  const records: Record<string, WithdrawnArticle> = {};
  const built = new Set(results.filter((r) => r.article).map((r) => r.id));
  for (const [id, w] of Object.entries(lock.withdrawn ?? {})) if (!built.has(id)) records[id] = { reason: w.reason, entries: [...w.entries] };
  for (const r of results) if (r.withdrawn !== undefined) records[r.id] = { reason: r.withdrawn, entries: records[r.id]?.entries ?? [] };
  return records;
}

const VANISH_HELP = 'its article is gone from the seeds (deleted, renamed with other text, or `ignore: true`): to take an article down, keep its seed and add `withdrawn: "<the reason, in Arabic>"` to its front matter (its pages then say it was withdrawn, and why); or map the id in "redirects" to its successor';

/**
 * The ids lock after this run. A failed article's published ids are kept; a vanished id whose entry
 * file is still published (`published` reads its sources, the one its id was made from first) may
 * redirect to the entry now holding the same report, edited or cut anew, with a warning; an id merged
 * into another article's entry redirects there, with a warning; a withdrawn article's ids open a notice,
 * unless the event lives on from another article's report (then they redirect there); any other
 * vanished id is an error. `lockFile` names the lock in diagnostics.
 */
export function reconcileLock(
  lock: IdsLock,
  entries: readonly IdCandidate[],
  settled: Pick<Settled, 'results' | 'failedIds'>,
  published: (id: string) => readonly QuotedReport[],
  lockFile: string,
): LockPlan {
  const { results, failedIds } = settled;
  const diagnostics: Diagnostic[] = [];
  const sourceOf = new Map(results.map((r) => [r.id, r.source]));
  const articleOf = (id: string) => [...sourceOf.keys()].find((a) => isEntryOf(id, a));
  const entryOf = new Map(entries.flatMap((e) => [[e.id, e.id] as const, ...e.aliases.map((a) => [a, e.id] as const)]));
  // On the seed of the article the id was made from, when it is still there.
  const warn = (id: string, to: string, why: string, article = articleOf(id)) =>
    diagnostics.push(at(sourceOf.get(article ?? '') ?? lockFile, 'warning', 'ids-lock', `entry \`${id}\` now redirects to \`${to}\`: ${why} (recorded in ids.lock.json)`));
  // Entry ids start with their article's id, so the entries of a failed article are known without it.
  const keep = new Set([...lock.published, ...Object.keys(lock.redirects)].filter((id) => [...failedIds].some((a) => id.startsWith(`${a}-`))));
  const redirects = { ...lock.redirects };
  let outcome = reconcileIds(lock, entries, keep);
  const explained = new Set<string>();
  if (outcome.vanished.length > 0) {
    const gone = outcome.vanished.map((id) => published(id)[0]).filter((r): r is QuotedReport => r !== undefined);
    const successors = findSuccessors(gone, results.flatMap((r) => r.events), (id) => entryOf.get(id));
    for (const old of gone) {
      const to = successors[old.id];
      if (!to) continue;
      redirects[old.id] = to;
      explained.add(old.id);
      warn(old.id, to, 'its quote changed', old.article);
    }
  }
  const withdrawn = withdrawnArticles(lock, results);
  const withdrawnIds = new Set<string>();
  const reportId = new Map(results.flatMap((r) => r.events.map((e) => [`${e.article}\0${e.quote}`, e.id] as const)));
  for (const id of reconcileIds({ ...lock, redirects }, entries, keep).vanished) {
    const article = Object.keys(withdrawn).find((a) => isEntryOf(id, a));
    if (article === undefined) continue;
    // The same event reported by an article still published lives on as that article's entry.
    const alive = published(id).filter((r) => withdrawn[r.article] === undefined).map((r) => entryOf.get(reportId.get(`${r.article}\0${r.quote}`) ?? '')).find((e) => e !== undefined);
    if (alive) {
      redirects[id] = alive;
      explained.add(id);
      warn(id, alive, `its article is withdrawn, and the same event is reported by ${sourceOf.get(articleOf(alive) ?? '') ?? 'another article'}`);
      continue;
    }
    withdrawnIds.add(id);
    if (!withdrawn[article]!.entries.includes(id)) withdrawn[article]!.entries.push(id);
  }
  outcome = reconcileIds({ ...lock, redirects }, entries, keep, withdrawnIds);
  // What README promises for a merge: the id now opens the entry it joined, and the maintainer is told.
  for (const [id, to] of Object.entries(outcome.lock.redirects)) {
    if (lock.redirects[id] !== undefined || explained.has(id)) continue;
    const theirs = articleOf(to);
    warn(id, to, `merged with the same event${theirs && theirs !== articleOf(id) ? ` as reported by ${sourceOf.get(theirs)}` : ''}`);
  }
  const vanished = outcome.vanished.map((id) => at(lockFile, 'error', 'ids-lock', `published entry id \`${id}\` would vanish: ${VANISH_HELP}`));
  return { lock: { ...outcome.lock, ...(Object.keys(withdrawn).length > 0 ? { withdrawn } : {}) }, diagnostics, vanished };
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
