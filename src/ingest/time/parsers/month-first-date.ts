// Dates written month first, as some sites print their stamps: "ديسمبر 21, 2017"، "نشر في أكتوبر 4، 2019".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';
import { MONTH_RE, monthOf } from './pieces.ts';
import { isValidCivil } from '../../../lib/calendar.ts';

const SOURCE = WORD_START + `(?<month>${MONTH_RE})\\s+(?<day>\\d{1,2})\\s*[,،]\\s*(?<year>\\d{4})(?!\\d)` + WORD_END;

export const monthFirstDate: Parser = {
  name: 'month-first-date',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(`(?:${MONTH_RE})\\s+\\d`, 'gu'), lookback: 2 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const month = monthOf(g.month!);
    const day = Number(g.day);
    const year = Number(g.year);
    if (month === undefined || year < 1900 || year > 2100 || !isValidCivil(year, month, day)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', parser: 'month-first-date', stated: { year, month, day } };
  },
};
