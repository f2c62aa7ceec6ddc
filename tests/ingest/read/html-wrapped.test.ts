// The corpus articles as saved web pages whose theme prints the date outside the story's block: a
// `div.date` beside `div.text` with no <article> around them, or a <time> that shows only an age
// («منذ 7 سنوات») and keeps the day in its datetime attribute. A site header with the day the page was
// shown and a sidebar of dated teasers stand around. The page's own date must date the article, and the
// header's day or a teaser's must never be printed.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles, excludes } from '../wrapped-corpus.ts';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const two = (n: number) => String(n).padStart(2, '0');
const shell = (content: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موقع الأخبار</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/e">اقتصاد</a></nav><span class="today">الجمعة 13 فبراير 2026</span></header>
<main>${content}<aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">روسيا تعلن موعد الجولة المقبلة</a><span class="date">5 فبراير 2020</span></li><li><a href="/b">المعارضة ترفض الدعوة</a><span class="date">7 فبراير 2020</span></li></ul></aside></main>
<footer>© 2026 جميع الحقوق محفوظة</footer></body></html>`;
type Layout = (title: string, paragraphs: string[], y: number, m: number, d: number) => string;
const LAYOUTS: [string, Layout][] = [
  ['a div.date beside div.text', (t, p, y, m, d) => shell(`<div class="content"><div class="title">${escape(t)}</div><div class="date">${two(d)}/${two(m)}/${y}</div><div class="text">${p.map(escape).join('<br><br>')}</div></div>`)],
  ['a <time> showing an age', (t, p, y, m, d) => shell(`<div class="content"><h1>${escape(t)}</h1><div class="meta"><time datetime="${y}-${two(m)}-${two(d)}T10:15:00+03:00">منذ 7 سنوات</time></div><div class="text">${p.map(escape).join('<br><br>')}</div></div>`)],
];

function wrapped(split: string, layout: Layout): { file: string; truth: string; got: string | null }[] {
  return datedArticles(split).flatMap((a) => {
    const read = readArticle('seeds/page.html', new TextEncoder().encode(layout(a.lines[0]!, a.lines.slice(1), a.y, a.m, a.d)));
    if (!read.ok || !read.body) return [];
    return [{ file: a.file, truth: a.truth, got: dateArticle(cleanArticle(read.body.text, 0).text.text, { rounds }).anchor?.edtf ?? null }];
  });
}

describe.each(['train', 'dev'].flatMap((split) => LAYOUTS.map(([name, layout]) => ({ split, name, layout }))))('the $split split as web pages with $name', ({ split, layout }) => {
  const results = wrapped(split, layout);
  it('never prints a date that excludes the true day', () => {
    expect(results.filter((r) => excludes(r.got, r.truth))).toEqual([]);
  });
  it('is dated to the page\'s day for nine articles in ten or more', () => {
    expect(results.length).toBeGreaterThan(20);
    expect(results.filter((r) => r.got === r.truth).length / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
