// A breaking-news ticker the page opens on («عاجل: الرئيس يستقبل وفداً برلمانياً اليوم الخميس»), above
// the story: another story, whose «اليوم الخميس» is the day the page was shown. An outlet
// may head its own story «عاجل:» too: that line's words come back in its lead, a ticker's do not.
import { BREAKING_WORDS } from '../../lib/lexicon/furniture.ts';
import { LATIN_MONTH_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/lexicon/calendar.ts';
import { RELATIVE_DAYS, TIMES_OF_DAY } from '../../lib/lexicon/time-words.ts';
import { STOP_WORDS } from '../../lib/lexicon/stop-words.ts';
import { foldFast } from '../shared/fold-fast.ts';
import { startsWithPhrase } from './has-phrase.ts';

/** Words any two stories of a day share («اليوم»، «الخميس»، «مارس»): no sign of one topic. */
const DAY_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(MONTH_NAMES).flat(), ...Object.values(LATIN_MONTH_NAMES).flat(),
  ...Object.values(WEEKDAY_NAMES).flat().flatMap((w) => [w, `ال${w}`]), ...Object.keys(RELATIVE_DAYS), ...TIMES_OF_DAY, ...STOP_WORDS,
].flatMap((w) => foldFast(w).split(' ')));

/** Words long enough to carry a topic (names, nouns, verbs), not particles. */
const CONTENT_LETTERS = 4;
/** Words of a lead paragraph. */
const LEAD_WORDS = 15;
/** A headline shares at least this many of its words with its lead. */
const SHARED_WITH_LEAD = 2;

const contentWords = (folded: string): Set<string> => new Set(folded.split(' ').filter((w) => w.length >= CONTENT_LETTERS && !DAY_WORDS.has(w)));

/**
 * Indexes of the ticker lines among the lines before the story's first paragraph: a line opening on a
 * breaking-news label that shares fewer than two words with the lead. `folded` are the lines folded to
 * words; `candidate` says which may still be story.
 */
export function breakingTickers(folded: readonly string[], candidate: (i: number) => boolean, firstStory: number): number[] {
  // With no paragraph ending like a sentence, the first long line is the lead.
  const leadAt = firstStory < folded.length ? firstStory : folded.findIndex((f, i) => candidate(i) && f.split(' ').length >= LEAD_WORDS);
  if (leadAt < 0) return [];
  const lead = contentWords(folded[leadAt]!);
  const isTicker = (i: number): boolean => {
    if (!startsWithPhrase(folded[i]!, BREAKING_WORDS)) return false;
    let shared = 0;
    for (const w of contentWords(folded[i]!)) if (lead.has(w) && ++shared >= SHARED_WITH_LEAD) return false;
    return true;
  };
  const tickers: number[] = [];
  for (let i = 0; i < leadAt; i++) if (candidate(i) && isTicker(i)) tickers.push(i);
  return tickers;
}
