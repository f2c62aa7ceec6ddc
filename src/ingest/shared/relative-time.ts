import { foldLetters } from './fold-letters.ts';
import { rememberRecent } from '../../lib/remember-recent.ts';
import { rememberWords, wordsOf, type Word } from './text-words.ts';
import { hoursCountedElsewhere } from './hours-ago.ts';
import { HOURS_AGO, PERIOD_WORDS, RELATIVE_DAYS, RELATIVE_QUALIFIERS, RELATIVE_TIME_LEAD_INS, THIS_WORDS, TIMES_OF_DAY } from '../../lib/lexicon/time-words.ts';
import { LAST_ORDINAL_MASCULINE, ORDINALS } from '../../lib/lexicon/numbers.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/lexicon/calendar.ts';

// Time words that only mean something beside the article's date («أمس», «الخميس المقبل», «الشهر
// الماضي»): true in the story, wrong in a headline read on its own, under a date of its own. The words
// come from the date engine's dictionaries, folded and without punctuation, as title words are.
const letters = foldLetters;
const singleWords = (list: Iterable<string>) => new Set([...list].filter((w) => !w.includes(' ')).map(letters));

/** The one-word relative days («اليوم»، «أمس»), folded. */
export const DAYS = singleWords(Object.keys(RELATIVE_DAYS));
/** Days of two or three words whose last word is no day alone («بعد غد»: «غد» is read only after «بعد»),
 *  by that last word: the words before it. */
const PHRASE_DAYS = new Map<string, string[][]>();
for (const phrase of Object.keys(RELATIVE_DAYS)) {
  const ws = phrase.split(' ').map(letters);
  if (ws.length < 2 || DAYS.has(ws.at(-1)!)) continue;
  PHRASE_DAYS.set(ws.at(-1)!, [...(PHRASE_DAYS.get(ws.at(-1)!) ?? []), ws.slice(0, -1)]);
}
/** «قبل قليل»، «منذ ساعات»: hours ago, as the date engine reads them, by their last word: the lead. */
const HOURS_PHRASES = new Map<string, string[]>();
for (const phrase of HOURS_AGO) {
  const [lead, unit] = phrase.split(' ').map(letters) as [string, string];
  HOURS_PHRASES.set(unit, [...(HOURS_PHRASES.get(unit) ?? []), lead]);
}
/** Whether words[i-1..i] are hours ago (hours-ago.ts). */
const hoursAgoAt = (words: readonly string[], i: number): boolean =>
  HOURS_PHRASES.get(words[i]!)?.includes(words[i - 1]!) === true && !hoursCountedElsewhere(words[i + 1], words[i + 2]);

/** How many words before `i` open a day phrase ending at it, or 0. */
function phraseDayStart(words: readonly string[], i: number): number {
  for (const before of PHRASE_DAYS.get(words[i]!) ?? []) {
    if (before.every((b, k) => words[i - before.length + k] === b)) return before.length;
  }
  return i > 0 && hoursAgoAt(words, i) ? 1 : 0;
}
/** Weekdays with their article, folded: «الاثنين». */
export const WEEKDAYS = new Set(Object.values(WEEKDAY_NAMES).flat().map((w) => letters(`ال${w}`)));
const QUALIFIERS = singleWords(Object.keys(RELATIVE_QUALIFIERS).filter((q) => q !== 'هذا'));
const PERIODS = singleWords(Object.keys(PERIOD_WORDS));
const MONTHS = singleWords(Object.values(MONTH_NAMES).flat());
// «كانون الثاني الماضي»: a two-word month is one name.
const MONTH_PAIRS = new Set(Object.values(MONTH_NAMES).flat().filter((w) => w.includes(' ')).map((w) => w.split(' ').map(letters).join(' ')));
// «اليوم الثالث» of a round is one of its days, not today; so is «اليوم الأخير» (a day is masculine).
export const ORDINAL_WORDS = singleWords([...Object.keys(ORDINALS), LAST_ORDINAL_MASCULINE]);
/** Every word of an ordinal, those of two or three words too («الحادي», «والعشرين»). */
const ORDINAL_PARTS = new Set(Object.keys(ORDINALS).flatMap((k) => k.split(' ')).map(letters));
const THIS = singleWords(THIS_WORDS);
// What stands before a relative time and goes with it: a time of day, or a lead-in of the lexicon's.
const LEAD_INS = new Set([...singleWords(TIMES_OF_DAY), ...RELATIVE_TIME_LEAD_INS.map(letters)]);
const DAY_NUMBER = /^و?(?:ال)?\d{1,2}$/u;

/** The word without a conjunction or preposition written onto it («وأمس», «بالأمس»). */
function stems(word: string): string[] {
  const out = [word];
  const m = /^([وفبل]{1,2})(.+)$/u.exec(word);
  if (m && m[2]!.length >= 3) out.push(m[2]!);
  return out;
}

// «تشرين الأول»، «كانون الثاني»: the first word of a two-word month opens its name.
const MONTH_OPENERS = new Set([...MONTH_PAIRS].map((p) => p.split(' ')[0]!));
/** A month's name, or the first word of a two-word one, folded («تموز», «يوليو», «تشرين»). */
export const isMonthName = (w: string) => MONTHS.has(w) || MONTH_OPENERS.has(w);

// What a word is, or is with a particle taken off: asked of every word of every title drafted, over
// a vocabulary of a few thousand words, so each word is judged once per process (bounded, as the folds).
// The lists read only as the word is written (a qualifier, a period, a month, «هذا») are bits of the same
// answer: one lookup a word instead of one a list.
const DAY_WORD = 1;
const WEEKDAY_WORD = 2;
const LEAD_IN_WORD = 4;
const QUALIFIER_WORD = 8;
const PERIOD_WORD = 16;
const MONTH_WORD = 32;
const THIS_WORD = 64;
// The last word of a day phrase («بعد غد») or of hours ago («منذ ساعات»): the only words phraseDayStart
// can answer for, so the others are not looked up in its two lists.
const PHRASE_END_WORD = 128;
const MEMO_LIMIT = 100_000;
const kinds = new Map<string, number>();
function kindOf(word: string): number {
  let kind = kinds.get(word);
  if (kind === undefined) {
    const s = stems(word);
    kind = (s.some((x) => DAYS.has(x)) ? DAY_WORD : 0) | (s.some((x) => WEEKDAYS.has(x)) ? WEEKDAY_WORD : 0) | (s.some((x) => LEAD_INS.has(x)) ? LEAD_IN_WORD : 0)
      | (QUALIFIERS.has(word) ? QUALIFIER_WORD : 0) | (PERIODS.has(word) ? PERIOD_WORD : 0) | (MONTHS.has(word) ? MONTH_WORD : 0) | (THIS.has(word) ? THIS_WORD : 0)
      | (PHRASE_DAYS.has(word) || HOURS_PHRASES.has(word) ? PHRASE_END_WORD : 0);
    if (kinds.size >= MEMO_LIMIT) kinds.clear();
    kinds.set(word, kind);
  }
  return kind;
}

const isDayOfKind = (kind: number, w: string, next: string | undefined) => (kind & DAY_WORD) !== 0 && !(w.endsWith('اليوم') && next !== undefined && ORDINAL_WORDS.has(next));
const isDay = (w: string, next: string | undefined) => isDayOfKind(kindOf(w), w, next);
const isWeekday = (w: string) => (kindOf(w) & WEEKDAY_WORD) !== 0;
const isQualifier = (w: string) => (kindOf(w) & QUALIFIER_WORD) !== 0;

/**
 * Runs [from, to) of `words` (folded letters only) that are a time relative to the article's date,
 * with what goes with them: «مساء أمس الثلاثاء», «غداً (الخميس)», «يوم الاثنين القادم», «في 28 من الشهر
 * الماضي», «هذا الأسبوع». A bare weekday counts: which Thursday is told by the article's date.
 */
export function relativeTimeRuns(words: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  // The next word's kind, read for the word before it, is this word's when the loop steps on by one:
  // one lookup a word instead of two.
  let kindAt = -1;
  let knownKind = 0;
  while (i < words.length) {
    const w = words[i]!;
    const next = words[i + 1];
    let end = -1;
    let dated = false; // a period or month: day numbers before it belong to it
    const kind = kindAt === i ? knownKind : kindOf(w);
    const nextKind = next === undefined ? 0 : kindOf(next);
    kindAt = i + 1;
    knownKind = nextKind;
    const phrase = (kind & PHRASE_END_WORD) !== 0 ? phraseDayStart(words, i) : 0;
    if (isDayOfKind(kind, w, next) || (kind & WEEKDAY_WORD) !== 0 || phrase > 0) end = i + 1;
    else if ((kind & THIS_WORD) !== 0 && (nextKind & PERIOD_WORD) !== 0) end = i + 2;
    // The qualifier first: it is rare, and the month pair's key is a new string for every word.
    else if ((nextKind & QUALIFIER_WORD) !== 0 && ((kind & (PERIOD_WORD | MONTH_WORD)) !== 0 || MONTH_PAIRS.has(`${words[i - 1]} ${w}`))) { end = i + 2; dated = true; }
    if (end === -1) { i++; continue; }
    let from = phrase > 0 ? i - phrase : MONTH_PAIRS.has(`${words[i - 1]} ${w}`) ? i - 1 : i;
    // What follows: the weekday of «أمس الثلاثاء», the qualifier of «الخميس المقبل», «أمس الأول».
    while (end < words.length && (isWeekday(words[end]!) || isQualifier(words[end]!) || (words[end] === 'الاول' && isDay(words[end - 1]!, undefined)))) end++;
    while (from > 0 && from > (runs.at(-1)?.[1] ?? 0)) {
      const before = words[from - 1]!;
      if ((kindOf(before) & LEAD_IN_WORD) !== 0 || (dated && (DAY_NUMBER.test(before) || before === 'و'))) from--;
      else if (dated && ORDINAL_PARTS.has(before)) {
        // «في العاشر من الشهر المقبل», «يوم الحادي والعشرين من الشهر الجاري»: a day told in words, after
        // its lead-in; «الجولة الثانية من الشهر الماضي» is a round's ordinal, and stays.
        let k = from - 1;
        while (k > 0 && ORDINAL_PARTS.has(words[k - 1]!)) k--;
        if (k > 0 && (kindOf(words[k - 1]!) & LEAD_IN_WORD) !== 0) from = k;
        else break;
      } else break;
    }
    runs.push([from, end]);
    i = end;
  }
  return runs;
}

const KEPT_MARKS = /[:؛«»“”„"″]/u;

/**
 * `text` without its relative times (relativeTimeRuns), the other words in their order. A comma or
 * parenthesis of a dropped word goes with it; a colon or quotation mark stays, on the word before.
 */
function dropRelativeTime(text: string): string {
  // The text's words as the headline's cut reads them (wordsOf remembers them for it).
  const split = wordsOf(text);
  const wordAt: number[] = [];
  const words: string[] = [];
  for (let k = 0; k < split.length; k++) {
    const folded = split[k]!.folded;
    if (folded) { wordAt.push(k); words.push(folded); }
  }
  const dropped = new Set<number>();
  for (const [a, b] of relativeTimeRuns(words)) for (let j = a; j < b; j++) dropped.add(wordAt[j]!);
  // Most texts hold no relative time: the tokens are listed only for one that does.
  if (dropped.size === 0) return text;
  // The words kept, as wordsOf would split the text they are joined into: tokens without spaces, one
  // space between them. The caller splits that text at once (its headline's cut), so it is told them.
  const out: Word[] = [];
  let at = 0; // where the next word starts in the joined text
  const keep = (raw: string, folded: string) => {
    out.push({ raw, folded, start: at, end: at + raw.length });
    at += raw.length + 1;
  };
  let carry = '';
  split.forEach((x, k) => {
    const t = x.raw;
    if (!dropped.has(k)) { keep(carry + t, carry ? foldLetters(carry + t) : x.folded); carry = ''; return; }
    const lead = /^\P{L}*/u.exec(t)![0].split('').filter((c) => KEPT_MARKS.test(c)).join('');
    const tail = /\P{L}*$/u.exec(t)![0].split('').filter((c) => KEPT_MARKS.test(c)).join('');
    if (lead && tail) return; // a quoted time word: both marks go
    if (lead) carry += lead;
    if (tail && out.length > 0) {
      const last = out.pop()!;
      at = last.start;
      const raw = last.raw.replace(/[،,]+$/u, '') + tail;
      keep(raw, foldLetters(raw));
    }
  });
  const kept = out.map((x) => x.raw).join(' ');
  rememberWords(kept, out);
  return kept;
}

/** dropRelativeTime, remembered for the few texts a headline is drafted from again and again. */
export const withoutRelativeTime: (text: string) => string = rememberRecent(dropRelativeTime);
