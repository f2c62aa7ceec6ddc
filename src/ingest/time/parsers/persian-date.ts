// Persian (solar Hijri) dates, as Iran's Arabic services print them: «23 آذر 1396»، «الأحد 23 آذر 1396
// هـ.ش». Read as the Gregorian day they name, so a dateline or a stamp so written dates the story as any
// other full date does. Only a day, a month's name and a year of 13xx-14xx together: «آذر», «مهر»,
// «دي» alone are other words (a name, a Levantine month, «دي ميستورا»).
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { civilFromDays } from '../../../lib/calendar.ts';
import { persianToGregorian } from '../../../lib/persian.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_START, alternation } from '../constants.ts';
import { PERSIAN_MONTH_NAMES } from '../../../lib/lexicon/calendar.ts';

const MONTH_OF = new Map(Object.entries(PERSIAN_MONTH_NAMES).flatMap(([n, names]) => names.map((w) => [foldArabic(w), Number(n)] as const)));
const SOURCE = WORD_START + `(?<d>\\d{1,2})\\s+(?<m>${alternation([...MONTH_OF.keys()])})\\s+(?<y>1[34]\\d\\d)(?!\\d)(?:\\s*ه?\\s*\\.?\\s*ش(?![\\p{L}]))?`;

export const persianDate: Parser = {
  name: 'persian-date',
  pattern: () => new RegExp(SOURCE, 'gu'),
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const month = MONTH_OF.get(g.m!);
    if (month === undefined) return null;
    const days = persianToGregorian(Number(g.y), month, Number(g.d));
    if (days === null) return null;
    const c = civilFromDays(days);
    return { start: m.index, end: m.index + m[0].length, kind: 'date', parser: 'persian-date', stated: { year: c.year, month: c.month, day: c.day } };
  },
};
