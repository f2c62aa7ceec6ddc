// The wire form of /timeline.json. TimelineData as objects repeats every key, lane, kind, round id,
// actor id, article id and date text once per entry (1.6 MB at 5,000 entries); here entries are columns,
// each repeated string is said once in a table and referred to by index, and days are day numbers.
// The client unpacks it back into TimelineData, so nothing after the fetch changes.
import type { TimelineData, TimelineEntry } from './timeline-data.ts';
import { formatDay, parseDay } from './calendar.ts';

/** Entries as parallel columns, one slot per entry, in the order of TimelineData.entries. */
export interface TimelineEntryColumns {
  id: string[];
  title: string[];
  /** Index into TimelineWire.lanes. */
  lane: number[];
  /** Index into TimelineWire.kinds. */
  kind: number[];
  /** Days since 1970-01-01 (src/lib/calendar.ts). */
  start: number[];
  /** Days from start to end (inclusive end), 0 for a single day. */
  days: number[];
  /** 1 when the day is unknown inside [start, end]. */
  uncertain: number[];
  /** Index into TimelineWire.dates. */
  date: number[];
  /** Index into TimelineWire.rounds, -1 for none. */
  round: number[];
  /** Indexes into TimelineWire.actors. */
  actors: number[][];
  /** Indexes into TimelineWire.articles.id. */
  sources: number[][];
}

export interface TimelineWire {
  lanes: TimelineData['lanes'];
  bands: TimelineData['bands'];
  kinds: TimelineData['kinds'];
  actors: TimelineData['actors'];
  rounds: TimelineData['rounds'];
  /** The date texts of entries, each once. */
  dates: string[];
  entries: TimelineEntryColumns;
  /** Articles as columns; outlet is an index into outlets, -1 for none. */
  articles: { id: string[]; title: string[]; outlet: number[] };
  outlets: string[];
}

/** Day number of a YYYY-MM-DD the build wrote; a bad day would draw in the wrong place, so it throws. */
function dayOf(iso: string): number {
  const days = parseDay(iso);
  if (days === null) throw new Error(`timeline wire: "${iso}" is not a day`);
  return days;
}

/** Index of each distinct value, in order of first appearance (deterministic for the same input). */
function tableOf(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  for (const v of values) if (!index.has(v)) index.set(v, index.size);
  return { list: [...index.keys()], index };
}

/** The index of `key`; a key missing from its table would silently lose data on the client, so it throws. */
function indexIn(index: Map<string, number>, key: string, what: string): number {
  const i = index.get(key);
  if (i === undefined) throw new Error(`timeline wire: ${what} "${key}" is in no table`);
  return i;
}

const byId = (list: { id: string }[]) => new Map(list.map((x, i) => [x.id, i]));

export function packTimeline(data: TimelineData): TimelineWire {
  const lanes = byId(data.lanes);
  const kinds = byId(data.kinds);
  const rounds = byId(data.rounds);
  const actors = byId(data.actors);
  const articleIds = Object.keys(data.articles);
  const articles = new Map(articleIds.map((id, i) => [id, i]));
  const outlets = tableOf(articleIds.flatMap((id) => data.articles[id]!.outlet ?? []));
  const dates = tableOf(data.entries.map((e) => e.date));
  const es = data.entries;
  return {
    lanes: data.lanes,
    bands: data.bands,
    kinds: data.kinds,
    actors: data.actors,
    rounds: data.rounds,
    dates: dates.list,
    entries: {
      id: es.map((e) => e.id),
      title: es.map((e) => e.title),
      lane: es.map((e) => indexIn(lanes, e.lane, 'lane')),
      kind: es.map((e) => indexIn(kinds, e.kind, 'kind')),
      start: es.map((e) => dayOf(e.start)),
      days: es.map((e) => dayOf(e.end) - dayOf(e.start)),
      uncertain: es.map((e) => (e.uncertain ? 1 : 0)),
      date: es.map((e) => indexIn(dates.index, e.date, 'date')),
      round: es.map((e) => (e.round === undefined ? -1 : indexIn(rounds, e.round, 'round'))),
      actors: es.map((e) => e.actors.map((a) => indexIn(actors, a, 'actor'))),
      sources: es.map((e) => e.sources.map((s) => indexIn(articles, s, 'article'))),
    },
    articles: {
      id: articleIds,
      title: articleIds.map((id) => data.articles[id]!.title),
      outlet: articleIds.map((id) => {
        const outlet = data.articles[id]!.outlet;
        return outlet === undefined ? -1 : indexIn(outlets.index, outlet, 'outlet');
      }),
    },
    outlets: outlets.list,
  };
}

export function unpackTimeline(wire: TimelineWire): TimelineData {
  const c = wire.entries;
  const entries: TimelineEntry[] = c.id.map((id, i) => {
    const start = c.start[i]!;
    const round = c.round[i]!;
    return {
      id,
      lane: wire.lanes[c.lane[i]!]!.id,
      kind: wire.kinds[c.kind[i]!]!.id,
      title: c.title[i]!,
      start: formatDay(start),
      end: formatDay(start + c.days[i]!),
      uncertain: c.uncertain[i] === 1,
      date: wire.dates[c.date[i]!]!,
      ...(round >= 0 ? { round: wire.rounds[round]!.id } : {}),
      actors: c.actors[i]!.map((a) => wire.actors[a]!.id),
      sources: c.sources[i]!.map((s) => wire.articles.id[s]!),
    };
  });
  const articles: TimelineData['articles'] = {};
  wire.articles.id.forEach((id, i) => {
    const outlet = wire.articles.outlet[i]!;
    articles[id] = { title: wire.articles.title[i]!, ...(outlet >= 0 ? { outlet: wire.outlets[outlet]! } : {}) };
  });
  return { lanes: wire.lanes, bands: wire.bands, kinds: wire.kinds, actors: wire.actors, rounds: wire.rounds, entries, articles };
}
