// «انطلقت اليوم الإثنين … أشغال الجولة الثانية …، المقررة من 25 إلى 29 نوفمبر»: the dates a round was
// scheduled for are what the catalog knows; the day the story counts, named with its weekday, and the
// round's own verb tie the round. A day of another act before the round (an announcement, an arrival)
// does not. Invented leads in the manner of Algerian wires; Astana's second round met on 15-16 February
// 2017, the Constitutional Committee's second from Monday 25 to 29 November 2019.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a round with its scheduled dates after it', () => {
  it('is tied to the day the story counts', () => {
    // Both refused: the scheduled dates, without their year, tied the round instead.
    expect(catalogDate('انطلقت اليوم الإثنين في جنيف أشغال الجولة الثانية من اجتماعات اللجنة الدستورية السورية، المقررة من 25 إلى 29 نوفمبر.')).toBe('2019-11-25');
    const span = catalogSpan('انطلقت، الإثنين، بجنيف أشغال الجولة الثانية من اجتماعات اللجنة الدستورية السورية، المقررة من 25 إلى 29 نوفمبر، وسط خلافات.');
    expect(span).not.toBeNull();
    expect(span![0]).toBeLessThanOrEqual(parseDay('2019-11-25')!);
    expect(span![1]).toBeGreaterThanOrEqual(parseDay('2019-11-25')!);
  });

  it('but not to another act\'s day', () => {
    // A review's texts: the announcement's or the arrival's day was taken for the opening.
    expect(catalogDate('أعلن وفد المعارضة اليوم مشاركته في الجولة الثانية من محادثات أستانا المقررة يومي 15 و16 فبراير.')).toBeNull();
    expect(catalogDate('وصل وفد الحكومة السورية اليوم إلى أستانا للمشاركة في الجولة الثانية من المحادثات المقررة يومي 15 و16 فبراير.')).toBeNull();
  });
});
