// Arabic sites whose theme prints the publication stamp in English: the line is the page's date, not
// a button in Latin letters, and the date engine reads it as it reads an Arabic stamp.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.';

describe('a stamp in English on an Arabic page', () => {
  it.each(['May 16, 2017', 'Tuesday 16 May 2017', 'Posted on May 16, 2017', '16 May, 2017 - 12:30'])('«%s» is kept for dating and dates the story', (stamp) => {
    for (const text of [`${HEAD}\n${stamp}\n${BODY}`, `${HEAD}\n${BODY}\n${stamp}`]) {
      const clean = cleanArticle(text, 0);
      expect(clean.dropped).toContainEqual(expect.objectContaining({ text: stamp, reason: 'publication stamp (kept for dating)' }));
      expect(dateArticle(clean.text.text, { rounds }).anchor?.edtf).toBe('2017-05-16');
    }
  });
  it('leaves a button in Latin letters furniture', () => {
    const clean = cleanArticle(`${HEAD}\n${BODY}\nShare on Facebook`, 0);
    expect(clean.dropped).toContainEqual(expect.objectContaining({ text: 'Share on Facebook', reason: 'interface or credit in Latin letters' }));
  });
});
