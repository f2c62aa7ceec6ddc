// Dates written month first, as some sites print their stamps: "ديسمبر 21, 2017"، "نشر في أكتوبر 4، 2019",
// and stamps with Latin month names either way round: "Feb 02, 2016"، "Oct 22 2021"، "02 Feb 2016",
// "16-May-2017".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';
import { LATIN_MONTH_RE, MONTH_RE, monthOf } from './pieces.ts';
import { isValidCivil } from '../../../lib/calendar.ts';

const YEAR = `(?<year>\\d{4})(?!\\d)`;
const SOURCE = WORD_START + `(?:(?<month>${MONTH_RE})\\s+(?<day>\\d{1,2})\\s*[,،]\\s*|(?<lmonth>${LATIN_MONTH_RE})\\.?\\s+(?<lday>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*|(?<dday>\\d{1,2})\\s+(?<dmonth>${LATIN_MONTH_RE})\\.?\\s*,?\\s*|(?<xday>\\d{1,2})(?<sep>[-/])(?<xmonth>${LATIN_MONTH_RE})\\k<sep>)${YEAR}` + WORD_END;

export const monthFirstDate: Parser = {
  name: 'month-first-date',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(`(?:${MONTH_RE}|${LATIN_MONTH_RE})\\.?\\s+\\d|\\d(?:\\s+|[-/])(?:${LATIN_MONTH_RE})`, 'gu'), lookback: 4 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const month = monthOf(g.month ?? g.lmonth ?? g.dmonth ?? g.xmonth!);
    const day = Number(g.day ?? g.lday ?? g.dday ?? g.xday);
    const year = Number(g.year);
    if (month === undefined || year < 1900 || year > 2100 || !isValidCivil(year, month, day)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', parser: 'month-first-date', stated: { year, month, day } };
  },
};
