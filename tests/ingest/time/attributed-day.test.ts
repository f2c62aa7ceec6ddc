// «تنطلق في نور سلطان، يومي 21 و22 كانون الأول الجاري، الجولة السابعة عشرة …، بحسب ما أعلنته وزارة الخارجية
// الكازاخية اليوم الأحد»: a day past «بحسب ما» and a verb of saying is the saying's, not the round's. Tied to
// the round's opening, the Sunday was printed as the opening's days (20-21 December 2021) against the
// round's own dates. Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a day told of a source\'s saying', () => {
  it('is not the round\'s', () => {
    const printed = catalogDate('أستانا 17\nتنطلق في العاصمة الكازاخية نور سلطان، يومي 21 و22 كانون الأول الجاري، الجولة السابعة عشرة من المحادثات حول سوريا بصيغة أستانا، بحسب ما أعلنته وزارة الخارجية الكازاخية اليوم الأحد.');
    if (printed !== null) {
      const [lo, hi] = edtfSpan(printed)!;
      expect(lo <= parseDay('2021-12-19')! && parseDay('2021-12-19')! <= hi).toBe(true);
    }
  });
  it('but «وفق ما هو مقرر» (as scheduled) gives the round its day', () => {
    expect(catalogDate('جنيف 2\nقالت المعارضة اليوم السبت إنها ستشارك، وتُفتتح محادثات جنيف2 وفق ما هو مقرر يوم الأربعاء بمشاركة ممثلين عن الحكومة.')).toBe('2014-01-18');
  });
  it('but an attribution closed by its comma is an aside: the day after it is the round\'s', () => {
    expect(catalogDate('أستانا 4\nتنطلق الجولة الرابعة من محادثات أستانا، بحسب ما أعلنته الخارجية الكازاخية، غداً الأربعاء بمشاركة الدول الضامنة.')).toBe('2017-05-02');
  });
  it('and a day after an attribution is the saying\'s when the round was given its own time before it', () => {
    // Astana 11 met on 28-29 November 2018; the Kremlin's Monday was one of November's before it.
    const printed = catalogDate('أستانا 11\nستنطلق الجولة الحادية عشرة من محادثات أستانا أواخر الشهر الجاري، بحسب ما أعلنه الكرملين، اليوم الاثنين، في بيان مقتضب.');
    if (printed !== null) {
      const [lo, hi] = edtfSpan(printed)!;
      expect(hi).toBeLessThan(parseDay('2018-11-27')!);
      expect(lo).toBeLessThanOrEqual(parseDay('2018-11-26')!);
    }
  });
});
