// Properties of dateArticle on arbitrary text built from date words, digits and noise: it never
// throws, every span is an exact slice of the input, and every resolved date is valid EDTF.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { isEdtf } from '../../../src/lib/edtf-check.ts';
import { ROUNDS } from './fixtures.ts';

const TOKENS = [
  'اليوم', 'أمس', 'غداً', 'الخميس', 'الماضي', 'المقبل', 'الجاري', 'من', 'في', 'يومي', 'و', '-', '/', '(', ')', '،', '.', '\n',
  'كانون الأول', 'يناير', 'أيار', 'جانفي', 'أواخر', 'النصف الثاني', 'الجولة', 'الثامنة', 'أستانا', 'جنيف', 'نورسلطان', 'هـ',
  'ربيع الآخر', 'عام', 'منذ', 'قبل', 'أشهر', 'عشية', 'القرار', '2254', '14', '15', '7', '2017', '٢٠١٨', '۲۰۲۲', '31', '29', '00',
  'ً', 'ـ', 'الـ', 'ستعقد', 'انطلاق', 'شخصا', ' ', ' ', ' ',
];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((ts) => ts.join(' '));

describe('dateArticle on arbitrary text', () => {
  it('never throws; spans are exact slices; resolved dates are EDTF', () => {
    fc.assert(fc.property(text, fc.option(fc.constantFrom('2017-12-20', '2021-07-03', 'garbage'), { nil: undefined }), (t, published) => {
      const r = dateArticle(t, { rounds: ROUNDS, ...(published ? { published } : {}) });
      for (const e of r.expressions) {
        expect(t.slice(e.start, e.end)).toBe(e.text);
        if (e.resolved) expect(isEdtf(e.resolved.edtf)).toBe(true);
      }
      if (r.anchor) {
        expect(isEdtf(r.anchor.edtf)).toBe(true);
        for (const ev of [...r.anchor.evidence, ...r.anchor.conflicts]) expect(t.slice(ev.start, ev.end)).toBe(ev.quote);
      } else {
        expect(r.messages.some((m) => m.severity === 'error')).toBe(true);
      }
    }), { numRuns: 400 });
  });
});
