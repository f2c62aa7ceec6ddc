// A saved page's list of other stories (related, most read) whose heading was lost: lines of a headline
// that each end on their story's day. No line of it is this story's stamp, at the page's foot or above
// the headline; a stamp stands alone.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';

const dayOf = (text: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds }).anchor?.edtf ?? null;

// Astana 9 opened on Monday 14 May 2018.
const HEAD = 'وفود الدول الضامنة تلتقي في العاصمة الكازاخية';
const BODY = 'افتتحت اليوم الإثنين في أستانا الجولة التاسعة من المحادثات السورية بلقاءات ثنائية بين الوفود.\nوينتظر أن يناقش المجتمعون ملف تبادل المحتجزين.';
const TEASERS = [
  'سوتشي تستضيف الجولة المقبلة من المحادثات 30/07/2018',
  'الضامنون يعلنون إطلاق سراح دفعة من المحتجزين 31/07/2018',
];

describe('a list of other stories, each line ending on its day', () => {
  it('dates nothing at the foot of the page', () => {
    expect(dayOf(`${HEAD}\n${BODY}`)).toBe('2018-05-14');
    expect(dayOf(`${HEAD}\n${BODY}\n${TEASERS.join('\n')}`)).toBe('2018-05-14');
  });

  it('dates nothing above the headline', () => {
    // A weekday without «اليوم»: the story allows a week, and the list must not take that from it.
    const body = 'افتتحت الإثنين في أستانا الجولة التاسعة من المحادثات السورية بلقاءات ثنائية بين الوفود.\nوينتظر أن يناقش المجتمعون غداً ملف تبادل المحتجزين.';
    const top = ['الحكومة تعلن عن حزمة إصلاحات اقتصادية - 11/06/2019', 'افتتاح معرض دمشق الدولي - 28/08/2019'];
    const alone = dayOf(`${HEAD}\n${body}`);
    expect(alone).toBe('2018-05-14/2018-05-20');
    expect(dayOf(`${top.join('\n')}\n\n${HEAD}\n${body}`)).toBe(alone);
  });

  it('a numeric stamp alone at the foot, or two labelled ones, still date', () => {
    expect(dayOf(`${HEAD}\n${BODY}\nالمصدر: الوكالة 14/05/2018`)).toBe('2018-05-14');
    expect(dayOf(`${HEAD}\n${BODY}\nنشر في 14/05/2018\nآخر تحديث 14/05/2018`)).toBe('2018-05-14');
  });
});
