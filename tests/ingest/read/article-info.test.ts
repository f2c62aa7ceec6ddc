// The article-info block a CMS prints inside the article (author, section, hit counter, day) is not the
// story: run on the saved-page fixtures and on variants of them, the text invented here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBody } from '../../../src/ingest/read/html/page-body.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const fixture = (name: string) => readFileSync(join(PAGES, `${name}.html`), 'utf8');
const handMarked = (name: string) => readFileSync(join(PAGES, `${name}.body.txt`), 'utf8').split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');

/** The wordpress page with `html` put at the top of its story's element. */
const wordpressWith = (html: string) => fixture('wordpress').replace('<div class="entry-content">', `<div class="entry-content">${html}`);

describe('article-info blocks', () => {
  it("Joomla's `dl.article-info` leaves only its day, above the story exactly as marked by hand", () => {
    const { paragraphs } = pageBody(fixture('joomla'));
    expect(paragraphs).toEqual(['نشر بتاريخ: 23 آذار/مارس 2017', ...handMarked('joomla')]);
  });

  it("Drupal's `node__meta` byline does not open the story", () => {
    const { paragraphs } = pageBody(fixture('drupal'));
    expect(paragraphs).not.toContain('مراسل نهار الشام');
    expect(paragraphs[0]).toBe(handMarked('drupal')[0]);
  });

  it("a theme's entry-meta inside the story: author, section and views go, the printed day stays for the date engine", () => {
    const meta = '<div class="entry-meta"><span class="byline">بقلم: سامر الحلبي</span> | <span class="cat-links">التصنيف: سياسة</span> | <span class="post-views">المشاهدات: 812</span> | <span class="posted-on"><time class="entry-date" datetime="2017-05-04T18:20:00+03:00">4 أيار 2017</time></span></div>';
    const { paragraphs } = pageBody(wordpressWith(meta));
    const text = paragraphs.join('\n');
    for (const gone of ['سامر الحلبي', 'التصنيف', 'المشاهدات']) expect(text).not.toContain(gone);
    expect(paragraphs).toContain('4 أيار 2017');
    expect(paragraphs.slice(paragraphs.indexOf('4 أيار 2017') + 1, -1)).toEqual(handMarked('wordpress'));
  });

  it('a modified time printed beside the published one, hidden by the theme, leaves only the published day', () => {
    const meta = '<div class="entry-meta"><span class="posted-on"><a href="/x" rel="bookmark"><time class="entry-date published" datetime="2017-05-04T18:20:00+03:00">4 أيار 2017</time><time class="updated" datetime="2021-11-09T08:00:00+03:00">9 تشرين الثاني 2021</time></a></span></div>';
    const { paragraphs } = pageBody(wordpressWith(meta));
    expect(paragraphs).toContain('4 أيار 2017');
    expect(paragraphs.join('\n')).not.toContain('2021');
  });

  it('a time marked updated with no published one beside it is the only day printed, and stays', () => {
    const meta = '<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2017-05-04T18:20:00+03:00">4 أيار 2017</time></span></div>';
    expect(pageBody(wordpressWith(meta)).paragraphs).toContain('4 أيار 2017');
  });

  it('a byline paragraph marked by `rel=author` or microdata goes whole', () => {
    for (const byline of ['<p>بقلم <a rel="author" href="/author/hala/">هالة منصور</a></p>', '<p>كتبت: <span itemprop="author">هالة منصور</span> - مراسلة الوكالة</p>']) {
      const { paragraphs } = pageBody(wordpressWith(byline));
      expect(paragraphs.join('\n')).not.toContain('هالة منصور');
      expect(paragraphs[0]).toBe(handMarked('wordpress')[0]);
    }
  });

  it("a lead whose dateline is marked as the author's keeps every word", () => {
    const page = fixture('wordpress').replace('<p>أستانا – <strong>وكالة البادية</strong>:', '<p><span class="byline">أستانا – <strong>وكالة البادية</strong>:</span>');
    expect(pageBody(page).paragraphs[0]).toBe(handMarked('wordpress')[0]);
  });

  it('a story wrapper a theme also named «meta» keeps the story', () => {
    const page = fixture('wordpress').replace('<div class="entry-content">', '<div class="entry-content article-meta-wrap">');
    expect(pageBody(page).paragraphs.slice(0, 5)).toEqual(handMarked('wordpress'));
  });
});

describe("a byline's parts", () => {
  it("Ghost's reading time is the reader's, not a day: the byline leaves its printed day alone", () => {
    const { paragraphs } = pageBody(fixture('ghost'));
    expect(paragraphs.join('\n')).not.toContain('للقراءة');
    expect(paragraphs).toContain('25 نوفمبر 2019');
  });
});
