// Everything the pages read, loaded once per build: rounds, actors, articles, entries (sorted by the
// first day they cover), and the id lock file with its redirects. The lock file may be absent.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateSpan, type DateSpan } from '../lib/date-span.ts';
import { groupEntries } from './group-entries.ts';

export type RoundItem = CollectionEntry<'rounds'>;
export type ActorItem = CollectionEntry<'actors'>;
export type ArticleItem = CollectionEntry<'articles'>;
export type EntryItem = CollectionEntry<'entries'> & { span: DateSpan };

export interface IdLock {
  published: string[];
  redirects: Record<string, string>;
  /** Withdrawn articles by id: the reason, and their entry ids that now open a notice. */
  withdrawn: Record<string, { reason: string; entries: string[] }>;
}

export const TRACK_LABELS: Record<string, string> = {
  astana: 'أستانا',
  geneva: 'جنيف',
  sochi: 'سوتشي',
  'constitutional-committee': 'اللجنة الدستورية',
  summits: 'قمم واجتماعات',
};

export const KIND_LABELS: Record<string, string> = {
  'round-opening': 'افتتاح جولة',
  'round-closing': 'اختتام جولة',
  statement: 'تصريح',
  meeting: 'لقاء',
  agreement: 'اتفاق',
  exchange: 'تبادل',
  accusation: 'اتهام',
  military: 'عسكري',
  announcement: 'إعلان',
  other: 'أخرى',
};

export const ACTOR_KIND_LABELS: Record<string, string> = {
  person: 'شخص', state: 'دولة', organisation: 'منظمة', group: 'جهة', place: 'مكان',
};

const CONTENT = process.env.MASAR_CONTENT ?? './content';

function readLock(): IdLock {
  let raw: string;
  try {
    raw = readFileSync(join(CONTENT, 'ids.lock.json'), 'utf8');
  } catch {
    return { published: [], redirects: {}, withdrawn: {} };
  }
  const parsed = JSON.parse(raw) as Partial<IdLock>;
  return { published: parsed.published ?? [], redirects: parsed.redirects ?? {}, withdrawn: parsed.withdrawn ?? {} };
}

export interface Catalog {
  rounds: RoundItem[];
  actors: ActorItem[];
  articles: ArticleItem[];
  entries: EntryItem[];
  /** Entries the editor removed (content/edits.yaml): in no list, feed or export; their URL says so. */
  removed: EntryItem[];
  lock: IdLock;
  roundById: Map<string, RoundItem>;
  actorById: Map<string, ActorItem>;
  articleById: Map<string, ArticleItem>;
  entryById: Map<string, EntryItem>;
  /** The served entries that cite each article, each once, in the order of `entries`. */
  entriesByArticle: Map<string, EntryItem[]>;
  /** The served entries that list each actor, in the order of `entries`. */
  entriesByActor: Map<string, EntryItem[]>;
  /** The served entries of each round, in the order of `entries`. */
  entriesByRound: Map<string, EntryItem[]>;
}

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const rounds = (await getCollection('rounds')).sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
  const actors = (await getCollection('actors')).sort((a, b) => a.data.name_ar.localeCompare(b.data.name_ar, 'ar'));
  const articles = (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id));
  const entries: EntryItem[] = [];
  for (const e of await getCollection('entries')) {
    const span = dateSpan(e.data.date);
    // The schema already checked the EDTF; a form the site cannot place is a build error, not a guess.
    if (!span) throw new Error(`content/entries/${e.id}: date ${e.data.date} is EDTF the site cannot place (expected YYYY, YYYY-MM, YYYY-MM-DD or an interval of those)`);
    entries.push({ ...e, span });
  }
  entries.sort((a, b) => a.span.start.localeCompare(b.span.start) || a.span.end.localeCompare(b.span.end) || a.id.localeCompare(b.id));
  const removed = entries.filter((e) => e.data.edited?.removed);
  const served = entries.filter((e) => !e.data.edited?.removed);
  return {
    rounds, actors, articles, entries: served, removed, lock: readLock(),
    roundById: new Map(rounds.map((r) => [r.id, r])),
    actorById: new Map(actors.map((a) => [a.id, a])),
    articleById: new Map(articles.map((a) => [a.id, a])),
    entryById: new Map(served.map((e) => [e.id, e])),
    entriesByArticle: groupEntries(served, (e) => e.data.sources.map((s) => s.article)),
    entriesByActor: groupEntries(served, (e) => e.data.actors),
    entriesByRound: groupEntries(served, (e) => (e.data.round ? [e.data.round] : [])),
  };
}

/** The whole catalog, loaded once per build. */
export function catalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}
