// What makes a clause an event: the action words, every inflection of the meeting and action verbs of
// the lexicon, a verb with its object pronoun, a verb with its diacritics. Invented sentences.
import { describe, expect, it } from 'vitest';
import { firstAction } from '../../../src/ingest/events/has-action.ts';

describe('firstAction', () => {
  it.each([
    ['وقررت الهيئة الانضمام إلى الوفد', 'قررت'],
    ['وأبدى المبعوث تفاؤله بالنتائج', 'أبدى'],
    ['واحتضنت العاصمة قمة ثلاثية', 'احتضنت'],
    ['وسيلتقون في العاصمة القطرية', 'سيلتقون'],
    ['وسننطلق في الموعد المحدد', 'سننطلق'],
    ['المدينة التي احتضنتها قبل عام', 'احتضنتها'],
    ['الملف الذي ناقشته اللجنة', 'ناقشته'],
    ['وقد صرّح المتحدث للصحفيين', 'صرّح'],
    ['الاتفاقية المؤرخة في ربيع ذلك العام', 'المؤرخة'],
    ['ونشرت الأمم المتحدة الأربعاء بياناً يدعو الأطراف', 'نشرت'],
    ['وفي بيان أصدرته الثلاثاء، رحبت الخارجية بالقرار', 'رحبت'],
    ['وفي بيان أصدرته الثلاثاء، ثم لا شيء', 'بيان'], // a setting and no act after it: the statement itself
    ['ولا تزال الهدنة قائمة منذ 30 كانون الأول', 'لا'],
  ])('%s → %s', (clause, word) => {
    const at = firstAction(clause);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(clause.slice(at).startsWith(word)).toBe(true);
  });

  it.each([
    'وزارة الخارجية في العاصمة', // «وزارة» folded ends in ه: not «زار» with a pronoun
    'الهدنة مستمرة في المنطقة', // going on is a state, not an act
    'اقرأ أيضاً في الموقع', // a page's «read also» is not «أقرّ»
    'ونشرت الصحيفة تقريراً عن المعارك', // publishing a report is not saying anything
    'ولا يزال الوفد في جنيف منذ 10 أيام', // since a length of time: no day began it
  ])('none in «%s»', (clause) => expect(firstAction(clause)).toBe(-1));
});
