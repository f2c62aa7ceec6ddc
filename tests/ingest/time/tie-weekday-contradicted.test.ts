// A round tied to «اليوم» with its weekday: the weekday says which day is meant. The catalog may be a day
// off (a ceremonial opening, a report after midnight); a round whose day is further from that weekday is
// a misreading, and no day near it is printed. Invented leads; Astana's eighth round opened on Thursday
// 21 December 2017, the Constitutional Committee's first on Wednesday 30 October 2019 and its fifth closed
// on Friday 29 January 2021.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a tie the weekday contradicts', () => {
  it('prints no day near the round', () => {
    // Printed 2017-12-18/2017-12-25 and 2021-01-25/2021-02-01: the tie's slack around the round's day,
    // on the weekdays the texts name.
    expect(catalogDate('انطلقت اليوم الاثنين الجولة الثامنة من محادثات أستانا.')).toBeNull();
    expect(catalogDate('اختتمت اليوم الاثنين الجولة الخامسة من اجتماعات اللجنة الدستورية.')).toBeNull();
  });

  it('still takes a day off the catalog on the weekday named', () => {
    expect(catalogDate('انطلقت اليوم الأربعاء الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-20');
    expect(catalogDate('انطلقت اليوم الثلاثاء في جنيف الجولة الأولى من اجتماعات اللجنة الدستورية.')).toBe('2019-10-29');
  });
});
