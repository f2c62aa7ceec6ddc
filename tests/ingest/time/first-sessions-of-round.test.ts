// «اليوم أولى جلسات الجولة الثامنة»: today, the first sessions of the round named next. Neither the
// ordinal a first round, nor «اليوم» before it a day of something else. Invented leads; Astana's eighth
// round opened on 21 December 2017, the Constitutional Committee's third on 24 August 2020.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, catalogDate } from './fixtures.ts';

describe('the first sessions of a round', () => {
  it('open it today', () => {
    // Both gave the week after the opening: «اليوم» was dropped as «the first day», and «أولى جلسات»
    // read as a round of its own.
    expect(catalogDate('انطلقت اليوم أولى جلسات الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
    expect(catalogDate('تعقد الهيئة المصغرة للجنة الدستورية اليوم أولى جلسات جولتها الثالثة في جنيف.')).toBe('2020-08-24');
  });

  it('are no round one', () => {
    const rounds = dateArticle('انطلقت اليوم أولى جلسات الجولة الثامنة من محادثات أستانا.', { rounds: CATALOG_ROUNDS }).expressions.filter((e) => e.kind === 'round');
    expect(rounds.map((e) => e.stated.round)).toEqual([8]);
  });

  it('but «اليوم الثاني من المحادثات» is still a day of the talks', () => {
    const days = dateArticle('وفي اليوم الثاني من المحادثات اجتمع الوفد بالمبعوث.', { rounds: CATALOG_ROUNDS }).expressions.filter((e) => e.kind === 'relative-day');
    expect(days).toHaveLength(0);
  });

  it('but «اليوم ثاني أيام الجولة» is the round\'s second day today, not its opening', () => {
    // A review's texts: printed 2021-01-25, the committee's fifth round's first day, when «اليوم» followed
    // by any ordinal was kept as today; then «اليوم» was dropped and they were refused. The fifth round
    // opened on Monday 25 January 2021.
    expect(catalogDate('انطلق اليوم ثاني أيام الجولة الخامسة من اجتماعات اللجنة الدستورية السورية في جنيف بجلسة للهيئة المصغرة.')).toBe('2021-01-26');
    expect(catalogDate('تعقد الهيئة المصغرة اليوم ثالث أيام الجولة الخامسة من اجتماعات اللجنة الدستورية في جنيف.')).toBe('2021-01-27');
  });
});
