import { describe, expect, it } from 'vitest';
import { entryStamp } from '../../src/components/entry-stamp.ts';
import { dateIsUncertain } from '../../src/components/date-is-uncertain.ts';
import { dateSpan } from '../../src/lib/date-span.ts';

// Articles as the seeds date them: one to the day, one only within a week of July 2019.
const articles = new Map([
  ['001-e170048bbaa0e3ab', { data: { published: '2017-12-21' } }],
  ['003-6054453d1942b8b0', { data: { published: '2017-12-21' } }],
  ['004-557d863690ff85e5', { data: { published: '2019-07-01/2019-07-06' } }],
]);
const opening = { data: { sources: [{ article: '001-e170048bbaa0e3ab' }, { article: '003-6054453d1942b8b0' }] } };

describe('entryStamp', () => {
  it('is the newest publication day among the articles the entry quotes', () => {
    expect(entryStamp(opening, articles)).toBe('2017-12-21');
    expect(entryStamp({ data: { sources: [{ article: '004-557d863690ff85e5' }] } }, articles)).toBe('2019-07-06');
  });

  it('does not move when an article the entry does not quote is added', () => {
    const more = new Map([...articles, ['900-retrospective', { data: { published: '2024-03-15' } }]]);
    expect(entryStamp(opening, more)).toBe(entryStamp(opening, articles));
  });

  it('moves when the entry gains a newer source', () => {
    const more = new Map([...articles, ['900-retrospective', { data: { published: '2024-03-15' } }]]);
    expect(entryStamp({ data: { sources: [...opening.data.sources, { article: '900-retrospective' }] } }, more)).toBe('2024-03-15');
  });
});

describe('dateIsUncertain', () => {
  const span = (edtf: string) => dateSpan(edtf)!;
  it('holds for an interval that holds the day and for a month alone, not for a day or a two-day round', () => {
    expect(dateIsUncertain('range', span('2019-07-01/2019-07-06'))).toBe(true);
    expect(dateIsUncertain('exact', span('2018-01'))).toBe(true);
    expect(dateIsUncertain('exact', span('2017-12-21'))).toBe(false);
    expect(dateIsUncertain(undefined, span('2017-12-21/2017-12-22'))).toBe(false);
  });
});
