// Joins two dates into one span when the text joins them: "بين 30 أيار و3 حزيران"، "من 28 كانون
// الأول إلى 2 كانون الثاني"، "30 أيار - 3 حزيران 2022". The first may borrow the second's year.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, ParseContext } from '../types.ts';

const JOIN = new RegExp(foldArabic('^\\s*(?:-|–|و|إلى|حتى|ولغاية|لغاية)\\s*$'), 'u');

export function mergeRanges(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out: Parsed[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    const dated = (p: Parsed): boolean => p.kind === 'date' && p.stated.month !== undefined && p.stated.day !== undefined;
    if (b && dated(a) && dated(b) && a.stated.rel === undefined && JOIN.test(ctx.folded.slice(a.end, b.start))) {
      const year = a.stated.year ?? (b.stated.year !== undefined && a.stated.month! > b.stated.month! ? b.stated.year - 1 : b.stated.year);
      const sameMonth = a.stated.month === b.stated.month && (a.stated.year ?? year) === b.stated.year;
      // A span turns over one new year at most («30 كانون الأول 2016 - 5 كانون الثاني 2017»); two dates
      // years apart («4 فبراير 2016 - 18 يناير 2022», an archive's first and last copies) stay two.
      const endYear = year === undefined ? undefined : b.stated.month! < a.stated.month! ? year + 1 : year;
      const spans = b.stated.year === undefined || endYear === undefined || b.stated.year === endYear;
      if (spans && (!sameMonth || b.stated.day! >= a.stated.day!)) {
        out.push({
          start: a.start, end: b.end, kind: 'day-range', parser: `${a.parser}+${b.parser}`,
          stated: {
            ...b.stated, day: a.stated.day!, month: a.stated.month!, dayEnd: b.stated.day!, monthEnd: b.stated.month!,
            ...(year !== undefined ? { year } : {}),
          },
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
