// "يومي الخميس والجمعة"، "أيام الأحد والاثنين": two weekdays joined after a dual or plural "day" are one
// span of consecutive days, not two separate days (the second alone would be read on its own side).
import { alternation } from '../constants.ts';
import type { Parsed, ParseContext } from '../types.ts';
import { DAYS_PLURAL } from '../../../lib/lexicon/calendar.ts';

const PAIR_START = new RegExp(`^(?:${alternation(DAYS_PLURAL)})\\s`, 'u');
const JOIN = /^\s*و\s*$/u;

/** A range of two days of a month that starts with its weekday ("الأربعاء 19-20 كانون الثاني"). */
const datedPairEnd = (p: Parsed): boolean => p.stated.weekday !== undefined && p.stated.weekdayEnd === undefined
  && p.stated.day !== undefined && p.stated.dayEnd === p.stated.day + 1 && p.stated.monthEnd === undefined && p.stated.offset === undefined;

export function mergeWeekdayPairs(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out: Parsed[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    const plain = (p: Parsed): boolean => p.kind === 'weekday' && p.stated.rel === undefined && p.stated.weekdayEnd === undefined;
    if (b && plain(a) && plain(b) && PAIR_START.test(ctx.folded.slice(a.start, a.end)) && JOIN.test(ctx.folded.slice(a.end, b.start))) {
      const span = (b.stated.weekday! - a.stated.weekday! + 7) % 7;
      // Only consecutive days ("الخميس والجمعة"), where the pair reads unambiguously as a span.
      if (span === 1) {
        out.push({ ...a, end: b.end, parser: `${a.parser}+${b.parser}`, stated: { ...a.stated, weekdayEnd: b.stated.weekday! } });
        i++;
        continue;
      }
    }
    // "يومي الثلاثاء والأربعاء 19-20 كانون الثاني": the second weekday came with the range, so each
    // weekday names its own day; the first goes to the range's first day.
    if (b && plain(a) && datedPairEnd(b) && (b.stated.weekday! - a.stated.weekday! + 7) % 7 === 1
      && PAIR_START.test(ctx.folded.slice(a.start, a.end)) && JOIN.test(ctx.folded.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start, parser: `${a.parser}+${b.parser}`, stated: { ...b.stated, weekday: a.stated.weekday!, weekdayEnd: b.stated.weekday! } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
