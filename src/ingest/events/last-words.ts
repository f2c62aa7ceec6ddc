import { unitClass } from '../shared/unit-class.ts';

/**
 * A reader of the last `count` words of a text, the last first, a word being a run of the characters
 * `char` tests (one character, anchored: /^[\p{L}\p{M}]$/u), as a global regex of that class finds them.
 * Walked back from the end: the checks that want the few words before a point no longer list every word
 * of a long clause. An astral pair is tested whole; a lone half is of no class, as for the regex.
 */
export function lastWordsOf(char: RegExp): (text: string, count: number) => string[] {
  const isCharUnit = unitClass(char);
  // The character ending at text[i - 1]: its width in units, negative when it is not of the class.
  const widthBefore = (text: string, i: number): number => {
    const unit = text.charCodeAt(i - 1);
    if (unit < 0xd800 || unit > 0xdfff) return isCharUnit(unit) ? 1 : -1;
    const high = text.charCodeAt(i - 2);
    if (unit < 0xdc00 || !(high >= 0xd800 && high <= 0xdbff)) return -1;
    return char.test(text.slice(i - 2, i)) ? 2 : -2;
  };
  return (text, count) => {
    const words: string[] = [];
    let i = text.length;
    while (words.length < count) {
      for (let w = i > 0 ? widthBefore(text, i) : 0; w < 0; w = i > 0 ? widthBefore(text, i) : 0) i += w;
      if (i === 0) break;
      const end = i;
      for (let w = widthBefore(text, i); w > 0; w = i > 0 ? widthBefore(text, i) : 0) i -= w;
      words.push(text.slice(i, end));
    }
    return words;
  };
}
