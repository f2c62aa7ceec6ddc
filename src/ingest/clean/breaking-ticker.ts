// A breaking-news ticker the page opens on («عاجل: الرئيس يستقبل وفداً برلمانياً اليوم الخميس»), above
// the story: another story, whose «اليوم الخميس» is the day the page was shown. An outlet
// may head its own story «عاجل:» too: that line's words come back in its lead, a ticker's do not.
import { BREAKING_WORDS } from '../../lib/lexicon/furniture.ts';
import { startsWithPhrase } from './has-phrase.ts';
import { sharesTopic } from './shared-topic.ts';

/**
 * Indexes of the ticker lines among the lines before the story's lead (`leadAt`, -1 for none): a line
 * opening on a breaking-news label that shares fewer than two words with the lead. `folded` are the lines
 * folded to words; `candidate` says which may still be story.
 */
export function breakingTickers(folded: readonly string[], candidate: (i: number) => boolean, leadAt: number): number[] {
  if (leadAt < 0) return [];
  const isTicker = (i: number): boolean => startsWithPhrase(folded[i]!, BREAKING_WORDS) && !sharesTopic(folded[i]!, folded[leadAt]!);
  const tickers: number[] = [];
  for (let i = 0; i < leadAt; i++) if (candidate(i) && isTicker(i)) tickers.push(i);
  return tickers;
}
