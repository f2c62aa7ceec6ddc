// «اتفقنا على البدء بمناقشة ملف المعتقلين»: a definite noun of starting with its own object after ب is
// the start of that object, not the opening of a round named before it. Tied to the round, it gave the
// round's first day to a far «اليوم» of a transcript run together with no stops.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

/** Whether the engine refuses the text or prints a span that holds `truth`. */
function refusedOrHolds(text: string, truth: string): void {
  const got = catalogDate(text);
  const span = got ? edtfSpan(got)! : null;
  const day = parseDay(truth)!;
  expect(span === null || (span[0] <= day && span[1] >= day), got ?? '').toBe(true);
}

describe('a start noun with its own object after ب', () => {
  it('does not tie a round to a day far after it', () => {
    // Before, 2019-12-10 (the round's opening as «اليوم»); the round is tomorrow, the article 9 December.
    const text = 'مقابلة\nالمحاور وفدكم يتوجه غدا إلى الجولة الرابعة عشرة من محادثات أستانا فما الجديد الضيف اتفقنا على البدء بمناقشة ملف المعتقلين أولا المحاور وهل تواصلتم مع الجانب الروسي الضيف نعم تواصلنا اليوم';
    refusedOrHolds(text, '2019-12-09');
  });
  it('does not tie when a verb past the round takes it with no preposition', () => {
    // Before, 2019-12-10: «قررنا البدء بالتصويت» was read as the round's opening «اليوم».
    const text = 'حوار\nالمحاور ستحضرون بعد غد الجولة الرابعة عشرة من محادثات أستانا فما أولوياتكم الضيف أقررنا البدء بتبادل قوائم الأسرى المحاور وهل اجتمعتم بالوفد التركي الضيف اجتمعنا به اليوم';
    refusedOrHolds(text, '2019-12-08');
  });
  it('still ties when the object is the meeting itself', () => {
    const text = 'اتفق الوفدان اليوم على البدء بالجولة السادسة من اجتماعات اللجنة الدستورية غدا الاثنين.';
    expect(catalogDate(text)).toBe('2021-10-17');
  });
});

describe('an edge\'s noun whose object is talks named with their city', () => {
  // Hunt 30: «ويأتي الهجوم بعد أسبوع من اختتام الجولة الثالثة من محادثات أستانا، وعشية استئناف المفاوضات في
  // جنيف»: only the bare construct («محادثات جنيف») was read as other talks; with the article and «في» the eve
  // was taken for Astana's round too, two edges of one round, and the framing sentence tied nothing. Astana's
  // seventh round closed on Tuesday 31 October 2017.
  it('is those talks\' edge when none of the round\'s meetings met in that city', () => {
    expect(catalogDate('غارات على الغوطة الشرقية\nقصفت طائرات حربية اليوم الثلاثاء بلدات في الغوطة الشرقية لريف دمشق، وسط تحليق مكثف لطائرات الاستطلاع.\nويأتي القصف بعد أسبوع من اختتام الجولة السابعة من محادثات أستانا، وعشية استئناف المفاوضات في جنيف.')).toBe('2017-11-07');
  });

  it('but the round\'s own when they met there', () => {
    expect(catalogDate('غارات على الغوطة الشرقية\nقصفت طائرات حربية اليوم الثلاثاء بلدات في الغوطة الشرقية لريف دمشق، وسط تحليق مكثف لطائرات الاستطلاع.\nويأتي القصف بعد أسبوع من اختتام الجولة السابعة من محادثات أستانا، وعشية استئناف المفاوضات في أستانا.')).toBeNull();
  });
});
