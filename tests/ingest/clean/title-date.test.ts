// A headline printed with its page's date as a segment at its start or end («العنوان | 16 مايو 2017»):
// the date dates the page, and the headline is printed without it.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ المذكرة';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.\nوأضاف الوزير في تصريح للصحفيين أن بلاده مستعدة لاستضافة جولات جديدة من المحادثات متى طلبت الأطراف ذلك.';

describe('a headline with its page\'s date', () => {
  it.each([`${HEAD} | 16 مايو 2017`, `16 مايو 2017 | ${HEAD}`, `${HEAD} - الثلاثاء 16 أيار 2017`])('«%s»', (line) => {
    const clean = cleanArticle(`${line}\n${BODY}`, 0);
    expect(clean.title).toBe(HEAD);
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2017-05-16');
  });
  it('a long headline is judged by its own words, not by the date beside it', () => {
    // Thirteen words: with the date's tokens the line reads as long as a lead, and was kept whole in the body.
    const head = 'المعارضة السورية: لا رجوع إلى مباحثات جنيف ما لم يتغير الوضع على الأرض';
    const clean = cleanArticle(`${head} | 2016/02/03\n${BODY}`, 0);
    expect(clean.title).toBe(head);
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2016-02-03');
  });
  it('a headline that names a date inside it keeps it, and is no stamp', () => {
    const line = 'الضامنون يحددون 16 مايو 2017 موعداً للجولة الرابعة من محادثات أستانا';
    const clean = cleanArticle(`${line}\n${BODY}`, 0);
    expect(clean.title).toBe(line);
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).not.toBe('2017-05-16');
  });
});

describe('a headline ending with a meeting\'s days', () => {
  it('names the meeting, not the page\'s day', () => {
    const clean = cleanArticle(`الجولة الرابعة من محادثات أستانا - 3 و4 أيار 2017\n${BODY}`, 0);
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).not.toBe('2017-05-03/2017-05-04');
  });
});
