import { describe, expect, it } from 'vitest';
import { explainResolution } from '../../../src/ingest/link/explain-resolution.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

// Real sentences through the real date engine; the explanation is what a reader of the entry page sees.
function explained(text: string, published: string): Record<string, string> {
  const dating = dateArticle(text, { published, rounds: [] });
  const anchor = dating.anchor?.edtf;
  return Object.fromEntries(dating.expressions.filter((e) => e.resolved).map((e) => [e.text, explainResolution(e, anchor)]));
}

describe('explainResolution', () => {
  it('says in Arabic which day relative to the article date a relative day is', () => {
    const out = explained('قال المبعوث مساء أمس إن الوفود ستصل غداً، وأعلنت الخارجية اليوم انطلاق الجولة.', '2017-12-20');
    expect(out['مساء أمس']).toBe('اليوم السابق لتاريخ المقال 2017-12-20');
    expect(out['غداً']).toBe('اليوم التالي لتاريخ المقال 2017-12-20');
    expect(out['اليوم']).toBe('يوم تاريخ المقال 2017-12-20');
  });

  it('names the weekday and the side of the article date it falls on', () => {
    const out = explained('وأعلنت الوزارة انطلاق الجولة التاسعة الاثنين القادم.', '2018-05-12');
    expect(out['الاثنين القادم']).toBe('يوم الاثنين التالي لتاريخ المقال 2018-05-12');
  });

  it('a year taken from the article date is said so; a written year is "as written"', () => {
    const out = explained('وكانت الجولة السابقة قد عقدت يومي السادس عشر والسابع عشر من فبراير الماضي، وقبلها في 30 أكتوبر 2019.', '2021-07-06');
    expect(out['يومي السادس عشر والسابع عشر من فبراير الماضي']).toBe('السنة 2021 مستنتجة من تاريخ المقال 2021-07-06');
    expect(out['30 أكتوبر 2019']).toBe('التاريخ كما ورد في النص');
  });

  it('an article dated only within an interval is named as that interval', () => {
    const dating = dateArticle('وقال المتحدث أمس إن الاجتماع انتهى.', { published: '2021-07-06', rounds: [] });
    const yesterday = dating.expressions.find((e) => e.text === 'أمس')!;
    expect(explainResolution(yesterday, '2021-07-01/2021-07-06')).toBe('اليوم السابق لتاريخ المقال (بين 2021-07-01 و2021-07-06)');
  });

  it('contains no Latin letters (it is shown on Arabic pages)', () => {
    const out = explained('وقال مصدر الأسبوع الماضي إن الوفد سيغادر السبت، وإن الجولة ستنتهي نهاية الشهر الجاري.', '2017-11-30');
    expect(Object.keys(out).length).toBeGreaterThan(1);
    for (const text of Object.values(out)) expect(text).not.toMatch(/[A-Za-z]/u);
  });
});
