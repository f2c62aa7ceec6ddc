import { createHash } from 'node:crypto';
import type { ArticleResult } from '../article-state.ts';
import { UNVERSIONED_SIG, type BucketRecord } from './bucket-record.ts';

export type { BucketRecord };

/**
 * content/.manifest.json: for every input, the hash of its bytes and the result of processing it, so an
 * unchanged article is not processed again. `fingerprint` covers the pipeline's code and the catalog:
 * when either changes, every article is processed again.
 */

export interface Manifest {
  version: 7;
  fingerprint: string;
  articles: Record<string, { hash: string; result: ArticleResult }>;
  /**
   * Merge bucket key → its record, so an unchanged bucket is not merged or hashed again. Read from the
   * manifest, every bucket shard is parsed the first time this is read; `bucketRecords` parses only the
   * shards of the buckets asked for.
   */
  buckets: Record<string, BucketRecord>;
  /**
   * The buckets the next run merges again whatever changed: an edited entry (now or in the last run), an
   * article without a recorded version, an entry that could not be written. A run may leave the other
   * buckets unread only when this is empty (see buildContent's `only`).
   */
  remerge: string[];
}

// 5: an article's shard chosen by FNV-1a of its name; a shard is two files, the records without their events (the corpus index, read every run) and
// their events (read only for an article whose buckets are merged again).
// 6: each index record names its events line (bytes, check), so a run reads the lines it needs, not the file;
// no hash of every output (a file rendered again is compared with the one on disk).
// 7: the bucket records in BUCKET_SHARD_COUNT content-addressed shards (the head names them), and the
// buckets to merge again (`remerge`): a run adding one article reads and writes the shards of its buckets only.
export const MANIFEST_VERSION = 7;

export function emptyManifest(fingerprint = ''): Manifest {
  return { version: MANIFEST_VERSION, fingerprint, articles: {}, buckets: {}, remerge: [] };
}

/**
 * A shard index as read: its lines (a record's text is written back as read when its shard is written
 * again), its records in file order, and where each record's events line is in the events file.
 */
interface ShardRead {
  name: string;
  events: string;
  /** The records' text is kept for writing back (the run reuses the manifest). */
  remember: boolean;
  lines: string[];
  records: Array<Manifest['articles'][string]>;
  offsets: number[];
  places: EventsPlace[];
  readSlice: ReadSlice;
}

// Where each record's result was read (its shard and line), the one table a record read from disk is
// entered in: a table each for its text, its events line and its shard cost 10,000 entries apiece at
// 10,000 articles, and garbage collection more. A record is as read when its shard still lists it there.
const READ_AT = new WeakMap<object, { shard: ShardRead; k: number }>();

/** The shard and line `v` was read from, when its text may be written back as read (see ShardRead). */
function readAt(v: Manifest['articles'][string]): { shard: ShardRead; k: number } | undefined {
  const at = READ_AT.get(v.result);
  return at !== undefined && at.shard.remember && at.shard.records[at.k] === v ? at : undefined;
}

/** The index line of a record read from its shard, as read (without its source). */
function rawIndex({ shard, k }: { shard: ShardRead; k: number }): string {
  let line = shard.lines[k + 1]!;
  if (k < shard.records.length - 1) line = line.slice(0, -1);
  return line.slice(line.indexOf('":{"hash":') + 2);
}

const eventsReader = ({ shard, k }: { shard: ShardRead; k: number }) => eventsLineReader(shard.events, shard.offsets[k]!, shard.places[k]!, shard.readSlice);

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
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function shardOf(source: string): number {
  return fnv1a(source) % SHARD_COUNT;
}

/**
 * Bucket records are kept in BUCKET_SHARD_COUNT shards, a bucket's shard chosen by the hash of its key:
 * `.manifest/<sha256 of the text>.json`, one record a line, keys sorted. A run that merges a few buckets
 * again parses and writes their shards only (5,300 buckets, 5.9 MB, at 10,000 articles); the others are
 * carried to the next head by name, unread.
 */
export const BUCKET_SHARD_COUNT = 256;

export function bucketShardOf(key: string): number {
  return fnv1a(key) % BUCKET_SHARD_COUNT;
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
const LAZY_EVENTS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: ArticleResult) {
    const parsed = JSON.parse(eventsReader(READ_AT.get(this)!)()) as ArticleResult['events'];
    Object.defineProperty(this, 'events', { value: parsed, writable: true, enumerable: true, configurable: true });
    return parsed;
  },
  set(this: ArticleResult, value: ArticleResult['events']) {
    Object.defineProperty(this, 'events', { value, writable: true, enumerable: true, configurable: true });
  },
};

const isPlace = (v: unknown): v is EventsPlace => Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && v[0] >= 0 && typeof v[1] === 'string';

/**
 * A shard's index, one record a line as shardTexts writes them, its records entered in `articles`; false
 * when the text is not in that layout (edited by hand?). A record's events are parsed the first time they
 * are read, from its line of the shard's events file.
 */
function parseShard(text: string, shard: Omit<ShardRead, 'lines' | 'records' | 'offsets' | 'places'>, articles: Manifest['articles']): boolean {
  const lines = text.split('\n');
  if (lines[0] !== '{' || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '}') return false;
  const read: ShardRead = { ...shard, lines, records: [], offsets: [], places: [] };
  let offset = 0;
  for (let k = 1; k < lines.length - 2; k++) {
    let line = lines[k]!;
    if (k < lines.length - 3) {
      if (!line.endsWith(',')) return false;
      line = line.slice(0, -1);
    }
    const key = line.indexOf('":{"hash":');
    if (key < 0) return false;
    const source = JSON.parse(line.slice(0, key + 1)) as string;
    const parsed = JSON.parse(line.slice(key + 2)) as Manifest['articles'][string] & { eventsLine?: unknown };
    if (typeof parsed?.result !== 'object' || parsed.result === null || !isPlace(parsed.eventsLine)) return false;
    // A new record rather than `delete`: a deleted key turns an object into a slow dictionary, and every
    // pass of the run reads these 10,000 records.
    const record = { hash: parsed.hash, result: parsed.result };
    READ_AT.set(record.result, { shard: read, k: read.records.length });
    Object.defineProperty(record.result, 'events', LAZY_EVENTS);
    read.records.push(record);
    read.offsets.push(offset);
    read.places.push(parsed.eventsLine);
    offset += parsed.eventsLine[0] + 1;
    articles[source] = record;
  }
  return true;
}

/**
 * Parses a manifest head and its shards' indexes (`readShard` gives a shard file's text, undefined when it
 * is missing; `readSlice` reads a record's events line later, by default from `readShard`'s text);
 * anything unexpected gives an empty manifest (the run then processes everything). With `reuseFor` equal
 * to its fingerprint (the run will reuse it), the records' text is kept for writing back. The bucket
 * shards are read when their records are first asked for (`buckets`, `bucketRecords`).
 */
export function parseManifest(json: string, reuseFor?: string, readShard: (name: string) => string | undefined = () => undefined, readSlice: ReadSlice = slicesOf(readShard)): Manifest {
  try {
    const data = JSON.parse(json) as Partial<Omit<Manifest, 'buckets'>> & { shards?: unknown; buckets?: unknown };
    if (data.version !== MANIFEST_VERSION || !Array.isArray(data.shards) || !Array.isArray(data.buckets) || !Array.isArray(data.remerge)) return emptyManifest();
    const remember = reuseFor !== undefined && data.fingerprint === reuseFor;
    const articles: Manifest['articles'] = {};
    for (const pair of data.shards as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => typeof n === 'string' && SHARD_NAME.test(n))) return emptyManifest();
      const [index, events] = pair as [string, string];
      const text = readShard(index);
      if (text === undefined || !parseShard(text, { name: index, events, remember, readSlice }, articles)) return emptyManifest();
    }
    const names = new Map<number, string>();
    for (const pair of data.buckets as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || !Number.isSafeInteger(pair[0]) || pair[0] < 0 || pair[0] >= BUCKET_SHARD_COUNT || typeof pair[1] !== 'string' || !SHARD_NAME.test(pair[1])) return emptyManifest();
      names.set(pair[0] as number, pair[1]);
    }
    const m = { version: MANIFEST_VERSION, fingerprint: String(data.fingerprint ?? ''), articles, remerge: data.remerge.map(String) } as Manifest;
    BUCKET_SOURCE.set(m, { names, read: readShard, parsed: new Map() });
    Object.defineProperty(m, 'buckets', ALL_BUCKETS);
    return m;
  } catch {
    return emptyManifest();
  }
}

// The bucket shards of a manifest read from disk: their names by shard number, each parsed when first asked for.
interface BucketSource {
  names: ReadonlyMap<number, string>;
  read: (name: string) => string | undefined;
  parsed: Map<number, Record<string, BucketRecord>>;
}
const BUCKET_SOURCE = new WeakMap<object, BucketSource>();
// The bucket shard each record was read from, and each shard's size: a shard whose records are all as read
// is the same file again, carried to the next head by name.
const FROM_BUCKET_SHARD = new WeakMap<object, string>();
const BUCKET_SHARD_SIZE = new Map<string, number>();
// Where each was read, for serializeManifest (tests, small tools): a run never reads again a shard it carries by name.
const BUCKET_SHARD_FROM = new Map<string, (name: string) => string | undefined>();

function bucketShard(source: BucketSource, i: number): Record<string, BucketRecord> {
  let records = source.parsed.get(i);
  if (records) return records;
  const name = source.names.get(i);
  records = {};
  if (name !== undefined) {
    const text = source.read(name);
    let parsed: unknown;
    try {
      parsed = text === undefined ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      // Shaped as a file-system error, like a damaged events line: the run reports it as one.
      throw Object.assign(new Error(`the ingest cache's file .manifest/${name}.json is missing or damaged: run again with --force`), { code: 'EBADCACHE', syscall: 'read' });
    }
    records = parsed as Record<string, BucketRecord>;
    for (const record of Object.values(records)) FROM_BUCKET_SHARD.set(record, name);
    BUCKET_SHARD_SIZE.set(name, Object.keys(records).length);
    BUCKET_SHARD_FROM.set(name, source.read);
  }
  source.parsed.set(i, records);
  return records;
}

// `buckets` of a manifest read from disk: every shard parsed the first time it is read, then an ordinary property.
const ALL_BUCKETS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: Manifest) {
    const source = BUCKET_SOURCE.get(this)!;
    const all: Record<string, BucketRecord> = {};
    for (const i of [...source.names.keys()].sort((a, b) => a - b)) Object.assign(all, bucketShard(source, i));
    Object.defineProperty(this, 'buckets', { value: all, writable: true, enumerable: true, configurable: true });
    return all;
  },
  set(this: Manifest, value: Record<string, BucketRecord>) {
    Object.defineProperty(this, 'buckets', { value, writable: true, enumerable: true, configurable: true });
  },
};

/** The records of `keys` (those the manifest has), reading only their buckets' shards when the manifest was read from disk. */
export function bucketRecords(m: Manifest, keys: Iterable<string>): Record<string, BucketRecord> {
  const source = BUCKET_SOURCE.get(m);
  const unread = source !== undefined && Object.getOwnPropertyDescriptor(m, 'buckets')?.get !== undefined;
  const out: Record<string, BucketRecord> = {};
  for (const key of keys) {
    const record = unread ? bucketShard(source, bucketShardOf(key))[key] : m.buckets[key];
    if (record !== undefined) out[key] = record;
  }
  return out;
}

/**
 * The buckets of the next manifest as changes to the last one (`base`): a record per bucket merged again,
 * null for one no article feeds any more. The other buckets stand as read, in shards carried by name.
 */
export interface BucketChanges {
  base: Manifest;
  changes: ReadonlyMap<string, BucketRecord | null>;
}

/** The buckets the next run must merge again: those whose record says so (an edited entry, no recorded version), and those left out (`dropped`). */
export function remergeOf(records: Readonly<Record<string, BucketRecord>>, dropped: Iterable<string> = []): string[] {
  const keys = new Set(dropped);
  for (const [key, record] of Object.entries(records)) if (record.sig === UNVERSIONED_SIG || record.entries.some((e) => e.edited)) keys.add(key);
  return [...keys].sort();
}

/** The same, for buckets given as changes: the last run's list, less the buckets merged again, plus those of them that need it. */
export function remergeAfter({ base, changes }: BucketChanges, dropped: Iterable<string> = []): string[] {
  const changed: Record<string, BucketRecord> = {};
  for (const [key, record] of changes) if (record) changed[key] = record;
  return [...new Set([...base.remerge.filter((k) => !changes.has(k)), ...remergeOf(changed, dropped)])].sort();
}

function bucketShardText(records: Array<[string, BucketRecord]>): string {
  return `{\n${records.map(([key, record]) => `${JSON.stringify(key)}:${JSON.stringify(record)}`).join(',\n')}\n}\n`;
}

/**
 * The bucket shards of the next manifest, by shard number: a shard whose records are those read from one
 * file (all of them, unchanged) is that file again (text null), as is every shard no change falls in.
 */
export function* bucketShardFiles(next: Readonly<Record<string, BucketRecord>> | BucketChanges): Generator<[number, ShardFile]> {
  if (isChanges(next)) {
    const source = BUCKET_SOURCE.get(next.base);
    if (source === undefined || Object.getOwnPropertyDescriptor(next.base, 'buckets')?.get === undefined) {
      // A manifest made in memory (or read whole already): the changes applied to all its records.
      const all: Record<string, BucketRecord> = { ...next.base.buckets };
      for (const [key, record] of next.changes) if (record) all[key] = record;
      else delete all[key];
      yield* bucketShardFiles(all);
      return;
    }
    const touched = new Map<number, Array<[string, BucketRecord | null]>>();
    for (const [key, record] of next.changes) {
      const i = bucketShardOf(key);
      const list = touched.get(i);
      if (list) list.push([key, record]);
      else touched.set(i, [[key, record]]);
    }
    for (let i = 0; i < BUCKET_SHARD_COUNT; i++) {
      const changes = touched.get(i);
      const name = source.names.get(i);
      if (!changes) {
        if (name !== undefined) yield [i, { name, text: null }];
        continue;
      }
      const records: Record<string, BucketRecord> = { ...bucketShard(source, i) };
      for (const [key, record] of changes) if (record) records[key] = record;
      else delete records[key];
      const shard = shardFileOf(byKey(records));
      if (shard) yield [i, shard];
    }
    return;
  }
  const groups = new Map<number, Array<[string, BucketRecord]>>();
  for (const [key, record] of byKey(next as Record<string, BucketRecord>)) {
    const i = bucketShardOf(key);
    const list = groups.get(i);
    if (list) list.push([key, record]);
    else groups.set(i, [[key, record]]);
  }
  for (const i of [...groups.keys()].sort((a, b) => a - b)) yield [i, shardFileOf(groups.get(i)!)!];
}

const isChanges = (b: Readonly<Record<string, BucketRecord>> | BucketChanges): b is BucketChanges => b.changes instanceof Map && 'base' in b;

/** A shard's file: the one its records were read from when they are all of it, else their text; null for no records. */
function shardFileOf(records: Array<[string, BucketRecord]>): ShardFile | null {
  if (records.length === 0) return null;
  const from = FROM_BUCKET_SHARD.get(records[0]![1]);
  if (from !== undefined && BUCKET_SHARD_SIZE.get(from) === records.length && records.every(([, r]) => FROM_BUCKET_SHARD.get(r) === from)) return { name: from, text: null };
  return named(bucketShardText(records));
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
  // An index line written back as read names its events line as read: the same bytes (readAt).
  const at = records.map(([, v]) => readAt(v));
  const events = records.map(([, v], i) => (at[i] ? eventsReader(at[i])() : JSON.stringify(v.result.events)));
  const lines = records.map(([source, v], i) => `${JSON.stringify(source)}:${at[i] ? rawIndex(at[i]) : indexText(v, events[i]!)}`);
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
  for (const source of Object.keys(m.articles)) groups[shardOf(source)]!.push([source, m.articles[source]!]);
  for (const records of groups) {
    if (records.length === 0) continue;
    const from = readAt(records[0]![1])?.shard;
    if (from !== undefined && from.records.length === records.length && records.every(([, v]) => readAt(v)?.shard === from)) {
      yield { index: { name: from.name, text: null }, events: { name: from.events, text: null } };
      continue;
    }
    // Sorted only when written (by code unit, as `<` compares).
    records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const texts = shardTexts(records);
    yield { index: named(texts.index), events: named(texts.events) };
  }
}

/**
 * The head file (.manifest.json): naming the shard files (index, events) that hold the article records and
 * those that hold the bucket records, and the buckets to merge again. The cache keeps no article page
 * (text or front matter): an unchanged article's file is on disk.
 */
export function* manifestChunks(m: Pick<Manifest, 'version' | 'fingerprint' | 'remerge'>, shards: ReadonlyArray<readonly [string, string]>, bucketShards: ReadonlyArray<readonly [number, string]>): Generator<string> {
  yield `{"version":${m.version},"fingerprint":${JSON.stringify(m.fingerprint)},"shards":${JSON.stringify(shards)},"buckets":${JSON.stringify(bucketShards)},"remerge":${JSON.stringify(m.remerge)}}\n`;
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
export function serializeManifest(m: Manifest, buckets: Readonly<Record<string, BucketRecord>> | BucketChanges = m.buckets): { head: string; shards: Map<string, string> } {
  const shards = new Map<string, string>();
  const pairs: Array<[string, string]> = [];
  for (const s of manifestShards(m)) {
    const texts = s.index.text === null || s.events.text === null ? shardTexts(byKey(m.articles).filter(([, v]) => readAt(v)?.shard.name === s.index.name)) : null;
    shards.set(s.index.name, s.index.text ?? texts!.index);
    shards.set(s.events.name, s.events.text ?? texts!.events);
    pairs.push([s.index.name, s.events.name]);
  }
  const bucketPairs: Array<[number, string]> = [];
  for (const [i, file] of bucketShardFiles(buckets)) {
    shards.set(file.name, file.text ?? (BUCKET_SHARD_FROM.get(file.name) ?? BUCKET_SOURCE.get(isChanges(buckets) ? buckets.base : m)!.read)(file.name)!);
    bucketPairs.push([i, file.name]);
  }
  return { head: [...manifestChunks(m, pairs, bucketPairs)].join(''), shards };
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
  // The seeds come listed in order: sorted again only when they are not (10,000 names at 10,000 articles).
  const sources = [...hashes.keys()];
  let sorted = true;
  for (let i = 1; i < sources.length && sorted; i++) sorted = sources[i - 1]! < sources[i]!;
  for (const source of sorted ? sources : sources.sort()) {
    const hash = hashes.get(source);
    const before = previous.articles[source];
    if (!before) out.added.push(source);
    else if (before.hash !== hash) out.changed.push(source);
    else out.unchanged.push(source);
  }
  out.removed = Object.keys(previous.articles).filter((s) => !hashes.has(s)).sort();
  return out;
}
