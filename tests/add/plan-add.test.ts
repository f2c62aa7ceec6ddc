// What `npm run add` decides about a page, on the saved pages of tests/fixtures/pages.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedReport, fetchedAt, isAddress, savedPageName, savedPageRefusal, seedFileName, seedText } from '../../src/add/plan-add.ts';
import type { ArticleResult } from '../../src/ingest/pipeline.ts';
import { readHtml } from '../../src/ingest/read/html/read-html.ts';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const page = (name: string) => readFileSync(join(PAGES, `${name}.html`), 'utf8');
const fetched = { url: 'https://example.org/politics/astana-4-closing-memorandum/', redirects: [{ from: 'https://example.org/old-address', to: 'https://example.org/politics/astana-4-closing-memorandum/', status: 301 }], at: '2026-12-04T15:40:56Z' };

describe('arguments', () => {
  it('fetches http and https addresses, and takes anything else as a saved page', () => {
    expect(['https://www.enabbaladi.net/archives/150000', 'HTTP://sana.sy/?p=1', 'ftp://x.org/a.html', 'tests/fixtures/pages/wordpress.html'].map(isAddress)).toEqual([true, true, false, false]);
  });

  it('takes only .html files as saved pages, and names one without an address by its file name', () => {
    expect(savedPageRefusal('tests/fixtures/pages/wordpress.html')).toBeNull();
    expect(savedPageRefusal('page.HTM')).toBeNull();
    expect(savedPageRefusal('seeds/000_db2cdda413b17d13.txt')).toMatch(/^not a saved web page \(\.html\)/);
    expect(savedPageName('tests/fixtures/pages/legacy-table.html')).toBe('legacy-table');
  });

  it('stamps the fetch in UTC to the second', () => {
    expect(fetchedAt(new Date(Date.UTC(2026, 11, 4, 15, 40, 56, 789)))).toBe('2026-12-04T15:40:56Z');
  });
});

describe('seedText', () => {
  it('keeps a saved page as it is', () => {
    expect(seedText(page('wordpress'), null)).toBe(page('wordpress'));
  });

  it('records where and when a page naming its own address was fetched, and its redirects', () => {
    const html = page('wordpress');
    expect(readHtml(html, 0).meta.url).toBeDefined();
    expect(seedText(html, fetched)).toBe(`<!-- saved by npm run add from ${fetched.url} on 2026-12-04T15:40:56Z; redirected from https://example.org/old-address (301); -->\n${html}`);
  });

  it('gives a page that names no address the one it was fetched from, as front matter the build step reads', () => {
    const html = page('legacy-table');
    expect(readHtml(html, 0).meta.url).toBeUndefined();
    const text = seedText(html, { ...fetched, redirects: [] });
    expect(text.startsWith(`---\nurl: "${fetched.url}"\n---\n<!-- saved by npm run add from ${fetched.url} on 2026-12-04T15:40:56Z; -->\n`)).toBe(true);
  });
});

describe('seedFileName', () => {
  it('names the seed by the page\'s own address and its exact day, else the address it was fetched from, undated', () => {
    const exact = seedFileName({ url: 'https://www.enabbaladi.net/archives/150000', published: '2017-05-04', dateCertainty: 'exact' }, fetched.url, 'x');
    expect(exact).toMatch(/^enabbaladi-net-2017-05-04-[0-9a-f]{6}\.html$/);
    const vague = seedFileName({ published: '2017-05', dateCertainty: 'month' }, fetched.url, 'x');
    expect(vague).toMatch(/^example-org-undated-[0-9a-f]{6}\.html$/);
    expect(seedFileName({}, undefined, 'legacy-table')).toMatch(/^legacy-table-undated-[0-9a-f]{6}\.html$/);
  });
});

describe('addedReport', () => {
  it('names the file and where it came from, then each redirect, then what the build step made of it', () => {
    const result = { source: 'seeds/page.html', id: 'page', article: { fields: { title: 'مذكرة مناطق تخفيف التصعيد', outlet: 'عنب بلدي', url: fetched.url }, mdx: '' }, events: [], diagnostics: [] } as unknown as ArticleResult;
    const lines = addedReport('seeds/example-org-undated-1a2b3c.html', fetched.url, fetched.redirects, result).split('\n');
    expect(lines[0]).toBe(`seeds/example-org-undated-1a2b3c.html ← ${fetched.url}`);
    expect(lines[1]).toBe(`  redirected: https://example.org/old-address → ${fetched.url} (301)`);
    expect(lines[2]).toBe('  title:   مذكرة مناطق تخفيف التصعيد');
    expect(lines.at(-1)).toBe('');
  });
});
