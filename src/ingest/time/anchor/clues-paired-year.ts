// A period counted forward from the article and one given its year, told of the same time to come, are
// one period: counted back from the year, they place the article. «قررت الدول الضامنة أن يلتئم اللقاء
// القادم في طهران مطلع العام المقبل.» and, in the next sentence, «… أن ينعقد اللقاء في فبراير أو مارس
// 2022»: a year counted and a date with its year, both to come, the date inside the counted part, put the
// article in 2021, as «العام المقبل 2022» would say it in one phrase (bind-named-period). A month counted
// and the same month given its year are the same way. Only forward: what a story recalls beside a year
// counted back is any year before it (the war's «آذار 2011»).
import { daysFromCivil, monthSpan, yearSpan } from '../../../lib/calendar.ts';
import { formatSpan } from '../../../lib/edtf.ts';
import type { Clue, DaySpan, Expr } from '../types.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import type { ClueContext } from './clue-context.ts';
// Two phrases taken for one period, which they need not be: weighed as a month so paired.
import { PAIRED_WEIGHT } from './clues-dates.ts';

/** «مطلع العام المقبل»: a part of the next year, with no year beside it, told as to come. Not a whole year
 *  («ستجري الانتخابات العام المقبل» beside «تموز 2024», another event's), nor a year counted back: the
 *  past a story recalls beside it is any year («تعثر المسار العام الماضي … اندلعت في آذار 2011»). */
function countedYear(e: Expr): boolean {
  const s = e.stated;
  return e.kind === 'relative-year' && s.year === undefined && s.named === undefined && s.rel === 1 && e.tense === 'future' && s.part !== undefined;
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
  const counted = resolveAt(e, daysFromCivil(s.year - 1, 7, 1), undefined, false);
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
    const article = named - 1;
    if (seen.has(article)) continue;
    seen.add(article);
    const w = yearSpan(article);
    clues.push({
      weight: PAIRED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [w], flat: true,
      note: { code: 'paired-year', rel: 1, named, article },
      score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0),
    });
  }
  return clues;
}

/** «ديسمبر المقبل»: a month named and counted forward from the article, with no year beside it. Not one
 *  counted back: «آذار الماضي» beside the war's «آذار 2011» is another March. */
function countedMonth(e: Expr): boolean {
  const s = e.stated;
  return KIND_TRAITS[e.kind].calendar && s.month !== undefined && s.year === undefined && s.named === undefined && s.rel === 1;
}

/** Where the article is for the month counted forward to be that month of `year`: the twelve months before it. */
function monthsBefore(year: number, month: number): DaySpan {
  return [daysFromCivil(year - 1, month, 1), monthSpan(year, month)[0] - 1];
}

/**
 * «منتصف ديسمبر المقبل» and, paragraphs on, «بحلول نهاية ديسمبر 2018»: the same month counted forward and
 * given its year, the dated one told to come, are that year's month, when it is
 * the only year the month is so given. The article is in the twelve months before it, which a
 * «تشرين الثاني الحالي» elsewhere then places, where the dated month alone bounded four years.
 */
export function cluesDatedCountedMonth(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const seen = new Set<number>();
  for (const e of ctx.exprs) {
    if (!countedMonth(e)) continue;
    const month = e.stated.month!;
    const years = new Set(ctx.exprs.filter((q) => KIND_TRAITS[q.kind].calendar && q.stated.month === month && q.stated.year !== undefined && q.tense === 'future').map((q) => q.stated.year!));
    if (years.size !== 1) continue;
    const year = [...years][0]!;
    const w = monthsBefore(year, month);
    if (seen.has(w[0])) continue;
    seen.add(w[0]);
    clues.push({
      weight: PAIRED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [w], flat: true,
      note: { code: 'dated-counted-month', rel: 1, month, year, article: formatSpan(w) },
      score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0),
    });
  }
  return clues;
}
