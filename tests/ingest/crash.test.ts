// The real cli killed (SIGKILL) at every call that changes the file system, on a small real corpus:
// nothing published is lost at any of those moments, and a rerun heals to the uninterrupted result.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, unparsedFiles, unresolvedIds } from './check-output.ts';
import { hashTree, ROOT, runIngest, SEEDS, seedsWith, tempDir } from './run-ingest.ts';

const KILL_SWITCH = ['--import', join(ROOT, 'tests/ingest/kill-switch.ts')];
const EDITED = '002_1133cbd99b86392b.txt';

describe('a run killed at any write, rename or delete', () => {
  it('keeps every published id resolvable, and a rerun gives the uninterrupted bytes', { timeout: 600_000 }, () => {
    const seeds = seedsWith(['000_db2cdda413b17d13.txt', '001_e170048bbaa0e3ab.txt', EDITED]);
    const built = tempDir('crash-base');
    expect(runIngest(seeds, built).code).toBe(0);
    // The probe's case: a quote fixed in one seed, so entries move to new ids and the old files go stale;
    // a sentence added to another, so a page and entries are rewritten.
    const text = readFileSync(join(SEEDS, EDITED), 'utf8');
    expect(text).toContain('روسياوتركيا');
    writeFileSync(join(seeds, EDITED), text.replace('روسياوتركيا', 'روسيا وتركيا'));
    writeFileSync(join(seeds, '000_db2cdda413b17d13.txt'), `${readFileSync(join(SEEDS, '000_db2cdda413b17d13.txt'), 'utf8')}\nوأكد المبعوث أمس أن الجولة المقبلة ستعقد في أستانا.\n`);

    const whole = tempDir('crash-whole');
    cpSync(built, whole, { recursive: true });
    const countFile = join(mkdtempSync(join(tempDir('crash-count'), 'n-')), 'count');
    const uninterrupted = runIngest(seeds, whole, [], { node: KILL_SWITCH, env: { MASAR_KILL_COUNT: countFile } });
    expect(uninterrupted.code).toBe(0);
    expect(uninterrupted.stderr).toMatch(/warning: entry `[\w-]+` now redirects to/);
    const expected = hashTree(whole);
    const points = Number(readFileSync(countFile, 'utf8'));
    expect(points).toBeGreaterThan(10);

    for (let k = 1; k <= points; k++) {
      const out = tempDir(`crash-${k}`);
      cpSync(built, out, { recursive: true });
      const killed = runIngest(seeds, out, [], { node: KILL_SWITCH, env: { MASAR_KILL_AT: String(k) } });
      expect(killed.signal, `kill point ${k}`).toBe('SIGKILL');
      expect(unparsedFiles(out), `kill point ${k}`).toEqual([]);
      expect(unresolvedIds(out), `kill point ${k}`).toEqual([]);
      const rerun = runIngest(seeds, out);
      expect(rerun.stderr, `kill point ${k}`).not.toMatch(/ error: /);
      expect(rerun.code, `kill point ${k}`).toBe(0);
      expect(tempFiles(out), `kill point ${k}`).toEqual([]);
      expect(hashTree(out), `kill point ${k}`).toEqual(expected);
    }
  });
});
