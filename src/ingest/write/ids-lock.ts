/** content/ids.lock.json: every entry id ever published, and where retired ids now point. */
export interface IdsLock {
  published: string[];
  redirects: Record<string, string>;
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
 * kept on purpose (`keep`: entries of an article that failed this run and keeps its old files).
 * Anything else vanished, and publishing would break a URL.
 */
export function reconcileIds(previous: IdsLock, entries: readonly IdCandidate[], keep: ReadonlySet<string>): LockOutcome {
  const live = new Set(entries.map((e) => e.id));
  const aliasOf = new Map<string, string>();
  for (const e of entries) for (const a of e.aliases) if (a !== e.id && !live.has(a)) aliasOf.set(a, e.id);
  const redirects: Record<string, string> = {};
  const resolve = (id: string): string | null => {
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !seen.has(at)) {
      if (live.has(at) || keep.has(at)) return at;
      seen.add(at);
      at = aliasOf.get(at) ?? previous.redirects[at];
    }
    return null;
  };
  const vanished: string[] = [];
  const everything = new Set([...previous.published, ...Object.keys(previous.redirects)]);
  for (const id of everything) {
    if (live.has(id) || keep.has(id)) continue;
    const target = resolve(id);
    if (target) redirects[id] = target;
    else vanished.push(id);
  }
  const published = [...new Set([...everything, ...live, ...keep])].sort();
  const sortedRedirects = Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { lock: { published, redirects: sortedRedirects }, vanished: vanished.sort() };
}

/** Reads a lock file's JSON, refusing a wrong shape rather than silently starting over. */
export function parseIdsLock(json: string): IdsLock {
  const data = JSON.parse(json) as Partial<IdsLock>;
  if (!Array.isArray(data.published) || typeof data.redirects !== 'object' || data.redirects === null) {
    throw new Error('ids.lock.json must be {"published": [ids], "redirects": {"old": "new"}}');
  }
  return { published: data.published.map(String), redirects: Object.fromEntries(Object.entries(data.redirects).map(([k, v]) => [k, String(v)])) };
}

export function serializeIdsLock(lock: IdsLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
