import { unpairedMarks } from './balance-quotes.ts';
import { relativeTimeRuns } from './relative-time.ts';
import { DANGLING, NAME_PARTICLES } from '../../lib/lexicon/title-words.ts';
import { fragmentFaults } from './title-fragments.ts';
import { wordsOf } from './text-words.ts';

export const MAX_TITLE_WORDS = 12;

/**
 * What makes a title unusable on its own, as short reasons (none: it reads as a headline): a time
 * word that only the article's date explains, a last word that waits for more, an unpaired
 * quotation mark, more than 12 words, a fragment of a sentence (title-fragments.ts).
 */
export function titleFaults(title: string): string[] {
  const words = wordsOf(title).map((x) => x.folded).filter(Boolean);
  const faults: string[] = [];
  for (const [a, b] of relativeTimeRuns(words)) faults.push(`relative time «${words.slice(a, b).join(' ')}»`);
  const last = words.at(-1) ?? '';
  if (DANGLING.has(last) || NAME_PARTICLES.has(last)) faults.push(`dangling last word «${last}»`);
  if (unpairedMarks(title).length > 0) faults.push('unpaired quotation mark');
  if (words.length > MAX_TITLE_WORDS) faults.push(`${words.length} words`);
  if (words.length === 0) faults.push('empty');
  faults.push(...fragmentFaults(title));
  return faults;
}
