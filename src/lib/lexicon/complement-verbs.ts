// Verbs and verbal nouns that say nothing without what follows them: demanding («طالب … بـ»), urging
// («حث … على»), reaching («توصل … إلى»), devoting («خصص … لـ») and intending («نية … <what>»). A
// headline cut after the verb and its subject («طالب المبعوث الدول الضامنة») is a fragment. Given by
// their stems, as in meeting-verbs.ts; every person and tense is generated from them.
import { formsOf, type VerbEntry } from './meeting-verbs.ts';

/**
 * What opens the complement: one of `words`, or a word with one of `prefixes` written onto it («بوقف»،
 * «للعمل»); with `orObject`, also a noun straight after («عزمها إرسال» as «عزمها على إرسال»). `object`:
 * what is intended, a noun after the one who intends («نية الموفد المشاركة»).
 */
export type Complement = { words: string[]; prefixes: string[]; orObject?: true } | 'object';

export interface ComplementVerb extends Omit<VerbEntry, 'role'> {
  complement: Complement;
}

export const COMPLEMENT_VERBS: ComplementVerb[] = [
  { perfect: 'طالب', imperfect: 'طالب', nouns: ['مطالبة'], complement: { words: ['أن', 'بأن'], prefixes: ['ب', 'ل'] } },
  { perfect: 'ناشد', imperfect: 'ناشد', nouns: ['مناشدة'], complement: { words: ['أن', 'بأن'], prefixes: ['ب', 'ل'] } },
  { perfect: 'حث', imperfect: 'حث', complement: { words: ['على', 'أن'], prefixes: ['ل'] } },
  // Not the noun «دعوة»: «دعوة المشاركين» is an invitation, whole without «إلى».
  { perfect: 'دعا', imperfect: 'دعو', complement: { words: ['إلى', 'أن'], prefixes: ['ل', 'ب'] } },
  { perfect: 'توصل', imperfect: 'توصل', nouns: ['التوصل'], complement: { words: ['إلى'], prefixes: ['ل'] } },
  { perfect: 'خصص', imperfect: 'خصص', nouns: ['تخصيص'], complement: { words: [], prefixes: ['ل'] } },
  { perfect: 'اعتزم', imperfect: 'عتزم', nouns: ['اعتزام'], complement: 'object' },
  // «أكد عزمه على إعادة إطلاق المفاوضات»: the resolve is whole with «على».
  { perfect: 'عزم', imperfect: 'عزم', nouns: ['عزم'], complement: { words: ['على'], prefixes: [], orObject: true } },
  { perfect: 'نوى', imperfect: 'نوي', nouns: ['نية'], complement: 'object' },
];

/** Each verb's forms (every person and tense, its nouns) with the complement it needs. */
export function complementForms(): Array<{ forms: string[]; nouns: string[]; complement: Complement }> {
  return COMPLEMENT_VERBS.map((e) => {
    const f = formsOf(e);
    return { forms: [...f.past, ...f.present, ...f.future], nouns: f.nouns, complement: e.complement };
  });
}

/** The nouns of intending («عزم»، «اعتزام»، «نية»): what follows them is a thing still to be done. */
export const INTENT_NOUNS: string[] = COMPLEMENT_VERBS.filter((e) => e.complement === 'object' || e.complement.orObject).flatMap((e) => e.nouns ?? []);
