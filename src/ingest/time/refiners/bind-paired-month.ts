// «… سيلتئم في منتصف شهر فبراير المقبل» and, a paragraph on, «اللقاء القادم سيعقد منتصف الشهر المقبل»:
// a part of a month counted from the article and the same part of a month named, told the same way,
// are one period. The count then names the month («الشهر المقبل» is February), and counted back, the
// article's (January), as «الشهر المقبل، شباط» would say it in one phrase (bind-named-period).
// Only the same part («منتصف»، «أواخر»…): a bare «الشهر المقبل» beside a bare «فبراير» is as often
// another month's news. And only when one month is so named: two would leave the count's unknown.
// A headline's bare count is the exception: «اللجنة تلتئم في جنيف الشهر القادم» over «سيعقد في 30
// أكتوبر القادم» sums up its lead, so the one month the body names with the same count word is it.
import type { Parsed, ParseContext, Stated } from '../types.ts';

const samePart = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];

/** A part of a month counted from the article with no name yet: «منتصف الشهر المقبل». */
function counted(p: Parsed): boolean {
  const s = p.stated as Stated & { period?: string };
  return p.kind === 'month-part' && s.period === 'month' && s.rel !== undefined && s.part !== undefined && s.month === undefined && s.year === undefined && s.named === undefined;
}

/** A bare month counted from the article in the headline: «الشهر القادم». */
function countedInHeadline(p: Parsed, headlineEnd: number): boolean {
  const s = p.stated as Stated & { period?: string };
  return p.kind === 'relative-month' && s.period === 'month' && s.rel !== undefined && s.part === undefined && s.month === undefined && s.year === undefined
    && s.named === undefined && p.end <= headlineEnd;
}

export function bindPairedMonth(results: Parsed[], ctx: ParseContext): Parsed[] {
  const first = ctx.folded.indexOf('\n');
  const headlineEnd = first < 0 ? ctx.folded.length : first;
  if (!results.some((p) => counted(p) || countedInHeadline(p, headlineEnd))) return results;
  return results.map((p) => {
    const inHeadline = countedInHeadline(p, headlineEnd);
    if (!counted(p) && !inHeadline) return p;
    const { rel, part } = p.stated as Pick<Stated, 'part'> & { rel: -1 | 0 | 1 };
    // The same part of a named month, counted the same way or not counted, with no year of its own; for
    // a headline's bare count, any day or part of a month the body names with the same count word.
    const months = new Set(results
      .filter((q) => q !== p && q.stated.month !== undefined && q.stated.year === undefined && q.stated.named === undefined && (inHeadline
        ? q.start > headlineEnd && q.stated.rel === rel
        : q.kind === 'month-part' && q.stated.part !== undefined && samePart(q.stated.part, part!) && (q.stated.rel === undefined || q.stated.rel === rel)))
      .map((q) => q.stated.month!));
    if (months.size !== 1) return p;
    const month = [...months][0]!;
    const { rel: _rel, period: _period, ...rest } = p.stated as Stated & { period?: string };
    return { ...p, parser: `${p.parser}+paired`, stated: { ...rest, month, named: { period: 'month', rel, paired: true } } };
  });
}
