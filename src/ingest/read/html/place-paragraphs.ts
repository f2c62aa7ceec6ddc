import { MappedTextBuilder, type MappedText } from '../../shared/mapped-text.ts';

/** How many characters of a paragraph's start are enough to find it when the whole of it is not found. */
const PREFIX = 24;

/**
 * The paragraphs as one text, a paragraph a line, each character mapped to the page offset it was found
 * at in `visible` (see visibleText). Paragraphs are searched in order from where the last one ended; one
 * found only by its start maps whole to that start, one not found at all to where the previous ended:
 * a diagnostic then names the right line or the line just before it.
 */
export function placeParagraphs(paragraphs: readonly string[], visible: MappedText, from = 0): MappedText {
  const builder = new MappedTextBuilder();
  let cursor = from;
  const offsetAt = (i: number) => visible.map[Math.min(i, visible.text.length)]!;
  paragraphs.forEach((paragraph, n) => {
    if (n > 0) builder.push('\n', offsetAt(cursor), true);
    const kept: number[] = []; // index in `paragraph` of each character that is not white space
    for (let k = 0; k < paragraph.length; k++) if (!/\s/u.test(paragraph[k]!)) kept.push(k);
    const squeezed = kept.map((k) => paragraph[k]).join('');
    const at = visible.text.indexOf(squeezed, cursor);
    if (at >= 0 && squeezed.length > 0) {
      // White space takes the offset just past the character before it.
      let last = offsetAt(at);
      let j = 0;
      for (let k = 0; k < paragraph.length; k++) {
        if (kept[j] === k) {
          last = offsetAt(at + j);
          builder.push(paragraph[k]!, last);
          j++;
        } else builder.push(paragraph[k]!, last + 1);
      }
      cursor = at + squeezed.length;
      return;
    }
    const start = squeezed.length > 0 ? visible.text.indexOf(squeezed.slice(0, PREFIX), cursor) : -1;
    builder.push(paragraph, offsetAt(start >= 0 ? start : cursor), true);
    if (start >= 0) cursor = start + Math.min(PREFIX, squeezed.length);
  });
  return builder.build(offsetAt(cursor));
}
