// A number with its noun in the form Arabic grammar asks for (Intl.PluralRules('ar') gives the
// categories): حدث واحد، حدثان، 3 أحداث، 11 حدثاً، 100 حدث. Digits are Latin, as everywhere on the site.

export interface ArabicNounForms {
  /** 1: the noun with «واحد/واحدة», e.g. «حدث واحد». */
  one: string;
  /** 2: the dual, e.g. «حدثان». */
  two: string;
  /** 3–10: the plural, e.g. «أحداث». */
  few: string;
  /** 11–99: the singular in the accusative, e.g. «حدثاً». */
  many: string;
  /** 0 and 100, 101, 102…: the singular, e.g. «حدث». */
  other: string;
}

const RULES = new Intl.PluralRules('ar');

export const EVENT_NOUN: ArabicNounForms = { one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثاً', other: 'حدث' };
/** Days after a preposition (بعد، قبل): بعد يوم، بعد يومين، بعد 3 أيام، بعد 11 يوماً. */
export const DAYS_AFTER_PREPOSITION: ArabicNounForms = { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يوماً', other: 'يوم' };
/** Years after a preposition (منذ): منذ عام، منذ عامين، منذ 6 أعوام، منذ 11 عاماً. */
export const YEARS_AFTER_PREPOSITION: ArabicNounForms = { one: 'عام', two: 'عامين', few: 'أعوام', many: 'عاماً', other: 'عام' };
export const ROUND_NOUN: ArabicNounForms = { one: 'جولة واحدة', two: 'جولتان', few: 'جولات', many: 'جولة', other: 'جولة' };

export function formatArabicCount(n: number, forms: ArabicNounForms): string {
  const category = RULES.select(n);
  if (category === 'one') return forms.one;
  if (category === 'two') return forms.two;
  const noun = category === 'few' ? forms.few : category === 'many' ? forms.many : forms.other;
  return `${n} ${noun}`;
}
