/**
 * The dot at `i` closes a one-letter abbreviation, not a sentence: a name's initial («ج. بيدرسن»), a
 * title («د. أحمد الكزبري»، «أ.د.»). Arabic has no one-letter word that can end a sentence: its
 * one-letter words (و، ب، ل، ف، ك) are joined to the next. `from` bounds the look-back (a paragraph's start).
 */
export function closesOneLetterWord(text: string, i: number, from = 0): boolean {
  return /(?:^|[\s.])\p{L}$/u.test(text.slice(Math.max(from, i - 2), i));
}
