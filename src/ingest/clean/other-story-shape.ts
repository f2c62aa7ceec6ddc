// Lines of another story left inside the text: a photo caption, a ticker or a banner of another topic
// (Corona figures, the weather, prices). Their dates and names are that story's, so they leave the
// story and are no evidence of its date either. Each shape is strict, since a story line wrongly taken
// for one loses its text and its evidence.
import { foldFast } from '../shared/fold-fast.ts';
import { alternation } from '../../lib/alternation.ts';
import { ARCHIVE_WORDS, FURNITURE_TOPICS, OTHER_TOPICS } from '../../lib/lexicon/furniture.ts';

const ARCHIVE = alternation(ARCHIVE_WORDS);
/** "(صورة أرشيفية: …)", "الصورة: …", "صورة - …", "صورة أرشيفية 2019/05/21". */
const CAPTION = new RegExp(`^[\\s(\\[«]*(?:ال)?صور[ةه](?:\\s+(?:${ARCHIVE}))?\\s*(?:[:：\\-–—)]|$)|^[\\s(\\[«]*صور[ةه]\\s+(?:${ARCHIVE})`, 'u');
const TOPIC = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
const TOPIC_FIRST = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+){0,2}?[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
/** A banner labelled with a topic no story of the talks opens a line with ("كورونا: 456 إصابة جديدة في
 *  سوريا اليوم 2 حزيران 2021"), however many words follow the label. */
const TOPIC_LABEL = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+)?[وفبل]?(?:${alternation(OTHER_TOPICS)})(?![\\p{L}])[^:：|\\n]{0,20}[:：|]`, 'u');
/** Longer lines are story (or a whole article on one line): none of the shapes is that long. */
const MAX_LINE_CHARS = 300;
/** A banner of another topic without bars is a few words ("إحصائيات كورونا 2021/03/15"). */
const BANNER_WORDS = 6;

export type OtherStory = 'photo caption' | 'ticker or banner of another topic';

/** Whether a line is a caption or a banner of another story, and which. `folded` is foldFast(line), when the caller has it. */
export function otherStoryShape(line: string, words: number, folded?: string): OtherStory | null {
  if (line.length > MAX_LINE_CHARS) return null;
  folded ??= foldFast(line);
  if (CAPTION.test(folded)) return 'photo caption';
  if ((folded.includes('|') && TOPIC.test(folded)) || (words <= BANNER_WORDS && TOPIC_FIRST.test(folded)) || TOPIC_LABEL.test(folded)) return 'ticker or banner of another topic';
  return null;
}
