// A day with only a month qualifier, the month left implicit (Levantine press): "في 17 الجاري"،
// "يومي 14 و15 الجاري"، "حتى 3 المقبل"، "منذ الثالث من الجاري". Only masculine qualifiers (شهر is
// masculine): "الـ10 الماضية"
// after a plural ("السنوات الـ10 الماضية") is a count, not a day.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END } from '../constants.ts';
import { dayNumberOf, ORD_RE, qualifierOf } from './pieces.ts';
import { DAY_NUMBER_LEADS, MONTH_QUALIFIERS_ALONE } from '../../../lib/lexicon/calendar.ts';

// The day in digits or as an ordinal («منذ الثالث من الجاري»), «من» before the qualifier or not.
const SOURCE = `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:${DAY_NUMBER_LEADS.join('|')})\\s+)` +
  `(?:(?:ال[^\\S\\n]*)?(?<d1>\\d{1,2})|(?<o1>${ORD_RE}))(?:\\s*(?:-|–|و|إلى|حتى)\\s*(?:و\\s*)?(?:ال[^\\S\\n]*)?(?<d2>\\d{1,2}))?(?:\\s+من)?\\s+(?<q>${MONTH_QUALIFIERS_ALONE.join('|')})` + WORD_END;

export const dayOfMonth: Parser = {
  name: 'day-of-month',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic(MONTH_QUALIFIERS_ALONE.join('|')), 'gu'), lookback: 24 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const day = dayNumberOf(g.d1 ?? g.o1);
    const dayEnd = dayNumberOf(g.d2);
    const rel = qualifierOf(g.q);
    if (day === undefined || rel === undefined || day < 1 || day > 31) return null;
    if (dayEnd !== undefined && (dayEnd <= day || dayEnd > 31)) return null;
    return {
      start: m.index, end: m.index + m[0].length, kind: dayEnd !== undefined ? 'day-range' : 'date', parser: 'day-of-month',
      stated: { day, ...(dayEnd !== undefined ? { dayEnd } : {}), rel, period: 'month' },
    };
  },
};
