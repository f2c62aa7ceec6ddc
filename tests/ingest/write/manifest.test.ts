import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BUCKET_SHARD_COUNT, bucketRecords, bucketShardFiles, bucketShardOf, diffInputs, emptyManifest, manifestShards, parseManifest, remergeAfter, remergeOf, serializeManifest, SHARD_COUNT, shardOf, slicesOf, unnamedShards } from '../../../src/ingest/write/manifest.ts';


const result = (source: string) => ({ source, id: source, article: null, events: [], diagnostics: [] });

describe('manifest', () => {
  it('tells new, changed, unchanged and removed inputs apart', () => {
    const previous = { ...emptyManifest('f'), articles: { 'seeds/a.txt': { hash: '1', result: result('a') }, 'seeds/b.txt': { hash: '2', result: result('b') }, 'seeds/c.txt': { hash: '3', result: result('c') } } };
    const now = new Map([['seeds/a.txt', '1'], ['seeds/b.txt', '9'], ['seeds/d.txt', '4']]);
    expect(diffInputs(previous, now)).toEqual({ added: ['seeds/d.txt'], changed: ['seeds/b.txt'], unchanged: ['seeds/a.txt'], removed: ['seeds/c.txt'] });
  });

  it('round-trips and serializes with sorted keys', () => {
    const bucket = (id: string) => ({ sig: id, entries: [{ id, key: '1', aliases: [] }] });
    const m = { ...emptyManifest('f'), buckets: { 'said|2017-12-21': bucket('b'), 'said|2017-12-20': bucket('a') } };
    const { head, shards } = serializeManifest(m);
    expect(parseManifest(head, undefined, (name) => shards.get(name))).toEqual({ ...m, buckets: { 'said|2017-12-20': bucket('a'), 'said|2017-12-21': bucket('b') } });
    // Within a bucket shard, one record a line, keys sorted.
    const many = { ...emptyManifest('f'), buckets: Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`said|${2000 + (599 - i)}-01-01`, bucket(String(i))])) };
    for (const text of serializeManifest(many).shards.values()) {
      const keys = text.split('\n').slice(1, -2).map((line) => JSON.parse(line.slice(0, line.indexOf('":{') + 1)) as string);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys).toEqual([...keys].sort());
    }
    expect(parseManifest(head, undefined, (name) => shards.get(name))).toEqual({ ...m, buckets: { 'said|2017-12-20': bucket('a'), 'said|2017-12-21': bucket('b') } });
  });

  it('records no hash of every generated file: a run adding one article would read and write them all', () => {
    const { head } = serializeManifest(emptyManifest('f'));
    expect(Object.keys(JSON.parse(head) as object).sort()).toEqual(['buckets', 'fingerprint', 'remerge', 'shards', 'version']);
  });

  it('keeps article records in content-addressed shards and rewrites only the shard of a changed article', () => {
    const articles: Record<string, { hash: string; result: ReturnType<typeof result> }> = {};
    for (let i = 0; i < 200; i++) articles[`seeds/a${i}.txt`] = { hash: String(i), result: { ...result(`a${i}`), events: [{ id: `a${i}-1`, quote: `قال المبعوث ${i} أمس إن الجولة انتهت` }] } as never };
    const m = { ...emptyManifest('f'), articles } as never;
    const first = serializeManifest(m);
    expect(first.shards.size).toBeGreaterThan(1);
    for (const [name, text] of first.shards) expect(createHash('sha256').update(text).digest('hex')).toBe(name);
    const read = parseManifest(first.head, 'f', (name) => first.shards.get(name));
    expect(read.articles).toEqual(articles);
    // Read back and unchanged: every shard is the file it came from, nothing to write.
    expect([...manifestShards(read)].every((s) => s.index.text === null && s.events.text === null)).toBe(true);
    read.articles['seeds/a7.txt'] = { hash: 'new', result: result('a7') };
    const written = [...manifestShards(read)].filter((s) => s.index.text !== null);
    expect(written).toHaveLength(1);
    expect(first.shards.has(written[0]!.index.name)).toBe(false);
    expect(written[0]!.events.text).not.toBeNull();
    // The same bytes as a manifest built from scratch with the same data (what --force writes).
    const again = serializeManifest(read);
    const fresh = serializeManifest({ ...emptyManifest('f'), articles: JSON.parse(JSON.stringify(read.articles)) } as never);
    expect(again.head).toBe(fresh.head);
    expect(again.shards).toEqual(fresh.shards);
  });

  it("reads a shard's events file only when one of its records' events is asked for, and refuses a damaged one", () => {
    const articles: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) articles[`seeds/a${i}.txt`] = { hash: String(i), result: { ...result(`a${i}`), buckets: ['said|2017-12-20'], events: [{ id: `a${i}-1`, quote: `قال المبعوث ${i} أمس إن الجولة انتهت` }] } };
    const { head, shards } = serializeManifest({ ...emptyManifest('f'), articles } as never);
    const asked: string[] = [];
    const read = parseManifest(head, 'f', (name) => (asked.push(name), shards.get(name)));
    const indexes = asked.length;
    expect(indexes).toBe(shards.size / 2);
    expect(read.articles['seeds/a7.txt']!.result.buckets).toEqual(['said|2017-12-20']);
    expect(asked).toHaveLength(indexes);
    expect(read.articles['seeds/a7.txt']!.result.events).toEqual((articles['seeds/a7.txt'] as { result: { events: unknown } }).result.events);
    expect(asked).toHaveLength(indexes + 1);
    const damaged = parseManifest(head, 'f', (name) => (asked.slice(0, indexes).includes(name) ? shards.get(name) : shards.get(name)?.replace('المبعوث', 'الموفد')));
    expect(() => damaged.articles['seeds/a7.txt']!.result.events).toThrow(/damaged: run again with --force/);
  });

  it("reads only the events line of the record asked for, and refuses a line damaged without changing its length", () => {
    const articles: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) articles[`seeds/a${i}.txt`] = { hash: String(i), result: { ...result(`a${i}`), events: [{ id: `a${i}-1`, quote: `قال المبعوث ${i} أمس إن الجولة انتهت` }] } };
    const { head, shards } = serializeManifest({ ...emptyManifest('f'), articles } as never);
    const slices: Array<[string, number]> = [];
    const whole = slicesOf((name) => shards.get(name));
    const read = parseManifest(head, 'f', (name) => shards.get(name), (name, offset, length) => (slices.push([name, length]), whole(name, offset, length)));
    const events = (articles['seeds/a7.txt'] as { result: { events: unknown } }).result.events;
    expect(read.articles['seeds/a7.txt']!.result.events).toEqual(events);
    expect(slices).toHaveLength(1);
    expect(slices[0]![1]).toBe(Buffer.byteLength(JSON.stringify(events)));
    expect(slices[0]![1]).toBeLessThan(Buffer.byteLength(shards.get(slices[0]![0])!) / 2);
    // The same number of bytes, another digit: only the line's check sees it.
    const swapped = parseManifest(head, 'f', (name) => shards.get(name), slicesOf((name) => shards.get(name)?.replace('المبعوث 7 ', 'المبعوث 8 ')));
    expect(() => swapped.articles['seeds/a7.txt']!.result.events).toThrow(/damaged: run again with --force/);
  });

  it('spreads seed names evenly over the shards, the same way every run', () => {
    const counts = new Array<number>(SHARD_COUNT).fill(0);
    for (let i = 0; i < 10_000; i++) counts[shardOf(`seeds/a${String(i).padStart(5, '0')}.txt`)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(10_000 / SHARD_COUNT / 2);
    expect(Math.max(...counts)).toBeLessThan((10_000 / SHARD_COUNT) * 2);
    expect(shardOf('seeds/000_db2cdda413b17d13.txt')).toBe(shardOf('seeds/000_db2cdda413b17d13.txt'));
  });

  it('starts over when a shard is missing', () => {
    const m = { ...emptyManifest('f'), articles: { 'seeds/a.txt': { hash: '1', result: result('a') } } } as never;
    const { head } = serializeManifest(m);
    expect(parseManifest(head, 'f', () => undefined)).toEqual(emptyManifest());
  });

  it('writes an unchanged article record back as read, and a replaced one from its new data', () => {
    const events = [{ id: 'a-1', quote: 'قال المبعوث أمس إن الجولة انتهت' }];
    const m = { ...emptyManifest('f'), articles: { 'seeds/a.txt': { hash: '1', result: { ...result('a'), events } }, 'seeds/b.txt': { hash: '2', result: result('b') } } } as never;
    const text = serializeManifest(m);
    const read = parseManifest(text.head, 'f', (name) => text.shards.get(name));
    expect(serializeManifest(read)).toEqual(text);
    read.articles['seeds/b.txt'] = { hash: '3', result: result('b') };
    const next = serializeManifest(read);
    const again = parseManifest(next.head, 'f', (name) => next.shards.get(name));
    expect(again.articles['seeds/b.txt']!.hash).toBe('3');
    expect(again.articles['seeds/a.txt']).toEqual(parseManifest(text.head, undefined, (name) => text.shards.get(name)).articles['seeds/a.txt']);
  });

  const record = (id: string, extra: object = {}) => ({ sig: `sig-${id}`, entries: [{ id, key: '0123456789abcdef', aliases: [id], ...extra }] });
  const someBuckets = () => Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`said|2017-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}#${i}`, record(`a${i}-0a1b2c`)]));

  it('keeps bucket records in content-addressed shards, read only for the buckets asked for', () => {
    const buckets = someBuckets();
    const { head, shards } = serializeManifest({ ...emptyManifest('f'), buckets });
    expect(JSON.parse(head).buckets.length).toBeGreaterThan(BUCKET_SHARD_COUNT / 2);
    for (const [name, text] of shards) expect(createHash('sha256').update(text).digest('hex')).toBe(name);
    const asked: string[] = [];
    const read = parseManifest(head, 'f', (name) => (asked.push(name), shards.get(name)));
    expect(asked).toHaveLength(0);
    const key = Object.keys(buckets)[7]!;
    expect(bucketRecords(read, [key])).toEqual({ [key]: buckets[key] });
    expect(asked).toHaveLength(1);
    expect(bucketRecords(read, ['said|1999-01-01'])).toEqual({});
    // Every bucket, when the run reads them all (a run that merges every bucket again).
    expect(read.buckets).toEqual(buckets);
  });

  it('writes again only the bucket shards that changed, the rest by name, as a manifest built from scratch would', () => {
    const buckets = someBuckets();
    const first = serializeManifest({ ...emptyManifest('f'), buckets });
    const asked = new Set<string>();
    const read = parseManifest(first.head, 'f', (name) => (asked.add(name), first.shards.get(name)));
    const [changedKey, goneKey] = Object.keys(buckets).filter((k) => bucketShardOf(k) !== bucketShardOf(Object.keys(buckets)[0]!));
    const changes = new Map([[changedKey!, record('new-0a1b2c')], [goneKey!, null], ['said|2030-01-01', record('later-0a1b2c')]]);
    const files = [...bucketShardFiles({ base: read, changes })];
    const rewritten = files.filter(([, f]) => f.text !== null).map(([i]) => i).sort((a, b) => a - b);
    expect(rewritten).toEqual([...new Set([changedKey!, goneKey!, 'said|2030-01-01'].map(bucketShardOf))].sort((a, b) => a - b));
    // Only the shards of the changed buckets were read.
    expect(asked.size).toBe(rewritten.filter((i) => JSON.parse(first.head).buckets.some(([n]: [number]) => n === i)).length);
    const after = { ...buckets, [changedKey!]: record('new-0a1b2c'), 'said|2030-01-01': record('later-0a1b2c') };
    delete after[goneKey!];
    const fresh = [...bucketShardFiles(after)];
    expect(files.map(([i, f]) => [i, f.name])).toEqual(fresh.map(([i, f]) => [i, f.name]));
    expect(serializeManifest(read, { base: read, changes })).toEqual(serializeManifest({ ...emptyManifest('f'), buckets: after }));
  });

  it('refuses a missing or damaged bucket shard when its records are asked for', () => {
    const buckets = someBuckets();
    const { head, shards } = serializeManifest({ ...emptyManifest('f'), buckets });
    const key = Object.keys(buckets)[3]!;
    const missing = parseManifest(head, 'f', (name) => (shards.get(name)?.includes(JSON.stringify(key)) ? undefined : shards.get(name)));
    expect(() => bucketRecords(missing, [key])).toThrow(/missing or damaged: run again with --force/);
    const damaged = parseManifest(head, 'f', (name) => (shards.get(name)?.includes(JSON.stringify(key)) ? shards.get(name)!.slice(0, 100) : shards.get(name)));
    expect(() => damaged.buckets).toThrow(/missing or damaged/);
  });

  it('names the buckets to merge again: edited, unversioned or left out, and no others', () => {
    const buckets = { 'said|2017-01-01': record('a-000001'), 'said|2017-01-02': record('b-000001', { edited: true }), 'said|2017-01-03': { ...record('c-000001'), sig: 'unversioned' } };
    expect(remergeOf(buckets, ['said|2017-01-09'])).toEqual(['said|2017-01-02', 'said|2017-01-03', 'said|2017-01-09']);
    const base = { ...emptyManifest('f'), buckets, remerge: remergeOf(buckets) };
    // Merged again and clean now: no longer listed; a bucket not merged again keeps its place in the list.
    expect(remergeAfter({ base, changes: new Map([['said|2017-01-02', record('b-000001')]]) })).toEqual(['said|2017-01-03']);
  });

  it('starts over on a corrupt or foreign manifest instead of failing', () => {
    expect(parseManifest('{not json')).toEqual(emptyManifest());
    expect(parseManifest('{"version": 99}')).toEqual(emptyManifest());
  });
});

describe('unnamedShards', () => {
  const articles = Object.fromEntries(['000_db2cdda413b17d13', '001_e170048bbaa0e3ab', '002_1133cbd99b86392b'].map((n, i) =>
    [`seeds/${n}.txt`, { hash: String(i), result: { ...result(n), events: [{ id: `${n}-1`, quote: 'افتتحت الجولة الثامنة من محادثات أستانا' }] } as never }]));

  it('removes the shards of the last head that the new head no longer names, and keeps its own', () => {
    const before = serializeManifest({ ...emptyManifest('f'), articles } as never);
    const changed = { ...articles, 'seeds/001_e170048bbaa0e3ab.txt': { hash: 'edited', result: result('001_e170048bbaa0e3ab') } };
    const after = serializeManifest({ ...emptyManifest('f'), articles: changed } as never);
    const onDisk = [...new Set([...before.shards.keys(), ...after.shards.keys()])].map((n) => `${n}.json`).sort();
    const gone = unnamedShards(onDisk, new Set(after.shards.keys()));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((f) => before.shards.has(f.slice(0, -5)) && !after.shards.has(f.slice(0, -5)))).toBe(true);
    expect(onDisk.filter((f) => !gone.includes(f)).sort()).toEqual([...after.shards.keys()].map((n) => `${n}.json`).sort());
  });

  it('removes a stray file, never a temporary file being written', () => {
    const name = 'a'.repeat(64);
    expect(unnamedShards([`${name}.json`, `${name}.json.1234.tmp`, 'notes.txt', `${name}.json.bak`], new Set([name]))).toEqual(['notes.txt', `${name}.json.bak`]);
  });
});
