/** What the last run left that this run no longer produces, and whose errors may still need it. */
export interface StaleScope {
  /** Generated paths (`articles/x.mdx`, `entries/y.mdx`, `*.tmp`) not produced by this run. */
  stale: readonly string[];
  /** Ids of articles with an error this run: their page and their entries may be the last good copy. */
  failedArticles: ReadonlySet<string>;
  /** Entries that could not be rendered this run: their previous file stays. */
  failedEntries: ReadonlySet<string>;
  /** An error that belongs to no article (nothing says which files are still needed): keep every stale file. */
  unattributedError: boolean;
}

/**
 * Splits stale files into those a run may delete and those it must keep. "Nothing already built is
 * lost": the page and the entries of an article that failed (`<id>.mdx`, `<id>-<hash>.mdx`) stay until it
 * builds again, but an article that fails does not keep every other article's leftovers on disk.
 * An interrupted write (`.tmp`) is never a good copy of anything.
 */
export function chooseStale(scope: StaleScope): { remove: string[]; keep: string[] } {
  const remove: string[] = [];
  const keep: string[] = [];
  for (const rel of scope.stale) {
    if (rel.endsWith('.tmp')) remove.push(rel);
    else if (scope.unattributedError || protectedFile(rel, scope)) keep.push(rel);
    else remove.push(rel);
  }
  return { remove, keep };
}

function protectedFile(rel: string, scope: StaleScope): boolean {
  const name = rel.slice(rel.indexOf('/') + 1).replace(/\.mdx$/u, '');
  if (rel.startsWith('articles/')) return scope.failedArticles.has(name);
  if (scope.failedEntries.has(name)) return true;
  // Entry ids start with the id of their first article (ids are slugs, so a prefix and a dash mark it).
  for (const id of scope.failedArticles) if (name.startsWith(`${id}-`)) return true;
  return false;
}
