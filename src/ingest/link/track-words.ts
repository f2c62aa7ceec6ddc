import { foldLines as folded } from '../shared/fold-line.ts';
import { ASTANA_NAMES, COMMITTEE_NAMES, FORMAT_WORDS, GENEVA_NAMES, KAZAKHSTAN_WORDS, NUR_SULTAN_NAMES, SOCHI_NAMES, TALKS_NOUNS, definite } from '../../lib/lexicon/talks.ts';

// Folded words naming each track's venue or body, for linking an event to a round when the text
// gives no round number, and for noticing when a text names one venue where the dates say another.
export const TRACK_WORDS: Readonly<Record<string, readonly string[]>> = {
  astana: folded([...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS]),
  geneva: folded(GENEVA_NAMES),
  sochi: folded(SOCHI_NAMES),
  'constitutional-committee': folded(COMMITTEE_NAMES),
};

/** Words that make a clause talk about a round of talks. */
export const TALKS_WORDS = folded(['جولة', 'الجولة', ...TALKS_NOUNS, ...definite(TALKS_NOUNS), 'اجتماعات', 'اجتماع', ...FORMAT_WORDS]);

/** Folded ordinals of round numbers (feminine, as for جولة). */
export const ORDINALS: Readonly<Record<string, number>> = {
  الاولي: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9, العاشره: 10,
  اولي: 1, ثانيه: 2, ثالثه: 3, رابعه: 4, خامسه: 5, سادسه: 6, سابعه: 7, ثامنه: 8, تاسعه: 9, عاشره: 10,
};
