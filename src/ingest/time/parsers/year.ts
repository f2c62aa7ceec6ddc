// Years: "عام 2017"، "في 2018"، "النصف الثاني من عام 2024"، "نهاية العام"، "العام المقبل".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';
import { PART_RE, QUAL_RE, partOf, qualifierOf } from './pieces.ts';

const SOURCE = WORD_START +
  `(?:(?<part>${PART_RE})\\s+(?:من\\s+)?)?` +
  `(?:(?:عام|العام|سنة|السنة|لعام|لسنة)\\s+(?<y1>\\d{4})(?:\\s*م(?![\\p{L}]))?|(?<pre>في|خلال|منذ|حتى|قبل|بعد)\\s+(?<y2>\\d{4})|(?:العام|السنة)(?:\\s+(?<q>${QUAL_RE}))?)` +
  '(?![\\p{N}])' + WORD_END;

export const year: Parser = {
  name: 'year',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic('\\d{4}|العام|السنة'), 'gu'), lookback: 36 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const part = partOf(g.part);
    const y = g.y1 ?? g.y2;
    const end = m.index + m[0].length;
    if (y) {
      const value = Number(y);
      if (value < 1900 || value > 2100) return null;
      const stated = { year: value, ...(part ? { part } : {}) };
      const start = g.pre ? m.index + m[0].indexOf(y) : m.index;
      return { start, end, kind: 'year', parser: 'year', stated };
    }
    const rel = qualifierOf(g.q);
    // "العام" alone is a noun ("الرأي العام"); only a qualifier or a part makes it a date.
    if (rel === undefined && !part) return null;
    return { start: m.index, end, kind: 'relative-year', parser: 'year', stated: { period: 'year', rel: rel ?? 0, ...(part ? { part } : {}) } };
  },
};
