// Persian (solar Hijri) dates to Gregorian days: the year's first day from ICU, its months' fixed lengths.
import { describe, expect, it } from 'vitest';
import { persianToGregorian } from '../../src/lib/persian.ts';
import { daysFromCivil } from '../../src/lib/calendar.ts';

describe('a Persian date', () => {
  it('is the Gregorian day it names', () => {
    expect(persianToGregorian(1396, 9, 23)).toBe(daysFromCivil(2017, 12, 14));
    expect(persianToGregorian(1396, 1, 1)).toBe(daysFromCivil(2017, 3, 21));
    expect(persianToGregorian(1398, 8, 7)).toBe(daysFromCivil(2019, 10, 29));
    // Esfand's 30th exists in a leap year (1399) only.
    expect(persianToGregorian(1399, 12, 30)).toBe(daysFromCivil(2021, 3, 20));
    expect(persianToGregorian(1400, 12, 30)).toBeNull();
  });

  it('that does not exist is none', () => {
    expect(persianToGregorian(1396, 7, 31)).toBeNull();
    expect(persianToGregorian(1396, 13, 1)).toBeNull();
  });
});
