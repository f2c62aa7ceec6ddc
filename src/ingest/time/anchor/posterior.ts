// The article date as a distribution over the era's days. Each clue is a likelihood: with the odds
// ρ = e^(βw) − 1 that it is right (w its weight), it says the day is among the days it holds on,
// spread by its score s(d); else it says nothing. Relative to "nothing", a day gains
// log(1 + ρ · N · s(d) / S), N the era's days and S the clue's mass Σ s: a clue that holds on one
// day is sharp, one that holds on a seventh of all days (a weekday) or around twenty candidate rounds
// is not, and no clue can make a day certain on its own. Days outside the scored ones share the era's
// remaining mass, with the clues whose windows reach them. β, the thresholds and the families' strengths are fitted (bench/fit-dating.ts).
import type { Clue, DaySpan } from '../types.ts';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../../lib/calendar.ts';
import { domainOf, inWindows, mergeSpans } from './clue-days.ts';
import type { DatingParams } from './fitted-params.ts';

export interface Posterior {
  /** The likeliest day and its probability. */
  best: number;
  pBest: number;
  /** The likeliest days holding `params.mass` of the probability (ascending), or null when the era's
   *  undifferentiated days hold too much of it. */
  credible: number[] | null;
  /** Probability inside the credible days. */
  credibleMass: number;
  /** The five likeliest days with their probabilities, for a refusal's message. */
  top: { day: number; p: number }[];
}

/** Days sampled across the era (or a wide window) to estimate a clue's mass; windows up to
 *  EXACT_MASS_DAYS are summed day by day when fewer than MIN_HITS samples hit. */
const SAMPLES = 91;
const EXACT_MASS_DAYS = 800;
const MIN_HITS = 12;

interface Weighed {
  clue: Clue; rho: number; mass: number;
  /** Its windows inside the era, merged: worked out once, for its mass, slack and outside days. */
  spans: DaySpan[];
  /** Σ of the slack's weights (slackAt) over the era: where the clue's miss falls. */
  nearMass: number;
  /** The odds of its last gain, and that gain (log1p of them). */
  lastOdds: number; lastGain: number;
}

/** A clue that is wrong is mostly wrong by a little (a catalog a day off, a report posted the next
 *  morning): part of its weight, `params.slack`, is spread over its windows and the week around them,
 *  decaying with the distance, so that a day next to a window takes far more of it than one a week off. */
const SLACK_DAYS = 7;
const SLACK_SCALE = 1.5;
const SLACK_DECAY = Array.from({ length: SLACK_DAYS + 1 }, (_, k) => Math.exp(-k / SLACK_SCALE));
/** The slack's weight on the days around one window (both sides, the window itself excluded), when it
 *  reaches `reach` days. */
const slackEdges = (reach: number): number => 2 * SLACK_DECAY.slice(1, reach + 1).reduce((a, b) => a + b, 0);

/** The slack's weight at distance k days from the nearest window (0: inside one), within `reach`. */
const slackWeight = (k: number, reach = SLACK_DAYS): number => (k <= reach ? SLACK_DECAY[k]! : 0);

/** Distance in days from d to the nearest of the windows. */
function distanceTo(d: number, windows: DaySpan[]): number {
  let k = Infinity;
  for (const [a, b] of windows) { const x = d < a ? a - d : d > b ? d - b : 0; if (x < k) k = x; }
  return k;
}

/** The slack's weight on each day of the domain: one sweep over the windows sorted by their start. */
function slackWeights(days: Int32Array, windows: DaySpan[], slackDays: number): Float64Array {
  const sorted = [...windows].sort((x, y) => x[0] - y[0]);
  const out = new Float64Array(days.length);
  let j = 0;
  let reach = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    while (j < sorted.length && sorted[j]![0] <= d) { reach = Math.max(reach, sorted[j]![1]); j++; }
    const k = d <= reach ? 0 : Math.min(d - reach, j < sorted.length ? sorted[j]![0] - d : Infinity);
    out[i] = slackWeight(k, slackDays);
  }
  return out;
}

/** Windows of whole days, each from its start to its end, as every clue gives them: the days near them
 *  can then be found by bisection (others keep the sweep of every day, whatever it makes of them). */
const wellFormed = (windows: DaySpan[]): boolean => windows.every(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a <= b);

/** A windowed clue's gain on each domain day in its windows (its score's) or within the slack's reach
 *  of them (the slack's); `spans` are its windows merged. The same gains, summed on the same days, as
 *  a sweep of the whole domain, which adds nothing elsewhere. */
function addNear(logs: Float64Array, days: Int32Array, spans: DaySpan[], clue: Clue, sharpOdds: number, slackOdds: number): void {
  const held = Math.log1p(sharpOdds + slackOdds);
  const reach = clue.slackDays ?? SLACK_DAYS;
  let i = 0;
  // The first span not ended before the day: the day is in it, or between it and the one before.
  let next = 0;
  for (const [a, b] of spans) {
    i = Math.max(i, lowerBound(days, a - SLACK_DAYS));
    for (; i < days.length && days[i]! <= b + SLACK_DAYS; i++) {
      const d = days[i]!;
      while (next < spans.length && spans[next]![1] < d) next++;
      const k = Math.min(next < spans.length ? Math.max(0, spans[next]![0] - d) : Infinity, next > 0 ? d - spans[next - 1]![1] : Infinity);
      if (clue.flat) {
        logs[i] = logs[i]! + (k === 0 ? held : Math.log1p(slackOdds * slackWeight(k, reach)));
        continue;
      }
      const s = k === 0 ? clue.score(d, d) : 0;
      const odds = (s > 0 ? sharpOdds * s : 0) + slackOdds * slackWeight(k, reach);
      if (odds > 0) logs[i] = logs[i]! + Math.log1p(odds);
    }
  }
}

/** Days of the era the windows cover, overlapping windows merged. */
function mergedWindows(windows: DaySpan[], era: DaySpan): DaySpan[] {
  return mergeSpans(windows.map(([a, b]) => [Math.max(a, era[0]), Math.min(b, era[1])] as DaySpan).filter(([a, b]) => a <= b));
}

/** Σ s(d) over the clue's days, from a sample of each window; a clue that holds on too few of the
 *  sampled days to tell (a date a week ahead, within a year-long window) is summed day by day, and one
 *  no sample hits in windows too wide to sum counts one sampling step (a mass of zero would drop it). */
function massOf(c: Clue, era: DaySpan, merged: DaySpan[]): number {
  if (c.mass !== undefined) return c.mass;
  if (c.flat) return spanDays(merged);
  if (c.windows.length === 0 && c.share !== undefined) return c.share * (era[1] - era[0] + 1);
  const spans = c.windows.length > 0 ? merged : [era];
  let total = 0;
  let finest = Infinity;
  for (const [a, b] of spans) {
    const width = b - a + 1;
    const step = Math.max(1, Math.floor(width / SAMPLES));
    finest = Math.min(finest, step);
    let sum = 0;
    let n = 0;
    let hits = 0;
    for (let d = a; d <= b; d += step, n++) { const x = c.score(d, d); sum += x; if (x > 0) hits++; }
    if (step > 1 && hits < MIN_HITS && width <= EXACT_MASS_DAYS) {
      sum = 0;
      for (let d = a; d <= b; d++) sum += c.score(d, d);
      total += sum;
    } else total += n > 0 ? (sum / n) * width : 0;
  }
  // No sample hit, in windows too wide to sum: it holds on fewer days than one step, and on some.
  return total > 0 ? total : Number.isFinite(finest) ? finest : 1;
}

function gainOf(w: Weighed, s: number, d: number, eraDays: number, slack: number): number {
  let odds = s > 0 && w.mass > 0 ? (w.rho * eraDays * s) / w.mass : 0;
  if (w.nearMass > 0) odds += (slack * w.rho * eraDays * slackWeight(distanceTo(d, w.clue.windows), w.clue.slackDays)) / w.nearMass;
  if (!(odds > 0)) return 0;
  // A bare weekday's score is 1 or 0 on every day scored: the same odds, their log worked out once.
  if (odds !== w.lastOdds) { w.lastOdds = odds; w.lastGain = Math.log1p(odds); }
  return w.lastGain;
}

/** Log-likelihood of day d under clues apart (no bare weekdays). */
function logLikelihood(d: number, plain: Weighed[], eraDays: number, slack: number): number {
  let total = 0;
  for (const w of plain) total += gainOf(w, inWindows(w.clue, d) ? w.clue.score(d, d) : 0, d, eraDays, slack);
  return total;
}

/** Log-likelihood of day d under the bare weekdays, each name taking the occurrence (on or before,
 *  on or after d) that the clues of that name like best: bestOccurrence's choice, without a closure
 *  and a result made for every day scored. */
function weekdayLikelihood(d: number, groups: Map<number, Weighed[]>, eraDays: number, slack: number): number {
  let total = 0;
  for (const [wd, ws] of groups) {
    const before = weekdayOnOrBefore(d, wd);
    const after = weekdayOnOrAfter(d, wd);
    let vb = 0;
    let va = 0;
    for (const w of ws) {
      const inside = inWindows(w.clue, d);
      vb += gainOf(w, inside ? w.clue.score(d, before) : 0, d, eraDays, slack);
      if (after !== before) va += gainOf(w, inside ? w.clue.score(d, after) : 0, d, eraDays, slack);
    }
    total += after !== before && va > vb ? va : vb;
  }
  return total;
}

function weigh(clues: Clue[], params: DatingParams, era: DaySpan): { plain: Weighed[]; groups: Map<number, Weighed[]> } {
  const plain: Weighed[] = [];
  const groups = new Map<number, Weighed[]>();
  for (const c of clues) {
    const rho = Math.expm1(params.beta * c.weight);
    if (rho <= 0) continue;
    const spans = c.windows.length > 0 ? mergedWindows(c.windows, era) : [];
    const nearMass = spanDays(spans) + spans.length * slackEdges(c.slackDays ?? SLACK_DAYS);
    if (c.group === undefined) { plain.push({ clue: c, rho, mass: massOf(c, era, spans), spans, nearMass, lastOdds: NaN, lastGain: 0 }); continue; }
    // A bare weekday's relation ("on or before the article") can take either occurrence of its name
    // around any day, so alone it holds on every day: only with the other clues of its name does it
    // choose. One tied to candidate rounds holds on the days of its windows.
    const eraDays = era[1] - era[0] + 1;
    const mass = c.windows.length > 0 ? spanDays(spans) : eraDays;
    const named = groups.get(c.group);
    const w = { clue: c, rho, mass, spans, nearMass, lastOdds: NaN, lastGain: 0 };
    if (named) named.push(w); else groups.set(c.group, [w]);
  }
  return { plain, groups };
}

const widen = (spans: DaySpan[]): DaySpan[] => spans.map(([a, b]) => [a - SLACK_DAYS, b + SLACK_DAYS] as DaySpan);
const spanDays = (spans: DaySpan[]): number => spans.reduce((n, [a, b]) => n + b - a + 1, 0);

/** First index of `days` (ascending) at or after `d`. */
function lowerBound(days: Int32Array, d: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (days[mid]! < d) lo = mid + 1; else hi = mid; }
  return lo;
}

/** How many domain days lie inside the spans. */
function countMarked(days: Int32Array, spans: DaySpan[]): number {
  let n = 0;
  for (const x of marks(days, spans)) n += x;
  return n;
}

/** How many domain days lie inside the spans, disjoint and sorted: two bisections each. */
function countInside(days: Int32Array, spans: DaySpan[]): number {
  let n = 0;
  for (const [a, b] of spans) n += lowerBound(days, b + 1) - lowerBound(days, a);
  return n;
}

/** 1 for the domain days inside the spans. */
function marks(days: Int32Array, spans: DaySpan[]): Uint8Array {
  const out = new Uint8Array(days.length);
  for (const [a, b] of spans) for (let i = lowerBound(days, a); i < days.length && days[i]! <= b; i++) out[i] = 1;
  return out;
}

/** The days worth scoring: the windows of the strong clues (closeness to a named round only when
 *  nothing sharper has windows), widened by the slack. Days outside share the era's remaining mass. */
function domainDays(clues: Clue[], era: DaySpan): Int32Array | null {
  const sharp = clues.filter((c) => c.family !== 'near');
  const spans = mergedWindows(widen(domainOf(sharp.some((c) => c.windows.length > 0 && c.weight >= 2) ? sharp : clues)), era);
  if (spans.length === 0) return null;
  const n = spanDays(spans);
  const days = new Int32Array(n);
  let i = 0;
  for (const [a, b] of spans) for (let d = a; d <= b; d++) days[i++] = d;
  return days;
}

export function posterior(given: Clue[], params: DatingParams, era: DaySpan): Posterior | null {
  // The families' fitted strengths apply everywhere, the choice of days to score included.
  const clues = given.map((c) => { const k = params.strength[c.family]; return k === undefined || k === 1 ? c : { ...c, weight: c.weight * k }; });
  const domain = domainDays(clues, era);
  if (!domain) return null;
  const eraDays = era[1] - era[0] + 1;
  const { plain, groups } = weigh(clues, params, era);
  const n = domain.length;
  const logs = new Float64Array(n);
  // Clue by clue over the domain (window membership by sweeping, not per day and window).
  for (const w of plain) {
    const sharpOdds = w.mass > 0 ? (w.rho * eraDays) / w.mass : 0;
    const slackOdds = w.nearMass > 0 ? (params.slack * w.rho * eraDays) / w.nearMass : 0;
    if (w.clue.windows.length > 0 && wellFormed(w.clue.windows)) {
      // Only the days in or near its windows gain: the rest add nothing, so they are not visited. With
      // no slack (nearMass 0) its windows lie outside the era, so no domain day is in or near them.
      if (w.nearMass > 0) addNear(logs, domain, mergeSpans(w.clue.windows), w.clue, sharpOdds, slackOdds);
      continue;
    }
    const inside = w.clue.windows.length > 0 ? marks(domain, w.clue.windows) : null;
    const around = w.nearMass > 0 ? slackWeights(domain, w.clue.windows, w.clue.slackDays ?? SLACK_DAYS) : null;
    if (w.clue.flat) {
      // A bound: the same gain on every day of its windows, and the slack's around them.
      const held = Math.log1p(sharpOdds + slackOdds);
      for (let i = 0; i < n; i++) logs[i] = logs[i]! + (!inside || inside[i] ? held : around && around[i]! > 0 ? Math.log1p(slackOdds * around[i]!) : 0);
      continue;
    }
    // A weekday's or a month's score is 1 or 0: its odds, and so their log, are the same on every day
    // it holds, and worked out once (log1p of the same odds is the same double).
    let lastOdds = NaN;
    let lastGain = 0;
    for (let i = 0; i < n; i++) {
      const s = !inside || inside[i] ? w.clue.score(domain[i]!, domain[i]!) : 0;
      const odds = (s > 0 ? sharpOdds * s : 0) + (around ? slackOdds * around[i]! : 0);
      if (!(odds > 0)) continue;
      if (odds !== lastOdds) { lastOdds = odds; lastGain = Math.log1p(odds); }
      logs[i] = logs[i]! + lastGain;
    }
  }
  if (groups.size > 0) for (let i = 0; i < n; i++) logs[i] = logs[i]! + weekdayLikelihood(domain[i]!, groups, eraDays, params.slack);
  let top = -Infinity;
  for (const l of logs) if (l > top) top = l;
  // The days outside every window: only clues without windows (weekdays, "this month") hold there.
  // One that knows the share of days it holds on gives its average in closed form (the clues taken
  // as independent); the others are averaged over a sample of the era.
  const outside = Math.max(0, eraDays - n);
  let average = Math.exp(-top);
  const sampled: Weighed[] = [];
  for (const w of plain) {
    if (w.clue.windows.length > 0) {
      // A window reaching past the scored days (a bound over years) holds on outside days too: on
      // average its odds there are ρ·N/width, on the share of outside days it covers.
      const width = spanDays(w.spans);
      const covered = width - (wellFormed(w.clue.windows) ? countInside(domain, w.spans) : countMarked(domain, w.clue.windows));
      if (outside > 0 && covered > 0 && width > 0) average *= 1 + (covered / outside) * ((w.rho * eraDays) / width);
      continue;
    }
    if (w.clue.share === undefined) { sampled.push(w); continue; }
    average *= 1 - w.clue.share + w.clue.share * (1 + (w.rho * eraDays) / w.mass);
  }
  for (const ws of groups.values()) for (const w of ws) if (w.clue.windows.length === 0) average *= 1 + (w.rho * eraDays) / w.mass;
  if (sampled.length > 0) {
    const step = Math.max(1, Math.floor(eraDays / SAMPLES));
    let sum = 0;
    let probes = 0;
    for (let d = era[0]; d <= era[1] && probes < SAMPLES; d += step, probes++) sum += Math.exp(logLikelihood(d, sampled, eraDays, params.slack));
    average *= sum / probes;
  }
  const outsideMass = outside * average;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = Math.exp(logs[i]! - top);
  let z = 0;
  for (let i = 0; i < n; i++) z += weights[i]!;
  z += outsideMass;
  const best = firstLargest(weights);
  const { acc, credible } = credibleDays(weights, domain, params.mass * z);
  return {
    best: domain[best]!,
    pBest: weights[best]! / z,
    credible,
    credibleMass: acc / z,
    top: largest(weights, 5).map((i) => ({ day: domain[i]!, p: weights[i]! / z })),
  };
}

/** Index of the largest weight, the earliest day on a tie. */
function firstLargest(weights: Float64Array): number {
  let best = 0;
  for (let i = 1; i < weights.length; i++) if (weights[i]! > weights[best]!) best = i;
  return best;
}

/** Indices of the `k` largest weights, largest first, earlier days first on a tie. */
function largest(weights: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (out.length === k && !(w > weights[out[k - 1]!]!)) continue;
    let at = out.length;
    while (at > 0 && w > weights[out[at - 1]!]!) at--;
    out.splice(at, 0, i);
    if (out.length > k) out.pop();
  }
  return out;
}

/** The likeliest days (ascending) whose weights, summed largest first, reach `needed`, and that sum;
 *  null days when all of them do not. Only the weights' order matters to the sum, so they are sorted
 *  bare (natively, no comparator), and the days taken are those above the last weight added plus, of
 *  the days at that weight, the earliest: the same days a sort by weight, then day, puts first. */
function credibleDays(weights: Float64Array, days: Int32Array, needed: number): { acc: number; credible: number[] | null } {
  const sorted = Float64Array.from(weights).sort();
  const n = sorted.length;
  let acc = 0;
  let taken = 0;
  while (taken < n && !(acc >= needed)) acc += sorted[n - 1 - taken++]!;
  if (!(acc >= needed)) return { acc, credible: null };
  if (taken === 0) return { acc, credible: [] };
  const last = sorted[n - taken]!;
  let atLast = 0;
  for (let j = n - taken; j < n && sorted[j] === last; j++) atLast++;
  const credible: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w > last) credible.push(days[i]!);
    else if (w === last && atLast > 0) { credible.push(days[i]!); atLast--; }
  }
  return { acc, credible };
}
