// A round's Nth week («تدخل المفاوضات أسبوعها الثاني»، «في الأسبوع الثاني من الجولة»): the story is
// told on one of that week's days. Geneva's rounds ran up to eighteen days, so the news counts their weeks
// as it counts their days.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { ORDINAL_UNITS, IN_A_ROW } from '../../../lib/lexicon/numbers.ts';
import { DAY_WORK_WORDS } from '../../../lib/lexicon/talks.ts';
import { RELATIVE_PRONOUNS, SETTING_OPENERS } from '../../../lib/lexicon/clause-words.ts';
import { ENTER_WORDS } from '../../../lib/lexicon/round-parts.ts';
import { PERIOD_WORDS } from '../../../lib/lexicon/time-words.ts';
import { alternation, atWordStart } from '../constants.ts';
import { weekdayOnOrAfter } from '../../../lib/calendar.ts';
import type { DaySpan } from '../types.ts';

/** No round of the catalog ran into a fourth week. */
const WEEK_ORDINALS = ORDINAL_UNITS.slice(0, 3);
const WEEK_NUMBER = new Map(WEEK_ORDINALS.map(([masculine, , n]) => [foldArabic(masculine), n]));
const WEEK_STEMS = Object.keys(PERIOD_WORDS).filter((w) => PERIOD_WORDS[w] === 'week').map((w) => w.replace(/^ال/u, ''));
const ORDINAL = `(?<n>${alternation(WEEK_ORDINALS.map(([masculine]) => masculine))})(?![\\p{L}])`;
const WORK = `(?:${alternation(DAY_WORK_WORDS)})`;
/** After the round, only the week that is the round's by its pronoun («أسبوعها الثاني») or a count in a
 *  row («للأسبوع الثاني على التوالي»): «تنتهي في الأسبوع الثاني من كانون الأول» is a month's week. */
const WEEK_AFTER = new RegExp(`(?:${atWordStart(`(?:${alternation(WEEK_STEMS)})`)}(?:ها|ه)\\s+${ORDINAL}|${atWordStart(`لل(?:${alternation(WEEK_STEMS)})`)}\\s+${ORDINAL}\\s*[،,]?\\s*(?:${alternation(IN_A_ROW)}))`, 'u');
/** Before the round, the week named right before it: «في الأسبوع الثاني من (أعمال) الجولة». */
const WEEK_BEFORE = new RegExp(`${atWordStart(`(?:ال|لل)(?:${alternation(WEEK_STEMS)})`)}\\s+${ORDINAL}\\s+(?:من|ل)?\\s*(?:${WORK}\\s+)?$`, 'u');

const WEEK_NEXT = new RegExp(`^\\s*(?:ال|لل)?(?:${alternation(WEEK_STEMS)})(?:ها|ه)?\\s+${ORDINAL}`, 'u');
/** «مع بدء الأسبوع الثاني من الجولة»: the word before is the week's edge, not the round's. */
export const weekFollows = (text: string): boolean => WEEK_NEXT.test(text);

/** Between the round and its week: a comma, a word opening a setting, a relative pronoun (a recalled week:
 *  «التي انهارت في أسبوعها الثاني»), or a subject joined after the round that enters a week of its own
 *  («والإضراب … يدخل أسبوعه الثاني»; the round entering its own, «الجولة … تدخل أسبوعها», is the round's). */
const OTHER_SUBJECT = new RegExp(`[،,]|(?<![\\p{L}])[وف]?(?:${alternation([...SETTING_OPENERS, ...RELATIVE_PRONOUNS])})(?![\\p{L}])|(?<![\\p{L}])وال\\p{L}+.*(?<![\\p{L}])(?:${alternation(ENTER_WORDS)})(?![\\p{L}])`, 'u');
/** «أسبوعه» of a round whose noun is feminine («الجولة»، «المفاوضات»): another noun's week. */
const MASCULINE_WEEK = new RegExp(`${atWordStart(`(?:${alternation(WEEK_STEMS)})`)}ه\\s`, 'u');

/** The week of the round its clause tells, from the text after the round to the clause's end and the
 *  text right before the round; `at` is where it is told in the text after, -1 when before. */
export function roundWeek(after: string, before: string, feminine = false): { week: number; at: number } | undefined {
  const found = WEEK_AFTER.exec(after);
  if (found && feminine && MASCULINE_WEEK.test(found[0] + ' ')) return undefined;
  // «انطلقت الجولة الثامنة، مع دخول الهدنة أسبوعها الثاني»: a week told past a comma or a word that opens a
  // setting is another subject's.
  const m = found && !OTHER_SUBJECT.test(after.slice(0, found.index)) ? found : null;
  const b = m ? null : WEEK_BEFORE.exec(before);
  const week = (m ?? b)?.groups?.n;
  const n = week === undefined ? undefined : WEEK_NUMBER.get(week);
  return n === undefined ? undefined : { week: n, at: m ? m.index : -1 };
}

/** A round enters its second calendar week only after four days of its first: Geneva III's Friday
 *  opening was not «in its second week» the Monday after. */
const CALENDAR_FLOOR = 4;
/** Saturday, the earliest day a calendar week starts (Saturday, Sunday or Monday by country). */
const SATURDAY = 6;

/** The days of a round's Nth week, or null when the round, as the catalog has it, ended before. News
 *  counts a calendar week as often as seven days: a round opened on a Thursday «enters its second week»
 *  on the Sunday or Monday after, so a later week may start as early as the Saturday after the opening's
 *  week ends, once the round has met four days. */
export function weekSpan(c: { start: number; end: number }, week: number): DaySpan | null {
  const counted = c.start + 7 * (week - 1);
  const calendar = week === 1 ? c.start : Math.max(weekdayOnOrAfter(c.start + 1, SATURDAY), c.start + CALENDAR_FLOOR) + 7 * (week - 2);
  const first = Math.min(counted, calendar);
  return first > c.end ? null : [first, Math.min(c.end, counted + 6)];
}
