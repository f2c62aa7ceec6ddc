// node src/publish/cli.ts --site dist
// The last step of `npm run build`, after astro and Pagefind: it makes dist/ the same bytes for the same
// content (Pagefind's filter files), gives every page's Content-Security-Policy the hashes of its own
// inline code, and writes dist/_headers. The one place of this step that touches the file system.
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { contentName } from './content-name.ts';
import type { InlineHashes } from '../lib/content-security-policy.ts';
import { headersFile } from './headers-file.ts';
import { pageHashes, siteHashes, unguardedPages } from './page-hashes.ts';
import { setPagePolicy } from './set-page-policy.ts';
import { renameCborTexts } from './rename-cbor-texts.ts';
import { sortPagefindFilter } from './sort-pagefind-filter.ts';
import { sortPagefindMetaFilters } from './sort-pagefind-meta.ts';

// Pagefind reads its files gzipped; a fixed level and Node's fixed gzip header (no time stamp) give one
// byte sequence for one content.
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });

/** Writes `bytes` gzipped as `dir/<name><ext>`, removing `old` when the name changed. */
function replaceFile(dir: string, old: string, name: string, ext: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, `${name}${ext}.tmp`), gzip(bytes));
  renameSync(join(dir, `${name}${ext}.tmp`), join(dir, `${name}${ext}`));
  if (old !== name) rmSync(join(dir, `${old}${ext}`), { force: true });
}

/**
 * Sorts every filter file and renames it after its new bytes, then names the new files in the
 * metadata file, with its filters sorted, renamed in turn, and names that in pagefind-entry.json.
 */
function settlePagefind(site: string): void {
  const root = join(site, 'pagefind');
  const filterDir = join(root, 'filter');
  const renames = new Map<string, string>();
  for (const file of readdirSync(filterDir).filter((f) => f.endsWith('.pf_filter')).sort()) {
    const old = file.slice(0, -'.pf_filter'.length);
    const sorted = sortPagefindFilter(gunzipSync(readFileSync(join(filterDir, file))));
    const name = contentName(old, sorted);
    renames.set(old, name);
    replaceFile(filterDir, old, name, '.pf_filter', sorted);
  }
  const entryPath = join(root, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const language of Object.values(entry.languages)) {
    const old = language.hash;
    const meta = sortPagefindMetaFilters(renameCborTexts(gunzipSync(readFileSync(join(root, `pagefind.${old}.pf_meta`))), renames));
    language.hash = contentName(old, meta);
    replaceFile(root, `pagefind.${old}`, `pagefind.${language.hash}`, '.pf_meta', meta);
  }
  writeFileSync(entryPath, JSON.stringify(entry));
}

function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort().map((f) => join(site, f));
}

/**
 * Each page's policy names the hashes of the inline scripts and styles it has; _headers, which covers
 * every path, names all of them. A page without the policy's <meta> stops the build.
 */
function settlePolicies(site: string): void {
  const pages: InlineHashes[] = [];
  const unguarded: string[] = [];
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    const hashes = pageHashes(html);
    pages.push(hashes);
    const page = setPagePolicy(html, hashes);
    if (page === null) unguarded.push(relative(site, file));
    else if (page !== html) writeFileSync(file, page);
  }
  if (unguarded.length > 0) {
    process.stderr.write(`${unguardedPages(unguarded)}\n`);
    process.exit(1);
  }
  const names = readdirSync(site, { withFileTypes: true }).map((d) => ({ name: d.name, folder: d.isDirectory() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  writeFileSync(join(site, '_headers'), headersFile(siteHashes(pages), names));
}

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
settlePagefind(values.site!);
settlePolicies(values.site!);
