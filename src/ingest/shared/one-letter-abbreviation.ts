/**
 * The dot at `i` closes a one-letter abbreviation, not a sentence: a name's initial («ج. بيدرسن»), a
 * title («د. أحمد الكزبري»، «أ.د.»). A letter after a number is an era's sign («2017 م.»، «1440 هـ.»)
 * and one after another lone letter an agency's initials («أ ف ب.»): those may end a sentence, as no
 * other one-letter word can (و، ب، ل، ف، ك are joined to the next). `from` bounds the look-back.
 */
export function closesOneLetterWord(text: string, i: number, from = 0): boolean {
  const m = /(?:^|([\s.]))\p{L}$/u.exec(text.slice(Math.max(from, i - 2), i));
  if (!m) return false;
  if (m[1] !== undefined && /\s/u.test(m[1])) {
    const previous = text.slice(Math.max(from, i - 16), i - 2).trimEnd().split(/\s/u).pop() ?? '';
    if (/^\p{N}+$/u.test(previous) || /^\p{L}$/u.test(previous)) return false;
  }
  return true;
}
