// Every section label of the shared list, written as a site prints it, leaves the page above the
// headline: the list is folded when read, so no entry depends on how it was typed.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { SECTION_LABELS } from '../../../src/lib/lexicon/furniture.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر.';

describe('a section label above the headline', () => {
  it.each(['الرئيسية', 'شؤون عربية', 'أخبار', 'سياسة'])('«%s», as printed, is dropped', (label) => {
    const clean = cleanArticle(`${label}\n${HEAD}\n${BODY}`, 0);
    expect(clean.dropped).toContainEqual(expect.objectContaining({ text: label, reason: 'section label' }));
    expect(clean.title).toBe(HEAD);
  });
  it('holds for every label of the list', () => {
    for (const label of SECTION_LABELS) {
      const clean = cleanArticle(`${label}\n${HEAD}\n${BODY}`, 0);
      expect(clean.text.text.split('\n'), label).not.toContain(label);
      expect(clean.title, label).toBe(HEAD);
    }
  });
});
