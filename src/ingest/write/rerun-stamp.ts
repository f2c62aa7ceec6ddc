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
export interface SeedRecord {
  /** Size, mtime and ctime in nanoseconds, inode and device: equal stats mean equal bytes, for a seed old enough. */
  stat: string;
  mtimeMs: number;
  hash: string;
}

export interface RerunStamp {
  version: 1;
  /** The code, the catalog, the seeds folder and the working folder the run saw (see rerunKey). */
  key: string;
  /** When the run began listing the seeds (ms since the epoch). */
  listedAt: number;
  /** Every name in the seeds folder (dot files aside), with `/` after a folder and `@` after anything not a regular file. */
  names: string[];
  /** Regular files' records, by name. */
  seeds: Record<string, SeedRecord>;
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

/** The recorded hash of a seed whose stat is as recorded and was old enough when recorded, else undefined. */
export function trustedHash(stamp: RerunStamp | null, name: string, stat: string): string | undefined {
  const record = stamp?.seeds[name];
  if (!record || record.stat !== stat) return undefined;
  // The precision is read only for a seed modified within the wider margin: asked of every seed of every
  // run (10,000 splits and regex tests), it is nearly always older than both.
  if (record.mtimeMs > stamp!.listedAt - TRUST_AFTER_MS && record.mtimeMs > stamp!.listedAt - marginOf(stat)) return undefined;
  return record.hash;
}

/** What a run sees before it does anything, to compare with the stamp. */
export interface Observed {
  key: string;
  names: string[];
  /** The hash of each seed the stamp records, by name (trusted from the stamp, or read now); a file that is no seed is not read. */
  hashes: ReadonlyMap<string, string>;
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
  return Object.keys(stamp.seeds).every((name) => now.hashes.get(name) === stamp.seeds[name]!.hash);
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
  const seeds: RerunStamp['seeds'] = {};
  for (const [name, s] of run.listing.files) {
    const hash = run.hashOf(name);
    if (hash !== undefined) seeds[name] = { stat: s.stat, mtimeMs: s.mtimeMs, hash };
  }
  const once = new Set(run.saidOnce);
  return {
    version: 1, key: run.key, listedAt: run.listing.listedAt, names: run.listing.names, seeds, files: run.files,
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
    const ok = data.version === 1 && typeof data.key === 'string' && typeof data.listedAt === 'number' && Array.isArray(data.names) &&
      typeof data.seeds === 'object' && data.seeds !== null && typeof data.files === 'object' && data.files !== null &&
      typeof data.generated === 'string' && typeof data.outputs === 'number' && typeof data.articles === 'number' && Array.isArray(data.diagnostics);
    return ok ? (data as RerunStamp) : null;
  } catch {
    return null;
  }
}
