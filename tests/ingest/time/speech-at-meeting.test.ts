// «قال الشيباني في كلمته أمام مؤتمر بروكسل التاسع اليوم الاثنين»: a speech before a meeting is given at it,
// so the day is one of its days, as «خلال المؤتمر» says. «أمام» alone is as often ahead of it. Invented
// (hunt 9); Brussels IX met on Monday 17 March 2025.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a speech before a meeting', () => {
  it('is at it', () => {
    expect(catalogDate('قال الشيباني في كلمته أمام مؤتمر بروكسل التاسع اليوم الاثنين إن سوريا تحتاج إلى الدعم.')).toBe('2025-03-17');
  });

  it('but the way ahead of a round is not its day', () => {
    expect(catalogDate('وقع الطرفان اليوم الاثنين اتفاقا يمهد الطريق أمام الجولة الثامنة من محادثات أستانا.')).toBeNull();
  });
});
