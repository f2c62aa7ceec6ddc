// Resolution of an expression against the article date, a day or an interval. Against an interval
// each end is tried and the results joined: "أمس" in an article of 2021-07-01/2021-07-06 is
// 2021-06-30/2021-07-05 (range). A weekday stated beside it narrows the join to its one matching day.
import { weekdayOf } from '../../../lib/calendar.ts';
import { formatSpan } from '../../../lib/edtf.ts';
import type { DaySpan, Expr, ResolvedDate } from '../types.ts';
import { resolveAt } from './resolve-at.ts';

export function resolveExpression(e: Expr, anchor: DaySpan, weekdayDays: Map<number, number>): ResolvedDate | null {
  const [lo, hi] = anchor;
  if (lo === hi) {
    const r = resolveAt(e, lo, e.stated.weekday !== undefined ? weekdayDays.get(e.stated.weekday) : undefined);
    return r && { edtf: formatSpan(r.span), certainty: r.certainty, how: r.how };
  }
  const a = resolveAt(e, lo);
  const b = resolveAt(e, hi);
  if (!a || !b) return null;
  const span: DaySpan = [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])];
  const fixed = a.span[0] === b.span[0] && a.span[1] === b.span[1];
  if (fixed) return { edtf: formatSpan(span), certainty: a.certainty, how: a.how };
  if (e.kind === 'relative-day' && e.stated.weekday !== undefined) {
    const matching: number[] = [];
    for (let d = span[0]; d <= span[1]; d++) if (weekdayOf(d) === e.stated.weekday) matching.push(d);
    if (matching.length === 1) return { edtf: formatSpan([matching[0]!, matching[0]!]), certainty: 'exact', how: `the only day of that weekday in ${formatSpan(span)}` };
  }
  return { edtf: formatSpan(span), certainty: 'range', how: `${a.how} … ${b.how.replace(/^.*article date/, 'article date')}` };
}
