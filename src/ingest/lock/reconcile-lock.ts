// The lock stage: which published entry ids stay, which redirect to a successor or to the entry they
// were merged into, which open a withdrawal notice, and which would vanish (an error: nothing is written).
import type { ArticleResult } from '../article-state.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findSuccessors, type QuotedReport } from './find-successors.ts';
import { isEntryOf, reconcileIds, reconcileStanding, type IdCandidate, type IdsLock, type LockOutcome, type WithdrawnArticle } from './ids-lock.ts';

const at = (file: string, severity: Diagnostic['severity'], rule: string, reason: string): Diagnostic => ({ file, line: 1, column: 1, severity, rule, reason });

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
function withdrawnArticles(lock: IdsLock, results: readonly ArticleResult[]): Record<string, WithdrawnArticle> {
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
 * vanished id is an error. Ids the editor merged (`editorMerged`) redirect to their target silently. `lockFile` names the lock in diagnostics.
 */
export function reconcileLock(
  lock: IdsLock,
  given: readonly IdCandidate[],
  settled: { results: readonly ArticleResult[]; failedIds: ReadonlySet<string>; editorMerged?: readonly string[] },
  published: (id: string) => readonly QuotedReport[],
  lockFile: string,
  standing?: StandingEntries,
): LockPlan {
  const { results, failedIds } = settled;
  if (standing !== undefined) {
    const quick = standingPlan(lock, given, settled, standing);
    if (quick !== null) return finishPlan(lock, quick, new Set(), new Set(), settled, lockFile);
  }
  const entries = standing === undefined ? given : standing.all();
  // An id merged by the editor's `merge_into:` redirects as asked: nothing to warn about.
  const asked = new Set(settled.editorMerged);
  const diagnostics: Diagnostic[] = [];
  const sourceOf = new Map(results.map((r) => [r.id, r.source]));
  const articleOf = (id: string) => [...sourceOf.keys()].find((a) => isEntryOf(id, a));
  // Built only when an id vanished or an article is withdrawn: a run adding one article never asks.
  let entryIndex: Map<string, string> | undefined;
  const entryOf = (id: string) => (entryIndex ??= new Map(entries.flatMap((e) => [[e.id, e.id] as const, ...e.aliases.map((a) => [a, e.id] as const)]))).get(id);
  // On the seed of the article the id was made from, when it is still there.
  const warn = (id: string, to: string, why: string, article = articleOf(id)) =>
    diagnostics.push(at(sourceOf.get(article ?? '') ?? lockFile, 'warning', 'ids-lock', `entry \`${id}\` now redirects to \`${to}\`: ${why} (recorded in ids.lock.json)`));
  // Entry ids start with their article's id, so the entries of a failed article are known without it.
  const failed = [...failedIds];
  const keep = new Set(failed.length === 0 ? [] : [...lock.published, ...Object.keys(lock.redirects)].filter((id) => failed.some((a) => id.startsWith(`${a}-`))));
  const redirects = { ...lock.redirects };
  let outcome = reconcileIds(lock, entries, keep);
  const explained = new Set<string>();
  if (outcome.vanished.length > 0) {
    const gone = outcome.vanished.map((id) => published(id)[0]).filter((r): r is QuotedReport => r !== undefined);
    const successors = findSuccessors(gone, results.flatMap((r) => r.events), entryOf);
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
  // Read only for a withdrawn article's id: every article's events would be parsed for it (see parseRecord).
  let reportId: Map<string, string> | undefined;
  const reportOf = (article: string, quote: string) => {
    reportId ??= new Map(results.flatMap((r) => r.events.map((e) => [`${e.article}\0${e.quote}`, e.id] as const)));
    return reportId.get(`${article}\0${quote}`);
  };
  // With nothing vanished there is nothing to explain or withdraw: reconciled again, the lock would be the same.
  const settledFirst = outcome.vanished.length === 0;
  for (const id of settledFirst ? [] : reconcileIds({ ...lock, redirects }, entries, keep).vanished) {
    const article = Object.keys(withdrawn).find((a) => isEntryOf(id, a));
    if (article === undefined) continue;
    // The same event reported by an article still published lives on as that article's entry.
    const alive = published(id).filter((r) => withdrawn[r.article] === undefined).map((r) => entryOf(reportOf(r.article, r.quote) ?? '')).find((e) => e !== undefined);
    if (alive) {
      redirects[id] = alive;
      explained.add(id);
      warn(id, alive, `its article is withdrawn, and the same event is reported by ${sourceOf.get(articleOf(alive) ?? '') ?? 'another article'}`);
      continue;
    }
    withdrawnIds.add(id);
    if (!withdrawn[article]!.entries.includes(id)) withdrawn[article]!.entries.push(id);
  }
  if (!settledFirst) outcome = reconcileIds({ ...lock, redirects }, entries, keep, withdrawnIds);
  return finishPlan(lock, outcome, explained, asked, settled, lockFile, withdrawn, diagnostics);
}

/**
 * The plan from the reconciled ids: a warning for each id newly redirected to the entry it merged into
 * (none for those explained already or merged by the editor), an error for each that would vanish.
 */
function finishPlan(
  lock: IdsLock,
  outcome: LockOutcome,
  explained: ReadonlySet<string>,
  asked: ReadonlySet<string>,
  settled: { results: readonly ArticleResult[] },
  lockFile: string,
  withdrawn: Record<string, WithdrawnArticle> = {},
  diagnostics: Diagnostic[] = [],
): LockPlan {
  let sourceOf: Map<string, string> | undefined;
  const sources = () => (sourceOf ??= new Map(settled.results.map((r) => [r.id, r.source])));
  const articleOf = (id: string) => [...sources().keys()].find((a) => isEntryOf(id, a));
  // What README promises for a merge: the id now opens the entry it joined, and the maintainer is told.
  for (const [id, to] of Object.entries(outcome.lock.redirects)) {
    if (lock.redirects[id] !== undefined || explained.has(id) || asked.has(id)) continue;
    const theirs = articleOf(to);
    const article = articleOf(id);
    diagnostics.push(at(sources().get(article ?? '') ?? lockFile, 'warning', 'ids-lock', `entry \`${id}\` now redirects to \`${to}\`: merged with the same event${theirs && theirs !== article ? ` as reported by ${sources().get(theirs)}` : ''} (recorded in ids.lock.json)`));
  }
  const vanished = outcome.vanished.map((id) => at(lockFile, 'error', 'ids-lock', `published entry id \`${id}\` would vanish: ${VANISH_HELP}`));
  return { lock: { ...outcome.lock, ...(Object.keys(withdrawn).length > 0 ? { withdrawn } : {}) }, diagnostics, vanished };
}

/**
 * The entries of the buckets a run left unread (cli-main.ts's `standing`): those their records held before
 * this run in the buckets merged again (`before`), and every entry read on demand (`all`).
 */
export interface StandingEntries {
  before: readonly IdCandidate[];
  all: () => IdCandidate[];
}

/**
 * The lock reconciled over the buckets merged again only, when that gives what reconciling every entry
 * gives; null when it may not (an article failed or is withdrawn, the editor merged entries, or an id
 * would vanish: then every entry is read and the run reconciles them all). The last run wrote the lock
 * and ended without an error, so its published ids are its live entries and its redirects' keys: an id
 * published, not redirected and not an entry of a bucket merged again is a standing entry, live still.
 */
function standingPlan(
  lock: IdsLock,
  entries: readonly IdCandidate[],
  settled: { results: readonly ArticleResult[]; failedIds: ReadonlySet<string>; editorMerged?: readonly string[] },
  standing: StandingEntries,
): LockOutcome | null {
  if (settled.failedIds.size > 0 || (settled.editorMerged?.length ?? 0) > 0 || Object.keys(lock.withdrawn ?? {}).length > 0) return null;
  if (settled.results.some((r) => r.withdrawn !== undefined)) return null;
  const outcome = reconcileStanding(lock, entries, new Set(standing.before.map((e) => e.id)));
  return outcome === null || outcome.vanished.length > 0 ? null : outcome;
}
