// «المبعوث الأممي السابق الأخضر الإبراهيمي»، «الإبراهيمي، المبعوث الأممي السابق»: a holder named as a past
// one, whose name dates nothing of the story's own time.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { FORMER_HOLDER } from '../../../lib/lexicon/eras.ts';
import { alternation } from '../constants.ts';

/** How far from the name a word that makes him a past holder may stand, in his title before it or after it. */
const FORMER_REACH = 32;
const FORMER_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(FORMER_HOLDER.map(foldArabic))})(?![\\p{L}])`, 'u');
const LAST_WORD = /^\p{L}*/u;

/** Whether a past holder's word stands around the name whose last word starts at `at` in `folded`. */
export function formerAround(folded: string, at: number): boolean {
  const after = at + LAST_WORD.exec(folded.slice(at))![0].length;
  return FORMER_WORD.test(folded.slice(Math.max(0, at - FORMER_REACH), at)) || FORMER_WORD.test(folded.slice(after, after + FORMER_REACH));
}
