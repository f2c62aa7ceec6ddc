import { createHash } from 'node:crypto';
import type { ArticleResult } from '../article-state.ts';
import type { BucketRecord } from './bucket-record.ts';

export type { BucketRecord };

/**
 * content/.manifest.json: for every input, the hash of its bytes and the result of processing it, so an
 * unchanged article is not processed again. `fingerprint` covers the pipeline's code and the catalog:
 * when either changes, every article is processed again.
 */

export interface Manifest {
  version: 6;
  fingerprint: string;
  articles: Record<string, { hash: string; result: ArticleResult }>;
  /** Merge bucket key → its record, so an unchanged bucket is not merged or hashed again. */
  buckets: Record<string, BucketRecord>;
}

// 5: an article's shard chosen by FNV-1a of its name; a shard is two files, the records without their events (the corpus index, read every run) and
// their events (read only for an article whose buckets are merged again).
// 6: each index record names its events line (bytes, check), so a run reads the lines it needs, not the file;
// no hash of every output (a file rendered again is compared with the one on disk).
export const MANIFEST_VERSION = 6;

export function emptyManifest(fingerprint = ''): Manifest {
  return { version: MANIFEST_VERSION, fingerprint, articles: {}, buckets: {} };
}

// The index line each article record was read from: an unchanged article is written back as it was
// read instead of serialized again (10,000 records are most of a run's time when one article changed).
const RAW = new WeakMap<object, string>();
// The events line of a record read from the manifest, read from its shard's events file when first asked for.
const RAW_EVENTS = new WeakMap<object, () => string>();
// The shard (its index file's name) each article record was read from: a shard whose records are all as
// read, and all there, is the same pair of files again (each named by the hash of its text), so it is
// neither serialized nor written.
const FROM_SHARD = new WeakMap<object, string>();
const SHARD_SIZE = new Map<string, number>();
const EVENTS_OF = new Map<string, string>();

/**
 * Article records are kept in SHARD_COUNT shards, an article's shard chosen by the hash of its source
 * name (stable whatever else is added or removed): adding or changing one article rewrites one small
 * shard, not a manifest of tens of MB. A shard is two files `.manifest/<sha256 of the text>.json`: its
 * index (one record a line, without its events: the article's hash, id, buckets and diagnostics, and the
 * length and check of its events line) and its events (the records' events, a line each, in the same
 * order). A run reads every index; it reads a record's events line only when its events are asked for (a
 * bucket it feeds is merged again) or its shard is written again: adding one article to 10,000 reads the
 * lines of the articles it shares buckets with, not 54 MB.
 */
export const SHARD_COUNT = 64;
export const SHARD_NAME = /^[0-9a-f]{64}$/;

/** FNV-1a over the name's UTF-16 code units: a sha256 for each of 10,000 names took longer than the rest of the shard planning. */
export function shardOf(source: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARD_COUNT;
}

/** Reads `length` bytes of a shard file from `offset`; undefined when the file is missing or shorter. */
export type ReadSlice = (name: string, offset: number, length: number) => Uint8Array | undefined;

/** A record's place in its shard's events file and the check of its line: [bytes, first hex digits of its sha256]. */
type EventsPlace = [number, string];
const LINE_CHECK = 16;

const lineCheck = (line: Uint8Array | string) => createHash('sha256').update(line).digest('hex').slice(0, LINE_CHECK);

/** The byte slices of a text, for a caller that reads shards whole (tests, small tools). */
export function slicesOf(readShard: (name: string) => string | undefined): ReadSlice {
  return (name, offset, length) => {
    const text = readShard(name);
    const bytes = text === undefined ? undefined : Buffer.from(text, 'utf8');
    return bytes && bytes.length >= offset + length ? bytes.subarray(offset, offset + length) : undefined;
  };
}

/**
 * One record's events line, read alone from its shard's events file at the offset the index gives and
 * checked against the index's hash of it: the index was read at the start of the run, and a damaged
 * cache must not merge wrong events. Reading only the lines asked for keeps a run that merges a few
 * buckets again from reading (and hashing) every shard's events whole: 54 MB at 10,000 articles.
 */
function eventsLineReader(name: string, offset: number, [length, check]: EventsPlace, readSlice: ReadSlice): () => string {
  return () => {
    const bytes = readSlice(name, offset, length);
    if (bytes === undefined || bytes.length !== length || lineCheck(bytes) !== check) {
      // Shaped as a file-system error: the run reports it as one (describe-io-error.ts), not as a bug.
      throw Object.assign(new Error(`the ingest cache's file .manifest/${name}.json is missing or damaged: run again with --force`), { code: 'EBADCACHE', syscall: 'read' });
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  };
}

// A record's events, parsed from its line the first time they are read, then an ordinary property. One
// getter for every record: a getter of its own would give each of 10,000 records its own hidden class.
const PENDING_EVENTS = new WeakMap<object, () => string>();
const LAZY_EVENTS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: ArticleResult) {
    const parsed = JSON.parse(PENDING_EVENTS.get(this)!()) as ArticleResult['events'];
    Object.defineProperty(this, 'events', { value: parsed, writable: true, enumerable: true, configurable: true });
    return parsed;
  },
  set(this: ArticleResult, value: ArticleResult['events']) {
    Object.defineProperty(this, 'events', { value, writable: true, enumerable: true, configurable: true });
  },
};

const isPlace = (v: unknown): v is EventsPlace => Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && v[0] >= 0 && typeof v[1] === 'string';

/**
 * A shard's index, one record a line as shardTexts writes them, each remembered with its text (written
 * back as read) when `remember`; null when the text is not in that layout (edited by hand?). A record's
 * events are parsed the first time they are read, from its line of the shard's events file.
 */
function parseShard(text: string, shard: string, remember: boolean, eventsAt: (offset: number, place: EventsPlace) => () => string): Manifest['articles'] | null {
  const lines = text.split('\n');
  if (lines[0] !== '{' || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '}') return null;
  const articles: Manifest['articles'] = {};
  let offset = 0;
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
    const parsed = JSON.parse(raw) as Manifest['articles'][string] & { eventsLine?: unknown };
    if (typeof parsed?.result !== 'object' || parsed.result === null || !isPlace(parsed.eventsLine)) return null;
    const eventsLine = eventsAt(offset, parsed.eventsLine);
    offset += parsed.eventsLine[0] + 1;
    // A new record rather than `delete`: a deleted key turns an object into a slow dictionary, and every
    // pass of the run reads these 10,000 records.
    const record = { hash: parsed.hash, result: parsed.result };
    PENDING_EVENTS.set(record.result, eventsLine);
    Object.defineProperty(record.result, 'events', LAZY_EVENTS);
    articles[source] = record;
    if (!remember) continue;
    RAW.set(record, raw);
    RAW_EVENTS.set(record, eventsLine);
    FROM_SHARD.set(record, shard);
  }
  if (remember) SHARD_SIZE.set(shard, Object.keys(articles).length);
  return articles;
}

/**
 * Parses a manifest head and its shards' indexes (`readShard` gives a shard file's text, undefined when it
 * is missing; `readSlice` reads a record's events line later, by default from `readShard`'s text);
 * anything unexpected gives an empty manifest (the run then processes everything). With `reuseFor` equal
 * to its fingerprint (the run will reuse it), the records' text is kept for writing back.
 */
export function parseManifest(json: string, reuseFor?: string, readShard: (name: string) => string | undefined = () => undefined, readSlice: ReadSlice = slicesOf(readShard)): Manifest {
  try {
    const data = JSON.parse(json) as Partial<Manifest> & { shards?: unknown };
    if (data.version !== MANIFEST_VERSION || !Array.isArray(data.shards)) return emptyManifest();
    const remember = reuseFor !== undefined && data.fingerprint === reuseFor;
    const articles: Manifest['articles'] = {};
    for (const pair of data.shards as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => typeof n === 'string' && SHARD_NAME.test(n))) return emptyManifest();
      const [index, events] = pair as [string, string];
      const text = readShard(index);
      if (text === undefined) return emptyManifest();
      const part = parseShard(text, index, remember, (offset, place) => eventsLineReader(events, offset, place, readSlice));
      if (!part) return emptyManifest();
      EVENTS_OF.set(index, events);
      Object.assign(articles, part);
    }
    return { version: MANIFEST_VERSION, fingerprint: String(data.fingerprint ?? ''), articles, buckets: data.buckets ?? {} };
  } catch {
    return emptyManifest();
  }
}

// The keys sorted alone (by code unit, as `<` compares): sorting [key, value] pairs with a comparator took seven times longer.
const byKey = <T>(o: Record<string, T>): Array<[string, T]> => Object.keys(o).sort().map((k) => [k, o[k]!]);

/** An unchanged article needs only its id, buckets and diagnostics (and its events, apart): its page is on disk. */
function indexText(v: Manifest['articles'][string], events: string): string {
  // Key by key, so events not yet read (a getter) stay unread: they go in the shard's events file.
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(v.result)) if (key !== 'events') fields[key] = v.result[key as keyof ArticleResult];
  const eventsLine: EventsPlace = [Buffer.byteLength(events, 'utf8'), lineCheck(events)];
  return JSON.stringify({ hash: v.hash, eventsLine, result: { ...fields, article: v.result.article ? { fields: {}, mdx: '' } : null } });
}

/** Stable JSON of some article records (keys sorted), one a line so the committed files diff cleanly; and their events, a line each. */
function shardTexts(records: Array<[string, Manifest['articles'][string]]>): { index: string; events: string } {
  // An index line written back as read names its events line as read: the same bytes (RAW_EVENTS).
  const events = records.map(([, v]) => RAW_EVENTS.get(v)?.() ?? JSON.stringify(v.result.events));
  const lines = records.map(([source, v], i) => `${JSON.stringify(source)}:${RAW.get(v) ?? indexText(v, events[i]!)}`);
  return { index: `{\n${lines.join(',\n')}\n}\n`, events: `${events.map((e) => `${e}\n`).join('')}` };
}

export interface ShardFile {
  name: string;
  /** The file's text; null when it is the file it was read from (nothing to write). */
  text: string | null;
}

export interface ManifestShard {
  index: ShardFile;
  events: ShardFile;
}

const named = (text: string): ShardFile => ({ name: createHash('sha256').update(text).digest('hex'), text });

/** The shard files of a manifest, in shard order, each pair produced when asked for (one in memory at a time). */
export function* manifestShards(m: Manifest): Generator<ManifestShard> {
  const groups: Array<Array<[string, Manifest['articles'][string]]>> = Array.from({ length: SHARD_COUNT }, () => []);
  for (const [source, v] of byKey(m.articles)) groups[shardOf(source)]!.push([source, v]);
  for (const records of groups) {
    if (records.length === 0) continue;
    const from = FROM_SHARD.get(records[0]![1]);
    if (from !== undefined && SHARD_SIZE.get(from) === records.length && records.every(([, v]) => FROM_SHARD.get(v) === from)) {
      yield { index: { name: from, text: null }, events: { name: EVENTS_OF.get(from)!, text: null } };
      continue;
    }
    const texts = shardTexts(records);
    yield { index: named(texts.index), events: named(texts.events) };
  }
}

/**
 * The head file (.manifest.json): stable JSON (keys sorted), produced in pieces, naming the shard files
 * (index, events) that hold the article records. The cache keeps no article page (text or front matter):
 * an unchanged article's file is on disk.
 */
export function* manifestChunks(m: Manifest, shards: ReadonlyArray<readonly [string, string]>): Generator<string> {
  yield `{"version":${m.version},"fingerprint":${JSON.stringify(m.fingerprint)},"shards":${JSON.stringify(shards)},"buckets":{`;
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
  const pairs: Array<[string, string]> = [];
  for (const s of manifestShards(m)) {
    const texts = s.index.text === null || s.events.text === null ? shardTexts(byKey(m.articles).filter(([, v]) => FROM_SHARD.get(v) === s.index.name)) : null;
    shards.set(s.index.name, s.index.text ?? texts!.index);
    shards.set(s.events.name, s.events.text ?? texts!.events);
    pairs.push([s.index.name, s.events.name]);
  }
  return { head: [...manifestChunks(m, pairs)].join(''), shards };
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
  for (const source of [...hashes.keys()].sort()) {
    const hash = hashes.get(source);
    const before = previous.articles[source];
    if (!before) out.added.push(source);
    else if (before.hash !== hash) out.changed.push(source);
    else out.unchanged.push(source);
  }
  out.removed = Object.keys(previous.articles).filter((s) => !hashes.has(s)).sort();
  return out;
}
