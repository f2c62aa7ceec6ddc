// Where a clause's time ends: a day counted from («منذ 30 كانون الأول») is past whatever the verb; a day
// past a relative clause about another noun is that clause's; a day told to come ties a round that is
// not over yet. Sentences written here in the shape agency reports give them.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, ROUNDS } from './fixtures.ts';

const dated = (text: string, published?: string, rounds = ROUNDS) => dateArticle(text, { rounds, ...(published ? { published } : {}) });
const codes = (xs: { note: { code: string } }[]) => xs.map((x) => x.note.code);

describe('a day after منذ', () => {
  it.each([
    'لا تزال الهدنة قائمة منذ 30 كانون الأول رغم الخروقات.',
    'ستبقى الهدنة سارية كما هي منذ 30 كانون الأول.',
    'يسود الهدوء الجبهات مذ 30 كانون الأول.',
  ])('is past, whatever the verb: %s', (text) => {
    expect(dated(text).expressions.find((e) => e.kind === 'date')!.stated.tense).toBe('past');
  });
  it('a day after في keeps the verb\'s tense', () => {
    expect(dated('ستبقى الهدنة سارية في 30 كانون الأول.').expressions.find((e) => e.kind === 'date')!.stated.tense).toBe('future');
  });
});
