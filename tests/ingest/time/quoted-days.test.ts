// A day counted inside a quotation is counted from the day it was said. Sentences written here.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROUNDS } from './fixtures.ts';

const resolvedOf = (text: string, expression: string) => {
  const found = dateArticle(text, { rounds: ROUNDS, published: '2017-11-28' }).expressions.find((e) => e.text.includes(expression));
  return found === undefined ? undefined : found.resolved?.edtf ?? null;
};

describe('a day inside a quotation said on another day', () => {
  it.each([
    ['a pluperfect statement', 'وكان المبعوث قد صرح: «ما حدث أمس الاثنين في الميدان لا يخدم العملية السياسية».', 'أمس الاثنين'],
    ['an earlier statement', 'وقال المتحدث في تصريح سابق: «نحن اليوم الأحد أمام فرصة حقيقية».', 'اليوم الأحد'],
    ['a statement with a day of its own', 'وقال الوزير الجمعة: "لقد وصلنا اليوم إلى تفاهم على البنود".', 'اليوم'],
    ['a statement of last month', 'وقال المبعوث الشهر الماضي: «ما جرى أمس الخميس في الجنوب يهدد كل ما تحقق».', 'أمس الخميس'],
    ['a pluperfect with no «قد»', 'وكان المبعوث قال في مقابلة: «التقيت أمس الثلاثاء بالوفدين».', 'أمس الثلاثاء'],
  ])('dates nothing: %s', (_name, text, expression) => {
    expect(resolvedOf(text, expression) ?? null).toBeNull();
  });
});

describe('a day inside a quotation said on the article\'s day', () => {
  it('counts from the article\'s day: «قال اليوم الثلاثاء: … أمس …»', () => {
    expect(resolvedOf('وقال المبعوث اليوم الثلاثاء: «وصلنا أمس إلى جنيف».', 'أمس')).toBe('2017-11-27');
  });
  it('a time to come before it is the event\'s, not the saying\'s; a “ closed by another “ is one quotation', () => {
    const text = 'تلتقي الوفود في أستانا الأسبوع المقبل، وفق ما أفاد به المتحدث “أيبك صمادياروف“، اليوم الثلاثاء، في مؤتمر صحفي.';
    expect(resolvedOf(text, 'اليوم الثلاثاء')).toBe('2017-11-28');
  });
  it('a day in the sentence before is not the quotation\'s', () => {
    const text = 'تنطلق المفاوضات يوم غد الأربعاء. وتابع: «بعثوا إلينا مساء أمس برسالة».';
    expect(resolvedOf(text, 'مساء أمس')).toBe('2017-11-27');
  });
});

describe('what a statement reports, with no quotation marks', () => {
  it('is put on the story\'s day by the reporter: «قال مساء أمس إن الوفود ستصل غداً» is tomorrow from the story', () => {
    expect(resolvedOf('قال المبعوث مساء أمس إن الوفود ستصل غداً إلى جنيف.', 'غداً')).toBe('2017-11-29');
  });
});

describe('a sentence told from an earlier story', () => {
  it('«وفي خبر سابق، … اليوم الأحد» dates nothing; the next sentence counts from the article\'s day', () => {
    const text = 'وفي خبر سابق، أعلنت الوزارة اليوم الأحد عن وصول وفدها إلى العاصمة. ووصل الوفد الثاني أمس إلى جنيف.';
    expect(resolvedOf(text, 'اليوم الأحد') ?? null).toBeNull();
    expect(resolvedOf(text, 'أمس')).toBe('2017-11-27');
  });
});
