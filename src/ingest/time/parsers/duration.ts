// Offsets from the article date: "منذ 9 أشهر"، "قبل يومين"، "بعد أسبوعين"، "قبل أيام". An offset
// followed by على/من/عن counts from another event ("بعد أسبوع على فشل الجولة"): it is not read.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START, alternation, foldedLookup } from '../constants.ts';
import { CARDINALS, DURATION_UNITS } from '../../../lib/lexicon/numbers.ts';
import { NOT_COUNTED_AFTER_FROM, OFFSET_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';

const UNITS = foldedLookup(DURATION_UNITS);
const NUMBERS = foldedLookup(CARDINALS);
const SOURCE = WORD_START +
  // A stray comma before a number («منذ، 7 أشهر») is a slip of the keyboard, not a pause.
  `(?<pre>${OFFSET_PREPOSITIONS.join('|')})(?:\\s*[،,]\\s*(?=\\d)|\\s+)(?:(?<n>\\d{1,3})\\s+|(?<word>${alternation(Object.keys(CARDINALS))})\\s+)?(?<unit>${alternation(Object.keys(DURATION_UNITS))})` + WORD_END;
const RELATIVE_TO_EVENT = new RegExp(`^\\s*(?:علي|من(?!\\s+(?:${alternation(NOT_COUNTED_AFTER_FROM.map(foldArabic))})(?![\\p{L}]))|عن|\\d)(?![\\p{L}])`, 'u');

export const duration: Parser = {
  name: 'duration',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic(OFFSET_PREPOSITIONS.join('|')), 'gu'), lookback: 2 },
  extract(m, ctx): Parsed | null {
    const g = m.groups ?? {};
    const unit = UNITS.get(g.unit!);
    if (!unit) return null;
    const end = m.index + m[0].length;
    if (RELATIVE_TO_EVENT.test(ctx.folded.slice(end, end + 12))) return null;
    // Plural with no number = "a few" (count 0 marks vagueness); a singular/dual unit carries its own count.
    const n = g.n !== undefined ? Number(g.n) : g.word !== undefined ? NUMBERS.get(g.word) ?? 0 : unit.count ?? 0;
    if (n > 400) return null;
    const sign: -1 | 1 = g.pre === 'بعد' ? 1 : -1;
    return { start: m.index, end, kind: 'duration', parser: 'duration', stated: { period: unit.unit, offset: sign * n, rel: sign } };
  },
};
