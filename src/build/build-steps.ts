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
}

export interface BuildOptions { root: string; out: string }

/** astro build → Pagefind → the publish step, into `out` (relative to `root` or absolute). */
export function buildSteps({ out }: BuildOptions): BuildStep[] {
  return [
    { name: 'astro build', script: 'node_modules/.bin/astro', args: ['build', '--outDir', out] },
    { name: 'search index (Pagefind)', script: 'node_modules/.bin/pagefind', args: ['--site', out, '--quiet'] },
    { name: 'publish step', script: 'src/publish/cli.ts', args: ['--site', out] },
  ];
}
