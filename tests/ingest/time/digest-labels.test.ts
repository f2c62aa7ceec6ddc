// A weekly digest labels each item with its weekday («السبت: …», «الجمعة: …») and tells it in the
// headline's present («تعقد»، «تختتم»): the label is the item's day and tells no tense. Read as to come, the
// present put the digest before the days it recalls. Invented (hunt 7); the committee's eighth round ran
// from Monday 30 May to Friday 3 June 2022.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';
import { tenseAt } from '../../../src/ingest/time/anchor/tense-at.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';

describe("a digest's weekday labels", () => {
  const digest = 'حصاد الأسبوع\nالسبت: وفد المعارضة يصل إلى جنيف.\nالاثنين: انطلاق الجولة الثامنة من اجتماعات اللجنة الدستورية.\nالجمعة: اللجنة الدستورية تختتم جولتها الثامنة دون تقدم.';

  it('tell no tense', () => {
    const folded = foldArabic(digest);
    const at = folded.indexOf('الجمعه');
    expect(tenseAt(folded, at, at + 'الجمعه'.length, folded.lastIndexOf('\n', at) + 1)).toBeNull();
  });

  it('do not put the digest before the days it recalls', () => {
    // Printed 2022-05-28/2022-06-03 before: a week that ends on the round's last day, the digest's days
    // (the 4th and 5th) left out.
    const span = edtfSpan(catalogDate(digest) ?? '')!;
    expect(span[0]).toBeLessThanOrEqual(parseDay('2022-06-04')!);
    expect(span[1]).toBeGreaterThanOrEqual(parseDay('2022-06-05')!);
  });

  it('but a weekday in a sentence keeps its tense', () => {
    const text = 'تختتم اللجنة الدستورية الجمعة جولتها الثامنة.';
    const folded = foldArabic(text);
    const at = folded.indexOf('الجمعه');
    expect(tenseAt(folded, at, at + 'الجمعه'.length, 0)).toBe('future');
  });
});
