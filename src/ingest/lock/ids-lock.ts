import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** content/ids.lock.json: every entry id ever published, where retired ids now point, what was withdrawn. */
export interface IdsLock {
  published: string[];
  redirects: Record<string, string>;
  /**
   * Articles taken down (`withdrawn: "…"` in their seed), by article id: the reason their pages give,
   * and their entry ids that now open a notice instead. Kept when the seed is later deleted.
   */
  withdrawn?: Record<string, WithdrawnArticle>;
  /** Seeds renamed with the same text, by seed path: the article id they keep (src/ingest/assign-article-ids.ts). */
  renamed?: Record<string, string>;
}

export interface WithdrawnArticle {
  reason: string;
  entries: string[];
}

/** Whether an entry id was made from this article: `<article id>-<6 hex digits>`, maybe `-<n>` for a repeat. */
export function isEntryOf(entryId: string, articleId: string): boolean {
  return entryId.startsWith(`${articleId}-`) && /^[0-9a-f]{6}(?:-\d+)?$/.test(entryId.slice(articleId.length + 1));
}

export interface IdCandidate {
  id: string;
  /** Ids this entry absorbed (other reports merged into it): they redirect here if they were published. */
  aliases: readonly string[];
}

export interface LockOutcome {
  lock: IdsLock;
  /** Published ids that would vanish without a successor: the run must fail. */
  vanished: string[];
}

export const EMPTY_LOCK: IdsLock = { published: [], redirects: {} };

/**
 * Reconciles the lock with this run's entries. A published id that is no longer an entry must be an
 * alias of one (merged: redirect to it), already redirected (the chain is followed to a live id), or
 * kept on purpose (`keep`: entries of an article that failed this run and keeps its old files), or
 * withdrawn (its URL opens a notice; a redirect chain may end there). Anything else vanished, and
 * publishing would break a URL.
 */
export function reconcileIds(previous: IdsLock, entries: readonly IdCandidate[], keep: ReadonlySet<string>, withdrawn: ReadonlySet<string> = new Set()): LockOutcome {
  const live = new Set(entries.map((e) => e.id));
  // Built the first time a published id is not live: most runs publish every id again (70,000 aliases at 10,000 articles).
  let aliasOf: Map<string, string> | undefined;
  const aliasTarget = (id: string) => {
    if (!aliasOf) {
      aliasOf = new Map();
      for (const e of entries) for (const a of e.aliases) if (a !== e.id && !live.has(a)) aliasOf.set(a, e.id);
    }
    return aliasOf.get(id);
  };
  const redirects: Record<string, string> = {};
  const resolve = (id: string): string | null => {
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !seen.has(at)) {
      if (live.has(at) || keep.has(at) || withdrawn.has(at)) return at;
      seen.add(at);
      at = aliasTarget(at) ?? previous.redirects[at];
    }
    return null;
  };
  const vanished: string[] = [];
  const everything = new Set([...previous.published, ...Object.keys(previous.redirects)]);
  for (const id of everything) {
    if (live.has(id) || keep.has(id) || withdrawn.has(id)) continue;
    const target = resolve(id);
    if (target) redirects[id] = target;
    else vanished.push(id);
  }
  const published = [...new Set([...everything, ...live, ...keep])].sort();
  const sortedRedirects = Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { lock: { published, redirects: sortedRedirects }, vanished: vanished.sort() };
}

/**
 * reconcileIds with no id kept or withdrawn, when only some buckets were merged again: `entries` are theirs,
 * `before` the ids of the entries they held before, and every other entry stands as the last run left it,
 * unread. Only for a lock that run wrote, having ended without an error (no article kept on failure, none
 * withdrawn): then its published ids are its live entries and its redirects' keys, so an id published, not
 * redirected and not in `before` is a standing entry, live still. Only the redirected ids and those of
 * `before` can need resolving: the work grows with them and with `entries`, not with the lock. The standing
 * entries' aliases are not known: an id one of them answers was redirected to it by the last run already, and
 * any other that would need them comes out as vanished, which the caller checks again over every entry
 * (reconcileLock). Null when the lock's published ids are not in order (not a lock this code wrote).
 */
export function reconcileStanding(previous: IdsLock, entries: readonly IdCandidate[], before: ReadonlySet<string>): LockOutcome | null {
  const published = previous.published;
  for (let i = 1; i < published.length; i++) if (!(published[i - 1]! < published[i]!)) return null;
  const isPublished = (id: string) => {
    let lo = 0;
    let hi = published.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = published[mid]!;
      if (at === id) return true;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const fresh = new Set(entries.map((e) => e.id));
  const wasRedirected = (id: string) => Object.hasOwn(previous.redirects, id);
  const live = (id: string) => fresh.has(id) || (!wasRedirected(id) && !before.has(id) && isPublished(id));
  let aliasOf: Map<string, string> | undefined;
  const aliasTarget = (id: string) => {
    if (!aliasOf) {
      aliasOf = new Map();
      for (const e of entries) for (const a of e.aliases) if (a !== e.id && !live(a)) aliasOf.set(a, e.id);
    }
    return aliasOf.get(id);
  };
  const resolve = (id: string): string | null => {
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !seen.has(at)) {
      if (live(at)) return at;
      seen.add(at);
      at = aliasTarget(at) ?? previous.redirects[at];
    }
    return null;
  };
  const redirects: Record<string, string> = {};
  const vanished: string[] = [];
  for (const id of new Set([...Object.keys(previous.redirects), ...before])) {
    // Only ids the lock holds; a live one needs nothing.
    if (!(wasRedirected(id) || isPublished(id)) || live(id)) continue;
    const target = resolve(id);
    if (target) redirects[id] = target;
    else vanished.push(id);
  }
  // The published ids in order, with the new ones put in place.
  const added = [...new Set([...fresh, ...Object.keys(previous.redirects)])].filter((id) => !isPublished(id)).sort();
  const all: string[] = [];
  let j = 0;
  for (const id of published) {
    while (j < added.length && added[j]! < id) all.push(added[j++]!);
    all.push(id);
  }
  while (j < added.length) all.push(added[j++]!);
  const sortedRedirects = Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { lock: { published: all, redirects: sortedRedirects }, vanished: vanished.sort() };
}

/** Reads a lock file's JSON, refusing a wrong shape rather than silently starting over. */
export function parseIdsLock(json: string): IdsLock {
  const data = JSON.parse(json) as Partial<IdsLock>;
  if (!Array.isArray(data.published) || typeof data.redirects !== 'object' || data.redirects === null) {
    throw new Error('ids.lock.json must be {"published": [ids], "redirects": {"old": "new"}}');
  }
  const lock: IdsLock = { published: data.published.map(String), redirects: Object.fromEntries(Object.entries(data.redirects).map(([k, v]) => [k, String(v)])) };
  if (data.withdrawn !== undefined) {
    if (typeof data.withdrawn !== 'object' || data.withdrawn === null) throw new Error('"withdrawn" in ids.lock.json must be {"article id": {"reason": "…", "entries": [ids]}}');
    lock.withdrawn = Object.fromEntries(Object.entries(data.withdrawn).map(([id, w]) => {
      if (typeof w?.reason !== 'string' || !Array.isArray(w.entries)) throw new Error(`"withdrawn" record of ${id} in ids.lock.json must be {"reason": "…", "entries": [ids]}`);
      return [id, { reason: w.reason, entries: w.entries.map(String) }];
    }));
  }
  if (data.renamed !== undefined) {
    if (typeof data.renamed !== 'object' || data.renamed === null) throw new Error('"renamed" in ids.lock.json must be {"seeds/file": "article id"}');
    lock.renamed = Object.fromEntries(Object.entries(data.renamed).map(([k, v]) => [k, String(v)]));
  }
  return lock;
}

/** The error that stops a run whose ids lock (`file`) cannot be read: without it, a published id could vanish unseen. */
export function unreadableLock(file: string, why: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', rule: 'ids-lock', reason: `cannot read the ids lock: ${why}` };
}

/** The lock as committed: keys in order; no "withdrawn" or "renamed" key until there is something in it. */
export function serializeIdsLock(lock: IdsLock): string {
  const withdrawn = Object.entries(lock.withdrawn ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, w]) => [id, { reason: w.reason, entries: [...w.entries].sort() }] as const);
  const renamed = Object.entries(lock.renamed ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const shown = {
    published: lock.published,
    redirects: lock.redirects,
    ...(withdrawn.length > 0 ? { withdrawn: Object.fromEntries(withdrawn) } : {}),
    ...(renamed.length > 0 ? { renamed: Object.fromEntries(renamed) } : {}),
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
