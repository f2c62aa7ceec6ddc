import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { isEdtf } from '../../src/lib/edtf-check.ts';

// isEdtf answers the plain days and intervals without the grammar: it must answer as the grammar does.
const byGrammar = (value: string) => {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

describe('isEdtf', () => {
  it('answers as the edtf grammar for every day of 2016-2018, the next day from each, a month from some', () => {
    const values: string[] = [];
    for (let t = Date.UTC(2016, 0, 1), k = 0; t < Date.UTC(2019, 0, 1); t += DAY_MS, k++) {
      values.push(iso(t), `${iso(t)}/${iso(t + DAY_MS)}`);
      if (k % 7 === 0) values.push(`${iso(t)}/${iso(t + 30 * DAY_MS)}`);
    }
    for (const value of values) expect(isEdtf(value), value).toBe(byGrammar(value));
  });

  it('answers as the grammar for days that are no day, empty and backward intervals, and other forms', () => {
    const odd = [
      '2017-02-29', '2016-02-29', '2017-02-30', '2017-04-31', '2017-13-01', '2017-00-10', '2017-01-00', '2017-12-32',
      '2017-12-21/2017-12-21', '2017-12-21/2017-12-20', '2017-02-31/2017-03-01', '2017-12-21/2017-12', '2017-12/2018-01',
      '0000-01-01', '9999-12-31', '0999-12-31/1000-01-01', '2017', '2017-12', '2017-12-21?', '2017-12-21~', '2017-12-21/..',
      '2017-12-21/2017-12-22/2017-12-23', '2017-1-5', '2017-12-21 ', ' 2017-12-21', '', '/', '2017-12-21/', '١٢٣٤-١٢-٢١',
    ];
    for (const value of odd) expect(isEdtf(value), value).toBe(byGrammar(value));
  });
});
