// The steps of `npm run build` after the ingest, as data: what runs, with which arguments, and whether
// its output is the maintainer's business. Astro, Pagefind and the publish step print progress that
// buried the maintainer's own diagnostics (a route list of 190 lines, vite's notes): their output is
// kept and shown only when the step fails.

export interface BuildStep {
  /** What the summary and a failure call it. */
  name: string;
  /** A script run by the Node running the build (the project's own), with its arguments. */
  script: string;
  args: string[];
  /** Environment variables of this step alone, beside the build's. */
  env?: Record<string, string>;
}

export interface BuildOptions { root: string; out: string }

/**
 * The folders whose pages carry `data-pagefind-body`, the only pages Pagefind indexes once one page has
 * it. Naming them spares Pagefind reading the others (the embed views, one for each entry): a third of
 * its time on a 10,000-entry site, and the same index, byte for byte. A page of another folder that
 * should be found must be added here (tests/e2e/site-suite.ts fails until it is).
 */
export const SEARCHED_FOLDERS = ['entries', 'articles', 'rounds', 'actors'] as const;

/** Pagefind's arguments for the site in `out`. */
export function pagefindArgs(out: string): string[] {
  return ['--site', out, '--glob', `{${SEARCHED_FOLDERS.join(',')}}/**/*.html`, '--quiet'];
}

/**
 * Astro's log level in the build (astro.config.mjs): its output is held back unless the step fails, and
 * at the info level it was two lines for every page. Warnings and errors still come.
 */
export const ASTRO_BUILD_ENV = { MASAR_ASTRO_LOG_LEVEL: 'warn' };

/** astro build → Pagefind → the publish step, into `out` (relative to `root` or absolute). */
export function buildSteps({ out }: BuildOptions): BuildStep[] {
  return [
    { name: 'astro build', script: 'node_modules/.bin/astro', args: ['build', '--outDir', out], env: ASTRO_BUILD_ENV },
    { name: 'search index (Pagefind)', script: 'node_modules/.bin/pagefind', args: pagefindArgs(out) },
    { name: 'publish step', script: 'src/publish/cli.ts', args: ['--site', out] },
  ];
}

/**
 * The environment variables the steps need beside the maintainer's: Astro reads the content folder from
 * MASAR_CONTENT (src/content.config.ts), set only when it is not the repository's own `content/`.
 */
export function contentEnv(content: string, repoContent: string): Record<string, string> {
  return content !== repoContent ? { MASAR_CONTENT: content } : {};
}

/**
 * Whether the site is built after the ingest ended with `status`: 0, or 1 when an article has an error
 * (the site is built from the others). Anything else (a usage error, a crash, a locked folder) leaves
 * nothing to build.
 */
export function ingestLetsBuild(status: number): boolean {
  return status === 0 || status === 1;
}
