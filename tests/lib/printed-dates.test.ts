// The site prints its dates from the same calendar lexicon the date engine reads: every month name,
// Hijri month name and weekday it writes, put back in a sentence, must be read as the day it was
// printed for. A name changed on one side only (a display spelling the engine does not know) fails here.
import { describe, expect, it } from 'vitest';
import { formatArabicDate, printedWeekday } from '../../src/lib/format-arabic-date.ts';
import { formatHijriDate } from '../../src/lib/format-hijri-date.ts';
import { dateSearchForms } from '../../src/lib/search-date-forms.ts';
import { dateWith } from '../ingest/time/fixtures.ts';

// The 15th of each month of 2018: every Gregorian and Hijri month name once (1439-1440 AH).
const DAYS = Array.from({ length: 12 }, (_, m) => `2018-${String(m + 1).padStart(2, '0')}-15`);
const PUBLISHED = '2019-03-01';

/** The days the engine resolves the printed words to, as [first, last]. */
function readBack(printed: string): [string, string] | undefined {
  const sentence = `وأعلن الوزير في ${printed} أن الوفد سيشارك`;
  const found = dateWith(sentence, PUBLISHED).find((e) => e.text.includes(printed.split(' ')[1]!));
  const edtf = found?.resolved?.edtf;
  if (!edtf) return undefined;
  const [first, last = first] = edtf.split('/');
  return [first!, last!];
}

describe('the engine reads back what the site prints', () => {
  it.each(DAYS)('the Levantine date of %s', (day) => {
    expect(readBack(formatArabicDate(day))).toEqual([day, day]);
  });

  it.each(DAYS)('the Egyptian date of %s in the search forms', (day) => {
    const egyptian = dateSearchForms(day).split(' ').slice(-3).join(' ');
    expect(egyptian).not.toBe(formatArabicDate(day));
    expect(readBack(egyptian)).toEqual([day, day]);
  });

  it.each(DAYS)('the Hijri date of %s, within the day either side a Hijri day is read with', (day) => {
    const span = readBack(formatHijriDate(day));
    expect(span, formatHijriDate(day)).toBeDefined();
    expect(span![0] <= day && day <= span![1]).toBe(true);
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('weekday %i, as «اليوم <weekday>» on an article of that weekday', (weekday) => {
    // 2018-04-15 was a Sunday.
    const published = `2018-04-${15 + weekday}`;
    const text = `اليوم ${printedWeekday(weekday)}`;
    const found = dateWith(`وأعلن الوزير ${text} أن الوفد سيشارك`, published).find((e) => e.text === text);
    expect(found?.resolved?.edtf).toBe(published);
  });
});
