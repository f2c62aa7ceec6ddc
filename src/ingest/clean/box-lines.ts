// Lines of a page's boxes that print no story and no date of it: a prayer-times box («مواقيت الصلاة»,
// «الفجر 4:35», «الظهر 12:05»), a print newspaper's issue number over its masthead («العدد 14356»),
// and an archive's list of months («يناير 2019»، «فبراير 2019») under the story.
// Above a story they took the headline's place, and a date under them the page top's.
import { ISSUE_LABELS, PRAYER_BOX_TITLES, PRAYER_NAMES } from '../../lib/lexicon/furniture.ts';
import { alternation } from '../../lib/alternation.ts';

const DIGIT = '[\\d٠-٩]';
const PRAYER_TIME = new RegExp(`^\\s*(?:${alternation(PRAYER_NAMES)})\\s*[:：-]?\\s*${DIGIT}{1,2}\\s?[:：]\\s?${DIGIT}{2}\\s*(?:ص|م|صباحا|مساء|[AaPp][Mm])?\\s*$`, 'u');
const PRAYER_BOX = new RegExp(`^(?:${alternation(PRAYER_BOX_TITLES)})(?:\\s|$)`, 'u');
/** Words a prayer box's title may add: its city («مواقيت الصلاة في دمشق»). */
const PRAYER_TITLE_WORDS = 5;
const ISSUE = new RegExp(`^\\s*(?:${alternation(ISSUE_LABELS)})\\s*[:：]?\\s*${DIGIT}+(?!${DIGIT})`, 'u');
/** Words an issue line may add: its volume («العدد 14356 - السنة العاشرة»). */
const ISSUE_WORDS = 5;

/** A prayer time, or a prayer box's title (folded, words only). */
export function isPrayerBoxLine(line: string, folded: string, words: number): boolean {
  return PRAYER_TIME.test(line) || (words <= PRAYER_TITLE_WORDS && PRAYER_BOX.test(folded));
}

/** An issue number with no date (a dated one is the issue's stamp, kept for dating). */
export function isIssueLine(line: string, words: number, dated: boolean): boolean {
  return !dated && words <= ISSUE_WORDS && ISSUE.test(line);
}

/** Lines that stand in a run of two or more months with their years, blank lines apart at most (an
 *  archive's list: «يناير 2019»، «فبراير 2019»): one such line alone may be a chronology's heading. */
export function archiveListLines(signals: readonly { monthYear: boolean; words: number }[]): number[] {
  const out: number[] = [];
  let run: number[] = [];
  const close = () => { if (run.length >= 2) out.push(...run); run = []; };
  signals.forEach((s, i) => {
    if (s.words === 0) return;
    if (s.monthYear) run.push(i);
    else close();
  });
  close();
  return out;
}
