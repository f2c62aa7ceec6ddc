// "عشية" (the eve of) and "غداة" (the day after) an event named next: "عشية انطلاق الجولة الثامنة"،
// "غداة اختتام مؤتمر سوتشي". Their date comes from that event (resolve/resolve-eve.ts).
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START } from '../constants.ts';

const SOURCE = WORD_START + '(?<w>عشية|غداة)' + WORD_END;
const EVE = foldArabic('عشية');

export const eve: Parser = {
  name: 'eve',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic('عشية|غداة'), 'gu'), lookback: 2 },
  extract(m): Parsed | null {
    return { start: m.index, end: m.index + m[0].length, kind: 'eve', parser: 'eve', stated: { offset: m.groups?.w === EVE ? -1 : 1 } };
  },
};
