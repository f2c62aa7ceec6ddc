// Words for a round's close and days besides the common ones: «أسدل الستار على الجولة», «انفضت الجولة»,
// and the Nth day told with ل («لليوم الثاني»).
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROUNDS } from './fixtures.ts';

const on = (text: string) => dateArticle(text, { rounds: ROUNDS }).anchor?.edtf ?? null;

describe('a round closed in other words', () => {
  // Astana's eighth round: 21-22 December 2017.
  it.each([
    'أسدل الستار اليوم على الجولة الثامنة من محادثات أستانا.',
    'انفضت اليوم الجولة الثامنة من محادثات أستانا دون نتائج.',
  ])('%s', (text) => {
    expect(on(text)).toBe('2017-12-22');
  });
});

describe('the Nth day told with ل', () => {
  it.each([
    'تواصلت لليوم الثاني أعمال الجولة الثامنة من محادثات أستانا اليوم.',
    'تتواصل اليوم أعمال الجولة الثامنة من محادثات أستانا لليوم الثاني.',
  ])('is the round\'s Nth day: %s', (text) => {
    expect(on(text)).toBe('2017-12-22');
  });
});

describe('the committee\'s drafting body named alone', () => {
  it('is the committee: its round numbers date the story', () => {
    // The committee's eighth round opened on Monday 30 May 2022.
    const r = dateArticle('انطلقت اليوم في جنيف أعمال الدورة الثامنة للهيئة المصغرة.', { rounds: ROUNDS });
    expect(r.anchor?.edtf).toBe('2022-05-30');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('cc-08');
  });
});
