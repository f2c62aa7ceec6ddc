// A page pasted with the day it was read («تاريخ الاطلاع: …» under a citation, «تمت الزيارة في …» from a
// web clipper, «Retrieved …»): that day bounds the article from above, and is never its own day. Read as
// a stamp, it dated 27 of the 106 seed, held-out and training stories to the day they were saved.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';

// Astana's eighth round closed on Friday 22 December 2017.
const STORY = [
  'ختام الجولة الثامنة من محادثات أستانا حول سوريا',
  '',
  'اختتمت اليوم الجمعة في العاصمة الكازاخستانية أعمال الجولة الثامنة من محادثات أستانا حول سوريا، بإعلان الدول الضامنة عقد مؤتمر الحوار الوطني السوري في سوتشي.',
  '',
  'وقال رئيس الوفد الروسي ألكسندر لافرنتييف إن الأطراف اتفقت على تشكيل مجموعة عمل لملف المعتقلين.',
].join('\n');

const date = (text: string, published?: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds, ...(published ? { published } : {}) });

describe('the day a page was read', () => {
  it.each([
    'تاريخ الاطلاع: 13/02/2026',
    'تمت الزيارة في 13 فبراير 2026',
    'تم الاطلاع عليه في 13 فبراير 2026',
    'Retrieved 13/02/2026',
    // A web archive's day of saving, or a citation's: each printed as the story's day before.
    'تاريخ الأرشفة: 2026-02-13',
    'تم الاسترجاع في 13 شباط 2026',
    // Arabic Wikipedia's citations: «تاريخ الوصول» is the day the source was read.
    'تاريخ الوصول: 13 فبراير 2026',
  ])('«%s» on a line of its own is dropped, not the story\'s day', (line) => {
    const text = `${STORY}\n\n${line}`;
    expect(cleanArticle(text, 0).dropped.map((d) => d.reason)).toContain('the day the page was printed or visited');
    expect(date(text).anchor?.edtf).toBe('2017-12-22');
  });
  it('inside a line (a citation), it bounds the article from above', () => {
    const text = `${STORY}\n\nالمصدر: وكالة الأنباء، الجولة الثامنة من محادثات أستانا (تاريخ الاطلاع 13/02/2026)`;
    expect(date(text).anchor?.edtf).toBe('2017-12-22');
    expect(date(text, '2017-12-22').anchor?.evidence.map((c) => c.note)).toContainEqual({ code: 'accessed-day', day: '2026-02-13' });
    const early = `${STORY}\n\nالمصدر: وكالة الأنباء (تاريخ الاطلاع 13/12/2017)`;
    expect(date(early, '2017-12-22').anchor?.conflicts.map((c) => c.note.code)).toContain('accessed-day');
  });
});
