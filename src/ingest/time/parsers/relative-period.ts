// Relative weeks and months not tied to a month name: "الأسبوع الماضي"، "هذا الأسبوع"، "هذا الشهر".
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';
import { QUAL_RE, qualifierOf } from './pieces.ts';

const SOURCE = WORD_START + `(?:(?<this>هذا|هذه)\\s+(?<p1>الاسبوع|الشهر|السنه)|(?<p2>الاسبوع)\\s+(?<q>${QUAL_RE}))` + WORD_END;

export const relativePeriod: Parser = {
  name: 'relative-period',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic('هذا|هذه|الاسبوع'), 'gu'), lookback: 2 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const word = g.p1 ?? g.p2!;
    const period = word === 'الشهر' ? 'month' : word === 'السنه' ? 'year' : 'week';
    const rel = g.this ? 0 : qualifierOf(g.q);
    if (rel === undefined) return null;
    const kind = period === 'week' ? 'relative-week' : period === 'month' ? 'relative-month' : 'relative-year';
    return { start: m.index, end: m.index + m[0].length, kind, parser: 'relative-period', stated: { period, rel } };
  },
};
