// An incremental run merges again only the buckets its changed articles feed, and reads the other
// articles' events only for those (src/ingest/write/manifest.ts parses them on demand). Whatever it
// skipped, its output must be the bytes a build from scratch writes: checked through the real cli on
// the seeds and the held-out articles, with an article added whose events merge with a seed's, then
// an article changed.
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { hashTree, ROOT, runIngest, SEEDS, tempDir } from './run-ingest.ts';

const HELDOUT = join(ROOT, 'tests/fixtures/heldout');

/**
 * The seeds and the held-out articles in one temp seeds folder, each held-out article with its true day
 * from the gold file as `published:` (without it several are refused, and a run with an error caches less).
 */
function corpus(): string {
  const dir = join(tempDir('inc-corpus'), 'seeds');
  cpSync(SEEDS, dir, { recursive: true });
  const gold = JSON.parse(readFileSync(join(HELDOUT, 'gold.json'), 'utf8')) as { articles: Array<{ file: string; published?: { accept: string[] } | { within: string } }> };
  for (const g of gold.articles) {
    const day = g.published === undefined ? undefined : 'accept' in g.published ? g.published.accept[0] : g.published.within;
    writeFileSync(join(dir, g.file), `${day ? `---\npublished: ${day}\n---\n` : ''}${readFileSync(join(HELDOUT, g.file), 'utf8')}`);
  }
  return dir;
}

/** The same seeds built from scratch into a new folder. */
function fromScratch(seeds: string): Record<string, string> {
  const out = tempDir('inc-fresh');
  expect(runIngest(seeds, out).code).toBe(0);
  return hashTree(out);
}

const sourcesOf = (out: string) =>
  readdirSync(join(out, 'entries')).map((f) => (matter(readFileSync(join(out, 'entries', f), 'utf8')).data.sources as Array<{ article: string }>).map((s) => s.article));

describe('an incremental run writes what a build from scratch writes', { timeout: 600_000 }, () => {
  it('after an article that merges with a published one is added, then after an article is changed', () => {
    const seeds = corpus();
    const count = readdirSync(seeds).length;
    const out = tempDir('inc');
    expect(runIngest(seeds, out).code).toBe(0);

    // A second outlet's copy of a seed's story, with a sentence of its own: its reports join the seed's entries.
    const original = readdirSync(SEEDS).sort()[0]!;
    writeFileSync(join(seeds, 'zz_copy.txt'), `${readFileSync(join(SEEDS, original), 'utf8')}\nوأكد المبعوث أمس أن الجولة المقبلة ستعقد في أستانا.\n`);
    const added = runIngest(seeds, out);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`^${count + 1} articles: 1 new, 0 changed, ${count} unchanged, 0 removed;`));
    const originalId = original.replace(/\.txt$/, '').replaceAll('_', '-');
    expect(sourcesOf(out).some((s) => s.includes('zz-copy') && s.includes(originalId))).toBe(true);
    expect(hashTree(out)).toEqual(fromScratch(seeds));

    appendFileSync(join(seeds, '004_alalam.txt'), '\nوقال المبعوث الأممي أمس إن الجولة المقبلة من محادثات جنيف ستعقد الشهر المقبل.\n');
    const changed = runIngest(seeds, out);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/ 1 changed, /);
    expect(hashTree(out)).toEqual(fromScratch(seeds));
  });

  it('reads the bucket shards of the buckets an added article feeds only, unless the folder is not as the last run left it', () => {
    const seeds = corpus();
    const out = tempDir('inc-standing');
    expect(runIngest(seeds, out).code).toBe(0);
    const bucketShards = () => new Set((JSON.parse(readFileSync(join(out, '.manifest.json'), 'utf8')) as { buckets: Array<[number, string]> }).buckets.map(([, name]) => join(out, '.manifest', `${name}.json`)));
    const logged = join(tempDir('inc-read-log'), 'read.txt');
    const hook = ['--import', join(ROOT, 'tests/ingest/read-log.ts')];
    const readShards = (names: Set<string>) => readFileSync(logged, 'utf8').split('\n').filter((f) => names.has(f));
    const original = readdirSync(SEEDS).sort()[0]!;

    const all = bucketShards();
    writeFileSync(join(seeds, 'zz_copy.txt'), `${readFileSync(join(SEEDS, original), 'utf8')}\nوأكد المبعوث أمس أن الجولة المقبلة ستعقد في أستانا.\n`);
    expect(runIngest(seeds, out, [], { node: hook, env: { MASAR_READ_LOG: logged } }).code).toBe(0);
    const standing = readShards(all);
    expect(standing.length).toBeGreaterThan(0);
    expect(standing.length).toBeLessThan(all.size / 4);

    // A generated file deleted since: the run checks every bucket's files, so it reads every shard.
    const before = bucketShards();
    rmSync(join(out, 'entries', readdirSync(join(out, 'entries'))[0]!));
    writeFileSync(join(seeds, 'zz_second.txt'), `${readFileSync(join(SEEDS, original), 'utf8')}\nوقال المبعوث أمس إن الجولة المقبلة ستعقد في جنيف.\n`);
    expect(runIngest(seeds, out, [], { node: hook, env: { MASAR_READ_LOG: logged } }).code).toBe(0);
    expect(new Set(readShards(before)).size).toBe(before.size);
    expect(hashTree(out)).toEqual(fromScratch(seeds));
  });

  it('stops, writing nothing, when an events file it needs is damaged, and --force rebuilds the same bytes', () => {
    const seeds = corpus();
    const out = tempDir('inc-damaged');
    expect(runIngest(seeds, out).code).toBe(0);
    // Every events file of the cache loses a word: the index still names them, their text no longer hashes to their name.
    const shards = join(out, '.manifest');
    const head = JSON.parse(readFileSync(join(out, '.manifest.json'), 'utf8')) as { shards: Array<[string, string]> };
    for (const [, events] of head.shards) writeFileSync(join(shards, `${events}.json`), readFileSync(join(shards, `${events}.json`), 'utf8').replace('أستانا', 'آستانة'));
    const damaged = hashTree(out);
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(head.shards.filter(([, events]) => sha256(readFileSync(join(shards, `${events}.json`), 'utf8')) !== events).length).toBeGreaterThan(0);

    const original = readdirSync(SEEDS).sort()[0]!;
    writeFileSync(join(seeds, 'zz_copy.txt'), `${readFileSync(join(SEEDS, original), 'utf8')}\nوأكد المبعوث أمس أن الجولة المقبلة ستعقد في أستانا.\n`);
    const added = runIngest(seeds, out);
    expect(added.code).toBe(1);
    expect(added.stderr).toMatch(/error: cannot read: the ingest cache's file \.manifest\/[0-9a-f]{64}\.json is missing or damaged: run again with --force \(EBADCACHE\)/);
    expect(added.stderr).not.toMatch(/internal error/);
    expect(hashTree(out)).toEqual(damaged);

    expect(runIngest(seeds, out, ['--force']).code).toBe(0);
    expect(hashTree(out)).toEqual(fromScratch(seeds));
  });
});
