// Verbs that report a decision, a stance or a document, beyond the meeting verbs: a dated clause with
// one of them is an event («قررت الهيئة الجمعة الانضمام…», «أبدى الموفد الأربعاء تفاؤله»). Given once
// by their stems, as in meeting-verbs.ts; every person and tense is generated from them.
import { formsOf, type VerbEntry } from './meeting-verbs.ts';

export const ACTION_VERBS: Array<Omit<VerbEntry, 'role'>> = [
  { perfect: 'قرر', imperfect: 'قرر' },
  // Welcoming is said («رحبت الخارجية بـ…»): a statement's verb.
  { perfect: 'رحب', imperfect: 'رحب' },
  // Not the dual «أقرا»: folded it is «اقرأ», the «read also» of a page.
  { perfect: 'أقر', imperfect: 'قر', omit: ['أقرا'] },
  { perfect: 'أبدى', imperfect: 'بدي' },
  { perfect: 'علق', imperfect: 'علق' },
  { perfect: 'توافق', imperfect: 'توافق' },
  { perfect: 'أجرى', imperfect: 'جري' },
  { perfect: 'وزع', imperfect: 'وزع' },
  { perfect: 'صدر', imperfect: 'صدر', nouns: ['الصادر', 'الصادرة'] },
  // A document «المؤرخة في…» or «المتفق عليها في…» is dated by the act that made it.
  { perfect: 'أرخ', imperfect: 'ؤرخ', nouns: ['المؤرخ', 'المؤرخة', 'مؤرخة', 'المتفق'] },
];

/** Every form of the action verbs, in one list. */
export function actionVerbForms(): string[] {
  return [...new Set(ACTION_VERBS.flatMap((e) => { const f = formsOf(e); return [...f.past, ...f.present, ...f.future, ...f.nouns]; }))];
}
