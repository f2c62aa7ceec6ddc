// Day clues: a relative day with its weekday ("غداً الخميس": the article is a Wednesday), and bare
// weekdays in a past or future clause (the Thursday of "عقد ... الخميس" is on or before the article;
// the Thursday of "ستجري ... الخميس" on or after it; both → the article is that Thursday).
import { weekdayOf } from '../../../lib/calendar.ts';
import type { Clue } from '../types.ts';
import type { ClueContext } from './clue-context.ts';

export function cluesDays(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  for (const e of ctx.exprs) {
    const s = e.stated;
    if (e.kind === 'relative-day' && s.weekday !== undefined) {
      const offset = s.offset ?? 0;
      const w = s.weekday;
      const article = (w - offset + 7 * 3) % 7;
      clues.push({
        weight: 5, family: 'relative-weekday', start: e.start, end: e.end, windows: [], share: 1 / 7,
        note: { code: 'weekday-offset', article, offset, named: w },
        score: (d) => (weekdayOf(d + offset) === w ? 1 : 0),
      });
    }
    if (e.kind === 'weekday' && s.rel === undefined && e.tense) {
      const future = e.tense === 'future';
      clues.push({
        weight: 1, family: 'weekday-tense', start: e.start, end: e.end, windows: [], group: s.weekday!,
        note: { code: 'weekday-tense', weekday: s.weekday!, tense: e.tense },
        score: (d, w) => ((future ? w >= d : w <= d) ? 1 : 0),
      });
    }
  }
  // The same weekday told both as past ("عقد ... الخميس") and as to come ("ستجري ... الخميس"): the
  // article is written on that day, between the two.
  for (let w = 0; w < 7; w++) {
    const told = ctx.exprs.filter((e) => e.kind === 'weekday' && e.stated.rel === undefined && e.stated.weekday === w);
    const past = told.find((e) => e.tense === 'past');
    const future = told.find((e) => e.tense === 'future');
    if (!past || !future) continue;
    // Quoted at the day told as past; the two may be paragraphs apart.
    clues.push({
      weight: 3, family: 'weekday-tense', start: past.start, end: past.end, windows: [], share: 1 / 7,
      note: { code: 'weekday-both', weekday: w },
      score: (d) => (weekdayOf(d) === w ? 1 : 0),
    });
  }
  return clues;
}
