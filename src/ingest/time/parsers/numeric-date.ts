// Dates written in digits: ISO stamps (2018-09-24T05:53:29+03:00), 2020/08/24, 2019.10.30,
// 2023:11:29, and day-first 08/11/2019, 29.01.2021, 4-5-2017 (Arab outlets write the day first).
import type { Parsed, Parser } from '../types.ts';
import { isValidCivil } from '../../../lib/calendar.ts';

// A slash may stand between spaces ("١٦ / ٥ / ٢٠١٧"), as some outlets' stamps write it; the same
// spacing both times, so a range "15 - 16/5/2017" is not read as a date.
const SOURCE = '(?<![\\p{N}\\p{L}/.:-])(?:(?<y1>\\d{4})(?<s1> ?[-/.:] ?)(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|(?<d2>\\d{1,2})(?<s2> ?[-/.] ?)(?<m2>\\d{1,2})\\k<s2>(?<y2>\\d{4}))(?![\\p{N}])';

/** A clock with a Latin AM/PM right after the date: the stamp of a site set to US English, month first
 *  («5/16/2017 10:35:12 AM»); an Arabic one writes «16/05/2017 10:35:12 ص». */
const US_CLOCK_AFTER = /^\s+\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b/iu;

export const numericDate: Parser = {
  name: 'numeric-date',
  pattern: () => new RegExp(SOURCE, 'gu'),
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const year = Number(g.y1 ?? g.y2);
    let month = Number(g.m1 ?? g.m2);
    let day = Number(g.d1 ?? g.d2);
    // Day first, as Arab outlets write it, unless the order can only be month first (5/16/2017) or
    // the clock after it is a US one. A clock written «PM» after a day that can only come first
    // («25/2/2025 11:40 PM», a page stamp set in Latin letters) leaves it first.
    if (g.d2 !== undefined && (month > 12 || (day <= 12 && US_CLOCK_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16))))) [day, month] = [month, day];
    if (year < 1900 || year > 2100 || !isValidCivil(year, month, day)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'numeric-date', parser: 'numeric-date', stated: { year, month, day, numeric: true } };
  },
};
