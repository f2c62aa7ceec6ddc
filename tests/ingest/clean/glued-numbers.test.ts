// Text taken from a page whose markup set a date's number in a tag of its own loses the space before
// the number: «في31 الماضي»، «منذ عام2020»، «في31/12/2016». Every date pattern reads a word, a space,
// then the number: glued, the corpus's stories lost their day (ten of 153 dated stories moved, to a
// refusal or a wider interval). The clean stage puts the space back after a word that leads a day or a
// year, and nowhere else.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { spaceGluedNumbers } from '../../../src/ingest/clean/space-glued-numbers.ts';
import { normalizeText } from '../../../src/ingest/shared/normalize-text.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles } from '../wrapped-corpus.ts';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';

/** What a page's markup does to the space after a word leading a day or a year. */
const glue = (t: string): string => t.replace(/(^|[^\p{L}])(في|يوم|يومي|منذ|حتى|عام|سنة|بتاريخ|الموافق) ([0-9٠-٩])/gu, '$1$2$3');

describe('numbers glued to the word before them', () => {
  it('get their space back, the space placed at the number in the source', () => {
    const line = 'وكانت الحكومة وفصائل المعارضة قد شرعت في وقف لإطلاق النار في31 الماضي، ووقّعت الأطراف محضراً بتاريخ٣٠/١٢/٢٠١٦ منذ عام2016.';
    const out = spaceGluedNumbers(normalizeText(line, 0));
    expect(out.text).toBe(line.replace('في31', 'في 31').replace('بتاريخ٣٠', 'بتاريخ ٣٠').replace('عام2016', 'عام 2016'));
    const space = out.text.indexOf('في 31') + 2;
    expect(out.map[space]).toBe(line.indexOf('31'));
    expect(out.map[space + 1]).toBe(line.indexOf('31'));
    expect(out.map[out.text.length]).toBe(line.length);
  });

  it('leaves names and suffixes written with their number alone', () => {
    const line = 'انعقد اجتماع أستانا11 وسط مخاوف من كوفيد19، في ذكرى اتفاق 2016م، وفي الـ14 من الشهر، وضمن قائمة ر56، وبموجب صيغة جنيف2.';
    expect(spaceGluedNumbers(normalizeText(line, 0)).text).toBe(line);
  });

  it('date a story with a glued day as they date it written with the space', () => {
    const story = ['وفد المعارضة يصل إلى العاصمة الكازاخستانية', 'نشر بتاريخ31/12/2016', 'أعلنت الخارجية الكازاخستانية اليوم السبت أن العاصمة أستانا ستستضيف محادثات بين الحكومة السورية والمعارضة.'].join('\n');
    expect(dateArticle(cleanArticle(story, 0).text.text, { rounds }).anchor?.edtf).toBe('2016-12-31');
  });

  it('date the training and dev stories glued as they date them spaced', () => {
    const moved: string[] = [];
    let glued = 0;
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        const text = a.lines.join('\n');
        const g = glue(text);
        if (g === text) continue;
        glued++;
        const date = (t: string) => dateArticle(cleanArticle(t, 0).text.text, { rounds }).anchor?.edtf ?? null;
        const [before, after] = [date(text), date(g)];
        if (before !== after) moved.push(`${split}/${a.file}: ${before} -> ${after}`);
      }
    }
    expect(glued).toBeGreaterThan(30);
    expect(moved).toEqual([]);
    // Seventy stories dated twice: seconds on a loaded machine.
  }, 60_000);
});
