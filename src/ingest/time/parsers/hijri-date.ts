// Hijri dates: "١٤٣٩ هـ"، "2 ربيع الآخر 1439 هـ"، "رمضان 1440 للهجرة".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_START } from '../constants.ts';
import { HIJRI_MONTH_RE, HIJRI_MONTHS } from './pieces.ts';

const SOURCE = WORD_START +
  `(?:(?<d>\\d{1,2})\\s+(?:من\\s+)?)?(?:(?<m>${HIJRI_MONTH_RE})\\s+)?(?:(?:عام|سنه)\\s+)?(?<y>\\d{4})\\s*(?:ه(?![\\p{L}])|هجري(?:ه)?(?![\\p{L}])|للهجره)`;

export const hijriDate: Parser = {
  name: 'hijri-date',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const year = Number(g.y);
    if (year < 1343 || year > 1500) return null;
    const month = g.m ? HIJRI_MONTHS.get(g.m.replace(/\s+/g, ' ')) : undefined;
    const day = g.d && month !== undefined ? Number(g.d) : undefined;
    if (day !== undefined && (day < 1 || day > 30)) return null;
    const start = g.d && month === undefined ? m.index + m[0].indexOf(g.y!) : m.index;
    return {
      start, end: m.index + m[0].length, kind: 'hijri', parser: 'hijri-date',
      stated: { hijri: { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) } },
    };
  },
};
