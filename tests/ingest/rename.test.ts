// A seed renamed with the same text keeps its ids, with the real cli on the seeds: recognised by the
// text's hash, recorded in the lock, and given again by a fresh clone (no ingest cache).
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, runIngest, seedsWith, SEEDS, tempDir } from './run-ingest.ts';

const ALL = readdirSync(SEEDS).sort();
const SEED = '004_557d863690ff85e5.txt';
const RENAMED = 'الوطن-لافروف-داعش.txt';
const ARTICLE = '004-557d863690ff85e5';

const published = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([f]) => !f.startsWith('.manifest')));

describe('renaming a seed', { timeout: 120_000 }, () => {
  it('keeps the article id and every entry id, records the rename, and a fresh clone agrees', () => {
    const seeds = seedsWith(ALL);
    const out = tempDir('rename');
    expect(runIngest(seeds, out).code).toBe(0);
    const before = published(hashTree(out));
    const lock = JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8'));

    renameSync(join(seeds, SEED), join(seeds, RENAMED));
    const run = runIngest(seeds, out);
    expect(run.stderr).not.toMatch(/ error: /);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`seeds/${RENAMED}:1:1 info: renamed from seeds/${SEED} (same text): keeps the article id \`${ARTICLE}\``);
    const after = published(hashTree(out));
    const next = JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8'));
    expect(next).toEqual({ ...lock, renamed: { [`seeds/${RENAMED}`]: ARTICLE } });
    // Same files; only the article's own record of where it came from changed.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(after).filter((f) => f !== 'ids.lock.json' && after[f] !== before[f])).toEqual([`articles/${ARTICLE}.mdx`]);
    expect(readFileSync(join(out, 'articles', `${ARTICLE}.mdx`), 'utf8')).toContain(`source: seeds/${RENAMED}`);

    // A fresh clone has the committed content and lock, and no ingest cache.
    rmSync(join(out, '.manifest.json'));
    rmSync(join(out, '.manifest'), { recursive: true, force: true });
    const fresh = runIngest(seeds, out);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).not.toContain('renamed from');
    expect(published(hashTree(out))).toEqual(after);
  });
});
