// Two real runs into one output folder at once: the folder's lock makes one wait for the other (or
// stop with one line), so no published id is ever lost; a killed run's lock does not block the next.
// Without the lock, about one case in four loses ids here (the gap decides whether both runs read the
// same old lock before either writes).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLock, unparsedFiles, unresolvedIds } from './check-output.ts';
import { hashTree, runIngest, SEEDS, seedsWith, startIngest, tempDir } from './run-ingest.ts';

const ALL = ['000_db2cdda413b17d13.txt', '001_e170048bbaa0e3ab.txt', '002_1133cbd99b86392b.txt', '003_6054453d1942b8b0.txt', '004_557d863690ff85e5.txt'];

/** Ids a run of these seeds publishes on its own. */
function publishedAlone(seeds: string): string[] {
  const out = tempDir('alone');
  expect(runIngest(seeds, out).code).toBe(0);
  return readLock(out).published;
}

describe('two runs into the same folder', { timeout: 180_000 }, () => {
  it.each([0, 30, 60, 120, 250])('started %i ms apart with different inputs: no id lost', async (gap) => {
    // The same five seeds, B with a quote fixed (its entries move to new ids): both runs take about as
    // long, so without a lock both read the same old state and the last to write drops the other's ids.
    const a = seedsWith(ALL);
    const b = seedsWith(ALL);
    writeFileSync(join(b, ALL[2]!), readFileSync(join(SEEDS, ALL[2]!), 'utf8').replace('روسياوتركيا', 'روسيا وتركيا'));
    const alone = { a: publishedAlone(a), b: publishedAlone(b) };
    expect(alone.a).not.toEqual(alone.b);
    const out = tempDir('both');
    const first = startIngest(a, out);
    await new Promise((done) => setTimeout(done, gap));
    const [runA, runB] = await Promise.all([first, startIngest(b, out)]);
    const runs = { a: runA, b: runB };
    // Whichever runs second sees the first's output and redirects the ids whose quote changed.
    expect([runs.a.code, runs.b.code]).toContain(0);
    const lock = readLock(out);
    for (const k of ['a', 'b'] as const) {
      if (runs[k].code === 0) expect(lock.published, k).toEqual(expect.arrayContaining(alone[k]));
      else expect(runs[k].stderr.trim().split('\n').at(-1), k).toMatch(/ids would vanish|is being written by another run/);
    }
    expect(unresolvedIds(out)).toEqual([]);
    expect(unparsedFiles(out)).toEqual([]);
    expect(existsSync(join(out, '.ingest.lock'))).toBe(false);
  });

  it('a run that finds the folder held by a live process stops with one line and writes nothing', () => {
    const seeds = seedsWith(ALL.slice(0, 1));
    const out = tempDir('held');
    expect(runIngest(seeds, out).code).toBe(0);
    // This test's own process stands in for a run that is still writing.
    writeFileSync(join(out, '.ingest.lock'), `${process.pid}\n`);
    const before = hashTree(out);
    const run = runIngest(seeds, out, ['--wait', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`is being written by another run \\(pid ${process.pid}\\); nothing was written`))]);
    expect(hashTree(out)).toEqual(before);
  });

  it('takes over the lock of a run that no longer exists', () => {
    const seeds = seedsWith(ALL.slice(0, 1));
    const out = tempDir('stale-lock');
    const fresh = tempDir('stale-lock-fresh');
    expect(runIngest(seeds, fresh).code).toBe(0);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, '.ingest.lock'), `${dead}\n`);
    const run = runIngest(seeds, out, ['--wait', '0']);
    expect(run.code).toBe(0);
    expect(hashTree(out)).toEqual(hashTree(fresh));
  });
});
