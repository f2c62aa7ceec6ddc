import { describe, expect, it } from 'vitest';
import { dayOfValue } from '../../../src/ingest/read/html/page-date.ts';

describe('dayOfValue', () => {
  it.each([
    ['2017-05-04T18:20:00+03:00', '2017-05-04'],
    ['2017-05-04T23:30:00+03:00', '2017-05-04'], // the day where the outlet is, not UTC's
    ['2018-07-30T14:05:00+0300', '2018-07-30'],
    ['2019-03-10', '2019-03-10'],
    ['2019-03-10 07:45:12', '2019-03-10'],
    ['Tue, 16 May 2017 10:00:00 GMT', '2017-05-16'],
    ['16 May 2017', '2017-05-16'],
  ])('%s → %s', (value, day) => expect(dayOfValue(value)).toBe(day));

  it.each(['2017-02-30T10:00:00Z', '1970-01-01T00:00:00Z', 'منذ ساعتين', '', '17/05/2017', '2017-13-01'])('%s is no evidence', (value) => {
    expect(dayOfValue(value)).toBeNull();
  });
});
