// Relative days, alone or with a weekday: "اليوم"، "أمس الثلاثاء"، "مساء أمس"، "غداً الخميس"،
// "اليوم (الخميس)"، 'اليوم "الخميس"'، "أول أمس"، "بعد غد"، "وبالأمس".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { NTH_OF_DAYS_AFTER, WORD_END, alternation, endsWithMatch } from '../constants.ts';
import { ORD_RE, RELDAY_RE, RELDAYS, TOD_RE, WEEKDAY_RE, weekdayOf } from './pieces.ts';
import { DAY_OF_SOMETHING_AFTER, LIKE_DAY_BEFORE, NOT_YESTERDAY_AFTER, OTHER_DAY_AFTER, RELATIVE_DAYS, SAME_DAY_AFTER, SAME_DAY_BEFORE, THAT_DAY_BEFORE, TOMORROW_IN_CONSTRUCT } from '../../../lib/lexicon/time-words.ts';
import { PLACE_PREPOSITIONS, SINCE_PREPOSITIONS, TIME_PREPOSITIONS, UNTIL_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { HOURS_AGO_PHRASES, hoursCountedElsewhere } from '../../shared/hours-ago.ts';

// Prefixes allowed before a relative day: و ف, then ب ل ك (not ل alone before أمس: "لامس" is a verb).
export const START = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?[بك]?|[وف]?ل(?=ال)))';
const SOURCE = START +
  `(?:(?<tod>${TOD_RE})\\s+)?(?<rel>${RELDAY_RE})` +
  // The weekday set off by a comma, a dash, brackets or quotes: "اليوم (الخميس)"، 'اليوم "الخميس"'.
  `(?:\\s*[،,(\\-–"“«]?\\s*(?:يوم\\s+)?(?<wd>(?:ال)?(?:${WEEKDAY_RE}))\\s*[)"”»]?)?` + WORD_END;
// «اليوم الثاني من المحادثات» is a day of something; «اليوم أولى جلسات الجولة» (the first, without the
// article, before the plural it counts) is today: a first day would be «اليوم الأول». So is «اليوم ثاني
// أيام المؤتمر»: today is that day of it (the round ties read which day).
const ORDINAL_AFTER = new RegExp(`^\\s*(?:${ORD_RE}|${alternation(DAY_OF_SOMETHING_AFTER)})(?![\\p{L}\\p{N}])`, 'u');
const FIRST_OF_AFTER = /^\s*(?:اولي|اول)\s+(?:جلسات|اجتماعات|جولات|لقاءات)(?![\p{L}])/u;
// «في اليوم ذاته»، «في نفس اليوم»، «في ذلك اليوم»، «اليوم السابق للاجتماع»: a day told before or counted
// from another, which the words around it name, not today; «في مثل هذا اليوم», its day in another year.
const SAME_AFTER = new RegExp(`^\\s*(?:${foldArabic(alternation([...SAME_DAY_AFTER, ...OTHER_DAY_AFTER]))})(?![\\p{L}\\p{N}])`, 'u');
const sameDayBefore = endsWithMatch(`(?:(?<![\\p{L}])(?:${foldArabic(alternation([...SAME_DAY_BEFORE, ...LIKE_DAY_BEFORE]))})|(?<![\\p{L}])[وف]?(?:${foldArabic(alternation([...PLACE_PREPOSITIONS, ...SINCE_PREPOSITIONS, ...TIME_PREPOSITIONS, ...UNTIL_PREPOSITIONS]))})\\s+(?:${foldArabic(alternation(THAT_DAY_BEFORE))}))\\s+`, 'u');
/** The two words after a phrase, for hoursCountedElsewhere. */
const TWO_WORDS_AFTER = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
// «أعلن أمس أن الجولة انطلقت قبل ساعات»: hours before another day the sentence told, not before the telling.
const OTHER_DAY_BEFORE = new RegExp(`(?<![\\p{L}])[وفب]?(?:${foldArabic(alternation(Object.keys(RELATIVE_DAYS).filter((w) => RELATIVE_DAYS[w] !== 0)))})(?![\\p{L}])`, 'u');
const sentenceBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 200), at).split(/[.!؟\n]/u).pop()!;
const NEED_AFTER = new RegExp(`^\\s*(?:${foldArabic(alternation(NOT_YESTERDAY_AFTER))})(?![\\p{L}])`, 'u');
// Outlet names that contain اليوم (TV channels, newspapers).
const outletBefore = endsWithMatch(String.raw`(?:(?:قناه|موقع|صحيفه|جريده|شبكه)\s*["“«]?\s*(?:روسيا|الشرق|الخليج|فلسطين|الامارات|سوريه|العراق|لبنان)?|["“«]\s*(?:روسيا|الشرق|الخليج|فلسطين|الامارات|سوريه|العراق|لبنان)|المصري)\s*["“”«»]?\s*`, 'u');

/** «غد» with no weekday or part of the day beside it is the future, not tomorrow («نحو غد أفضل»). */
const BARE_TOMORROW = foldArabic(TOMORROW_IN_CONSTRUCT);

export const relativeDay: Parser = {
  name: 'relative-day',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic('امس|اليوم|غد|الليلة|البارحة|هذا|قليل|لحظات|ساعات'), 'gu'), lookback: 14 },
  extract(m, ctx): Parsed | null {
    const g = m.groups ?? {};
    const relWord = g.rel!.replace(/\s+/g, ' ');
    const offset = RELDAYS.get(relWord);
    if (offset === undefined || (relWord === BARE_TOMORROW && !g.wd && !g.tod)) return null;
    const end = m.index + m[0].length;
    if (HOURS_AGO_PHRASES.has(relWord)) {
      const after = TWO_WORDS_AFTER.exec(ctx.folded.slice(end, end + 32));
      if (hoursCountedElsewhere(after?.[1], after?.[2]) || OTHER_DAY_BEFORE.test(sentenceBefore(ctx.folded, m.index))) return null;
    }
    if ((!g.wd && SAME_AFTER.test(ctx.folded.slice(end, end + 12))) || sameDayBefore(ctx.folded.slice(Math.max(0, m.index - 24), m.index))) return null;
    if (!g.wd && !g.tod) {
      if (offset === 0 && ORDINAL_AFTER.test(ctx.folded.slice(end, end + 20)) && !FIRST_OF_AFTER.test(ctx.folded.slice(end, end + 24)) && !NTH_OF_DAYS_AFTER.test(ctx.folded.slice(end, end + 24))) return null; // "اليوم الثاني من المحادثات"
      if (offset === -1 && NEED_AFTER.test(ctx.folded.slice(end, end + 12))) return null;
      const before = ctx.folded.slice(Math.max(0, m.index - 20), m.index);
      if (outletBefore(before)) return null; // "قناة روسيا اليوم"، "صحيفة الغد"
    }
    const weekday = g.wd ? weekdayOf(g.wd) : undefined;
    return {
      start: m.index, end, kind: 'relative-day', parser: 'relative-day',
      stated: { offset, ...(weekday !== undefined ? { weekday } : {}), ...(g.tod ? { timeOfDay: g.tod } : {}) },
    };
  },
};
