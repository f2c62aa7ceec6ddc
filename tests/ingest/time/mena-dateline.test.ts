// MENA writes its tag spaced between slashes after the date: «القاهرة في 8 يونيو 2015 /أ ش أ/». The
// dateline pattern took one unspaced word there (TASS's «/ تاس/»), so the line was not read as a
// dateline and the story went undated. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe("MENA's dateline", () => {
  it('dates the story', () => {
    expect(catalogDate('القاهرة في 8 يونيو 2015 /أ ش أ/ قال وزير الخارجية إن مصر تدعم الحل السياسي للأزمة السورية وفق بيان جنيف الأول.')).toBe('2015-06-08');
  });
  it('as it does with the tag in parentheses', () => {
    expect(catalogDate('القاهرة في 8 يونيو 2015 (أ ش أ) قال وزير الخارجية إن مصر تدعم الحل السياسي للأزمة السورية وفق بيان جنيف الأول.')).toBe('2015-06-08');
  });
});
