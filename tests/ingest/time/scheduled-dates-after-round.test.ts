// «… الجولة الثانية، المقررة من 25 إلى 29 نوفمبر»: the dates a round was scheduled for are what the catalog
// knows; a day counted from the article before the round («اليوم الثلاثاء»، «الإثنين») is the news's, and
// ties the round. Invented leads in the manner of Algerian wires; Astana's second round met on 15-16
// February 2017, the Constitutional Committee's second from Monday 25 to 29 November 2019.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a round with its scheduled dates after it', () => {
  it('is tied to the day the story counts', () => {
    // Both refused: the scheduled dates, without their year, tied the round instead.
    expect(catalogDate('وصل وفد الفصائل السورية المسلحة اليوم الثلاثاء إلى أستانا للمشاركة في الجولة الثانية من المحادثات المقررة يومي 15 و16 فيفري.')).toBe('2017-02-14');
    const span = catalogSpan('انطلقت، الإثنين، بجنيف أشغال الجولة الثانية من اجتماعات اللجنة الدستورية السورية، المقررة من 25 إلى 29 نوفمبر، وسط خلافات.');
    expect(span).not.toBeNull();
    expect(span![0]).toBeLessThanOrEqual(parseDay('2019-11-25')!);
    expect(span![1]).toBeGreaterThanOrEqual(parseDay('2019-11-25')!);
  });
});
