// A story's chronology, a list of earlier days each with what happened («- 5 أيلول 2014: جولة جديدة من
// المحادثات في جنيف»), at its foot or under its headline: a line of it is no stamp of the story (the
// round it names is words, not a date, and a stamp stands alone, not one of a list of dated lines), and
// its last line is no date alone on the page's last line.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles, excludes } from '../wrapped-corpus.ts';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';

const dayOf = (text: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds }).anchor?.edtf ?? null;
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
/** Three earlier days, one to three years before the story's year, the last naming a round. */
const chronology = (y: number) => [
  'محطات بارزة:',
  `- 12 ${LEVANTINE[2]} ${y - 3}: بدء المشاورات الأولى بين الأطراف`,
  `- 20 ${LEVANTINE[5]} ${y - 2}: اجتماع للدول الضامنة`,
  `- 5 ${LEVANTINE[8]} ${y - 1}: جولة جديدة من المحادثات في جنيف`,
];

/** The same in numeric dates with a dash, as agencies' timelines print them. */
const numericChronology = (y: number) => [
  'تسلسل زمني:',
  `12/3/${y - 3} - بدء المشاورات الأولى بين الأطراف`,
  `5/9/${y - 1} - جولة جديدة من المحادثات في جنيف`,
];

const HEAD = 'الهيئة العليا للمفاوضات تجتمع في الرياض لبحث المشاركة في جنيف';
const BODY = 'اجتمعت الهيئة العليا للمفاوضات اليوم الثلاثاء في الرياض برئاسة المنسق العام رياض حجاب لبحث المشاركة في محادثات جنيف التي دعا إليها المبعوث الأممي ستافان دي ميستورا.';

describe('a chronology of earlier days in a story', () => {
  it('dates nothing by its lines, at the foot or under the headline', () => {
    const alone = dayOf(`${HEAD}\n${BODY}`);
    const list = chronology(2016).join('\n');
    expect(dayOf(`${HEAD}\n${BODY}\n\n${list}`)).toBe(alone);
    expect(dayOf(`${HEAD}\n${list}\n${BODY}`)).toBe(alone);
    // A date alone on the page's last line is still the story's day or the page's, and dates a story
    // that agrees with it.
    expect(dayOf(`${HEAD}\n${BODY}\n\nالثلاثاء 16 شباط 2016`)).toBe('2016-02-16');
  });

  it('in numeric dates dates nothing by its lines; a numeric stamp alone at the foot still dates', () => {
    const alone = dayOf(`${HEAD}\n${BODY}`);
    expect(dayOf(`${HEAD}\n${BODY}\n\n${numericChronology(2016).join('\n')}`)).toBe(alone);
    expect(dayOf(`${HEAD}\n${BODY}\n\nالمصدر: الوكالة 16/02/2016 - 10:15`)).toBe('2016-02-16');
  });

  it('a box of coming events after the story: its day is the box\'s, not the story\'s', () => {
    const alone = dayOf(`${HEAD}\n${BODY}`);
    const box = 'فعاليات قادمة\n15 آذار 2017\nندوة حول مستقبل الحل السياسي';
    expect(dayOf(`${HEAD}\n${BODY}\n\n${box}`)).toBe(alone);
    // A stamp with its own label at the foot still dates the story.
    expect(dayOf(`${HEAD}\n${BODY}\n\nنشر في: 16 شباط 2016\nالمصدر: وكالات`)).toBe('2016-02-16');
  });

  // Put on the training and dev stories, such a list at the foot dated 72 of the 153 stories of the
  // splits and held-out sets to one of its days, under the headline 55, in numeric dates at the foot 41.
  const SLOW = 60_000;
  it.each([
    ['at the foot', (lines: string[], y: number) => [...lines, '', ...chronology(y)]],
    ['under the headline', (lines: string[], y: number) => [lines[0]!, ...chronology(y), ...lines.slice(1)]],
    ['in numeric dates at the foot', (lines: string[], y: number) => [...lines, '', ...numericChronology(y)]],
    // A box of coming events, the next year's day: 66 of the 153 were dated to it.
    ['a box of coming events at the foot', (lines: string[], y: number) => [...lines, '', 'فعاليات قادمة', `15 ${LEVANTINE[4]} ${y + 1}`, 'ندوة حول مستقبل الحل السياسي']],
  ] as const)('%s, never dates a story to a day it was not written', (_, page) => {
    const wrong: string[] = [];
    let runs = 0;
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        runs++;
        const got = dayOf(page(a.lines, a.y).join('\n'));
        if (excludes(got, a.truth)) wrong.push(`${split}/${a.file}: ${got}`);
      }
    }
    expect(runs).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  }, SLOW);
});
