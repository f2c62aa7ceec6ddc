// A page's date printed beside its byline, its source or its breadcrumb, set apart by a separator: the
// line is the stamp, while a headline or a caption with a date stays what it is.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.';
const STAMP = 'publication stamp (kept for dating)';

describe('a stamp beside a byline, a source or a breadcrumb', () => {
  it.each(['بقلم: محمد العلي - 16 مايو 2017', 'المصدر: وكالات | 16.05.2017', 'الرئيسية » أخبار » سوريا | 16 مايو 2017', 'دمشق | 16 أيار 2017'])('«%s» dates the story', (line) => {
    for (const text of [`${HEAD}\n${line}\n${BODY}`, `${line}\n${HEAD}\n${BODY}`, `${HEAD}\n${BODY}\n${line}`]) {
      const clean = cleanArticle(text, 0);
      expect(clean.dropped).toContainEqual(expect.objectContaining({ text: line, reason: STAMP }));
      expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2017-05-16');
    }
  });
  it.each(['نشر بواسطة: المحرر في 16 مايو 2017', 'بقلم: محمد عبد الرحمن العلي - 16 مايو 2017', 'كتب: محمد عبد الرحمن العلي في 16/5/2017', 'نشر بواسطة: محمد عبد الرحمن العلي في 16 مايو 2017 - 10:35 ص'])('«%s», a byline with a name of any length, dates the story', (line) => {
    for (const text of [`${HEAD}\n${line}\n${BODY}`, `${line}\n${HEAD}\n${BODY}`, `${HEAD}\n${BODY}\n${line}`]) {
      const clean = cleanArticle(text, 0);
      expect(clean.dropped).toContainEqual(expect.objectContaining({ text: line, reason: STAMP }));
      expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2017-05-16');
    }
  });
  it.each(['16-5-2017م', '16/05/2017م', '2017/5/16م'])('«%s», the era\'s letter on the year, at the foot dates the story', (line) => {
    const clean = cleanArticle(`${HEAD}\n${BODY}\n${line}`, 0);
    expect(clean.dropped).toContainEqual(expect.objectContaining({ text: line, reason: STAMP }));
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2017-05-16');
  });
  it('«كتب» opening a sentence, with no colon after it, is no byline', () => {
    const line = 'كتب لافروف رسالة إلى جاويش أوغلو في 16 مايو 2017';
    const clean = cleanArticle(`${HEAD}\n${BODY}\n${line}`, 0);
    expect(clean.dropped.map((d) => d.text)).not.toContain(line);
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).not.toBe('2017-05-16');
  });
  it.each(['وفد المعارضة يصل إلى جنيف - 16 مايو 2017', 'بيان الخارجية الروسية حول المذكرة - 16 مايو 2017 - نص كامل'])('«%s», a headline with its verb or a long label, is not a stamp', (line) => {
    const clean = cleanArticle(`${line}\n${BODY}`, 0);
    expect(clean.dropped.map((d) => d.text)).not.toContain(line);
  });
  it('leaves a dated caption furniture, never the page date', () => {
    const line = 'صورة أرشيفية - 15 آذار 2011';
    const clean = cleanArticle(`${HEAD}\n${line}\n${BODY}`, 0);
    expect(clean.dropped).toContainEqual(expect.objectContaining({ text: line, reason: 'photo caption' }));
    expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).not.toBe('2011-03-15');
  });
});

describe('a short dated line at the foot that says something else of its date', () => {
  // An offer's or a deadline's day under a story of some length is another box's, not the story's stamp.
  const MORE = 'وأضاف الوزير أن بلاده مستعدة لاستضافة جولات جديدة من المحادثات متى طلبت الأطراف ذلك، مشيراً إلى أن الاتصالات مع الدول الضامنة مستمرة.\nوأوضح أن الجولة المقبلة ستبحث ملف المعتقلين وتبادل الجثث، إلى جانب تثبيت وقف إطلاق النار في مناطق تخفيف التوتر.';
  it.each(['ينتهي العرض في 30/6/2022', 'آخر موعد للتسجيل 30 حزيران 2022'])('«%s» dates nothing', (line) => {
    expect(dateArticle(cleanArticle(`${HEAD}\n${BODY}\n${MORE}\n${line}`, 0).text.text, { rounds }).anchor?.edtf).not.toBe('2022-06-30');
  });
});
