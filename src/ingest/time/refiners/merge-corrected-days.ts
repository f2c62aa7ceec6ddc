// «سيبحثان غداً (اليوم) الملفات»: a print paper writes the night before and puts the reader's day in
// parentheses after the writer's. The day in parentheses is the one counted from the date: the
// pair is one expression of that day (a weekday there, «أمس (الاثنين)», is read by the weekday parser).
import type { Parsed, ParseContext } from '../types.ts';

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\s*\)/u;

export function mergeCorrectedDays(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out: Parsed[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    if (b && a.kind === 'relative-day' && b.kind === 'relative-day' && b.stated.offset !== undefined && a.stated.offsetEnd === undefined &&
        OPEN.test(ctx.folded.slice(a.end, b.start)) && CLOSE.test(ctx.folded.slice(b.end))) {
      const close = ctx.folded.indexOf(')', b.end);
      out.push({ ...b, start: a.start, end: close + 1, parser: `${a.parser}+${b.parser}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
