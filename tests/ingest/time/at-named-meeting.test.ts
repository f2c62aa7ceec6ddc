// A catalog meeting after a bare «في» is where the clause's act happened: the clause's day is one of the
// meeting's. Only when «في» follows the act itself, not a noun that speaks of the meeting from outside it.
// Invented sentences; the days are the catalog's (Brussels IX: Monday 17 March 2025).
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf ?? null;

describe('an act told «في» a meeting the catalog names', () => {
  it('happened on one of its days', () => {
    expect(date('تعهد المانحون اليوم الإثنين بتقديم 5.8 مليار يورو لسوريا في مؤتمر بروكسل التاسع.')).toBe('2025-03-17');
    // The day right before «في» is the act's too.
    expect(date('ألقى وزير الخارجية كلمة سوريا اليوم الإثنين في مؤتمر بروكسل التاسع.')).toBe('2025-03-17');
  });
  it('not when «في» belongs to a noun that speaks of the meeting from outside', () => {
    for (const text of [
      'أعلن الوزير اليوم الإثنين عن المشاركة في مؤتمر بروكسل التاسع.',
      'أشاد الوزير اليوم الإثنين بالتعهدات المقدمة في مؤتمر بروكسل التاسع.',
      'أكد الوزير اليوم الإثنين مشاركته في مؤتمر بروكسل التاسع.',
      'أعلنت الخارجية اليوم الإثنين مشاركة وفد في مؤتمر بروكسل التاسع.',
    ]) expect(date(text), text).toBeNull();
  });
  it('not on a roundup\'s line that a weekday labels', () => {
    // «الإثنين:» heads a line of a week's summary: no verb, and the line's Monday is not the article's.
    const text = 'حصاد الأسبوع\nالإثنين: وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا في اجتماع عمان التشاوري.\nالأحد: مجلس الجامعة العربية يقرر في القاهرة استئناف مشاركة سوريا في اجتماعات الجامعة.';
    expect(date(text)).toBeNull();
  });
});
