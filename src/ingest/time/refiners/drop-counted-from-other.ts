// «في الأسبوع السابق للقمة»، «خلال الشهر التالي لانعقاد المؤتمر»: a period whose qualifier takes a «ل»
// complement is counted from the event the complement names, not from the article's date. Read as last
// week or next month, it dated the event to a week or a month the text does not give; it names no period.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { alternation } from '../constants.ts';
import type { Parsed, ParseContext } from '../types.ts';
import { COUNTED_FROM_QUALIFIERS } from '../../../lib/lexicon/time-words.ts';

const ENDS_WITH_QUALIFIER = new RegExp(`(?<![\\p{L}])(?:${alternation(COUNTED_FROM_QUALIFIERS.map(foldArabic))})$`, 'u');
/** The complement's «ل» on the next word («للقمة»، «لانعقاد»، «لـ»). */
const COMPLEMENT_AFTER = /^\s+ل/u;

export function dropCountedFromOther(results: Parsed[], ctx: ParseContext): Parsed[] {
  return results.filter((r) => r.stated.rel === undefined || !ENDS_WITH_QUALIFIER.test(ctx.folded.slice(r.start, r.end)) || !COMPLEMENT_AFTER.test(ctx.folded.slice(r.end, r.end + 4)));
}
