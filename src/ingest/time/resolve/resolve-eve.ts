// "عشية"/"غداة" take the date of the event named right after them in the same sentence (a round of
// the catalog, or a dated expression) and move it one day: the eve of its first day, the day after its last.
import { alternation } from '../constants.ts';
import { edtfSpan, formatSpan } from '../../../lib/edtf.ts';
import type { DaySpan, Expr, ResolvedDate } from '../types.ts';
import { resolveExpression } from './resolve-expression.ts';
import { meetingForms } from '../../../lib/lexicon/meeting-verbs.ts';
import { THE_MEETING_WORDS } from '../../../lib/lexicon/talks.ts';

const REACH = 50;

const THE_MEETING = new RegExp(`^\\s*(?:(?:${alternation(meetingForms(['start', 'end']).nouns)})\\s+)?(?:${alternation(THE_MEETING_WORDS)})(?![\\p{L}])`, 'u');

export function resolveEve(e: Expr, exprs: Expr[], anchor: DaySpan | null, weekdayDays: Map<number, number>, folded: string): ResolvedDate | null {
  const next = exprs.find((x) => x.start >= e.end && x.start - e.end <= REACH && x.sentence === e.sentence && x.kind !== 'eve');
  if (!next) {
    // "عشية الاجتماع": the meeting the article is about, when it refers to exactly one catalog round.
    if (!anchor || !THE_MEETING.test(folded.slice(e.end, e.end + 40))) return null;
    const ids = new Map(exprs.filter((x) => x.kind === 'round' && x.candidates.length > 0).map((x) => [x.candidates[0]!.round.id, x.candidates[0]!]));
    if (ids.size !== 1) return null;
    const c = [...ids.values()][0]!;
    const day = (e.stated.offset ?? -1) < 0 ? c.start - 1 : c.end + 1;
    return { edtf: formatSpan([day, day]), certainty: 'exact', how: `${(e.stated.offset ?? -1) < 0 ? 'eve of' : 'day after'} ${c.round.id}, the one round the article names` };
  }
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
