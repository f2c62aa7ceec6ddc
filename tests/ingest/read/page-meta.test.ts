// The page's metadata when its JSON-LD describes more than its own article (saved-page fixtures, invented text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../src/ingest/read/html/page-meta.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const meta = (html: string) => pageMeta(parseHTML(html).document as unknown as Document, html);
const page = readFileSync(join(PAGES, 'graph-multi.html'), 'utf8');

describe('the JSON-LD article that is the page', () => {
  it("a news ticker's articles before the page's own @graph: the day is the one naming the page's address", () => {
    expect(meta(page).published).toMatchObject({ day: '2018-11-29', field: 'JSON-LD datePublished' });
    expect(meta(page).author).toBe('باسل العمر');
  });

  it('the page named by its `url` alone (no `@id`) is still found', () => {
    const byUrl = page.replace('"@type":"NewsArticle","@id":"https://alofoq-daily.example/news/118342#article"', '"@type":"NewsArticle","url":"https://alofoq-daily.example/news/118342/"');
    expect(meta(byUrl).published?.day).toBe('2018-11-29');
  });

  it('with no address of its own, the Article comes before the WebPage around it', () => {
    const bare = page.replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g, '').replace(/<script type="application\/ld\+json">\[.*?\]<\/script>/s, '');
    const swapped = bare.replace('"datePublished":"2018-11-29T17:40:00+02:00","breadcrumb"', '"datePublished":"2018-12-01T08:00:00+02:00","breadcrumb"');
    const reordered = swapped.replace(/"@graph":\[(\{"@type":"NewsArticle".*?"inLanguage":"ar"\}),(\{"@type":"WebPage".*?"inLanguage":"ar"\})/s, '"@graph":[$2,$1');
    expect(reordered).not.toBe(swapped);
    expect(meta(reordered).published?.day).toBe('2018-11-29');
  });
});
