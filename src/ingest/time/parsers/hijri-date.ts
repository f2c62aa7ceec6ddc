// Hijri dates: "١٤٣٩ هـ"، "2 ربيع الآخر 1439 هـ"، "رمضان 1440 للهجرة".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_START } from '../constants.ts';
import { HIJRI_MONTH_RE, HIJRI_MONTHS } from './pieces.ts';

// «هـ.ش» is the Persian solar year's mark (persian-date.ts), not the lunar Hijri one.
const ERA = '\\s*(?:ه(?![\\p{L}])(?!\\s*\\.?\\s*ش(?![\\p{L}]))|هجري(?:ه)?(?![\\p{L}])|للهجره)';
const SOURCE = WORD_START +
  `(?:(?:(?<d>\\d{1,2})\\s+(?:من\\s+)?)?(?:(?<m>${HIJRI_MONTH_RE})\\s+)?(?:(?:عام|سنه)\\s+)?(?<y>\\d{4})${ERA}` +
  // Numeric Hijri stamps of Gulf outlets: 1439/4/3هـ or 3/4/1439هـ.
  `|(?<ny>1[34]\\d\\d)/(?<nm>\\d{1,2})/(?<nd>\\d{1,2})${ERA}|(?<rd>\\d{1,2})/(?<rm>\\d{1,2})/(?<ry>1[34]\\d\\d)${ERA}` +
  // A day of a Hijri month in a Hijri year needs no era mark: «20 شعبان 1438» can be nothing else.
  `|(?<bd>\\d{1,2})\\s+(?:من\\s+)?(?<bm>${HIJRI_MONTH_RE})\\s+(?<by>1[34]\\d\\d)(?!\\d))`;

export const hijriDate: Parser = {
  name: 'hijri-date',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const year = Number(g.y ?? g.ny ?? g.ry ?? g.by);
    if (year < 1343 || year > 1500) return null;
    const numericMonth = g.nm ?? g.rm;
    const named = g.m ?? g.bm;
    const month = numericMonth ? Number(numericMonth) : named ? HIJRI_MONTHS.get(named.replace(/\s+/g, ' ')) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    const day = (g.nd ?? g.rd ?? g.bd) ? Number(g.nd ?? g.rd ?? g.bd) : g.d && month !== undefined ? Number(g.d) : undefined;
    if (day !== undefined && (day < 1 || day > 30)) return null;
    const start = g.d && month === undefined ? m.index + m[0].indexOf(g.y!) : m.index;
    return {
      start, end: m.index + m[0].length, kind: 'hijri', parser: 'hijri-date',
      stated: { hijri: { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) } },
    };
  },
};
