// "اليوم الاثنين وغداً الثلاثاء"، "يومي غداً وبعد غد": two relative days joined by و, one the day after
// the other, are one span (a two-day meeting), not two separate days.
import type { Parsed, ParseContext } from '../types.ts';

const JOIN = /^\s*[،,]?\s*و\s*$/u;

export function mergeRelativeDayPairs(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out: Parsed[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    const ka = a.stated.offset;
    if (b && a.kind === 'relative-day' && b.kind === 'relative-day' && ka !== undefined && b.stated.offset === ka + 1 &&
        a.stated.timeOfDay === undefined && b.stated.timeOfDay === undefined && JOIN.test(ctx.folded.slice(a.end, b.start))) {
      // The second day's weekday must follow the first's, when both are written.
      const wa = a.stated.weekday;
      const wb = b.stated.weekday;
      if (wa === undefined || wb === undefined || (wa + 1) % 7 === wb) {
        out.push({ ...a, end: b.end, parser: `${a.parser}+${b.parser}`, stated: { ...a.stated, offsetEnd: ka + 1 } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
