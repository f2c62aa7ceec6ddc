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

// With no metadata but a `<time>` in the article, only the one a theme marks as the posting, or one in
// the byline above the story, is the page's day: not the modified time beside it, nor a day the story
// or its fact box tells of.
describe('the <time> in the article that dates the page', () => {
  const lead = '<p>اختتمت اليوم في نور سلطان الجولة الثالثة عشرة من محادثات أستانا حول سوريا، وأعلنت الدول الضامنة ترحيبها بقبول الحكومة السورية وقف إطلاق النار في إدلب.</p>';
  const pageWith = (article: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ختام أستانا 13</title></head><body><article><h1>ختام أستانا 13 بإعلان وقف إطلاق النار في إدلب</h1>${article}</article></body></html>`;

  it('a theme\'s modified time printed before the published one is not the publication', () => {
    const html = pageWith(`<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2022-03-14T11:00:00+03:00">14 آذار 2022</time><time class="entry-date published" datetime="2019-08-02T16:40:00+03:00">2 آب 2019</time></span></div><div class="entry-content">${lead}</div>`);
    expect(meta(html).published).toMatchObject({ day: '2019-08-02', field: '<time datetime>' });
  });

  it('a modified time alone says nothing of the publication', () => {
    const html = pageWith(`<div class="post-meta"><time class="modified-entry-date" datetime="2022-03-14T11:00:00+03:00">آخر تحديث: 14 آذار 2022</time></div>${lead}`);
    expect(meta(html).published).toBeUndefined();
  });

  it('a day the story tells of, marked up in its paragraphs, is not the publication', () => {
    const html = pageWith(`${lead}<p>وقال المتحدث باسم الخارجية الكازاخية إن الجولة المقبلة ستعقد في <time datetime="2019-10-29">تشرين الأول المقبل</time> في العاصمة.</p>`);
    expect(meta(html).published).toBeUndefined();
  });

  it('nor is a day in a fact box above the story', () => {
    const html = pageWith(`<div class="factbox"><strong>الجولة المقبلة:</strong> نور سلطان، <time datetime="2019-10-29">29 تشرين الأول 2019</time></div>${lead}`);
    expect(meta(html).published).toBeUndefined();
  });

  it('a time in the byline above the story is, whether or not the theme marks it', () => {
    for (const byline of [
      '<div class="post-meta"><span class="author">كتب: سامر الحلبي</span> <time datetime="2019-08-02T16:40:00+03:00">2 آب 2019</time></div>',
      '<time datetime="2019-08-02T16:40:00+03:00">2 آب 2019</time>',
      // tagDiv puts hAtom's «updated» on its one, published, time.
      '<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2019-08-02T16:40:00+03:00">2 آب 2019</time></span></div>',
    ]) expect(meta(pageWith(byline + lead)).published?.day, byline).toBe('2019-08-02');
  });

  it('a time marked published counts below the story too (microformats\' dt-published)', () => {
    const html = pageWith(`${lead}<footer class="entry-footer">نشر في <time class="dt-published" datetime="2019-08-02T16:40:00+03:00">2 آب 2019</time></footer>`);
    expect(meta(html).published?.day).toBe('2019-08-02');
  });
});
