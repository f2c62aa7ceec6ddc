// An edge's word before two meetings in a clause is the nearer one's: «بعد يوم من انطلاق الجولة الثامنة من
// المحادثات، احتجاجاً على بيان مؤتمر الرياض 2» counts from the round's opening, not the conference's. A
// hunt's text (Geneva's eighth round opened on Tuesday 28 November 2017, the government's delegation came the
// next day; the Riyadh conference had met on 22-24 November), read as the conference's opening, was printed
// as 2017-11-22.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an edge word before two meetings', () => {
  it('is the nearer meeting\'s', () => {
    expect(catalogDate('وصل وفد الحكومة السورية اليوم الأربعاء إلى جنيف، بعد يوم من انطلاق الجولة الثامنة من المحادثات، احتجاجاً على بيان مؤتمر الرياض 2.')).toBe('2017-11-29');
  });
});
