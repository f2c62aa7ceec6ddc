// «قبل قليل»، «منذ ساعات»: breaking news told minutes or hours after it happened, on the article's day,
// unless the words after say the hours are another's: counted from another moment («قبل ساعات (قليلة) من
// بدء الجلسة»، «… على انطلاق») or a part of the day («منذ ساعات الفجر»، «قبل ساعة الصفر»). One rule for
// the date engine, which reads the phrase as today, and the title checks, which drop it as relative.
import { foldArabic } from '../../lib/arabic-fold.ts';
import { COUNTED_FROM, FEW_WORDS, HOURS_AGO, HOURS_OF, TIMES_OF_DAY } from '../../lib/lexicon/time-words.ts';

const folded = (words: readonly string[]): Set<string> => new Set(words.map(foldArabic));
/** The phrases, folded, as «قبل قليل». */
export const HOURS_AGO_PHRASES = folded(HOURS_AGO);
const FEW = folded(FEW_WORDS);
const FROM = folded(COUNTED_FROM);
const DAY_PART = folded([...HOURS_OF, ...TIMES_OF_DAY, ...TIMES_OF_DAY.map((w) => `ال${w}`)]);

/** Whether the (folded) words right after an hours-ago phrase make its hours another's than the telling. */
export function hoursCountedElsewhere(next: string | undefined, then: string | undefined): boolean {
  if (next === undefined) return false;
  if (DAY_PART.has(next) || FROM.has(next)) return true;
  return FEW.has(next) && then !== undefined && FROM.has(then);
}
