// «قررت الدول الضامنة أن يلتئم اللقاء القادم في طهران مطلع العام المقبل.» and, in the next sentence,
// «… أن ينعقد اللقاء في فبراير أو مارس 2022»: a year counted from the article and a date with its year,
// told alike of what is to come (or past) and the date inside the counted part, are one period. The
// year named is then the counted one, and counted back, the article's (2021), as «العام المقبل 2022»
// would say it in one phrase (bind-named-period).
import { daysFromCivil, yearSpan } from '../../../lib/calendar.ts';
import type { Clue, Expr } from '../types.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import type { ClueContext } from './clue-context.ts';
// Two phrases taken for one period, which they need not be: weighed as a month so paired.
import { PAIRED_WEIGHT } from './clues-dates.ts';

/** «العام المقبل»، «أواخر العام الماضي»: a year counted forward or back, with no year beside it, told in
 *  the tense its count says. */
function countedYear(e: Expr): boolean {
  const s = e.stated;
  return e.kind === 'relative-year' && s.year === undefined && s.named === undefined &&
    ((s.rel === 1 && e.tense === 'future') || (s.rel === -1 && e.tense === 'past'));
}

/** Sentences next to each other, or the same: only white space and stops between them. */
function adjacent(folded: string, a: [number, number], b: [number, number]): boolean {
  if (a[0] === b[0]) return true;
  const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
  return /^[\s.!?؟]*$/u.test(folded.slice(first[1], second[0]));
}

/** The year of a month or a day told with its year, in the same tense next to the counted year, and
 *  inside its part (early, late …) read in that year; undefined when none is. */
function pairedYear(e: Expr, q: Expr, folded: string): number | undefined {
  const s = q.stated;
  if (!KIND_TRAITS[q.kind].calendar || q.kind === 'year' || s.year === undefined || s.month === undefined || q.tense !== e.tense) return undefined;
  if (!adjacent(folded, e.sentence, q.sentence)) return undefined;
  const named = resolveAt(q, 0, undefined, false);
  const counted = resolveAt(e, daysFromCivil(s.year - e.stated.rel!, 7, 1), undefined, false);
  return named && counted && named.span[0] >= counted.span[0] && named.span[1] <= counted.span[1] ? s.year : undefined;
}

/** The article's year, once for each year so paired, when each counted year pairs with one year only. */
export function cluesPairedYear(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const seen = new Set<number>();
  for (const e of ctx.exprs) {
    if (!countedYear(e)) continue;
    const years = new Set(ctx.exprs.map((q) => pairedYear(e, q, ctx.folded)).filter((y) => y !== undefined));
    if (years.size !== 1) continue;
    const named = [...years][0]!;
    const article = named - e.stated.rel!;
    if (seen.has(article)) continue;
    seen.add(article);
    const w = yearSpan(article);
    clues.push({
      weight: PAIRED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [w], flat: true,
      note: { code: 'paired-year', rel: e.stated.rel as -1 | 1, named, article },
      score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0),
    });
  }
  return clues;
}
