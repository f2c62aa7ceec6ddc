// Sentences that recall rather than report: «يذكر أن الجولة الأولى انطلقت في 30 تشرين الأول 2019»،
// «وكان المبعوث قد قال في تصريح سابق يوم الخميس 21 كانون الأول 2017». A day they date is before the
// story, by any distance: a lower bound, never a sign of when the story was written.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { PLUPERFECT_AUXILIARIES, RECALL_OPENERS } from '../../../lib/lexicon/clause-words.ts';
import { alternation } from '../constants.ts';
import type { Expr } from '../types.ts';

const OPENER = new RegExp(`^[\\s\\p{P}]*(?:${alternation(RECALL_OPENERS.map(foldArabic))})(?![\\p{L}])`, 'u');
/** «كان … قد»: the auxiliary, up to five words (its subject), then «قد» (or one of `verbs`: «وكان المبعوث
 *  قال …» without it). */
export function pluperfectPattern(verbs: readonly string[] = []): RegExp {
  const ends = verbs.length > 0 ? `قد|${alternation(verbs.map(foldArabic))}` : 'قد';
  return new RegExp(`(?<![\\p{L}])(?:${alternation(PLUPERFECT_AUXILIARIES.map(foldArabic))})\\s+(?:[\\p{L}\\p{N}«»"“”]+\\s+){0,5}(?:${ends})(?![\\p{L}])`, 'u');
}
const PLUPERFECT = pluperfectPattern();
/** How far before the expression the pluperfect may stand in its sentence. */
const PLUPERFECT_REACH = 90;

/** The years a text writes in digits («عام 2012»). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
}
const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;

/** Whether a sentence's text recalls: opens as background or holds a pluperfect. */
export function recallsIn(sentence: string): boolean {
  return OPENER.test(sentence) || PLUPERFECT.test(sentence);
}

/** Whether the expression sits in a sentence of background («يذكر أن …»). */
export function inBackground(e: Pick<Expr, 'start' | 'sentence'>, folded: string): boolean {
  return OPENER.test(folded.slice(e.sentence[0], e.start));
}

/** Whether it sits in a sentence of background or after a pluperfect in its sentence. The pluperfect
 *  tells yesterday's news as often as last year's: only a date that names its year is recalled by it. */
export function isRecalled(e: Pick<Expr, 'start' | 'sentence'>, folded: string): boolean {
  return inBackground(e, folded) || PLUPERFECT.test(folded.slice(Math.max(e.sentence[0], e.start - PLUPERFECT_REACH), e.start));
}
