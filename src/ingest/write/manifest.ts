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
  version: 3;
  fingerprint: string;
  articles: Record<string, { hash: string; result: ArticleResult }>;
  outputs: Record<string, string>;
  /** Merge bucket key → its record, so an unchanged bucket is not merged or hashed again. */
  buckets: Record<string, BucketRecord>;
}

export const MANIFEST_VERSION = 3;

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

/** Remembers every article record's text, read from the one-record-a-line layout of shardText. */
function rememberRaw(json: string, articles: Manifest['articles'], shard?: string): void {
  const lines = json.split('\n');
  const sources = Object.keys(articles);
  for (let k = 0; k < sources.length; k++) {
    const source = sources[k]!;
    const prefix = `${JSON.stringify(source)}:`;
    let line = lines[k + 1];
    // Not our layout (edited by hand?): serialize everything again.
    if (line === undefined || !line.startsWith(prefix)) return;
    if (k + 1 < sources.length) line = line.slice(0, -1);
    RAW.set(articles[source]!, line.slice(prefix.length));
  }
  if (shard === undefined) return;
  for (const source of sources) FROM_SHARD.set(articles[source]!, shard);
  SHARD_SIZE.set(shard, sources.length);
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
      const part = JSON.parse(text) as Manifest['articles'];
      if (typeof part !== 'object' || !part) return emptyManifest();
      if (remember) rememberRaw(text, part, name as string);
      Object.assign(articles, part);
    }
    return { version: MANIFEST_VERSION, fingerprint: String(data.fingerprint ?? ''), articles, outputs: data.outputs, buckets: data.buckets ?? {} };
  } catch {
    return emptyManifest();
  }
}

const byKey = <T>(o: Record<string, T>): Array<[string, T]> => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Stable JSON of some article records (keys sorted), one a line so the committed files diff cleanly. */
function shardText(records: Array<[string, Manifest['articles'][string]]>): string {
  const lines = records.map(([source, v]) => {
    // An unchanged article needs only its events (for merging) and its id: its page is on disk.
    const record = RAW.get(v) ?? JSON.stringify({ hash: v.hash, result: { ...v.result, article: v.result.article ? { fields: {}, mdx: '' } : null } });
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
