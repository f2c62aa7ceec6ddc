// «الاجتماع الدولي الثامن حول سورية»: the Astana format's own name for its rounds, as the guarantors' and
// Damascus's press write it, its city and «بصيغة أستانا» often left out. Invented; Astana's eighth round
// opened on Thursday 21 December 2017, its fourteenth on Tuesday 10 December 2019.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the Astana format named as its own press names it', () => {
  it('is an Astana round', () => {
    expect(catalogDate('انطلقت اليوم الخميس أعمال الاجتماع الدولي الثامن حول سورية بمشاركة وفود الدول الضامنة روسيا وإيران وتركيا.')).toBe('2017-12-21');
    expect(catalogDate('انطلقت اليوم أعمال الاجتماع الدولي الرابع عشر حول سوريا بمشاركة الدول الضامنة.')).toBe('2019-12-10');
  });

  it('but not another international meeting for Syria', () => {
    expect(catalogDate('انطلقت اليوم الخميس أعمال الاجتماع الدولي الثامن لدعم سوريا بمشاركة الدول الضامنة.')).toBeNull();
  });
});
