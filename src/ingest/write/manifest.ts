import type { ArticleResult } from '../pipeline.ts';

/**
 * content/.manifest.json: for every input, the hash of its bytes and the result of processing it, so an
 * unchanged article is not processed again; and the hash of every output, so an unchanged file is not
 * rewritten. `fingerprint` covers the pipeline's code and the catalog: when either changes, every
 * article is processed again.
 */
/** One merge bucket (see mergeEvents): which article versions fed it, and the entries it gave. */
export interface BucketRecord {
  /** Hash of the bucket's articles and their input hashes: equal means the same events, so the same entries. */
  sig: string;
  /** Entry id, hash of its data (see buildContent) and the candidate ids merged into it. */
  entries: Array<{ id: string; key: string; aliases: string[] }>;
}

export interface Manifest {
  version: 2;
  fingerprint: string;
  articles: Record<string, { hash: string; result: ArticleResult }>;
  outputs: Record<string, string>;
  /** Merge bucket key → its record, so an unchanged bucket is not merged or hashed again. */
  buckets: Record<string, BucketRecord>;
}

export const MANIFEST_VERSION = 2;

export function emptyManifest(fingerprint = ''): Manifest {
  return { version: MANIFEST_VERSION, fingerprint, articles: {}, outputs: {}, buckets: {} };
}

// The JSON text each article record was read from: an unchanged article is written back as it was
// read instead of serialized again (10,000 records are most of a run's time when one article changed).
const RAW = new WeakMap<object, string>();

/** Remembers every article record's text, read from the one-record-a-line layout of manifestChunks. */
function rememberRaw(json: string, articles: Manifest['articles']): void {
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
}

/**
 * Parses a manifest; anything unexpected gives an empty one (the run then processes everything).
 * With `reuseFor` equal to its fingerprint (the run will reuse it), the records' text is kept for writing back.
 */
export function parseManifest(json: string, reuseFor?: string): Manifest {
  try {
    const data = JSON.parse(json) as Partial<Manifest>;
    if (data.version !== MANIFEST_VERSION || typeof data.articles !== 'object' || typeof data.outputs !== 'object' || !data.articles || !data.outputs) return emptyManifest();
    if (reuseFor !== undefined && data.fingerprint === reuseFor) rememberRaw(json, data.articles);
    return { version: MANIFEST_VERSION, fingerprint: String(data.fingerprint ?? ''), articles: data.articles, outputs: data.outputs, buckets: data.buckets ?? {} };
  } catch {
    return emptyManifest();
  }
}

const byKey = <T>(o: Record<string, T>): Array<[string, T]> => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Stable JSON (keys sorted), one article per line so the committed manifest diffs cleanly, produced
 * in pieces so a 10,000-article manifest is never one giant string in memory. The cache keeps no
 * article page (text or front matter): an unchanged article's file is on disk, its hash in `outputs`.
 */
export function* manifestChunks(m: Manifest): Generator<string> {
  yield `{"version":${m.version},"fingerprint":${JSON.stringify(m.fingerprint)},"articles":{`;
  let first = true;
  for (const [source, v] of byKey(m.articles)) {
    // An unchanged article needs only its events (for merging) and its id: its page is on disk.
    const record = RAW.get(v) ?? JSON.stringify({ hash: v.hash, result: { ...v.result, article: v.result.article ? { fields: {}, mdx: '' } : null } });
    yield `${first ? '' : ','}\n${JSON.stringify(source)}:${record}`;
    first = false;
  }
  yield `\n},"outputs":${JSON.stringify(Object.fromEntries(byKey(m.outputs)))},"buckets":{`;
  first = true;
  for (const [key, bucket] of byKey(m.buckets)) {
    yield `${first ? '' : ','}\n${JSON.stringify(key)}:${JSON.stringify(bucket)}`;
    first = false;
  }
  yield '\n}}\n';
}

export function serializeManifest(m: Manifest): string {
  return [...manifestChunks(m)].join('');
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
