// Page furniture left in the text (a teaser under "شاهد أيضاً", a photo caption, a banner of another
// topic, a ticker): its dates and names are another story's, and are no evidence of this one's date.
import { FURNITURE_TOPICS, TEASER_MARKERS, alternation } from '../constants.ts';

const word = (words: string[]) => `(?<![\\p{L}])[وفبل]?(?:${alternation(words)})(?![\\p{L}])`;
const MARKER = new RegExp(word(TEASER_MARKERS), 'u');
/** A furniture word among a line's first words: a caption, a ticker, a banner, a marker with its teaser. */
const OPENS_WITH = new RegExp(`^[\\s(\\[«"|:-]*(?:[\\p{L}]+\\s+){0,2}?${word([...TEASER_MARKERS, ...FURNITURE_TOPICS])}`, 'u');
const TOPIC = new RegExp(word(FURNITURE_TOPICS), 'u');
/** Teasers, captions and banners are short lines; a story sentence naming a photo is not furniture. */
const SHORT_LINE_WORDS = 12;
/** A marker line is the marker and little more. */
const MARKER_LINE_WORDS = 4;

const wordCount = (line: string): number => line.match(/\p{L}+/gu)?.length ?? 0;

/** Whether `pos` of the folded text is in a furniture line: a short line opening with a furniture
 *  word or holding one between bars, or the line under a marker line. */
export function inFurniture(folded: string, pos: number): boolean {
  const start = folded.lastIndexOf('\n', pos - 1) + 1;
  const found = folded.indexOf('\n', pos);
  const line = folded.slice(start, found < 0 ? folded.length : found);
  if (wordCount(line) > SHORT_LINE_WORDS) return false;
  if (OPENS_WITH.test(line) || (line.includes('|') && TOPIC.test(line))) return true;
  let prevEnd = start - 1;
  while (prevEnd > 0 && /\s/u.test(folded[prevEnd - 1]!)) prevEnd--;
  if (prevEnd <= 0) return false;
  const previous = folded.slice(folded.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd);
  return wordCount(previous) <= MARKER_LINE_WORDS && MARKER.test(previous);
}
