// A day the text ties to a catalogued round («وُقّعت في ختام أستانا 4 في الرابع من أيار»): when the
// catalog holds that round's day and it is the day the text names, the day is dated by the catalog,
// whatever the article's own date. It is what dates such events in an article the engine cannot date:
// without it, a day written without its year is lost with the article's date.
import { civilFromDays, formatDay, weekdayOf } from '../../../lib/calendar.ts';
import type { Expr, ResolvedDate } from '../types.ts';
import { roundTie, tieTarget } from '../anchor/clues-rounds.ts';

/** Whether `day` is the day the expression names: its day of the month and month, or its weekday. */
function names(e: Expr, day: number): boolean {
  const s = e.stated;
  if (s.year !== undefined || s.rel !== undefined || s.offset !== undefined) return false;
  if (e.kind === 'date' && s.day !== undefined && s.month !== undefined && s.dayEnd === undefined) {
    const c = civilFromDays(day);
    return c.month === s.month && c.day === s.day;
  }
  if (e.kind === 'weekday' && s.weekday !== undefined) return weekdayOf(day) === s.weekday;
  return false;
}

/** The days tied to rounds that the catalog confirms, by the expression's index. A weekday is dated so
 *  only when the round has one candidate (a Monday is some day of many rounds); a day of the month
 *  when exactly one candidate's tied day is that day. */
export function tiedDays(exprs: Expr[], folded: string): Map<number, ResolvedDate> {
  const out = new Map<number, ResolvedDate>();
  for (const r of exprs) {
    if (r.kind !== 'round' || r.candidates.length === 0) continue;
    const tie = roundTie(r, { exprs, folded });
    if (!tie || tie.during || tie.ahead !== undefined) continue;
    if (tie.day.kind === 'weekday' && r.candidates.length > 1) continue;
    const days = new Set<number>();
    const ids: string[] = [];
    for (const c of r.candidates) {
      const [d] = tieTarget(c, tie);
      if (names(tie.day, d!)) { days.add(d!); ids.push(c.round.id); }
    }
    if (days.size !== 1) continue;
    const [day] = days;
    const point = tie.nth !== undefined ? `day ${tie.nth}` : tie.ends ? 'last day' : 'first day';
    out.set(tie.day.index, { edtf: formatDay(day!), certainty: 'exact', how: `the ${point} of ${ids.join(', ')} in the rounds catalog, to which the text ties it` });
  }
  return out;
}
