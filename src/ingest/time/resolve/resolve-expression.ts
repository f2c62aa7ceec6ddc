// Resolution of an expression against the article date, a day or an interval. Against an interval
// each end is tried and the results joined: "أمس" in an article of 2021-07-01/2021-07-06 is
// 2021-06-30/2021-07-05 (range). A weekday stated beside it narrows the join to its one matching day.
import { daysFromCivil, weekdayOf } from '../../../lib/calendar.ts';
import { formatSpan } from '../../../lib/edtf.ts';
import type { DaySpan, Expr, ResolvedDate } from '../types.ts';
import { resolveAt, type Resolution } from './resolve-at.ts';

const sameSpan = (a: Resolution, b: Resolution): boolean => a.span[0] === b.span[0] && a.span[1] === b.span[1];

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
  const fixed = sameSpan(a, b);
  if (fixed) return { edtf: formatSpan(span), certainty: a.certainty, how: a.how };
  if (e.kind === 'relative-day' && e.stated.weekday !== undefined) {
    const matching: number[] = [];
    for (let d = span[0]; d <= span[1]; d++) if (weekdayOf(d) === e.stated.weekday) matching.push(d);
    if (matching.length === 1) return { edtf: formatSpan([matching[0]!, matching[0]!]), certainty: 'exact', how: `the only day of that weekday in ${formatSpan(span)}` };
  }
  return { edtf: formatSpan(span), certainty: 'range', how: `${a.how} … ${b.how.replace(/^.*article date/, 'article date')}` };
}

/** Two days two centuries apart: an expression that reads the same from both does not lean on the article's day. */
const FAR: DaySpan = [daysFromCivil(1900, 1, 1), daysFromCivil(2100, 1, 1)];

/**
 * What an expression dates by itself, for an article whose own day is not known: a date with its year
 * («23 أيلول 2019»), a round the catalog dates. The same span, certainty and reading from two days
 * centuries apart, or nothing: an expression that needs the article's day («أمس») stays unresolved.
 */
export function resolveAbsolute(e: Expr): ResolvedDate | null {
  // Most expressions lean on the article's day («أمس», a date without its year): their spans from the
  // far days already differ, and writing both explanations only to compare them is most of the cost.
  // Without explanations a year-less date may come from resolve-at's memo; its key holds the year, so
  // its spans from days two centuries apart differ there as they do here.
  const quickA = resolveAt(e, FAR[0], undefined, false);
  const quickB = quickA && resolveAt(e, FAR[1], undefined, false);
  if (!quickA || !quickB || !sameSpan(quickA, quickB) || quickA.certainty !== quickB.certainty) return null;
  const a = resolveAt(e, FAR[0]);
  const b = resolveAt(e, FAR[1]);
  if (!a || !b || !sameSpan(a, b) || a.certainty !== b.certainty || a.how !== b.how) return null;
  return { edtf: formatSpan(a.span), certainty: a.certainty, how: a.how };
}
