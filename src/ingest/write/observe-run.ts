// What a run of the build step finds before it does anything, read cheaply: the seeds folder by stat
// (a seed's bytes are read and hashed only when its stat is not the one the rerun stamp trusts), and
// the output folder's own files by hash. cli-main.ts compares it with the stamp (rerun-stamp.ts).
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseStamp, seedFinder, statKey, trustedHash, type Observed, type RerunStamp } from './rerun-stamp.ts';
import { TEMP_FILE } from './write-atomic.ts';

export const STAMP_FILE = '.rerun-stamp.json';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface SeedStat {
  stat: string;
  mtimeMs: number;
  /** From the stamp when the stat is trusted; else undefined (the bytes must be read). */
  known: string | undefined;
}

export interface SeedListing {
  listedAt: number;
  /** Every name in the folder, dot files aside, sorted, marked as in RerunStamp.names. */
  names: string[];
  /** What each of `names` is, by lstat: a regular file, a folder, or anything else (a link, a device, a name gone since the listing). */
  kinds: Array<'file' | 'folder' | 'other'>;
  /** The regular files' stats, by name, taken before any of their bytes are read. */
  files: Map<string, SeedStat>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lists the seeds folder with lstat (a link is never followed: it is marked, and refused by the run). */
export function listSeeds(dir: string, stamp: RerunStamp | null): SeedListing {
  const listedAt = Date.now();
  const names: string[] = [];
  const kinds: SeedListing['kinds'] = [];
  const files = new Map<string, SeedStat>();
  // Joined by hand: path.join normalizes every path again, a third of the listing's time at 10,000 seeds.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const find = seedFinder(stamp);
  for (const name of readdirSync(dir).sort(byCodeUnit)) {
    if (name.startsWith('.')) continue;
    let s;
    try {
      s = lstatSync(prefix + name, { bigint: true });
    } catch {
      names.push(`${name}@`); // gone since the listing: the run reports it
      kinds.push('other');
      continue;
    }
    kinds.push(s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other');
    if (s.isDirectory()) names.push(`${name}/`);
    else if (!s.isFile()) names.push(`${name}@`);
    else {
      names.push(name);
      const stat = statKey(s);
      files.set(name, { stat, mtimeMs: Number(s.mtimeMs), known: trustedHash(stamp, name, stat, find) });
    }
  }
  return { listedAt, names, kinds, files };
}

/** A regular file's bytes, never through a link; null when it cannot be read as one. */
export function readRegularFile(path: string): Uint8Array | null {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** sha256 of a file's bytes; null when it cannot be read (absent). */
export function fileHash(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/**
 * Every name under articles/ and entries/ (`articles/<name>`), temporary files included, sorted: listed once a run,
 * for the rerun check, the files already there and the stale ones (31,000 names at 10,000 articles).
 */
export function listGenerated(out: string): string[] {
  // Each folder sorted alone: every name of articles/ sorts before every name of entries/. The default
  // order of strings is by code unit, and sorts without calling back into JavaScript.
  return ['articles', 'entries'].flatMap((sub) => (existsSync(join(out, sub)) ? readdirSync(join(out, sub)).sort().map((f) => `${sub}/${f}`) : []));
}

/**
 * sha256 of the sorted names (listGenerated's) under articles/ and entries/: a missing or extra file changes it.
 * Names `sorted` already (a listing, namesAfter's) are not checked: 3 ms for the 31,000 of 10,000 articles.
 */
export function generatedHash(names: readonly string[], { sorted: known = false } = {}): string {
  let sorted = true;
  if (!known) for (let i = 1; i < names.length && sorted; i++) sorted = names[i - 1]! < names[i]!;
  return sha256((sorted ? names : [...names].sort(byCodeUnit)).join('\n'));
}

/**
 * A temporary file of a killed run, by its listed name. Asked of every generated file's name, three
 * times a run (31,000 names at 10,000 articles): the ending alone rules out nearly all of them.
 */
export const isTempFile = (name: string): boolean => name.endsWith('.tmp') && TEMP_FILE.test(name.slice(name.lastIndexOf('/') + 1));

export function outputFiles(out: string): RerunStamp['files'] {
  return { edits: fileHash(join(out, 'edits.yaml')), lock: fileHash(join(out, 'ids.lock.json')), manifest: fileHash(join(out, '.manifest.json')) };
}

function hasTempFiles(dirs: readonly string[]): boolean {
  return dirs.some((dir) => existsSync(dir) && readdirSync(dir).some((f) => TEMP_FILE.test(f)));
}

export function readStamp(out: string): RerunStamp | null {
  try {
    return parseStamp(readFileSync(join(out, STAMP_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Everything unchangedSince compares with `stamp`, for the seeds folder `seeds` as listed and the output
 * folder `out`, whose generated files are `generated` (listGenerated's). A seed whose stat is not trusted
 * is read and hashed here (a handful on a rerun: those just changed).
 */
export function observeRun(key: string, seeds: string, listing: SeedListing, out: string, stamp: RerunStamp, generated: readonly string[]): Observed {
  const hashes: Array<string | undefined> = new Array(stamp.seeds.names.length);
  const find = seedFinder(stamp);
  for (const [name, s] of listing.files) {
    const row = find(name);
    if (row < 0) continue;
    if (s.known !== undefined) {
      hashes[row] = s.known;
      continue;
    }
    const bytes = readRegularFile(join(seeds, name));
    hashes[row] = bytes === null ? '' : sha256(bytes);
  }
  return {
    key,
    names: listing.names,
    hashes,
    files: outputFiles(out),
    generated: generatedHash(generated, { sorted: true }),
    tempFiles: generated.some(isTempFile) || hasTempFiles([out, join(out, '.manifest')]),
  };
}
