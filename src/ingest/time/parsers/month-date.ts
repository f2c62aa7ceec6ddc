// Dates built around a month name or "الشهر الجاري": "19 من نيسان 2019", "يومي الـ14 والـ15 من الشهر
// الجاري" (or "من هذا الشهر"), "في 7-8 من يوليو الجاري", "أواخر تشرين الأول (أكتوبر) الماضي", "الخامس والعشرين من نوفمبر", and
// stamps that join the parts with dashes or slashes ("20-كانون الثاني-2016"، "07/أبريل/2017").
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser, Stated } from '../types.ts';
import { WORD_END, WORD_START, alternation } from '../constants.ts';
import { DAY_RE, MONTH_RE, PART_RE, QUAL_RE, dayNumberOf, monthOf, partOf, qualifierOf } from './pieces.ts';
import { SAME_DAY_AFTER } from '../../../lib/lexicon/time-words.ts';

/** A word's end, or a year with the time glued to it ("01 يوليو 201711:05"). */
const GLUED_TIME_OR_END = `(?:${WORD_END}|(?<=\\d{4})(?=\\d{1,2}:\\d{2}))`;

const SOURCE =
  WORD_START +
  `(?:(?<part>${PART_RE})\\s+(?:من\\s+)?)?` +
  `(?:(?:يومي|يوم|أيام|ايام)\\s+)?(?:(?:من|بين)\\s+)?` +
  `(?:(?<![:：])(?<d1>${DAY_RE})(?:\\s*(?:-|–|/|إلى|الى|حتى|و)\\s*(?:و\\s*)?(?<d2>${DAY_RE}))?\\s*(?:من\\s+)?(?:شهر\\s+)?(?:/\\s*|-\\s*)?)?` +
  `(?:(?:شهر\\s+)?(?<month>${MONTH_RE})(?<alt>\\s*[/(\\-–]\\s*(?:${MONTH_RE})(?:\\s*[-–/]\\s*(?:${MONTH_RE}))?\\s*\\)?|[^\\S\\n]+(?<alt2>${MONTH_RE}))?|(?:(?<this>هذا)\\s+)?(?<cur>الشهر)(?:\\s+(?<mq>${QUAL_RE}))?)` +
  `(?:\\s+(?<qual>${QUAL_RE}))?` +
  // «كانون الأول من العام الماضي»، «شباط من هذا العام»: the year counted from the article's.
  `(?:\\s+من\\s+(?:(?<ythis>هذا)\\s+)?(?:العام|السنة|عام)(?:\\s+(?<yq>${QUAL_RE}))?(?=\\s|$|[^\\p{L}\\d]))?` +
  // The year stands on the month's line: a year on the next line is a stamp's (a headline ending «نهاية أغسطس» above «2020-06-16»).
  `(?:[^\\S\\n]*[,،/\\-–]?[^\\S\\n]*(?:من\\s+)?(?:عام|العام|سنة)?[^\\S\\n]*(?<year>\\d{4})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))(?:\\s*م(?![\\p{L}]))?)?` + GLUED_TIME_OR_END;

/** «إلى العشرين من الشهر نفسه»: the month named before in the sentence, not the article's. */
const SAME_AFTER = new RegExp(`^\\s*(?:${foldArabic(alternation(SAME_DAY_AFTER))})(?![\\p{L}\\p{N}])`, 'u');

const BARE_MONTH_BEFORE = /(?:^|[^\p{L}])(?:[وف]?(?:في|خلال|منذ|حتي|بحلول|قبل|بعد|شهر|مطلع)|[وف]?[بل]?شهر)\s+$/u;

export const monthDate: Parser = {
  name: 'month-date',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(`(?:${MONTH_RE})|الشهر`, 'gu'), lookback: 120 },
  extract(m, ctx): Parsed | null {
    const g = m.groups ?? {};
    const month = g.month ? monthOf(g.month) : undefined;
    if (g.month && month === undefined) return null;
    // «30 أكتوبر تشرين الأول 2019» (as Reuters writes both names): the same month twice. Another month
    // after it starts another date, with the year: this one ends before it.
    const cut = g.alt2 !== undefined && monthOf(g.alt2) !== month ? m[0].lastIndexOf(g.alt2) : -1;
    // "الشهر" alone is the current month only with a day or a part ("نهاية الشهر"، "في 15 من الشهر").
    if (g.cur && !g.mq && g.d1 === undefined && !g.part) return null;
    if (g.cur && !g.mq && SAME_AFTER.test(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // «هذا الشهر» with a qualifier after it is no phrase; with a day («يومي 15 و16 من هذا الشهر») it is the current month.
    if (g.this && g.mq) return null;
    const rel = g.cur && !g.mq ? 0 : qualifierOf(g.qual ?? g.mq);
    const day = dayNumberOf(g.d1);
    const dayEnd = dayNumberOf(g.d2);
    const part = partOf(g.part);
    const year = g.year && cut < 0 ? Number(g.year) : undefined;
    const yearRel = g.ythis && !g.yq ? 0 : !g.ythis ? qualifierOf(g.yq) : undefined;
    if (year !== undefined && (year < 1900 || year > 2100)) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    if (dayEnd !== undefined && (dayEnd < 1 || dayEnd > 31 || day === undefined || dayEnd < day)) return null;
    // A bare "الشهر" without a qualifier never reaches here; "مايو" alone (also Maghrebi "ماي") needs care:
    // "ماي" is a common transliteration fragment, so require a day, a year, a qualifier or a part.
    // A month name alone is also a word ("مارس الضغط" = exerted pressure): only after a preposition or "شهر".
    if (g.month && day === undefined && year === undefined && rel === undefined && !part &&
      (/^ماي$/.test(g.month) || !BARE_MONTH_BEFORE.test(ctx.folded.slice(Math.max(0, m.index - 12), m.index)))) return null;
    // Set one by one, in the order a reader of the results sees: spreading a literal for each costs an
    // object apiece, for every date read.
    const stated: Stated = {};
    if (year !== undefined) stated.year = year;
    if (month !== undefined) stated.month = month;
    if (day !== undefined) stated.day = day;
    if (dayEnd !== undefined) stated.dayEnd = dayEnd;
    if (rel !== undefined) stated.rel = rel;
    if (part && day === undefined) stated.part = part;
    if (g.cur) stated.period = 'month';
    if (yearRel !== undefined && year === undefined && month !== undefined) stated.yearRel = yearRel;
    const kind = dayEnd !== undefined ? 'day-range'
      : day !== undefined ? 'date'
      : part ? 'month-part'
      : g.cur ? 'relative-month' : 'month';
    return { start: m.index, end: m.index + (cut < 0 ? m[0].length : m[0].slice(0, cut).trimEnd().length), kind, stated, parser: 'month-date' };
  },
};
