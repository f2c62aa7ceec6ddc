// Round clues: a round of talks tied to a day in its sentence ("يعقد غداً الخميس الجولة الثامنة",
// "انطلاق الجولة التاسعة ... الاثنين القادم", "اجتماعاً الخميس ... في افتتاح الجولة الثامنة") puts that
// day on the round's first (or last) day in the catalog. A round with no day only bounds the article
// loosely. Only in articles about the talks: sports use the same words.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { formatDay, weekdayOf } from '../../../lib/calendar.ts';
import type { Clue, DaySpan, Expr, RoundCandidate } from '../types.ts';
import { ROUND_END_WORDS, ROUND_START_WORDS, alternation } from '../constants.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { near } from './clues-dates.ts';
import { isDayLevel, isPeriodLevel, type ClueContext } from './clue-context.ts';

const START_RE = new RegExp(`(?<![\\p{L}])[وفل]?(?:${alternation(ROUND_START_WORDS)})(?:ها|ه)?(?![\\p{L}])`, 'u');
const END_RE = new RegExp(`(?<![\\p{L}])[وفل]?(?:${alternation(ROUND_END_WORDS)})(?:ها|ه)?(?![\\p{L}])`, 'u');
const FUTURE_AFTER = new RegExp(`^\\s*(?:\\S+\\s+){0,4}?(?:${['المقبلة', 'القادمة', 'المرتقبة', 'المقررة'].map(foldArabic).join('|')})(?![\\p{L}])`, 'u');

/**
 * The day expression a round is tied to: the nearest day of its sentence after it, else before it,
 * when an opening or closing word stands between or around them. `ends` = tied to the last day.
 */
export function roundTie(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'>): { day: Expr; ends: boolean } | null {
  const same = (level: (e: Expr) => boolean): Expr[] => ctx.exprs.filter((e) => e !== r && e.sentence === r.sentence && level(e));
  const after = (level: (e: Expr) => boolean): Expr | undefined => same(level).filter((e) => e.start >= r.end).sort((a, b) => a.start - b.start)[0];
  const before = (level: (e: Expr) => boolean): Expr | undefined => same(level).filter((e) => e.end <= r.start).sort((a, b) => b.end - a.end)[0];
  // Arabic puts an event's time after it ("تنطلق الجولة ... الأسبوع المقبل"); a day before the round
  // ("أعلنت اليوم انطلاق الجولة") is more often the report's own day.
  const e = after(isDayLevel) ?? after(isPeriodLevel) ?? before(isDayLevel) ?? before(isPeriodLevel);
  if (!e) return null;
  const lo = Math.max(r.sentence[0], Math.min(e.start, r.start) - 30);
  const hi = Math.min(r.sentence[1], Math.max(e.end, r.end) + 10);
  const around = ctx.folded.slice(lo, hi);
  const starts = START_RE.test(around);
  const ends = END_RE.test(around) && !starts;
  return starts || ends ? { day: e, ends } : null;
}

function bindingClue(r: Expr, e: Expr, target: (c: RoundCandidate) => number, verb: string, weight: number): Clue {
  const cands = r.candidates;
  const best = (f: (c: RoundCandidate, t: number) => boolean): number => cands.reduce((m, c) => (f(c, target(c)) ? Math.max(m, c.prior) : m), 0);
  const start = Math.min(r.start, e.start);
  const end = Math.max(r.end, e.end);
  const names = cands.map((c) => `${c.round.id} ${formatDay(target(c))}`).join(' or ');
  const s = e.stated;
  if (e.kind === 'relative-day') {
    const k = s.offset ?? 0;
    return { weight, start, end, windows: cands.map((c) => [target(c) - k, target(c) - k] as DaySpan), says: `${verb} of ${names} is ${k} day(s) from the article`, score: (d) => best((_c, t) => d + k === t) };
  }
  if (e.kind === 'weekday' && s.rel !== undefined) {
    const w = s.weekday!;
    const sign = s.rel;
    return {
      weight, start, end, says: `${verb} of ${names} is the ${sign > 0 ? 'coming' : 'past'} weekday named`,
      windows: cands.map((c) => (sign > 0 ? [target(c) - 7, target(c) - 1] : [target(c) + 1, target(c) + 7]) as DaySpan),
      score: (d) => best((_c, t) => weekdayOf(t) === w && (sign > 0 ? t - d >= 1 && t - d <= 7 : d - t >= 1 && d - t <= 7)),
    };
  }
  if (e.kind === 'weekday') {
    return {
      weight, start, end, group: s.weekday!, says: `${verb} of ${names} is the weekday named`,
      windows: cands.map((c) => [target(c) - 6, target(c) + 6] as DaySpan),
      score: (_d, w) => best((_c, t) => w === t),
    };
  }
  return {
    weight: weight * 0.7, start, end, says: `${verb} of ${names} falls on the date named`,
    windows: cands.map((c) => near(e, [target(c), target(c)])),
    score: (d) => { const x = resolveAt(e, d, undefined, false); return x ? best((_c, t) => t >= x.span[0] && t <= x.span[1]) : 0; },
  };
}

export function cluesRounds(ctx: ClueContext): Clue[] {
  if (!ctx.aboutTalks) return [];
  const clues: Clue[] = [];
  for (const r of ctx.exprs) {
    if (r.kind !== 'round' || r.candidates.length === 0) continue;
    const tie = roundTie(r, ctx);
    if (tie) {
      const ends = tie.ends;
      clues.push(bindingClue(r, tie.day, (c) => (ends ? c.end : c.start), ends ? 'the last day' : 'the opening', 6));
      continue;
    }
    const future = r.tense === 'future' || FUTURE_AFTER.test(ctx.folded.slice(r.end, r.end + 40));
    const weight = future ? 1 : 0.5;
    const win = (c: RoundCandidate): DaySpan => (future ? [c.start - 120, c.start] : [c.start - 120, c.end + 730]);
    clues.push({
      weight, start: r.start, end: r.end, windows: r.candidates.map(win),
      says: `mentions ${r.candidates.map((c) => c.round.id).join(' or ')}${future ? ' as upcoming' : ''}`,
      score: (d) => r.candidates.reduce((m, c) => { const w = win(c); return d >= w[0] && d <= w[1] ? Math.max(m, c.prior) : m; }, 0),
    });
  }
  return clues;
}
