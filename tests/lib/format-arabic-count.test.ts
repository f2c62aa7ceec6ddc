import { describe, expect, it } from 'vitest';
import { EVENT_NOUN, ROUND_NOUN, formatArabicCount } from '../../src/lib/format-arabic-count.ts';

describe('formatArabicCount', () => {
  it('agrees the noun with the number', () => {
    expect(formatArabicCount(1, EVENT_NOUN)).toBe('حدث واحد');
    expect(formatArabicCount(2, EVENT_NOUN)).toBe('حدثان');
    expect(formatArabicCount(6, EVENT_NOUN)).toBe('6 أحداث');
    expect(formatArabicCount(10, EVENT_NOUN)).toBe('10 أحداث');
    expect(formatArabicCount(25, EVENT_NOUN)).toBe('25 حدثاً');
    expect(formatArabicCount(100, EVENT_NOUN)).toBe('100 حدث');
    expect(formatArabicCount(103, EVENT_NOUN)).toBe('103 أحداث');
    expect(formatArabicCount(0, EVENT_NOUN)).toBe('0 حدث');
    expect(formatArabicCount(43, ROUND_NOUN)).toBe('43 جولة');
    expect(formatArabicCount(5, ROUND_NOUN)).toBe('5 جولات');
  });
});
