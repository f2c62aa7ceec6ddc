// What `npm run add` decides about a page, without the network or a file: whether an argument is an
// address or a saved page, the seed's text and name, and the lines it prints. cli.ts fetches, reads,
// runs the build step and writes.
import { basename } from 'node:path';
import type { ArticleResult } from '../ingest/pipeline.ts';
import { readHtml } from '../ingest/read/html/read-html.ts';
import { describeResult } from './describe-result.ts';
import type { Redirect } from './fetch-page.ts';
import { seedName } from './seed-name.ts';

/** Where and when a page was fetched, as its seed records it. */
export interface Fetched {
  url: string;
  redirects: Redirect[];
  /** UTC, to the second: `2026-12-04T15:40:56Z`. */
  at: string;
}

/** An argument is fetched when it is an http(s) address; anything else is taken as a saved page. */
export function isAddress(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Why a file given to `npm run add` is not taken, or null for a saved web page. */
export function savedPageRefusal(file: string): string | null {
  return /\.html?$/i.test(file) ? null : 'not a saved web page (.html): copy .txt and .md articles into seeds/ as they are';
}

/** What names a saved page's seed when the page gives no address: its file name. */
export function savedPageName(file: string): string {
  return basename(file).replace(/\.html?$/i, '');
}

export function fetchedAt(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

/** The page as a seed: a record of where it was fetched from (an HTML comment), and its address as front matter when the page names none. */
export function seedText(html: string, fetched: Fetched | null): string {
  if (!fetched) return html;
  const hops = fetched.redirects.map((r) => ` redirected from ${r.from} (${r.status});`).join('');
  const record = `<!-- saved by npm run add from ${fetched.url} on ${fetched.at};${hops} -->\n`;
  const named = readHtml(html, 0).meta.url !== undefined;
  return `${named ? '' : `---\nurl: ${JSON.stringify(fetched.url)}\n---\n`}${record}${html}`;
}

/** The seed's file name from what the build step made of the page: its address, and its day when that is exact. */
export function seedFileName(fields: Readonly<Record<string, unknown>>, fetchedUrl: string | undefined, fallback: string): string {
  const day = fields.dateCertainty === 'exact' ? (fields.published as string) : undefined;
  return seedName((fields.url as string | undefined) ?? fetchedUrl, day, fallback);
}

/** What `npm run add` prints for a page it saved as `shown`, fetched from `from`. */
export function addedReport(shown: string, from: string, redirects: readonly Redirect[], result: ArticleResult): string {
  const hops = redirects.map((r) => `  redirected: ${r.from} → ${r.to} (${r.status})`);
  return `${shown} ← ${from}\n${[...hops, ...describeResult(result)].join('\n')}\n`;
}
