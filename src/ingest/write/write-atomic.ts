import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.<random>.tmp`: what writeAtomic leaves behind when the run is killed before its rename. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-z]+\.tmp$/;

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
}

/** A failed write on a descriptor (ENOSPC from writeSync) names no path: name the file being written. */
function namingPath(error: unknown, path: string): unknown {
  if (error instanceof Error && (error as { path?: unknown }).path === undefined) Object.assign(error, { path });
  return error;
}

/**
 * Removes the temporary files a killed run left in `dirs`; returns their paths. Called only while the
 * run holds the output folder's lock, so no other run can be writing one of them.
 */
export function sweepTempFiles(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!TEMP_FILE.test(f)) continue;
      rmSync(join(dir, f), { force: true });
      removed.push(join(dir, f));
    }
  }
  return removed;
}

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename, so a reader (or a
 * crash) never sees a half-written file. Returns false, touching nothing, when the file already holds
 * exactly `content`: an unchanged build leaves timestamps and git alone (`compare: false` skips that
 * check, for a big file the caller knows has changed, or a file it knows is not there).
 */
export function writeAtomic(path: string, content: string, compare = true): boolean {
  // Encoded once, for the comparison and the write: decoding the old file instead is slower on Arabic
  // text, and a run after a change to the code compares every file it renders.
  let bytes: Buffer | undefined;
  if (compare) {
    bytes = Buffer.from(content, 'utf8');
    try {
      if (readFileSync(path).equals(bytes)) return false;
    } catch {
      // Absent or unreadable: write it.
    }
  }
  const temp = tempPath(path);
  try {
    // No fsync: the rename already protects against a crashed or failing run, and an fsync per file
    // would cost seconds on a 10,000-article build; power loss is what git is for.
    // A string not compared is handed to Node as it is: it encodes and writes it in one call (open,
    // write, close in C++), where a Buffer made here first went through three calls from JavaScript.
    writeFileSync(temp, bytes ?? content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw namingPath(error, path);
  }
  return true;
}

/**
 * Like writeAtomic, for content produced in pieces (never held whole in memory). The pieces are hashed
 * as they are written; when the hash equals `unchangedHash` (the sha256 of the file already there) the
 * temporary file is dropped and the file left alone. Returns true when the file was replaced.
 */
export function writeAtomicChunks(path: string, chunks: Iterable<string>, unchangedHash?: string): boolean {
  const temp = tempPath(path);
  try {
    const hash = createHash('sha256');
    const fd = openSync(temp, 'w');
    // Small pieces are gathered to about a megabyte before a write: one system call per piece costs
    // more than the writing itself when there are tens of thousands of them.
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      // Encoded once, for the file and the hash.
      const bytes = Buffer.from(pending.join(''), 'utf8');
      writeSync(fd, bytes);
      hash.update(bytes);
      pending = [];
      size = 0;
    };
    try {
      for (const chunk of chunks) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20) flush();
      }
      if (size > 0) flush();
    } finally {
      closeSync(fd);
    }
    if (hash.digest('hex') === unchangedHash) {
      rmSync(temp, { force: true });
      return false;
    }
    renameSync(temp, path);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    throw namingPath(error, path);
  }
}
