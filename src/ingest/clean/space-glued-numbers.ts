// A page's markup often sets a date's number in a tag of its own, and the text taken from it loses the
// space before it: «وقف لإطلاق النار في31 الماضي»، «منذ عام2020»، «في31/12/2016». Every date pattern
// reads a word, a space, then the number, so the date was lost whole (or kept as a month only). The space
// is put back after a word that leads a day or a year, and only there: «كوفيد19», «أستانا11» and «2016م»
// are written glued on purpose.
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';
import { GLUED_NUMBER_LEADS } from '../../lib/lexicon/calendar.ts';

// The lead a whole word (after «و» or «ف» at most), the number in any of the three digit sets.
const GLUED = new RegExp(`(?<![\\p{L}\\p{N}])[وف]?(?:${GLUED_NUMBER_LEADS.join('|')})(?=[0-9\\u0660-\\u0669\\u06F0-\\u06F9])`, 'gu');

// Every match ends on a lead's last letter with a digit right after it. A text without such a pair
// (nearly every article) is answered by one scan for it, about a tenth of the pattern's cost, whose
// lookbehind is tried at every character of the whole article.
const LAST_LETTERS = [...new Set(GLUED_NUMBER_LEADS.map((w) => w.at(-1)!))].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
const MAY_BE_GLUED = new RegExp(`[${LAST_LETTERS}][0-9\\u0660-\\u0669\\u06F0-\\u06F9]`);

/** The text with a space between each glued lead word and its number; the space maps to the number's source offset. */
export function spaceGluedNumbers(given: MappedText): MappedText {
  const { text, map } = given;
  if (!MAY_BE_GLUED.test(text)) return given;
  let builder: MappedTextBuilder | null = null;
  let from = 0;
  for (const m of text.matchAll(GLUED)) {
    builder ??= new MappedTextBuilder();
    const at = m.index + m[0].length;
    builder.pushSlice(given, from, at);
    builder.push(' ', map[at]!, true);
    from = at;
  }
  if (!builder) return given;
  builder.pushSlice(given, from, text.length);
  return builder.build(map[text.length]!);
}

