// Whether two lines tell of one story: a headline repeats words of its lead, a line of another story
// (a ticker, a teaser) seldom does. Only words of four letters or more count, and none that any two
// stories of a day share (its weekday and month, «اليوم», particles).
import { LATIN_MONTH_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/lexicon/calendar.ts';
import { RELATIVE_DAYS, TIMES_OF_DAY } from '../../lib/lexicon/time-words.ts';
import { STOP_WORDS } from '../../lib/lexicon/stop-words.ts';
import { foldFast } from '../shared/fold-fast.ts';

/** Words long enough to carry a topic (names, nouns, verbs), not particles. */
const CONTENT_LETTERS = 4;
/** A headline shares at least this many of its words with its lead. */
const SHARED_WITH_LEAD = 2;

const DAY_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(MONTH_NAMES).flat(), ...Object.values(LATIN_MONTH_NAMES).flat(),
  ...Object.values(WEEKDAY_NAMES).flat().flatMap((w) => [w, `ال${w}`]), ...Object.keys(RELATIVE_DAYS), ...TIMES_OF_DAY, ...STOP_WORDS,
].flatMap((w) => foldFast(w).split(' ')));

const contentWords = (folded: string): Set<string> => new Set(folded.split(' ').filter((w) => w.length >= CONTENT_LETTERS && !DAY_WORDS.has(w)));

/** Whether `line` shares `least` content words or more with `lead` (both folded to words). */
export function sharesTopic(line: string, lead: string, least = SHARED_WITH_LEAD): boolean {
  const words = contentWords(lead);
  let shared = 0;
  for (const w of contentWords(line)) if (words.has(w) && ++shared >= least) return true;
  return false;
}
