// The date engine: recognize every temporal expression, infer the article's own date from all of
// them (or take a valid front-matter date), then resolve every expression against it.
import { foldWithMap } from '../../lib/arabic-fold.ts';
import { formatDay, parseDay } from '../../lib/calendar.ts';
import { formatSpan } from '../../lib/edtf.ts';
import type { ArticleAnchor, Clue, DatingMessage, DatingOptions, DatingResult, DaySpan, Evidence, Expr, TimeExpression } from './types.ts';
import { TALKS_NAMES, TALKS_WORDS, alternation, withLam } from './constants.ts';
import { parseExpressions } from './parse-expressions.ts';
import { sentenceAt, sentenceSpans } from './anchor/sentences.ts';
import { tenseAt } from './anchor/tense-at.ts';
import { roundCandidates, trackMentions } from './anchor/round-candidates.ts';
import { cluesDates } from './anchor/clues-dates.ts';
import { cluesDays } from './anchor/clues-days.ts';
import { cluesRounds } from './anchor/clues-rounds.ts';
import { cluesEras } from './anchor/clues-eras.ts';
import { inFurniture } from './anchor/in-furniture.ts';
import { bestHolding, solveAnchor, type AnchorSolution } from './anchor/solve-anchor.ts';
import { chooseRounds } from './anchor/choose-rounds.ts';
import { resolveExpression } from './resolve/resolve-expression.ts';
import { resolveEve } from './resolve/resolve-eve.ts';

const TALKS_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(withLam(TALKS_WORDS))})(?![\\p{L}])`, 'u');
const TALKS_NAMES_RE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(withLam(TALKS_NAMES))})(?![\\p{L}])`, 'u');
/** An anchor wider than this is no anchor: the maintainer must give the date. */
const MAX_ANCHOR_DAYS = 190;

/** Best days in separate clusters (three sessions of one conference, two tracks' rounds) spanning more
 *  than a month: their hull would claim the days between, which no evidence supports. */
const CLUSTER_GAP = 7;
const MAX_SCATTER_DAYS = 31;
function isScattered(days: number[]): boolean {
  if (days.length === 0 || days[days.length - 1]! - days[0]! + 1 <= MAX_SCATTER_DAYS) return false;
  for (let i = 1; i < days.length; i++) if (days[i]! - days[i - 1]! > CLUSTER_GAP) return true;
  return false;
}

/** A strong clue the winner leaves unsatisfied, with a day within a week that satisfies it and scores
 *  almost as well (less than the clue's weight below): the article may be either, so the anchor spans both. */
const STRONG_CONFLICT = 4;
function widenOnConflict(solution: AnchorSolution | null, clues: Clue[]): AnchorSolution | null {
  if (!solution) return null;
  let out = solution;
  for (const c of solution.conflicts) {
    if (c.weight < STRONG_CONFLICT) continue;
    // Only days within a week of the winner: far apart, two strong statements contradict each other
    // (an old banner against "اليوم ... 2019"), the winner stands and the loser is reported as a conflict.
    const alt = bestHolding(clues, c, solution.span[0] - CLUSTER_GAP, solution.span[1] + CLUSTER_GAP);
    if (!alt || solution.best - alt.score >= c.weight) continue;
    const days = [...new Set([...out.days, ...alt.days])].sort((a, b) => a - b);
    out = { ...out, days, span: [days[0]!, days[days.length - 1]!], weekdayDays: new Map(), confidence: Math.min(out.confidence, 0.5) };
  }
  return out;
}

/** A front-matter date: YYYY-MM-DD, optionally followed by an ISO time. */
function publishedDay(value: unknown): number | null {
  // YAML front matter parsers turn an unquoted date into a Date at UTC midnight.
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value);
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  return m ? parseDay(m[1]!) : null;
}

export function dateArticle(text: string, options: DatingOptions): DatingResult {
  const messages: DatingMessage[] = [];
  const { text: folded, map } = foldWithMap(text);
  const orig = (i: number): number => map[i] ?? text.length;
  const rounds = options.rounds ?? [];
  const parsed = parseExpressions({ folded, rounds });
  const spans = sentenceSpans(folded);
  const mentions = trackMentions(folded);
  // A round number dates a story only if it is about the talks: a track named with negotiations, a
  // name of the talks (an envoy, the guarantor states), or a round named with its track ("أستانا-9").
  // A league's "الجولة الثامنة" in a match against Kazakhstan is none of these.
  const aboutTalks = (mentions.length > 0 && TALKS_RE.test(folded)) || TALKS_NAMES_RE.test(folded) ||
    parsed.some((p) => p.kind === 'round' && (p.stated.track !== undefined || p.stated.roundId !== undefined));
  let exprs: Expr[] = parsed.map((p, index) => {
    const sentence = sentenceAt(spans, p.start);
    return {
      ...p, index, sentence, tense: tenseAt(folded, p.start, p.end, sentence[0], sentence[1]),
      candidates: p.kind === 'round' && aboutTalks ? roundCandidates(p, sentence, mentions, rounds, folded) : [],
    };
  });
  const ctx = { folded, exprs, mentions, rounds, aboutTalks };
  // A teaser's, a caption's or a banner's dates and names are another story's: no evidence, not even a loose bound.
  const clues = [...cluesDates(ctx), ...cluesDays(ctx), ...cluesRounds(ctx), ...cluesEras(ctx)].filter((c) => !inFurniture(folded, c.start));
  const evidence = (c: Clue): Evidence => ({ quote: text.slice(orig(c.start), orig(c.end)), says: c.says, start: orig(c.start), end: orig(c.end) });

  let anchor: ArticleAnchor | null = null;
  let anchorSpan: DaySpan | null = null;
  let weekdayDays = new Map<number, number>();
  if (options.published !== undefined) {
    const day = publishedDay(options.published);
    if (day === null) {
      messages.push({ start: 0, end: 0, severity: 'error', reason: `published: "${options.published}" is not a valid day (expected YYYY-MM-DD); dating the article from its text instead` });
    } else {
      const check = solveAnchor(clues, day);
      anchorSpan = [day, day];
      weekdayDays = check?.weekdayDays ?? weekdayDays;
      anchor = {
        edtf: formatDay(day), certainty: 'exact', method: 'front-matter', confidence: 1,
        evidence: (check?.satisfied ?? []).map(evidence), conflicts: (check?.conflicts ?? []).map(evidence),
      };
    }
  }
  if (!anchor) {
    const solution = widenOnConflict(solveAnchor(clues), clues);
    const scattered = solution !== null && isScattered(solution.days);
    if (solution && (solution.span[1] - solution.span[0] + 1 > MAX_ANCHOR_DAYS || scattered)) {
      const why = scattered ? `the evidence fits days far apart (${solution.days.length > 6 ? `${solution.days.slice(0, 3).map(formatDay).join(', ')} … ${formatDay(solution.days[solution.days.length - 1]!)}` : solution.days.map(formatDay).join(', ')})` : `no date evidence narrower than ${formatSpan(solution.span)}`;
      messages.push({ start: 0, end: 0, severity: 'error', reason: `${why}: add published: YYYY-MM-DD to the front matter` });
    } else if (solution) {
      anchorSpan = solution.span;
      weekdayDays = solution.weekdayDays;
      anchor = {
        edtf: formatSpan(solution.span),
        certainty: solution.span[0] === solution.span[1] ? 'exact' : 'range',
        method: 'inferred', confidence: solution.confidence,
        evidence: solution.satisfied.sort((a, b) => b.weight - a.weight).map(evidence),
        conflicts: solution.conflicts.map(evidence),
      };
      for (const c of solution.conflicts) {
        if (c.weight >= 3) messages.push({ start: orig(c.start), end: orig(c.end), severity: 'warning', reason: `date evidence disagrees with the article date ${anchor.edtf}: ${c.says}` });
      }
    } else {
      messages.push({ start: 0, end: 0, severity: 'error', reason: 'no date evidence: add published: YYYY-MM-DD to the front matter' });
    }
  }

  exprs = chooseRounds(exprs, folded, anchorSpan);
  const expressions: TimeExpression[] = exprs.map((e) => {
    const start = orig(e.start);
    const end = orig(e.end);
    const round = e.kind === 'round' ? e.candidates[0] : undefined;
    return {
      start, end, text: text.slice(start, end), kind: e.kind,
      stated: { ...e.stated, ...(e.tense ? { tense: e.tense } : {}) },
      ...(round ? { roundId: round.round.id } : {}),
      resolved: e.kind === 'eve' ? resolveEve(e, exprs, anchorSpan, weekdayDays, folded)
        : anchorSpan && (e.kind !== 'round' || round) ? resolveExpression(e, anchorSpan, weekdayDays) : null,
    };
  });
  return { anchor, expressions, messages };
}
