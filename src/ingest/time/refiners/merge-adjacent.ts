// Joins a relative day or weekday to the date right after it: "اليوم، الجمعة 19 من نيسان"،
// "الخميس 21 كانون الأول 2017". The merged expression states both (a date and its weekday/offset),
// which is what lets the anchor check one against the other.
import type { Parsed, ParseContext } from '../types.ts';

const GAP = /^[\s،,()\-–:]*(?:الموافق[\s،,:]*)?$/u;
/** A weekday ending a line (a headline's «… يوم السبت») is not the weekday of a date on the next line,
 *  the page's stamp; one standing alone on its line is (a stamp split over two lines). */
function acrossLines(a: Parsed, b: Parsed, folded: string): boolean {
  if (!folded.slice(a.end, b.start).includes('\n')) return false;
  const lineStart = folded.lastIndexOf('\n', a.start - 1) + 1;
  return folded.slice(lineStart, a.start).trim() !== '';
}

export function mergeAdjacent(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out: Parsed[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    // «الاثنين المقبل 14 مايو»: a day to come with its date. Not one told past («حدد المبعوث، الجمعة
    // الماضي، 25 يناير موعداً لانطلاق الجولة»): what follows it is as often another day, the one it set.
    const joinable = b && (a.kind === 'relative-day' || (a.kind === 'weekday' && (a.stated.rel ?? 0) >= 0)) &&
      (((b.kind === 'date' || b.kind === 'numeric-date' || b.kind === 'day-range') && (b.stated.month !== undefined || (monthCounted(b) && a.stated.rel === undefined))) || (b.kind === 'hijri' && b.stated.hijri?.day !== undefined)) &&
      GAP.test(ctx.folded.slice(a.end, b.start)) && !acrossLines(a, b, ctx.folded);
    if (joinable) {
      out.push({ ...b, start: a.start, stated: { ...b.stated, ...pick(a) }, parser: `${a.parser}+${b.parser}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** «الثلاثاء 14 من الشهر المقبل»: a day of a month counted from the article's, as much a date as one whose
 *  month is named. Only after a bare weekday: «يوم الاثنين المقبل، الخامس والعشرين من الشهر الجاري» keeps
 *  the weekday's own «المقبل» (within the week), which the date's counted month does not carry. */
const monthCounted = (b: Parsed): boolean => b.stated.day !== undefined && b.stated.period === 'month' && b.stated.rel !== undefined;

function pick(a: Parsed): Parsed['stated'] {
  const s: Parsed['stated'] = {};
  if (a.stated.offset !== undefined) s.offset = a.stated.offset;
  if (a.stated.weekday !== undefined) s.weekday = a.stated.weekday;
  return s;
}
