// A page's live boxes (exchange rates, the weather, prayer times) print the day they were refreshed,
// «آخر تحديث: 2024-04-19 20:09», which is the day the page was shown or saved: years after a story
// pasted with its sidebar, and never the story's stamp.
import { LIVE_WIDGET_WORDS } from '../../lib/lexicon/furniture.ts';
import { alternation } from '../../lib/alternation.ts';

const LIVE_WIDGET = new RegExp(`(?<![\\p{L}])(?:${alternation(LIVE_WIDGET_WORDS)})(?![\\p{L}])`, 'u');
/** How many non-blank lines above a date the box's title may stand on. */
const TITLE_REACH = 2;

/** Whether line `i` (a date) is a live box's: its title on it or on one of the lines just above. */
export function underLiveWidget(folded: readonly string[], blank: readonly boolean[], i: number): boolean {
  if (LIVE_WIDGET.test(folded[i]!)) return true;
  for (let k = i - 1, seen = 0; k >= 0 && seen < TITLE_REACH; k--) {
    if (blank[k]) continue;
    if (LIVE_WIDGET.test(folded[k]!)) return true;
    seen++;
  }
  return false;
}
