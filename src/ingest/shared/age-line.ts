// A page's «منذ …» age line («منذ 7 سنوات», «منذ ساعتين»): the clean stage reads the page's other
// dates by it, and the date engine whether a date closing the page is the story's day.
import { DURATION_UNITS, SUB_DAY_UNITS } from '../../lib/lexicon/numbers.ts';
import { foldLine } from './fold-line.ts';

// Units of a page's «منذ …» age, folded: a day or more (the lexicon's durations), and less than a day.
const DAYS_OR_MORE = Object.keys(DURATION_UNITS).map(foldLine);
const UNDER_A_DAY = SUB_DAY_UNITS.map(foldLine);
const AGE = new RegExp(`^(?:نشر |تم النشر )?منذ (?:[\\d٠-٩]+ |[^ ]+ )?(?<unit>${[...DAYS_OR_MORE, ...UNDER_A_DAY].join('|')})$`, 'u');

/** A line that is only the story's age as the page showed it («منذ 7 سنوات», «منذ ساعتين»): whether
 *  it is a day or more, less, or no age line at all. */
export function ageLine(folded: string): 'days' | 'hours' | null {
  const m = AGE.exec(folded);
  if (!m) return null;
  return DAYS_OR_MORE.includes(m.groups!.unit!) ? 'days' : 'hours';
}
