// «اللجنة الدستورية الليبية»: another country's constitutional committee is not Syria's, and its rounds are
// not the Syrian committee's (whose third round opened on Monday 24 August 2020). Invented (hunt 12).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe("another country's constitutional committee", () => {
  it('is not the talks', () => {
    expect(catalogDate('انطلقت اليوم الاثنين في القاهرة الجولة الثالثة من اجتماعات اللجنة الدستورية الليبية.')).toBeNull();
  });

  it("but Syria's still is", () => {
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف الجولة الثالثة من اجتماعات اللجنة الدستورية السورية.')).toBe('2020-08-24');
  });
});
