import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename, so a reader (or a
 * crash) never sees a half-written file. Returns false, touching nothing, when the file already holds
 * exactly `content`: an unchanged build leaves timestamps and git alone (`compare: false` skips that
 * check, for a big file the caller knows has changed).
 */
export function writeAtomic(path: string, content: string, compare = true): boolean {
  try {
    if (compare && readFileSync(path, 'utf8') === content) return false;
  } catch {
    // Absent or unreadable: write it.
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    // No fsync: the rename already protects against a crashed or failing run, and an fsync per file
    // would cost seconds on a 10,000-article build; power loss is what git is for.
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return true;
}

/** Like writeAtomic, for content produced in pieces (never held whole in memory); always writes. */
export function writeAtomicChunks(path: string, chunks: Iterable<string>): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
