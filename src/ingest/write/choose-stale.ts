import type { Diagnostic } from '../diagnostics/diagnostic.ts';

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

/** What the run knows when its files are in place: from it, which generated files are stale and what protects them. */
export interface FinishedRun {
  /** Every file in the generated folders now (`articles/x.mdx`, `entries/y.mdx.tmp`, …), or every one of them that may be stale. */
  listed: readonly string[];
  /** The files this run wrote or kept. */
  produced: ReadonlySet<string>;
  failedArticles: ReadonlySet<string>;
  failedEntries: ReadonlySet<string>;
  /** Every diagnostic of the run, and the seeds it read (`<seeds folder>/<file>`). */
  diagnostics: readonly Diagnostic[];
  sources: ReadonlySet<string>;
}

/**
 * The stale scope of a finished run. An error is attributed when it names a seed, or is the contract
 * error of an entry that could not be rendered (it names the entry's first article or the entry itself,
 * never a seed file); any other error leaves no way to tell which files are still needed.
 */
export function staleScope(run: FinishedRun): StaleScope {
  const unrendered = (d: Diagnostic) => d.rule === 'contract' && [...run.failedEntries].some((id) => d.reason.startsWith(`entry ${id} `));
  return {
    stale: run.listed.filter((rel) => !run.produced.has(rel) && (rel.endsWith('.mdx') || rel.endsWith('.tmp'))),
    failedArticles: run.failedArticles,
    failedEntries: run.failedEntries,
    unattributedError: run.diagnostics.some((d) => d.severity === 'error' && !run.sources.has(d.file) && !unrendered(d)),
  };
}
