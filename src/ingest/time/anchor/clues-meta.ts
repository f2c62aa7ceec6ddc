// A web page's own publication date (article:published_time, JSON-LD datePublished, <time datetime>)
// as a clue. It is what the outlet's system recorded when the story went up, so it is the strongest
// clue there is; but a site moved to a new system re-stamps its archive with the day of the move, so
// it is still weighed against the text: a dateline and a round's day that agree with each other beat it.
import { parseDay } from '../../../lib/calendar.ts';
import type { Clue } from '../types.ts';

const WEIGHT = 10;
/** A value stamped in UTC or posted after midnight can be a day off the day the outlet's readers saw;
 *  only a little, as a clue's sharpness is shared among the days it scores (0.3 left the day itself 0.61). */
const NEXT_DAY = 0.05;

export function cluesMeta(meta: { day: string; field: string } | undefined): Clue[] {
  const day = meta ? parseDay(meta.day) : null;
  if (!meta || day === null) return [];
  return [{
    weight: WEIGHT, family: 'meta', start: 0, end: 0, quote: `${meta.field}: ${meta.day}`, windows: [[day - 1, day + 1]],
    note: { code: 'meta', field: meta.field, day: meta.day },
    score: (d) => (d === day ? 1 : Math.abs(d - day) === 1 ? NEXT_DAY : 0),
  }];
}
