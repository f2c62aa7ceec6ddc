import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * content/.rerun-stamp.json: what the last run that ended without an error saw and left, so a run that
 * finds everything as it was prints the same report without loading the pipeline, the manifest or any
 * article. It records file-system state (inodes, times), so it is a cache of this machine, not output:
 * never committed, and deleted by any run before it writes anything (a run killed half-way leaves none).
 *
 * Each seed's record is also what lets a later run skip reading and hashing a seed whose stat is as
 * recorded (stat-then-hash).
 */
/**
 * The seeds' records as columns, one row a regular file the run hashed, in the listing's order (by code
 * unit). Rows, not an object keyed by name: at 10,000 seeds, an object of 10,000 keys (a dictionary to
 * V8) with an object in each took three times longer to parse and write, on every run that adds one.
 */
export interface SeedColumns {
  names: string[];
  /** Size, mtime and ctime in nanoseconds, inode and device: equal stats mean equal bytes, for a seed old enough. */
  stats: string[];
  mtimes: number[];
  hashes: string[];
}

export interface RerunStamp {
  version: 2;
  /** The code, the catalog, the seeds folder and the working folder the run saw (see rerunKey). */
  key: string;
  /** When the run began listing the seeds (ms since the epoch). */
  listedAt: number;
  /** Every name in the seeds folder (dot files aside), with `/` after a folder and `@` after anything not a regular file. */
  names: string[];
  /** Regular files' records. */
  seeds: SeedColumns;
  /** sha256 of each file of the output folder the run read or left: edits.yaml (null when absent), ids.lock.json, .manifest.json. */
  files: { edits: string | null; lock: string | null; manifest: string | null };
  /** sha256 of the sorted names in articles/ and entries/ once the run ended. */
  generated: string;
  /** How many articles (seed files) the run read. */
  articles: number;
  /** How many generated files the run produced (all unchanged on a rerun). */
  outputs: number;
  /** The diagnostics a rerun prints again (not those a run prints once, such as a new redirect). */
  diagnostics: Diagnostic[];
}

/**
 * A file's timestamps advance in ticks: a seed changed within a tick of being read can keep the stat it
 * was read with. Only a seed last modified a margin longer than a tick before the run listed it is
 * trusted by its stat: 2 s where times are whole seconds or hundredths (FAT's tick is 2 s), 20 ms where
 * they show fractions of a millisecond (ext4, XFS, btrfs, APFS: the kernel's clock tick is at most 10 ms).
 */
export const TRUST_AFTER_MS = 2000;
export const TRUST_AFTER_FINE_MS = 20;

/** The margin for a stat as statKey writes it, from the precision its mtime shows. */
function marginOf(stat: string): number {
  const mtimeNs = stat.split(':')[1] ?? '';
  return /[1-9]/.test(mtimeNs.slice(-6)) ? TRUST_AFTER_FINE_MS : TRUST_AFTER_MS;
}

export function statKey(s: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint; dev: bigint }): string {
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}`;
}

/**
 * The row of a seed in the stamp by its name, or -1. Asked in the listing's order, the order of the rows,
 * so each name is looked for from where the last was found: no map of every name is made. A name asked
 * out of order starts the walk again from the first row.
 */
export function seedFinder(stamp: RerunStamp | null): (name: string) => number {
  const names = stamp?.seeds.names ?? [];
  let next = 0;
  let last = '';
  return (name) => {
    if (name < last) next = 0;
    last = name;
    while (next < names.length && names[next]! < name) next++;
    return next < names.length && names[next] === name ? next : -1;
  };
}

/** The recorded hash of a seed whose stat is as recorded and was old enough when recorded, else undefined; `find` walks the rows (seedFinder). */
export function trustedHash(stamp: RerunStamp | null, name: string, stat: string, find = seedFinder(stamp)): string | undefined {
  const row = stamp === null ? -1 : find(name);
  if (row < 0 || stamp!.seeds.stats[row] !== stat) return undefined;
  const mtimeMs = stamp!.seeds.mtimes[row]!;
  // The precision is read only for a seed modified within the wider margin: asked of every seed of every
  // run (10,000 splits and regex tests), it is nearly always older than both.
  if (mtimeMs > stamp!.listedAt - TRUST_AFTER_MS && mtimeMs > stamp!.listedAt - marginOf(stat)) return undefined;
  return stamp!.seeds.hashes[row];
}

/** What a run sees before it does anything, to compare with the stamp. */
export interface Observed {
  key: string;
  names: string[];
  /** The hash of each seed the stamp records, by its row (trusted from the stamp, or read now; '' when unreadable); a file that is no seed is not read. */
  hashes: ReadonlyArray<string | undefined>;
  files: RerunStamp['files'];
  generated: string;
  /** A temporary file of a killed run is in the output folder. */
  tempFiles: boolean;
}

/** True when nothing the last run read or wrote has changed since: this run would change nothing. */
export function unchangedSince(stamp: RerunStamp, now: Observed): boolean {
  if (now.tempFiles || stamp.key !== now.key || stamp.generated !== now.generated) return false;
  if (stamp.files.edits !== now.files.edits || stamp.files.lock !== now.files.lock || stamp.files.manifest !== now.files.manifest) return false;
  if (stamp.names.length !== now.names.length || stamp.names.some((n, i) => n !== now.names[i])) return false;
  return stamp.seeds.hashes.every((hash, row) => now.hashes[row] === hash);
}

/** What a run that ended without an error saw and left, for finishedStamp. */
export interface FinishedRun {
  key: string;
  /** The seeds folder as listed before anything was read (observe-run.ts's SeedListing). */
  listing: { listedAt: number; names: string[]; files: ReadonlyMap<string, { stat: string; mtimeMs: number }> };
  /** The hash the run gave the seed of that name; undefined for a name it did not take as a seed. */
  hashOf: (name: string) => string | undefined;
  files: RerunStamp['files'];
  generated: string;
  articles: number;
  outputs: number;
  diagnostics: readonly Diagnostic[];
  /** The diagnostics said once, by the run that made the change (a new redirect, a renamed seed): a rerun does not repeat them. */
  saidOnce: readonly Diagnostic[];
}

/** The stamp of a finished run: every regular file of the seeds folder the run hashed, with its stat. */
export function finishedStamp(run: FinishedRun): RerunStamp {
  const seeds: SeedColumns = { names: [], stats: [], mtimes: [], hashes: [] };
  for (const [name, s] of run.listing.files) {
    const hash = run.hashOf(name);
    if (hash === undefined) continue;
    seeds.names.push(name);
    seeds.stats.push(s.stat);
    seeds.mtimes.push(s.mtimeMs);
    seeds.hashes.push(hash);
  }
  const once = new Set(run.saidOnce);
  return {
    version: 2, key: run.key, listedAt: run.listing.listedAt, names: run.listing.names, seeds, files: run.files,
    generated: run.generated, outputs: run.outputs, articles: run.articles, diagnostics: run.diagnostics.filter((d) => !once.has(d)),
  };
}

export function stampText(stamp: RerunStamp): string {
  return `${JSON.stringify(stamp)}\n`;
}

/** The stamp in `text`, or null for anything else (an older layout, a file cut short): the run then does everything. */
export function parseStamp(text: string | null): RerunStamp | null {
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as Partial<RerunStamp>;
    const seeds = data.seeds as Partial<SeedColumns> | undefined;
    const rows = Array.isArray(seeds?.names) ? seeds.names.length : -1;
    const column = (c: unknown) => Array.isArray(c) && c.length === rows;
    const ok = data.version === 2 && typeof data.key === 'string' && typeof data.listedAt === 'number' && Array.isArray(data.names) &&
      column(seeds?.stats) && column(seeds?.mtimes) && column(seeds?.hashes) && typeof data.files === 'object' && data.files !== null &&
      typeof data.generated === 'string' && typeof data.outputs === 'number' && typeof data.articles === 'number' && Array.isArray(data.diagnostics);
    return ok ? (data as RerunStamp) : null;
  } catch {
    return null;
  }
}
