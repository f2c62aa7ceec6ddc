// News tells of days near its own: a day and month named with no year ("منذ 30 كانون الأول"، "في 11
// أبريل") is far more often weeks than months from the article. Alone that says nothing of the year (the
// same day comes every year); it says where in the year the article falls, which the year-level clues
// (a round, an envoy, a catalog's days) then place. The side follows the tense: a day told in the past
// is before the article, one to come after it, an untensed one either side.
import { civilFromDays, daysFromCivil, monthLength } from '../../../lib/calendar.ts';
import type { Clue, DaySpan, Expr } from '../types.ts';

/** Days over which the likelihood falls to 1/e of its value on the day named. */
export const RECENCY_SCALE = 30;
/** A month is told further from the article than a day: «في فبراير أو مارس 2022» months before, «يومي 21 و22» weeks. */
const MONTH_SCALE = 3 * RECENCY_SCALE;
const WEIGHT = 1;

/** Distances up to this many days have their decay kept: beyond, the likelihood is past e^-12 anyway. */
const DECAY_KEPT = 1100;
const DECAYS = new Map<number, Float64Array>();

/** e^(-k/scale) for k whole days, each worked out once per scale: the posterior asks it of every day it
 *  scores, and the same few hundred distances come back in every article. */
function decayOf(scale: number): (k: number) => number {
  let kept = DECAYS.get(scale);
  if (!kept) DECAYS.set(scale, (kept = new Float64Array(DECAY_KEPT).fill(NaN)));
  const table = kept;
  return (k) => {
    const v = table[k];
    // A distance past the table (or not a whole number of days) is worked out each time.
    if (v === undefined) return Math.exp(-k / scale);
    return v === v ? v : (table[k] = Math.exp(-k / scale));
  };
}

/** Where the article is from the day, for the evidence note: after a day told past, before one to come. */
const sideOf = (tense: Expr['tense']): 'after' | 'before' | 'near' => (tense === 'past' ? 'after' : tense === 'future' ? 'before' : 'near');

/** The span the expression names in a given year, or null where the day does not exist. */
function spanIn(year: number, month: number, day: number | undefined, dayEnd: number | undefined, monthEnd: number | undefined): DaySpan | null {
  const last = monthLength(year, month);
  if (day !== undefined && day > last) return null;
  const a = daysFromCivil(year, month, day ?? 1);
  if (dayEnd !== undefined) {
    const endMonth = monthEnd ?? month;
    const endYear = endMonth < month ? year + 1 : year;
    if (dayEnd > monthLength(endYear, endMonth)) return null;
    return [a, daysFromCivil(endYear, endMonth, dayEnd)];
  }
  return [a, day !== undefined ? a : daysFromCivil(year, month, last)];
}

/** The expression's span in each year, made once a year: the posterior asks for every day it scores. */
type SpansByYear = Map<number, DaySpan | null>;

function spanOfYear(spans: SpansByYear, y: number, s: Expr['stated']): DaySpan | null {
  let span = spans.get(y);
  if (span === undefined) spans.set(y, (span = spanIn(y, s.month!, s.day, s.dayEnd, s.monthEnd)));
  return span;
}

/** Days from the nearest occurrence on the side the tense allows to each day scored (0 inside one). The
 *  posterior asks for every day of its domain in order, so the day's month, and the occurrences a day of
 *  it can be near, are kept between calls, not worked out again from its day number each time. */
function distanceTo(e: Expr): (d: number) => number {
  const s = e.stated;
  // With its year counted, the side is known already, and a tense read from another verb must not undo it.
  const tense = s.yearRel !== undefined ? null : toldTense(e);
  const spans: SpansByYear = new Map();
  let first = 0;
  let last = -1;
  let near: DaySpan[] = [];
  return (d) => {
    if (d < first || d > last) {
      const c = civilFromDays(d);
      first = daysFromCivil(c.year, c.month, 1);
      last = first + monthLength(c.year, c.month) - 1;
      near = occurrencesNear(spans, s, c.year, first, last);
    }
    let best = Infinity;
    for (const span of near) {
      const k = d < span[0] ? (tense === 'past' ? Infinity : span[0] - d) : d > span[1] ? (tense === 'future' ? Infinity : d - span[1]) : 0;
      if (k < best) best = k;
    }
    return best;
  };
}

/** The expression's occurrences, in the years around `year`, that suit the month [first, last]. */
function occurrencesNear(spans: SpansByYear, s: Expr['stated'], year: number, first: number, last: number): DaySpan[] {
  // «كانون الأول من العام الماضي»: only the occurrence in the year counted from the article's.
  const lo = s.yearRel !== undefined ? year + s.yearRel : year - 1;
  const hi = s.yearRel !== undefined ? lo : year + 1;
  const near: DaySpan[] = [];
  for (let y = lo; y <= hi; y++) {
    const span = spanOfYear(spans, y, s);
    if (span && fitsMonth(span, s.rel, first, last)) near.push(span);
  }
  return near;
}

/** Whether an occurrence suits its month's qualifier, told in the month [first, last]: «أيار الجاري» is
 *  the article's own month, «أيار الماضي» an earlier one (so were every such day and month in the
 *  corpus's articles: 18 and 26). «أيار المقبل» is only to come: one of its 12 days was told in its own
 *  month («تستمر حتى 4 ديسمبر المقبل» on 1 December), and its tense already keeps it after the article. */
function fitsMonth(span: DaySpan, rel: Expr['stated']['rel'], first: number, last: number): boolean {
  if (rel === -1) return span[1] < first;
  if (rel === 0) return span[0] <= last && span[1] >= first;
  return true;
}

/** The side a day is told on: its qualifier's («30 أكتوبر القادم» is to come whatever the verb); of this
 *  month («25 أيار الجاري»), either side, as a verbal noun read as a past verb («عقد اجتماع … في 25 أيار
 *  الجاري») must not put a day to come behind the article; else its tense's. */
const toldTense = (e: Expr): Expr['tense'] => (e.stated.rel === undefined ? e.tense : e.stated.rel > 0 ? 'future' : e.stated.rel < 0 ? 'past' : null);

/** Each kind of expression's sum over a year (below), kept across articles: a few hundred at most in
 *  practice, emptied past this many. */
const YEAR_SUMS = new Map<string, number>();
const YEAR_SUMS_KEPT = 4096;

export function recencyClue(e: Expr): Clue | null {
  const s = e.stated;
  if (s.month === undefined || s.year !== undefined || s.offset !== undefined || s.weekday !== undefined) return null;
  const scale = s.day === undefined ? MONTH_SCALE : RECENCY_SCALE;
  const distance = distanceTo(e);
  const decay = decayOf(scale);
  const score = (d: number): number => { const k = distance(d); return k === Infinity ? 0 : decay(k); };
  const tense = s.yearRel !== undefined ? null : toldTense(e);
  // Its mean over a year: the days it covers on each side it allows, and the decay's tail. The same for
  // every expression that names the same days on the same side, so summed once for all of them.
  const key = `${s.month}|${s.day}|${s.dayEnd}|${s.monthEnd}|${s.yearRel}|${s.rel}|${tense}|${scale}`;
  let sum = YEAR_SUMS.get(key);
  if (sum === undefined) {
    sum = 0;
    const from = daysFromCivil(2017, 1, 1);
    for (let d = from; d < from + 365; d++) sum += score(d);
    if (YEAR_SUMS.size >= YEAR_SUMS_KEPT) YEAR_SUMS.clear();
    YEAR_SUMS.set(key, sum);
  }
  if (sum === 0) return null;
  const side = sideOf(tense);
  return {
    weight: WEIGHT, family: 'recency', start: e.start, end: e.end, windows: [], share: sum / 365,
    note: { code: 'recent-date', side }, score,
  };
}

/** Σ e^(-k/scale) over k = 1, 2, …: the decay's tail on one side. */
const tail = (scale: number): number => 1 / (1 - Math.exp(-1 / scale)) - 1;

/** The same for a date with its year ("يومي 21 و22 كانون الأول 2021"): one span, so the decay alone
 *  places the article; a date recalled from years before makes it wrong, which its weight allows for. */
export function recencyOfSpan(e: Expr, span: DaySpan): Clue {
  const [a, b] = span;
  const scale = b - a > 2 ? MONTH_SCALE : RECENCY_SCALE;
  const decay = decayOf(scale);
  const score = (d: number): number => {
    if (d >= a && d <= b) return 1;
    if (d < a) return e.tense === 'past' ? 0 : decay(a - d);
    return e.tense === 'future' ? 0 : decay(d - b);
  };
  const side = sideOf(e.tense);
  return {
    weight: WEIGHT, family: 'recency', start: e.start, end: e.end, windows: [], mass: b - a + 1 + (side === 'near' ? 2 : 1) * tail(scale),
    note: { code: 'recent-date', side }, score,
  };
}
