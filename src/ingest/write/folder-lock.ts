import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The output folder's lock: the pid of the run writing it. */
export const LOCK_FILE = '.ingest.lock';
// A run's own lock file before it is linked into place, and a stale lock it moved aside.
const PRIVATE = /^\.ingest\.lock\.(\d+)(?:\.stale)?$/;

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

const code = (error: unknown) => (error as { code?: string }).code;

/** The pid in a lock file; null when it holds none; 'gone' when the file is not there. */
function ownerOf(path: string): number | null | 'gone' {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isNaN(pid) ? null : pid;
  } catch (error) {
    if (code(error) === 'ENOENT') return 'gone';
    throw error;
  }
}

export type LockAttempt = { held: true } | { held: false; owner: number | null };

/**
 * One attempt to take the output folder. The lock is written whole under a private name, then linked
 * to `.ingest.lock`: a link fails when the name exists, so two runs never both hold it, and no run
 * reads a half-written pid. A lock whose owner no longer runs (a killed run) is taken over; it is
 * first moved aside, so two runs taking over the same stale lock cannot remove each other's new one.
 */
export function tryLockFolder(dir: string): LockAttempt {
  const path = join(dir, LOCK_FILE);
  const mine = `${path}.${process.pid}`;
  for (let attempt = 0; attempt < 8; attempt++) {
    writeFileSync(mine, `${process.pid}\n`);
    try {
      linkSync(mine, path);
      clearLeftovers(dir);
      return { held: true };
    } catch (error) {
      // ENOENT: another run cleared our private file as a leftover; try again.
      if (code(error) !== 'EEXIST' && code(error) !== 'ENOENT') throw error;
    } finally {
      rmSync(mine, { force: true });
    }
    const owner = ownerOf(path);
    if (owner === 'gone') continue;
    // Our own pid in it is a killed run's whose pid came round again: we have not taken it yet.
    if (owner !== null && owner !== process.pid && processAlive(owner)) return { held: false, owner };
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if (code(error) === 'ENOENT') continue;
      throw error;
    }
    const moved = ownerOf(aside);
    if (typeof moved === 'number' && moved !== owner && processAlive(moved)) {
      // Another run took the stale lock over between our read and our rename: give its lock back.
      try {
        linkSync(aside, path);
      } finally {
        rmSync(aside, { force: true });
      }
      return { held: false, owner: moved };
    }
    rmSync(aside, { force: true });
  }
  return { held: false, owner: null };
}

/** Private lock files of runs that were killed while taking the lock. */
function clearLeftovers(dir: string): void {
  for (const f of readdirSync(dir)) {
    const m = PRIVATE.exec(f);
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) rmSync(join(dir, f), { force: true });
  }
}

/** Gives the folder back, if this run holds it. */
export function unlockFolder(dir: string): void {
  const path = join(dir, LOCK_FILE);
  if (ownerOf(path) === process.pid) rmSync(path, { force: true });
}
