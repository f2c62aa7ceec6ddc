// What a run writes, decided on real seeds without the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { buildContent, processArticle } from '../../../src/ingest/pipeline.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { entryFiles, withoutBuckets } from '../../../src/ingest/write/plan-files.ts';
import { ROOT, SEEDS } from '../run-ingest.ts';

const yamls = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(yamls('rounds'), yamls('actors')), dateArticle);
const results = readdirSync(SEEDS).sort().map((f) => processArticle(`seeds/${f}`, readFileSync(join(SEEDS, f)), context));
const built = buildContent(results, {}, new Set(), new Map(results.map((r) => [r.source, r.source])));

describe('entryFiles', () => {
  it('gives each entry to render its file, named by its id, with its front matter and quote', () => {
    const files = [...entryFiles(built.toRender)];
    expect(files.length).toBe(built.toRender.length);
    expect(files.length).toBeGreaterThan(10);
    for (const [i, file] of files.entries()) {
      const e = built.toRender[i]!.entry;
      expect(file.rel).toBe(`entries/${e.id}.mdx`);
      if ('error' in file) throw new Error(file.error.reason);
      const data = matter(file.text).data as { id: string; sources: Array<{ quote: string }> };
      expect(data.id).toBe(e.id);
      expect(data.sources[0]!.quote).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('gives an entry that breaks the content contract as its error, and goes on with the next', () => {
    const [first, second] = built.toRender;
    const broken = { ...first!, entry: { ...first!.entry, title: '' } };
    const files = [...entryFiles([broken, second!])];
    expect(files[0]).toMatchObject({ rel: `entries/${first!.entry.id}.mdx`, entry: first!.entry.id, error: { severity: 'error', rule: 'contract' } });
    expect('error' in files[0]! && files[0].error.reason).toContain('title');
    expect(files[1]).toHaveProperty('text');
  });
});

describe('withoutBuckets', () => {
  it('drops the bucket of each entry not written, and only it', () => {
    const id = built.entries[0]!.id;
    const bucket = built.bucketOf.get(id)!;
    const next = withoutBuckets(built.buckets, built.bucketOf, [id, 'no-such-entry']);
    expect(Object.keys(next).sort()).toEqual(Object.keys(built.buckets).filter((k) => k !== bucket).sort());
    expect(built.buckets[bucket]).toBeDefined();
  });
});
