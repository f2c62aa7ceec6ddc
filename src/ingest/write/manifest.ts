import { createHash } from 'node:crypto';
import type { ArticleResult } from '../article-state.ts';
import type { BucketRecord } from './bucket-record.ts';

export type { BucketRecord };

/**
 * content/.manifest.json: for every input, the hash of its bytes and the result of processing it, so an
 * unchanged article is not processed again; and the hash of every output, so an unchanged file is not
 * rewritten. `fingerprint` covers the pipeline's code and the catalog: when either changes, every
 * article is processed again.
 */

export interface Manifest {
  version: 4;
  fingerprint: string;
  articles: Record<string, { hash: string; result: ArticleResult }>;
  outputs: Record<string, string>;
  /** Merge bucket key → its record, so an unchanged bucket is not merged or hashed again. */
  buckets: Record<string, BucketRecord>;
}

// 4: a record's events come last, after the fields every run reads (see parseRecord).
export const MANIFEST_VERSION = 4;

export function emptyManifest(fingerprint = ''): Manifest {
  return { version: MANIFEST_VERSION, fingerprint, articles: {}, outputs: {}, buckets: {} };
}

// The JSON text each article record was read from: an unchanged article is written back as it was
// read instead of serialized again (10,000 records are most of a run's time when one article changed).
const RAW = new WeakMap<object, string>();
// The shard file each article record was read from: a shard whose records are all as read, and all
// there, is the same file again (its name is the hash of its text), so it is neither serialized nor written.
const FROM_SHARD = new WeakMap<object, string>();
const SHARD_SIZE = new Map<string, number>();

/**
 * Article records are kept in SHARD_COUNT files `.manifest/<sha256 of the text>.json`, an article's shard
 * chosen by the hash of its source name (stable whatever else is added or removed): adding or changing
 * one article rewrites one small shard, not a manifest of tens of MB.
 */
export const SHARD_COUNT = 64;
export const SHARD_NAME = /^[0-9a-f]{64}$/;

export function shardOf(source: string): number {
  return createHash('sha256').update(source).digest()[0]! % SHARD_COUNT;
}

const EVENTS_KEY = ',"events":';

/**
 * One record's text, `{"hash":…,"result":{…,"events":[…]}}`, parsed but for its events: they are parsed
 * the first time they are read. An unchanged article's events are read only when a merge bucket they
 * feed is merged again, so a run that adds one article parses a handful of records' events, not all.
 */
function parseRecord(text: string): Manifest['articles'][string] {
  const cut = text.lastIndexOf(EVENTS_KEY);
  // Every key before the events holds scalars, strings or diagnostics: none is named "events".
  if (cut < 0 || text.indexOf(EVENTS_KEY) !== cut || !text.endsWith(']}}')) return JSON.parse(text) as Manifest['articles'][string];
  const record = JSON.parse(`${text.slice(0, cut)}}}`) as Manifest['articles'][string];
  const events = text.slice(cut + EVENTS_KEY.length, -2);
  Object.defineProperty(record.result, 'events', {
    configurable: true,
    enumerable: true,
    get() {
      const parsed = JSON.parse(events) as ArticleResult['events'];
      Object.defineProperty(this, 'events', { value: parsed, writable: true, enumerable: true, configurable: true });
      return parsed;
    },
    set(value: ArticleResult['events']) {
      Object.defineProperty(this, 'events', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  return record;
}

/**
 * A shard's records, one a line as shardText writes them, each remembered with its text (written back
 * as read when `shard` is given); null when the text is not in that layout (edited by hand?).
 */
function parseShard(text: string, shard: string | undefined): Manifest['articles'] | null {
  const lines = text.split('\n');
  if (lines[0] !== '{' || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '}') return null;
  const articles: Manifest['articles'] = {};
  for (let k = 1; k < lines.length - 2; k++) {
    let line = lines[k]!;
    if (k < lines.length - 3) {
      if (!line.endsWith(',')) return null;
      line = line.slice(0, -1);
    }
    const key = line.indexOf('":{"hash":');
    if (key < 0) return null;
    const source = JSON.parse(line.slice(0, key + 1)) as string;
    const raw = line.slice(key + 2);
    const record = parseRecord(raw);
    articles[source] = record;
    if (shard === undefined) continue;
    RAW.set(record, raw);
    FROM_SHARD.set(record, shard);
  }
  if (shard !== undefined) SHARD_SIZE.set(shard, Object.keys(articles).length);
  return articles;
}

/**
 * Parses a manifest head and its shards (`readShard` gives a shard file's text, undefined when it is
 * missing); anything unexpected gives an empty manifest (the run then processes everything).
 * With `reuseFor` equal to its fingerprint (the run will reuse it), the records' text is kept for writing back.
 */
export function parseManifest(json: string, reuseFor?: string, readShard: (name: string) => string | undefined = () => undefined): Manifest {
  try {
    const data = JSON.parse(json) as Partial<Manifest> & { shards?: unknown };
    if (data.version !== MANIFEST_VERSION || !Array.isArray(data.shards) || typeof data.outputs !== 'object' || !data.outputs) return emptyManifest();
    const remember = reuseFor !== undefined && data.fingerprint === reuseFor;
    const articles: Manifest['articles'] = {};
    for (const name of data.shards) {
      const text = typeof name === 'string' && SHARD_NAME.test(name) ? readShard(name) : undefined;
      if (text === undefined) return emptyManifest();
      const part = parseShard(text, remember ? (name as string) : undefined) ?? (JSON.parse(text) as Manifest['articles']);
      if (typeof part !== 'object' || !part) return emptyManifest();
      Object.assign(articles, part);
    }
    return { version: MANIFEST_VERSION, fingerprint: String(data.fingerprint ?? ''), articles, outputs: data.outputs, buckets: data.buckets ?? {} };
  } catch {
    return emptyManifest();
  }
}

const byKey = <T>(o: Record<string, T>): Array<[string, T]> => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** An unchanged article needs only its events (for merging) and its id: its page is on disk. The events go last, where parseRecord leaves them unparsed. */
function recordText(v: Manifest['articles'][string]): string {
  const { events, ...rest } = v.result;
  return JSON.stringify({ hash: v.hash, result: { ...rest, article: v.result.article ? { fields: {}, mdx: '' } : null, events } });
}

/** Stable JSON of some article records (keys sorted), one a line so the committed files diff cleanly. */
function shardText(records: Array<[string, Manifest['articles'][string]]>): string {
  const lines = records.map(([source, v]) => {
    const record = RAW.get(v) ?? recordText(v);
    return `${JSON.stringify(source)}:${record}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export interface ManifestShard {
  name: string;
  /** The file's text; null when the shard is the file it was read from (nothing to write). */
  text: string | null;
}

/** The shard files of a manifest, in shard order, each produced when asked for (one in memory at a time). */
export function* manifestShards(m: Manifest): Generator<ManifestShard> {
  const groups: Array<Array<[string, Manifest['articles'][string]]>> = Array.from({ length: SHARD_COUNT }, () => []);
  for (const [source, v] of byKey(m.articles)) groups[shardOf(source)]!.push([source, v]);
  for (const records of groups) {
    if (records.length === 0) continue;
    const from = FROM_SHARD.get(records[0]![1]);
    if (from !== undefined && SHARD_SIZE.get(from) === records.length && records.every(([, v]) => FROM_SHARD.get(v) === from)) {
      yield { name: from, text: null };
      continue;
    }
    const text = shardText(records);
    yield { name: createHash('sha256').update(text).digest('hex'), text };
  }
}

/**
 * The head file (.manifest.json): stable JSON (keys sorted), produced in pieces, naming the shard files
 * that hold the article records. The cache keeps no article page (text or front matter): an unchanged
 * article's file is on disk, its hash in `outputs`.
 */
export function* manifestChunks(m: Manifest, shards: readonly string[]): Generator<string> {
  yield `{"version":${m.version},"fingerprint":${JSON.stringify(m.fingerprint)},"shards":${JSON.stringify(shards)}`;
  yield `,"outputs":${JSON.stringify(Object.fromEntries(byKey(m.outputs)))},"buckets":{`;
  let first = true;
  for (const [key, bucket] of byKey(m.buckets)) {
    yield `${first ? '' : ','}\n${JSON.stringify(key)}:${JSON.stringify(bucket)}`;
    first = false;
  }
  yield '\n}}\n';
}

/**
 * The files of the shard folder to remove once a head naming `named` is written: whatever no head names
 * (an older head's shards, a stray file), but not a temporary file, which may be a shard being written.
 */
export function unnamedShards(files: readonly string[], named: ReadonlySet<string>): string[] {
  return files.filter((f) => {
    const name = f.replace(/\.json$/, '');
    return !(SHARD_NAME.test(name) && f.endsWith('.json') && named.has(name)) && !f.endsWith('.tmp');
  });
}

/** The whole manifest as text: the head and its shard files by name (for tests and small tools). */
export function serializeManifest(m: Manifest): { head: string; shards: Map<string, string> } {
  const shards = new Map<string, string>();
  for (const s of manifestShards(m)) shards.set(s.name, s.text ?? shardText(byKey(m.articles).filter(([, v]) => FROM_SHARD.get(v) === s.name)));
  return { head: [...manifestChunks(m, [...shards.keys()])].join(''), shards };
}

export interface InputChanges {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
}

/** Which inputs are new, changed, unchanged or removed since the manifest was written. */
export function diffInputs(previous: Manifest, hashes: ReadonlyMap<string, string>): InputChanges {
  const out: InputChanges = { added: [], changed: [], unchanged: [], removed: [] };
  for (const [source, hash] of [...hashes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = previous.articles[source];
    if (!before) out.added.push(source);
    else if (before.hash !== hash) out.changed.push(source);
    else out.unchanged.push(source);
  }
  out.removed = Object.keys(previous.articles).filter((s) => !hashes.has(s)).sort();
  return out;
}
