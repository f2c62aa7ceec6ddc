// Weekdays with the article or "يوم": "الخميس"، "يوم الأربعاء"، "الثلاثاء الماضي"، "الاثنين القادم"،
// "السبت قبل الماضي".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';
import { FURTHER_QUAL_RE, QUAL_RE, WEEKDAY_RE, weekdayOf, weekdayQualifierOf } from './pieces.ts';

const SOURCE = WORD_START + `(?:(?:يوم|يومي|نهار|ليل|ليلة|مساء|صباح)\\s+)?(?:ال)(?<wd>${WEEKDAY_RE})(?:\\s+(?<q>${FURTHER_QUAL_RE}|${QUAL_RE}))?` + WORD_END;

/** The second weekday of a pair and the qualifier the two share. */
const PAIR_AFTER = new RegExp(foldArabic(`^\\s+و\\s*(?:يوم\\s+)?ال(?:${WEEKDAY_RE})\\s+(?<q>${QUAL_RE})(?![\\p{L}])`), 'u');

export const weekday: Parser = {
  name: 'weekday',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(`ال(?:${WEEKDAY_RE})`, 'gu'), lookback: 12 },
  extract(m, ctx): Parsed | null {
    const g = m.groups ?? {};
    const wd = weekdayOf(g.wd!);
    if (wd === undefined) return null;
    const end = m.index + m[0].length;
    // "الأحد عشر" is eleven, "الاثنين معا" is "both": not weekdays.
    if (/^\s*(?:عشر|عشره|معا|كليهما)(?![\p{L}])/u.test(ctx.folded.slice(end, end + 10))) return null;
    // «يومي الإثنين والثلاثاء المقبلين»: the qualifier after the pair is the first day's too.
    const rel = weekdayQualifierOf(g.q ?? PAIR_AFTER.exec(ctx.folded.slice(end, end + 40))?.groups?.q);
    return {
      start: m.index, end, kind: 'weekday', parser: 'weekday',
      stated: { weekday: wd, ...(rel !== undefined && rel !== 0 ? { rel } : {}) },
    };
  },
};
