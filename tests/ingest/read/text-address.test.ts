// A text seed saved from the web with its page's address on a line of its own: the address is the
// article's (its source link, and the day its path states), as a web page's own address is.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.\nوأضاف الوزير في تصريح للصحفيين أن بلاده مستعدة لاستضافة جولات جديدة من المحادثات متى طلبت الأطراف ذلك.';
const read = (text: string) => readArticle('seeds/x.txt', new TextEncoder().encode(text));
/** As the date stage dates it: the read address, the cleaned text. */
const dayOf = (text: string) => {
  const r = read(text);
  return dateArticle(cleanArticle(r.text, r.bodyOffset).text.text, { rounds, url: r.overrides.url }).anchor?.edtf ?? null;
};

describe('the page\'s own address in a text seed', () => {
  it.each([
    ['heading the page (a print view)', `https://www.example-news.com/news/2017/05/16/astana-guarantors\n${HEAD}\n${BODY}`],
    ['at its foot, after a link label', `${HEAD}\n${BODY}\nرابط المقال: https://www.example-news.com/20170516-astana`],
    ['after the short-link label', `${HEAD}\n${BODY}\nالرابط المختصر: https://www.example-news.com/story/2017/5/16/123`],
  ])('%s is the article\'s address, and its day dates it', (_name, text) => {
    expect(read(text).overrides.url).toMatch(/^https:\/\/www\.example-news\.com\//u);
    expect(read(text).links).toEqual([read(text).overrides.url]);
    expect(dayOf(text)).toBe('2017-05-16');
  });
  it('a source\'s address is another page\'s', () => {
    expect(read(`${HEAD}\n${BODY}\nالمصدر: https://www.other.com/2016/01/02/x`).overrides.url).toBeUndefined();
  });
  it('an address inside the story is a link, not the page\'s', () => {
    const text = `${HEAD}\nوأوضح البيان المنشور على الموقع https://www.mfa.example/2016/01/02/x أن الوفد سيصل غداً إلى أستانا للمشاركة في الجولة الجديدة.\n${BODY}\nوختم الوزير بأن الحل السياسي هو الطريق الوحيد.\nوأشار إلى أن اللقاءات ستتواصل.`;
    expect(read(text).overrides.url).toBeUndefined();
  });
  it('the front matter\'s address wins', () => {
    const text = `---\nurl: https://www.example-news.com/2018/01/02/a\n---\n${HEAD}\n${BODY}\nhttps://www.example-news.com/2017/05/16/b`;
    expect(read(text).overrides.url).toBe('https://www.example-news.com/2018/01/02/a');
  });
});

describe('addresses that are not the article\'s page', () => {
  it.each(['https://www.example-news.com/', 'http://www.example-news.com/images/2017/05/16/photo.jpg'])('%s is not taken', (address) => {
    expect(read(`${address}\n${HEAD}\n${BODY}`).overrides.url).toBeUndefined();
  });
});
