// Day clues: a relative day with its weekday ("غداً الخميس": the article is a Wednesday), and bare
// weekdays in a past or future clause (the Thursday of "عقد ... الخميس" is on or before the article;
// the Thursday of "ستجري ... الخميس" on or after it; both → the article is that Thursday).
import { weekdayOf } from '../../../lib/calendar.ts';
import type { Clue } from '../types.ts';
import type { ClueContext } from './clue-context.ts';

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function cluesDays(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  for (const e of ctx.exprs) {
    const s = e.stated;
    if (e.kind === 'relative-day' && s.weekday !== undefined) {
      const offset = s.offset ?? 0;
      const w = s.weekday;
      const dayOfArticle = WEEKDAY_EN[(w - offset + 7 * 3) % 7]!;
      clues.push({
        weight: 5, start: e.start, end: e.end, windows: [],
        says: `the article date is a ${dayOfArticle} (offset ${offset} is a ${WEEKDAY_EN[w]})`,
        score: (d) => (weekdayOf(d + offset) === w ? 1 : 0),
      });
    }
    if (e.kind === 'weekday' && s.rel === undefined && e.tense) {
      const future = e.tense === 'future';
      clues.push({
        weight: 1, start: e.start, end: e.end, windows: [], group: s.weekday!,
        says: `${WEEKDAY_EN[s.weekday!]} in a ${e.tense} clause: ${future ? 'on or after' : 'on or before'} the article date`,
        score: (d, w) => ((future ? w >= d : w <= d) ? 1 : 0),
      });
    }
  }
  return clues;
}
