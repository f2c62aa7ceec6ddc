// "عشية" (the eve of) and "غداة" (the day after) an event named next: "عشية انطلاق الجولة الثامنة"،
// "غداة اختتام مؤتمر سوتشي". Their date comes from that event (resolve/resolve-eve.ts).
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START, foldedLookup } from '../constants.ts';
import { EVE_WORDS } from '../../../lib/lexicon/calendar.ts';

const WORDS = Object.keys(EVE_WORDS).join('|');
const SOURCE = WORD_START + `(?<w>${WORDS})` + WORD_END;
const OFFSET = foldedLookup(EVE_WORDS);

export const eve: Parser = {
  name: 'eve',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic(WORDS), 'gu'), lookback: 2 },
  extract(m): Parsed | null {
    const offset = OFFSET.get(m.groups?.w ?? '');
    return offset === undefined ? null : { start: m.index, end: m.index + m[0].length, kind: 'eve', parser: 'eve', stated: { offset } };
  },
};
