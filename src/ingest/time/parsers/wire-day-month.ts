// A wire's dateline that writes the day and the month in figures with dashes, before the agency's name
// in parentheses: KUNA's «نيويورك - 8 - 1 (كونا) --» is 8 January. Anywhere else «8 - 1» is a score or a
// range, so only at a line's start after a place and a dash, with the agency right after it.
import type { Parsed, Parser } from '../types.ts';
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { alternation } from '../constants.ts';
import { AGENCY_WORDS } from '../../../lib/lexicon/stamp-words.ts';

const SOURCE = `(?<=(?:^|\\n)[^\\n\\d()]{2,40}[-–]\\s?)(?<d>\\d{1,2}) ?- ?(?<m>\\d{1,2})(?![\\p{N}])(?=\\s*\\(\\s*(?:${alternation(AGENCY_WORDS.map(foldArabic))})\\s*\\))`;

export const wireDayMonth: Parser = {
  name: 'wire-day-month',
  pattern: () => new RegExp(SOURCE, 'gu'),
  extract(m): Parsed | null {
    const day = Number(m.groups!.d);
    const month = Number(m.groups!.m);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', parser: 'wire-day-month', stated: { day, month } };
  },
};
