import { edtfSpan, spansOverlap, type DaySpan } from '../../lib/edtf.ts';
import type { Entry } from '../../lib/schemas.ts';
import { contentWords, wordSimilarity } from '../shared/content-words.ts';
import { continuesStatement, SAID_KINDS } from './continues-statement.ts';
import type { EventRecord } from '../shared/event-record.ts';
import type { MergedEntry } from '../shared/merged-entry.ts';

const ROUND_KINDS = new Set(['round-opening', 'round-closing']);
const CERTAINTY_RANK = { exact: 0, range: 1, approximate: 2 } as const;
const MIN_SIMILARITY = 0.3;

// Content words are computed only for the few pairs that get that far, and once per report.
const WORDS = new WeakMap<EventRecord, string[]>();
function wordsOf(e: EventRecord): string[] {
  let w = WORDS.get(e);
  if (!w) {
    w = contentWords(e.quote);
    WORDS.set(e, w);
  }
  return w;
}

function sameEvent(a: EventRecord, b: EventRecord, sa: DaySpan | null, sb: DaySpan | null): boolean {
  if (a.kind !== b.kind) return false;
  // The opening or close of one catalog round is one event, however often an article mentions it.
  if (ROUND_KINDS.has(a.kind)) {
    if (!a.round || a.round !== b.round) return false;
    return sa !== null && sb !== null && spansOverlap(sa, sb);
  }
  // Two statements on one day are two entries unless they share an actor and most of their words,
  // and never two of one article: an article does not report the same statement twice.
  if (a.article === b.article || a.date !== b.date) return false;
  if (a.round !== b.round) return false;
  const sharedActor = a.actors.some((x) => b.actors.includes(x));
  return sharedActor && wordSimilarity(wordsOf(a), wordsOf(b)) >= MIN_SIMILARITY;
}

/** Whether two sets share a member; the smaller one is walked (a round's entry gathers hundreds of articles). */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function byArticleThenOrder(a: EventRecord, b: EventRecord): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.order - b.order;
}

/**
 * Merge stage: reports of the same event in several articles become one entry with several sources.
 * Conservative: same kind, and for rounds the same catalog round on overlapping dates; otherwise the
 * same date, a shared actor and similar wording, and never two reports of the same article.
 */
/** The merge bucket of a report: reports in different buckets are never one entry. */
export function mergeBucket(e: Pick<EventRecord, 'kind' | 'round' | 'date'>): string {
  if (ROUND_KINDS.has(e.kind) && e.round) return `${e.kind}|${e.round}`;
  // A statement may continue an announcement of the same day (continuesStatement): one bucket for both.
  return `${SAID_KINDS.has(e.kind) ? 'said' : e.kind}|${e.date}`;
}

/** The distinct merge buckets of an article's events, sorted. */
export function bucketsOf(events: ReadonlyArray<Pick<EventRecord, 'kind' | 'round' | 'date'>>): string[] {
  return [...new Set(events.map(mergeBucket))].sort();
}

export function mergeEvents(events: readonly EventRecord[]): MergedEntry[] {
  const sorted = [...events].sort(byArticleThenOrder);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const articlesOf = sorted.map((e) => new Set([e.article]));
  // Only events whose date spans could meet are compared: bucket by round, else by date.
  const buckets = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    const key = mergeBucket(e);
    const list = buckets.get(key) ?? [];
    list.push(i);
    buckets.set(key, list);
  });
  const union = (i: number, j: number) => {
    const ri = find(i);
    const rj = find(j);
    for (const x of articlesOf[rj]!) articlesOf[ri]!.add(x);
    parent[rj] = ri;
  };
  // A report that tells more of what the article's previous report of that day said is that report.
  for (const indices of buckets.values()) {
    for (let k = 1; k < indices.length; k++) {
      const [i, j] = [indices[k - 1]!, indices[k]!];
      if (find(i) !== find(j) && continuesStatement(sorted[i]!, sorted[j]!)) union(i, j);
    }
  }
  const spans = sorted.map((e) => edtfSpan(e.date));
  const startOf = (i: number) => spans[i]?.[0] ?? Number.MAX_SAFE_INTEGER;
  const endOf = (i: number) => spans[i]?.[1] ?? Number.MIN_SAFE_INTEGER;
  for (const bucket of buckets.values()) {
    // Sweep by start day: only events whose spans can overlap are compared (a round's reports over years).
    const list = [...bucket].sort((a, b) => startOf(a) - startOf(b) || a - b);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && startOf(list[y]!) <= endOf(list[x]!); y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        const ri = find(i);
        const rj = find(j);
        if (ri === rj || !sameEvent(sorted[i]!, sorted[j]!, spans[i]!, spans[j]!)) continue;
        const a = articlesOf[ri]!;
        const b = articlesOf[rj]!;
        // Outside rounds, never two reports of one article in one entry (two statements, not one).
        if (!ROUND_KINDS.has(sorted[i]!.kind) && sharesAny(a, b)) continue;
        union(i, j);
      }
    }
  }
  const groups = new Map<number, EventRecord[]>();
  sorted.forEach((e, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()].map(toEntry).sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
}

function toEntry(members: EventRecord[]): MergedEntry {
  // The id stays the first report's (stable); headline and dating come from the first unflagged one.
  const first = members[0]!;
  const lead = members.find((m) => m.flags.length === 0) ?? first;
  const certainty = members.map((m) => m.dateCertainty).sort((a, b) => CERTAINTY_RANK[a] - CERTAINTY_RANK[b])[0]!;
  const flags = [...new Set(members.flatMap((m) => m.flags))].sort();
  const rounds = [...new Set(members.map((m) => m.round).filter((r): r is string => r !== undefined))];
  if (rounds.length > 1) flags.push(`round-conflict: sources link ${rounds.join(', ')}`);
  const entry: Entry = {
    id: first.id,
    date: lead.date,
    dateCertainty: certainty,
    title: lead.title,
    kind: lead.kind,
    round: rounds[0],
    actors: [...new Set(members.flatMap((m) => m.actors))].sort(),
    places: [...new Set(members.flatMap((m) => m.places))].sort(),
    sources: members.map((m) => ({ article: m.article, quote: m.quote, date: m.date !== lead.date ? m.date : undefined, note: m.flags.length > 0 ? m.flags.join('; ') : undefined })),
    datedBy: lead.datedBy,
    flags,
  };
  return { entry, aliases: members.map((m) => m.id), summary: lead.quote };
}
