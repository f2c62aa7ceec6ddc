// Page furniture left in the text (a teaser under "شاهد أيضاً", a photo caption, a banner of another
// topic, a ticker): its dates and names are another story's, and are no evidence of this one's date.
// Each shape is strict, since a story line wrongly taken for furniture loses all its evidence.
import { SECTION_MARKERS } from '../../shared/furniture-words.ts';
import { FURNITURE_TOPICS, alternation } from '../constants.ts';

const MARKERS = alternation(SECTION_MARKERS);
/** A marker heading its teaser on one line: "اقرأ أيضاً: دي ميستورا يصل …", "أخبار ذات صلة | …". */
const MARKER_HEAD = new RegExp(`^[\\s\\p{P}]*[وف]?(?:${MARKERS})\\s*(?:[:：|\\-–—»]|$)`, 'u');
/** A line that is a marker and nothing else ("شاهد أيضاً", "السابق"): the next line is another story. */
const MARKER_LINE = new RegExp(`^[\\s\\p{P}]*(?:${MARKERS}|${alternation(['السابق', 'التالي', 'المزيد'])})[\\s\\p{P}]*$`, 'u');
/** A caption: "(صورة أرشيفية: …)", "الصورة: …", "صورة - …". */
const CAPTION = new RegExp(`^[\\s(\\[«]*(?:ال)?صور[ةه](?:\\s+${alternation(['أرشيفية'])})?\\s*(?:[:：\\-–—)]|$)|^[\\s(\\[«]*صور[ةه]\\s+${alternation(['أرشيفية'])}`, 'u');
const TOPIC = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
const TOPIC_FIRST = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+){0,2}?[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
/** A banner labelled with a topic no story of the talks opens a line with ("كورونا: 456 إصابة جديدة في
 *  سوريا اليوم 2 حزيران 2021"), however many words follow the label. */
const OTHER_TOPICS = FURNITURE_TOPICS.filter((t) => !['عاجل', 'مباشر', 'صورة', 'الصورة', 'أرشيفية'].includes(t));
const TOPIC_LABEL = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+)?[وفبل]?(?:${alternation(OTHER_TOPICS)})(?![\\p{L}])[^:：|\\n]{0,20}[:：|]`, 'u');
/** Longer lines are story (or a whole article on one line): none of the shapes below is that long. */
const MAX_LINE_CHARS = 300;
/** A banner of another topic without bars is a few words ("إحصائيات كورونا 2021/03/15"). */
const BANNER_WORDS = 6;

const wordCount = (line: string): number => line.match(/\p{L}+/gu)?.length ?? 0;

/** Whether `pos` of the folded text is in a furniture line (a marker with its teaser, a caption, a ticker
 *  or banner between bars, a short banner opening with its topic) or in the line under a marker line. */
export function inFurniture(folded: string, pos: number): boolean {
  const start = folded.lastIndexOf('\n', pos - 1) + 1;
  const found = folded.indexOf('\n', pos);
  const end = found < 0 ? folded.length : found;
  if (end - start > MAX_LINE_CHARS) return false;
  const line = folded.slice(start, end);
  if (MARKER_HEAD.test(line) || CAPTION.test(line)) return true;
  if (line.includes('|') && TOPIC.test(line)) return true;
  if (wordCount(line) <= BANNER_WORDS && TOPIC_FIRST.test(line)) return true;
  if (TOPIC_LABEL.test(line)) return true;
  let prevEnd = start - 1;
  while (prevEnd > 0 && /\s/u.test(folded[prevEnd - 1]!)) prevEnd--;
  if (prevEnd <= 0) return false;
  const prevStart = folded.lastIndexOf('\n', prevEnd - 1) + 1;
  return prevEnd - prevStart <= 40 && MARKER_LINE.test(folded.slice(prevStart, prevEnd));
}
