// A run killed just before a rename leaves its temporary file; the next run removes it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from './check-output.ts';
import { hashTree, runIngest, seedsWith, tempDir } from './run-ingest.ts';

describe('temporary files of a killed run', () => {
  it('are removed by the next run, which otherwise changes nothing', { timeout: 60_000 }, () => {
    const seeds = seedsWith(['001_e170048bbaa0e3ab.txt']);
    const out = tempDir('temp-left');
    expect(runIngest(seeds, out).code).toBe(0);
    const before = hashTree(out);
    // Named as writeAtomic names them: what a kill just before a rename leaves.
    const left = ['.ids.lock.json.4242.k3x9.tmp', '..manifest.json.4242.a1b2.tmp', '.manifest/.0a.json.4242.zz.tmp', 'entries/.x.mdx.4242.q.tmp'];
    for (const rel of left) writeFileSync(join(out, rel), '{"half": ');
    expect(tempFiles(out)).toHaveLength(left.length);
    const run = runIngest(seeds, out);
    expect(run.code).toBe(0);
    expect(tempFiles(out)).toEqual([]);
    expect(hashTree(out)).toEqual(before);
  });
});
