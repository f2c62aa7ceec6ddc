// "عشية"/"غداة" take the date of the event named right after them in the same sentence (a round of
// the catalog, or a dated expression) and move it one day: the eve of its first day, the day after its last.
import { edtfSpan, formatSpan } from '../../../lib/edtf.ts';
import type { DaySpan, Expr, ResolvedDate } from '../types.ts';
import { resolveExpression } from './resolve-expression.ts';

const REACH = 50;

export function resolveEve(e: Expr, exprs: Expr[], anchor: DaySpan | null, weekdayDays: Map<number, number>): ResolvedDate | null {
  const next = exprs.find((x) => x.start >= e.end && x.start - e.end <= REACH && x.sentence === e.sentence && x.kind !== 'eve');
  if (!next) return null;
  let span: DaySpan | null = null;
  let what = '';
  if (next.kind === 'round') {
    const c = next.candidates[0];
    if (c) { span = [c.start, c.end]; what = c.round.id; }
  } else if (anchor) {
    const r = resolveExpression(next, anchor, weekdayDays);
    const parsed = r ? edtfSpan(r.edtf) : null;
    if (parsed && r!.certainty !== 'approximate') { span = parsed; what = r!.edtf; }
  }
  if (!span) return null;
  const day = (e.stated.offset ?? -1) < 0 ? span[0] - 1 : span[1] + 1;
  return { edtf: formatSpan([day, day]), certainty: 'exact', how: `${(e.stated.offset ?? -1) < 0 ? 'eve of' : 'day after'} ${what}` };
}
