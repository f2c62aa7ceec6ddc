import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { editLookup, type EditFor } from '../../../src/ingest/edits/edit-lookup.ts';
import { settleEdits, touchedBuckets } from '../../../src/ingest/plan-run.ts';
import { buildContent, processArticle } from '../../../src/ingest/pipeline.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { emptyManifest, parseManifest, serializeManifest } from '../../../src/ingest/write/manifest.ts';
import { ROOT, SEEDS } from '../run-ingest.ts';

const yamls = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(yamls('rounds'), yamls('actors')), dateArticle);
const results = readdirSync(SEEDS).sort().map((f) => processArticle(`seeds/${f}`, readFileSync(join(SEEDS, f)), context));
const versions = new Map(results.map((r) => [r.source, `v1-${r.source}`]));

describe('buildContent: only merge buckets whose articles changed are merged again', () => {
  const first = buildContent(results, {}, new Set(), versions);
  const files = new Set(first.entries.map((e) => `entries/${e.id}.mdx`));

  it('a first run renders every entry', () => {
    expect(first.toRender.map((e) => e.entry.id).sort()).toEqual(first.entries.map((e) => e.id));
    expect(first.entries.length).toBeGreaterThan(10);
  });

  it('the same article versions: every bucket reused as recorded, nothing rendered', () => {
    const again = buildContent(results, first.buckets, files, versions);
    expect(again.toRender).toEqual([]);
    expect(again.entries).toEqual(first.entries);
    for (const [key, bucket] of Object.entries(again.buckets)) expect(bucket).toBe(first.buckets[key]);
  });

  it('a new version of one article re-merges exactly the buckets it reports in, with the same entries', () => {
    const changed = results[2]!;
    const next = buildContent(results, first.buckets, files, new Map([...versions, [changed.source, 'v2']]));
    const touched = Object.keys(next.buckets).filter((k) => next.buckets[k] !== first.buckets[k]);
    expect(touched.length).toBeGreaterThan(0);
    for (const key of touched) expect(next.buckets[key]!.entries.flatMap((e) => e.aliases).some((id) => id.startsWith(`${changed.id}-`))).toBe(true);
    expect(next.entries).toEqual(first.entries);
    // Same events, so the same entry data: the files on disk are kept.
    expect(next.toRender).toEqual([]);
  });

  it('results read back from the manifest: the same entries, and events read only where a bucket is merged again', () => {
    const cache = { ...emptyManifest('f'), articles: Object.fromEntries(results.map((r) => [r.source, { hash: versions.get(r.source)!, result: r }])) };
    const text = serializeManifest(cache);
    const read = results.map((r) => parseManifest(text.head, 'f', (name) => text.shards.get(name)).articles[r.source]!.result);
    const changed = results[2]!;
    const after = new Map([...versions, [changed.source, 'v2']]);
    const fromCache = buildContent(read.map((r) => (r.source === changed.source ? changed : r)), first.buckets, files, after);
    const inMemory = buildContent(results, first.buckets, files, after);
    expect(fromCache.entries).toEqual(inMemory.entries);
    expect(fromCache.buckets).toEqual(inMemory.buckets);
    expect(fromCache.toRender).toEqual(inMemory.toRender);
    const unread = (r: (typeof read)[number]) => Object.getOwnPropertyDescriptor(r, 'events')?.get !== undefined;
    const shares = (r: (typeof read)[number]) => r.buckets!.some((b) => changed.buckets!.includes(b));
    const others = read.filter((r) => r.source !== changed.source);
    expect(others.some((r) => !shares(r))).toBe(true);
    for (const r of others) expect(unread(r), r.source).toBe(!shares(r));
  });

  it('told which buckets changed articles fed (touchedBuckets), it builds the same without hashing the others', () => {
    const record = (r: (typeof results)[number]) => ({ hash: versions.get(r.source)!, result: r });
    const previous = { ...emptyManifest('f'), articles: Object.fromEntries(results.map((r) => [r.source, record(r)])) };
    const changed = { ...results[2]! };
    const now = results.map((r) => (r.source === changed.source ? changed : r));
    const next = { ...previous.articles, [changed.source]: { hash: 'v2', result: changed } };
    const touched = touchedBuckets(now, previous, next);
    expect([...touched].sort()).toEqual(changed.buckets);
    const after = new Map([...versions, [changed.source, 'v2']]);
    const told = buildContent(now, first.buckets, files, after, true, undefined, touched);
    const hashed = buildContent(now, first.buckets, files, after);
    expect(told.entries).toEqual(hashed.entries);
    expect(told.buckets).toEqual(hashed.buckets);
    expect(told.toRender).toEqual(hashed.toRender);
    // Told to visit those only (`only`), with their records alone: the same for them, and the standing buckets left out unread.
    const visited = buildContent(now, Object.fromEntries([...touched].filter((k) => first.buckets[k]).map((k) => [k, first.buckets[k]!])), files, after, true, undefined, touched, touched);
    expect(Object.keys(visited.buckets).sort()).toEqual([...touched].filter((k) => hashed.buckets[k]).sort());
    for (const key of Object.keys(visited.buckets)) expect(visited.buckets[key]).toEqual(hashed.buckets[key]);
    expect(visited.toRender).toEqual(hashed.toRender);
    const inTouched = new Set([...touched].flatMap((k) => hashed.buckets[k]?.entries.map((e) => e.id) ?? []));
    expect(visited.entries).toEqual(hashed.entries.filter((e) => inTouched.has(e.id)));
    expect(visited.entries.length).toBeLessThan(hashed.entries.length);
    expect([...visited.kept].filter((f) => f.startsWith('entries/')).every((f) => inTouched.has(f.slice(8, -4)))).toBe(true);
    // A removed article's buckets are touched too.
    const gone = results[3]!;
    expect([...touchedBuckets(now.filter((r) => r !== gone), previous, Object.fromEntries(Object.entries(next).filter(([s]) => s !== gone.source)))].sort()).toEqual([...new Set([...changed.buckets!, ...gone.buckets!])].sort());
  });

  it('a missing entry file, or no recorded version, makes its bucket merge and render again', () => {
    const gone = first.entries[0]!.id;
    const missing = buildContent(results, first.buckets, new Set([...files].filter((f) => f !== `entries/${gone}.mdx`)), versions);
    expect(missing.toRender.map((e) => e.entry.id)).toContain(gone);
    const unversioned = buildContent(results, first.buckets, files, new Map());
    expect(Object.values(unversioned.buckets).every((b) => b.sig === 'unversioned')).toBe(true);
    const third = buildContent(results, unversioned.buckets, files, new Map());
    for (const [key, bucket] of Object.entries(third.buckets)) expect(bucket).not.toBe(unversioned.buckets[key]);
  });
});

describe('buildContent with the editor’s edits', () => {
  const first = buildContent(results, {}, new Set(), versions);
  const files = new Set(first.entries.map((e) => `entries/${e.id}.mdx`));
  const target = first.entries[0]!.id;
  const titled = (title: string) => editLookup({ edits: [{ id: target, line: 1, column: 1, title }], held: [] }, {});

  it('an edit re-merges its bucket (and only it) and renders the entry with the edit', () => {
    const edited = buildContent(results, first.buckets, files, versions, true, titled('عنوان المحرر'));
    expect(edited.toRender.map((e) => [e.entry.id, e.entry.title, e.entry.edited?.fields])).toEqual([[target, 'عنوان المحرر', ['title']]]);
    const again = buildContent(results, edited.buckets, files, versions, true, titled('عنوان المحرر'));
    expect(again.toRender).toEqual([]);
    const changed = buildContent(results, edited.buckets, files, versions, true, titled('عنوان آخر للمحرر'));
    expect(changed.toRender.map((e) => e.entry.title)).toEqual(['عنوان آخر للمحرر']);
    // The edit removed: the entry is rendered again as the build step made it.
    const removed = buildContent(results, edited.buckets, files, versions);
    expect(removed.toRender.map((e) => e.entry)).toEqual(first.toRender.filter((e) => e.entry.id === target).map((e) => e.entry));
  });

  it('a malformed edit keeps the published file of its entry, and the next run merges it again', () => {
    const edited = buildContent(results, first.buckets, files, versions, true, titled('عنوان المحرر'));
    const held = buildContent(results, edited.buckets, files, versions, true, editLookup({ edits: [], held: [target] }, {}));
    expect(held.toRender).toEqual([]);
    expect(held.kept.has(`entries/${target}.mdx`)).toBe(true);
    expect(Object.values(held.buckets).flatMap((b) => b.entries).find((e) => e.id === target)?.edited).toBe(true);
  });
});

describe('settleEdits: the edits placed through the lock this run writes', () => {
  const first = buildContent(results, {}, new Set(), versions);
  const target = first.entries[0]!.id;
  // An id published by an earlier run and retired by this one (its quote changed): only the lock this
  // run writes says which entry took its place.
  const retired = `${target.replace(/-[0-9a-f]{6}(?:-\d+)?$/, '')}-abcdef`;
  const edits = { edits: [{ id: retired, line: 3, column: 1, title: 'عنوان كتبه المحرر للخبر القديم' }], held: [], diagnostics: [] };
  const lock = { published: [retired, ...first.entries.map((e) => e.id)], redirects: { [retired]: target } };
  const build = (editFor: EditFor) => buildContent(results, {}, new Set(), versions, true, editFor);

  it('builds again when the new redirects move an edit, and warns at its line which entry took it', () => {
    const start = { built: build(editLookup(edits, {})), editFor: editLookup(edits, {}) };
    expect(start.built.toRender.some((e) => e.entry.title === 'عنوان كتبه المحرر للخبر القديم')).toBe(false);
    const settled = settleEdits(edits, start, lock, build, 'content/edits.yaml');
    expect(settled.built).not.toBe(start.built);
    expect(settled.built.toRender.filter((e) => e.entry.edited).map((e) => [e.entry.id, e.entry.title])).toEqual([[target, 'عنوان كتبه المحرر للخبر القديم']]);
    expect(settled.diagnostics).toEqual([{
      file: 'content/edits.yaml', line: 3, column: 1, severity: 'warning', rule: 'edit-followed',
      reason: `entry \`${retired}\` no longer exists: ids.lock.json names \`${target}\` as its successor, and the edit applies to it (rename the key in edits.yaml)`,
    }]);
  });

  it('keeps the content already built when the lock moves no edit (nothing is merged twice)', () => {
    const byId = { edits: [{ id: target, line: 1, column: 1, title: 'عنوان المحرر' }], held: [], diagnostics: [] };
    const start = { built: build(editLookup(byId, {})), editFor: editLookup(byId, {}) };
    const settled = settleEdits(byId, start, lock, () => { throw new Error('built again'); }, 'content/edits.yaml');
    expect(settled.built).toBe(start.built);
    expect(settled.diagnostics).toEqual([]);
  });
});
