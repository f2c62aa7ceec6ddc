// «منذ عام 2011»: a state that began that year and goes on is told any number of years later; the year
// bounds the article below and says nothing of how far after it stands. Sentences written here.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROUNDS } from './fixtures.ts';

const TALKS = 'وقال المبعوث الأممي إن محادثات جنيف ستستأنف قريبا.';
const judged = (text: string, published: string) => {
  const a = dateArticle(`${text} ${TALKS}`, { rounds: ROUNDS, published }).anchor!;
  const code = (e: { note: { code: string } }) => e.note.code === 'calendar-date';
  return { held: a.evidence.filter(code).length, broken: a.conflicts.filter(code).length };
};

describe('a year counted from («منذ»)', () => {
  it('holds years after it, and is broken before it', () => {
    const text = 'ويعاني السوريون من تبعات الحرب المستمرة منذ عام 2011 على كل الأصعدة.';
    expect(judged(text, '2024-11-12')).toEqual({ held: 1, broken: 0 });
    expect(judged(text, '2010-05-01')).toEqual({ held: 0, broken: 1 });
  });
  it('a past year told as news, without «منذ», stays a bound of a few years', () => {
    const text = 'والتقت الأطراف في عام 2014 دون نتيجة تذكر.';
    expect(judged(text, '2024-11-12').broken).toBe(1);
  });
  it('one a sentence of background recalls, or the war\'s outbreak, bounds it below only', () => {
    for (const text of ['وكانت الأطراف قد التقت في عام 2014 دون نتيجة تذكر.', 'واندلعت الحرب في عام 2011 وما زالت مستمرة.']) {
      expect(judged(text, '2024-11-12'), text).toEqual({ held: 1, broken: 0 });
    }
  });
});
