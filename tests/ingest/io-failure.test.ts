// A folder that cannot be written and a full disk, for real: the run prints every diagnostic it gathered
// and one line naming the path and what to do, never a stack trace, and what was published stays.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, unresolvedIds } from './check-output.ts';
import { hashTree, ROOT, runIngest, SEEDS, seedsWith, tempDir, type Run } from './run-ingest.ts';

const EDITED = '002_1133cbd99b86392b.txt';
const root = process.getuid?.() === 0;
const sh = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;

/**
 * Makes `dir` unwritable: chmod for an ordinary user; root writes through any mode, so for root a
 * read-only bind mount of the folder on itself. Returns the undo, or null when neither is possible.
 */
function makeReadOnly(dir: string): (() => void) | null {
  if (!root) {
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  }
  if (!sh('mount', '--bind', dir, dir)) return null;
  if (!sh('mount', '-o', 'remount,bind,ro', dir)) {
    sh('umount', dir);
    return null;
  }
  return () => void sh('umount', dir);
}

const NO_READ_ONLY = 'running as root, and no read-only bind mount is allowed here: chmod cannot stop root';

/** One run while `dir` cannot be written; null when that cannot be arranged here. */
function runWithReadOnly(dir: string, seeds: string, out: string): Run | null {
  const undo = makeReadOnly(dir);
  if (!undo) return null;
  try {
    return runIngest(seeds, out);
  } finally {
    undo();
  }
}

/** Three seeds built into `out`; then a quote fixed (entries to write) and an article with an error added. */
function builtThenChanged(out: string): string {
  const seeds = seedsWith(['000_db2cdda413b17d13.txt', '001_e170048bbaa0e3ab.txt', EDITED]);
  expect(runIngest(seeds, out).code).toBe(0);
  writeFileSync(join(seeds, EDITED), readFileSync(join(SEEDS, EDITED), 'utf8').replace('روسياوتركيا', 'روسيا وتركيا'));
  cpSync(join(ROOT, 'tests/fixtures/bad-input/no-date.txt'), join(seeds, 'no-date.txt'));
  return seeds;
}

/** The same change on an undisturbed copy: what the failed folder must heal to. */
function control(built: Record<string, string>, from: string, seeds: string): Record<string, string> {
  const out = tempDir('io-control');
  cpSync(from, out, { recursive: true });
  expect(hashTree(out)).toEqual(built);
  runIngest(seeds, out);
  return hashTree(out);
}

/** The lock and every entry as they were, no file gone, every published id opening a page. */
function expectNothingLost(out: string, before: Record<string, string>): void {
  const after = hashTree(out);
  for (const [file, hash] of Object.entries(before)) {
    expect(after[file], file).toBeDefined();
    if (file === 'ids.lock.json' || file.startsWith('entries/')) expect(after[file], file).toBe(hash);
  }
  expect(unresolvedIds(out)).toEqual([]);
}

function expectClearFailure(stderr: string, path: RegExp, code: RegExp): void {
  // The article's own error is printed with the file system one.
  expect(stderr).toContain('seeds/no-date.txt:1:1 error: no date evidence');
  expect(stderr).toMatch(new RegExp(`${path.source}:1:1 error: cannot write: .*\\((${code.source})\\) \\[io\\]`));
  expect(stderr).toMatch(/^ingest: stopped by a file system error; what was published before is intact/m);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('file system failures', { timeout: 120_000 }, () => {
  it('a read-only entries folder: one clear error with the others, nothing published lost, a rerun heals', (ctx) => {
    const out = tempDir('io-ro');
    const seeds = builtThenChanged(out);
    const before = hashTree(out);
    const snapshot = tempDir('io-ro-before');
    cpSync(out, snapshot, { recursive: true });
    const run = runWithReadOnly(join(out, 'entries'), seeds, out);
    if (!run) return ctx.skip(NO_READ_ONLY);
    expect(run.code).toBe(1);
    expectClearFailure(run.stderr, /entries\/002-1133cbd99b86392b-[0-9a-f]{6}\.mdx/, /EROFS|EACCES/);
    expectNothingLost(out, before);
    const rerun = runIngest(seeds, out);
    expect(rerun.stderr).not.toMatch(/\[io\]/);
    expect(hashTree(out)).toEqual(control(before, snapshot, seeds));
  });

  it('a read-only output folder: one line naming it, before any work, and nothing changed', (ctx) => {
    const out = tempDir('io-ro-root');
    const seeds = builtThenChanged(out);
    const before = hashTree(out);
    const run = runWithReadOnly(out, seeds, out);
    if (!run) return ctx.skip(NO_READ_ONLY);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^[./\\w-]*${out.split('/').at(-1)}:1:1 error: cannot write: .*\\((EROFS|EACCES)\\) \\[io\\]$`, 'm'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(out)).toEqual(before);
  });

  it('a full disk: one clear error with the others, nothing published lost, a rerun heals', (ctx) => {
    if (!root) return ctx.skip('mounting a small tmpfs to fill needs root');
    const disk = tempDir('io-full');
    if (!sh('mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk)) return ctx.skip('mounting a tmpfs is not allowed here');
    try {
      const out = join(disk, 'out');
      mkdirSync(out);
      const seeds = builtThenChanged(out);
      const before = hashTree(out);
      const snapshot = tempDir('io-full-before');
      cpSync(out, snapshot, { recursive: true });
      // Full but for two pages: the run can take the folder's lock, then fails on its first real file.
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), Buffer.alloc(bavail * bsize - 8192, 1));
      const run = runIngest(seeds, out);
      expect(run.code).toBe(1);
      expectClearFailure(run.stderr, /entries\/[\w-]+\.mdx|articles\/[\w-]+\.mdx|ids\.lock\.json/, /ENOSPC/);
      expectNothingLost(out, before);
      rmSync(join(disk, 'filler'));
      runIngest(seeds, out);
      expect(tempFiles(out)).toEqual([]);
      expect(hashTree(out)).toEqual(control(before, snapshot, seeds));
    } finally {
      sh('umount', disk);
    }
  });
});
