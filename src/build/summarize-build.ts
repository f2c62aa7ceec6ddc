// The lines `npm run build` and `npm start` end with: what was built, and, when articles had errors,
// that the site was built from the others (the diagnostics themselves are printed above by the ingest).

export interface BuildSummary {
  pages: number;
  seconds: number;
  out: string;
  /** The ingest's exit status: 0, or 1 when an article has an error. */
  ingestStatus: number;
}

export function summarizeBuild(s: BuildSummary): string[] {
  const lines = [`site: ${s.pages} pages in ${s.out}/ (${s.seconds.toFixed(1)} s)`];
  if (s.ingestStatus !== 0) lines.push('site: built without the articles whose errors are listed above; fix them and build again');
  return lines;
}

/** The line `npm start` prints last, once the server listens. */
export function servingLine(url: string, ingestStatus: number): string {
  return ingestStatus === 0
    ? `serving ${url} (Ctrl+C stops)`
    : `serving ${url} (Ctrl+C stops); some articles have errors, listed above`;
}

/** The address `astro preview` says it listens on, from a piece of its output (with a final `/`), or null. */
export function previewAddress(output: string): string | null {
  const url = /https?:\/\/127\.0\.0\.1:\d+\/?/.exec(output)?.[0];
  if (url === undefined) return null;
  return url.endsWith('/') ? url : `${url}/`;
}
