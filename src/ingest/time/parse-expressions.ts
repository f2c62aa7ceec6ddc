// Recognition: every parser over the folded text, then the refiners in order. Offsets stay in
// folded coordinates here; date-article.ts maps them back to the input.
import type { Parsed, ParseContext, Parser, Refiner } from './types.ts';
import { monthDate } from './parsers/month-date.ts';
import { relativeDay } from './parsers/relative-day.ts';
import { weekday } from './parsers/weekday.ts';
import { numericDate } from './parsers/numeric-date.ts';
import { year } from './parsers/year.ts';
import { relativePeriod } from './parsers/relative-period.ts';
import { hijriDate } from './parsers/hijri-date.ts';
import { round } from './parsers/round.ts';
import { namedMeeting } from './parsers/named-meeting.ts';
import { newRoundNumbered, unnumberedRound } from './parsers/unnumbered-round.ts';
import { guarantorsMeeting } from './parsers/guarantors-meeting.ts';
import { duration } from './parsers/duration.ts';
import { dayOfMonth } from './parsers/day-of-month.ts';
import { eve } from './parsers/eve.ts';
import { monthFirstDate } from './parsers/month-first-date.ts';
import { dropOverlaps } from './refiners/drop-overlaps.ts';
import { dropIdleTracks } from './refiners/drop-idle-tracks.ts';
import { mergeAdjacent } from './refiners/merge-adjacent.ts';
import { dropNonDates } from './refiners/drop-non-dates.ts';
import { mergeRanges } from './refiners/merge-ranges.ts';
import { mergeWeekdayPairs } from './refiners/merge-weekday-pairs.ts';
import { mergeRelativeDayPairs } from './refiners/merge-relative-day-pairs.ts';
import { bindNamedPeriod } from './refiners/bind-named-period.ts';

// Cheap tests that skip a parser on texts where it cannot match (most articles have no Hijri date).
const NEEDS = new Map<Parser, RegExp>([
  [hijriDate, /\d{3,4}\s*(?:ه(?![\p{L}])|هجري|للهجره)|\d\s*(?:ه(?![\p{L}])|هجري|للهجره)|\s1[34]\d\d(?!\d)/u],
  [numericDate, /\d ?[-/.:] ?\d{1,2} ?[-/.:] ?\d/u],
  [monthFirstDate, /\d\s*[,،]\s*\d{4}|[A-Za-z]\.?\s+\d{1,2}\s+\d{4}|\d\s+[A-Za-z]{3}/u],
]);

export const PARSERS: Parser[] = [hijriDate, numericDate, monthFirstDate, monthDate, relativeDay, weekday, year, relativePeriod, round, namedMeeting, unnumberedRound, newRoundNumbered, guarantorsMeeting, duration, dayOfMonth, eve];
export const REFINERS: Refiner[] = [dropIdleTracks, dropOverlaps, bindNamedPeriod, mergeAdjacent, mergeRanges, mergeWeekdayPairs, mergeRelativeDayPairs, dropNonDates];

const compiled = new Map<Parser, RegExp>();

export function parseExpressions(ctx: ParseContext): Parsed[] {
  let results: Parsed[] = [];
  for (const parser of PARSERS) {
    if (NEEDS.get(parser)?.test(ctx.folded) === false) continue;
    // Context-free patterns are compiled once; the catalog one depends on the rounds given.
    let re = compiled.get(parser);
    if (!re || parser === namedMeeting) {
      re = parser.pattern(ctx);
      if (parser !== namedMeeting) compiled.set(parser, re);
    }
    for (const m of matches(re, parser.trigger ?? parser.triggerFor?.(ctx), ctx.folded)) {
      const r = parser.extract(m, ctx);
      if (r) results.push(r);
    }
  }
  for (const refine of REFINERS) results = refine(results, ctx);
  return results;
}

/** Every match of `re`; with a trigger, the scan starts a little before each trigger word. */
function* matches(re: RegExp, trigger: Parser['trigger'], text: string): Generator<RegExpExecArray> {
  let from = 0;
  if (!trigger) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      yield m;
    }
    return;
  }
  const t = trigger.re;
  t.lastIndex = 0;
  for (let tm = t.exec(text); tm; tm = t.exec(text)) {
    if (tm.index + tm[0].length <= from) continue;
    // Every match holds a trigger word, so no match can start earlier than lookback before the first
    // trigger not yet covered: scanning from there finds exactly what a full scan would.
    re.lastIndex = Math.max(from, tm.index - trigger.lookback);
    const m = re.exec(text);
    if (!m) return;
    if (m[0].length === 0) { from = m.index + 1; continue; }
    from = m.index + m[0].length;
    if (t.lastIndex < from) t.lastIndex = from;
    yield m;
  }
}
