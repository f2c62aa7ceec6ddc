// A 10 MB article (issue 15, item 9): the build step handles it in seconds, and so must the site. Its
// page rendered in quadratic time (1 MB in 33 s, 10 MB never): here it is ingested and built for real,
// and its page must hold the whole text. How long that takes is a figure of `npm run bench`, not a test.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigArticleFolders, type BigArticleFolders } from '../../bench/big-article-site.ts';
import { ROOT, runIngest } from '../ingest/run-ingest.ts';

// A fixed folder, so the content cache astro keeps per content path is reused run after run, not piled up.
const WORK = join(ROOT, 'tests/.cache/big-article-site');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('a site with one 10 MB article', () => {
  let site: BigArticleFolders;
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('builds, and the article page holds every paragraph of the text', { timeout: 900_000 }, () => {
    site = bigArticleFolders(WORK, 10 * 1024 * 1024);
    const run = runIngest(site.seeds, site.content);
    expect(run.code, run.stderr).toBe(0);
    execFileSync('npx', ['astro', 'build', '--outDir', site.dist], { cwd: ROOT, env: { ...process.env, MASAR_CONTENT: site.content }, stdio: ['ignore', 'ignore', 'pipe'] });
    expect(Buffer.byteLength(site.text)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const html = readFileSync(join(site.dist, 'articles/big/index.html'), 'utf8');
    // The page's text with the links of the highlighted sentences taken out: each paragraph is a <p> of
    // its own, as written, in order. Every one of them is checked, the last included.
    const text = html.replace(/<mark><a href="\/entries\/[^"]+\/">|<\/a><\/mark>/g, '');
    const paragraphs = site.text.split('\n\n');
    let from = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(`<p>${escapeHtml(p)}</p>`, from);
      expect(at, p).toBeGreaterThan(from);
      from = at;
    }
  });

  it('links the sentences that became entries to entry pages that were built', () => {
    const html = readFileSync(join(site.dist, 'articles/big/index.html'), 'utf8');
    const linked = [...html.matchAll(/<mark><a href="\/entries\/([^/"]+)\/">/g)].map((m) => m[1]!);
    const entries = readdirSync(join(site.content, 'entries')).filter((f) => readFileSync(join(site.content, 'entries', f), 'utf8').includes('article: big\n'));
    expect(entries.length).toBeGreaterThan(0);
    expect(linked.length).toBeGreaterThan(0);
    for (const id of new Set(linked)) expect(existsSync(join(site.dist, 'entries', id, 'index.html')), id).toBe(true);
  });
});
