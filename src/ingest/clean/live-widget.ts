// A page's live boxes (exchange rates, the weather, prayer times) print the day they were refreshed,
// «آخر تحديث: 2024-04-19 20:09», which is the day the page was shown or saved: years after a story
// pasted with its sidebar, and never the story's stamp.
import { LIVE_WIDGET_WORDS } from '../../lib/lexicon/furniture.ts';
import { alternation } from '../../lib/alternation.ts';

const LIVE_WIDGET = new RegExp(`(?<![\\p{L}])(?:${alternation(LIVE_WIDGET_WORDS)})(?![\\p{L}])`, 'u');
/** How many non-blank lines above a date the box's title may stand on. */
const TITLE_REACH = 2;
/** How many words a box's title line may have. */
const TITLE_WORDS = 6;

/** Whether line `i` (a date) is a live box's: its title on one of the lines just above, or on the line itself
 *  when it is the box's stamp (`ownLine`); a line of prose that names a box («اشترك في النشرة البريدية») is
 *  not one by that alone. */
export function underLiveWidget(folded: readonly string[], blank: readonly boolean[], i: number, ownLine = true): boolean {
  if (ownLine && LIVE_WIDGET.test(folded[i]!)) return true;
  for (let k = i - 1, seen = 0; k >= 0 && seen < TITLE_REACH; k--) {
    if (blank[k]) continue;
    // A box's title is a few words, not a paragraph that names a box.
    if (LIVE_WIDGET.test(folded[k]!) && folded[k]!.split(' ').length <= TITLE_WORDS) return true;
    seen++;
  }
  return false;
}
