import { foldLine, foldLines as folded } from '../shared/fold-line.ts';
import { ASTANA_NAMES, COMMITTEE_NAMES, FORMAT_WORDS, GENEVA_NAMES, KAZAKHSTAN_WORDS, MEETING_WORD, NUR_SULTAN_NAMES, ROUND_NOUNS_SINGULAR, SITTING_WORDS as SITTING_NOUNS, SOCHI_NAMES, TALKS_NOUNS, definite } from '../../lib/lexicon/talks.ts';
import { EDGE_ADJECTIVES } from '../../lib/lexicon/round-parts.ts';
import { ORDINAL_UNITS } from '../../lib/lexicon/numbers.ts';

// Folded words naming each track's venue or body, for linking an event to a round when the text
// gives no round number, and for noticing when a text names one venue where the dates say another.
// Narrower than the date engine's TRACK_WORDS (src/lib/lexicon/talks.ts), which also reads the
// committee's shorthand and drafting body: a link by venue wants the venue, and Sochi here is the resort.
export const TRACK_WORDS: Readonly<Record<string, readonly string[]>> = {
  astana: folded([...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS]),
  geneva: folded(GENEVA_NAMES),
  sochi: folded(SOCHI_NAMES),
  'constitutional-committee': folded(COMMITTEE_NAMES),
};

/** Words that make a clause talk about a round of talks: one clause, so fewer than the engine's
 *  TALKS_WORDS, which judge a whole article. */
export const TALKS_WORDS = folded([...ROUND_NOUNS_SINGULAR, ...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...MEETING_WORD, ...FORMAT_WORDS]);

/** A round's sittings and their ends, named without the word «round» or «talks» («تنعقد الجلسة العامة يوم
 *  2 أغسطس», «البيان الختامي»). */
export const SITTING_WORDS = folded([...SITTING_NOUNS, ...definite(SITTING_NOUNS), ...EDGE_ADJECTIVES]);

/** Folded ordinals of round numbers (feminine, as for جولة), with and without the article. */
export const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINAL_UNITS.map(([, f, n]) => [foldLine(f), n]),
  ...ORDINAL_UNITS.map(([, f, n]) => [foldLine(f.slice(2)), n]),
]);
