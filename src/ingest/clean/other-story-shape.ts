// Lines of another story left inside the text: a photo caption, a ticker or a banner of another topic
// (Corona figures, the weather, prices). Their dates and names are that story's, so they leave the
// story and are no evidence of its date either. Each shape is strict, since a story line wrongly taken
// for one loses its text and its evidence.
import { foldFast } from '../shared/fold-fast.ts';
import { alternation } from '../../lib/alternation.ts';
import { ARCHIVE_WORDS, BREAKING_WORDS, FURNITURE_TOPICS, OTHER_TOPICS } from '../../lib/lexicon/furniture.ts';

const ARCHIVE = alternation(ARCHIVE_WORDS);
/** "(صورة أرشيفية: …)", "الصورة: …", "صورة - …", "صورة أرشيفية 2019/05/21". */
const CAPTION = new RegExp(`^[\\s(\\[«]*(?:ال)?صور[ةه](?:\\s+(?:${ARCHIVE}))?\\s*(?:[:：\\-–—)]|$)|^[\\s(\\[«]*صور[ةه]\\s+(?:${ARCHIVE})`, 'u');
const TOPIC = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
const TOPIC_FIRST = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+){0,2}?[وفبل]?(?:${alternation(FURNITURE_TOPICS)})(?![\\p{L}])`, 'u');
/** A banner labelled with a topic no story of the talks opens a line with ("كورونا: 456 إصابة جديدة في
 *  سوريا اليوم 2 حزيران 2021"), however many words follow the label. */
const TOPIC_LABEL = new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}]+\\s+)?[وفبل]?(?:${alternation(OTHER_TOPICS)})(?![\\p{L}])[^:：|\\n]{0,20}[:：|]`, 'u');
/** «عاجل | …»: a breaking label set off by a bar. */
const BREAKING_LABEL = new RegExp(`^[\\s\\p{P}]*(?:${alternation(BREAKING_WORDS)})\\s*[|｜]`, 'u');
/** Longer lines are story (or a whole article on one line): none of the shapes is that long. */
const MAX_LINE_CHARS = 300;
/** A banner of another topic without bars is a few words ("إحصائيات كورونا 2021/03/15"). */
const BANNER_WORDS = 6;

/** The reason a breaking line of another story leaves the text, whichever test finds it. */
export const BREAKING_TICKER = 'breaking-news ticker of another story';
export type OtherStory = 'photo caption' | 'ticker or banner of another topic' | typeof BREAKING_TICKER;

/** Whether a line is a caption or a banner of another story, and which. `folded` is foldFast(line), when the caller has it. */
export function otherStoryShape(line: string, words: number, folded?: string): OtherStory | null {
  if (line.length > MAX_LINE_CHARS) return null;
  folded ??= foldFast(line);
  if (CAPTION.test(folded)) return 'photo caption';
  // «عاجل | دي ميستورا يعلن بدء الجولة السادسة …»: the breaking label is no topic; what follows it is
  // judged alone, and a line of no other topic is a breaking item: the page's own when it opens the page
  // (the lines' classifier keeps it there), another story's ticker anywhere else.
  const label = BREAKING_LABEL.exec(folded);
  const rest = label ? folded.slice(label[0].length) : folded;
  if ((rest.includes('|') && TOPIC.test(rest)) || (words <= BANNER_WORDS && TOPIC_FIRST.test(rest)) || TOPIC_LABEL.test(rest)) return 'ticker or banner of another topic';
  return label ? BREAKING_TICKER : null;
}
