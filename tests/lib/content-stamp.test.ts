import { describe, expect, it } from 'vitest';
import { contentStamp, FALLBACK_STAMP_DAY } from '../../src/lib/content-stamp.ts';

describe('contentStamp', () => {
  it('is the last day any date covers, intervals and months included', () => {
    expect(contentStamp(['2017-12-20', '2019-07-01/2019-07-06', '2018-02'])).toBe('2019-07-06');
    expect(contentStamp(['2017-12-20', '2020-02'])).toBe('2020-02-29');
  });

  it('does not depend on the order of its input', () => {
    const dates = ['2021-07-08', '2017-12-20', '2019-07'];
    expect(contentStamp(dates)).toBe(contentStamp([...dates].reverse()));
  });

  it('skips missing and unreadable dates, and falls back to a fixed day, never to today', () => {
    expect(contentStamp([undefined, 'soon', '2018-01-30'])).toBe('2018-01-30');
    expect(contentStamp([])).toBe(FALLBACK_STAMP_DAY);
  });
});
