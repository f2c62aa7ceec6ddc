// The run of `npm run ingest` (started by cli.mjs once Node's compile cache is on).
// The only module of the build step that touches the file system, argv, the environment and the
// terminal; every stage it calls is a pure function.
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogFile } from './catalog/load-catalog.ts';
import { engineOf, noEngineWarning, type EngineStatus } from './date-engine.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { formatDiagnostic } from './diagnostics/format-diagnostic.ts';
import { sortDiagnostics } from './diagnostics/sort-diagnostics.ts';
import type { EditFor } from './edits/edit-lookup.ts';
import type { ArticleResult, BuiltContent } from './pipeline.ts';
import type * as Stages from './run-stages.ts';
import type { SeedInput } from './plan-run.ts';
import { assignArticleIds } from './assign-article-ids.ts';
import { classifySeed, linkRefusal, notASeed, NOT_REGULAR, openablePath, seedHash, seedPath, sourceNamer, unreadableRefusal, type EntryKind } from './seed-files.ts';
import { EMPTY_LOCK, parseIdsLock, serializeIdsLock, unreadableLock, type IdsLock } from './lock/ids-lock.ts';
import type { QuotedReport } from './lock/find-successors.ts';
import { bucketRecords, bucketShardFiles, emptyManifest, manifestChunks, manifestShards, parseManifest, remergeAfter, remergeOf, unnamedShards, type BucketChanges, type BucketRecord, type Manifest } from './write/manifest.ts';
import { chooseStale, staleScope } from './write/choose-stale.ts';
import { progressBar, progressDue } from './write/progress-bar.ts';
import { namesAfter, sortedLookup } from './write/generated-names.ts';
import { importedTexts, rerunKey, runFingerprint } from './write/run-fingerprint.ts';
import { replayFigures, runFigures, statsLine, summarizeRun } from './write/summarize-run.ts';
import { failureLines, isIoError } from './write/describe-io-error.ts';
import { LOCK_FILE, tryLockFolder, unlockFolder } from './write/folder-lock.ts';
import { fileHash, generatedHash, isTempFile, listGenerated, listSeeds, observeRun, type SeedListing, outputFiles, readRegularFile, readStamp, STAMP_FILE } from './write/observe-run.ts';
import { finishedStamp, stampText, unchangedSince, type RerunStamp } from './write/rerun-stamp.ts';
import { sweepTempFiles, writeAtomic, writeAtomicChunks } from './write/write-atomic.ts';

const GENERATED = ['articles', 'entries'] as const;

// Loaded by main once it knows the run has work to do (see run-stages.ts).
let stages: typeof Stages;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function readCatalogFiles(dir: string, label: string): CatalogFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ path: `${label}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The text of every source file of the build step and of the shared helpers it imports, for the cache keys. */
function codeTexts(dir: string): string[] {
  const own = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  return importedTexts(own, (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null));
}

async function loadDateEngine(): Promise<EngineStatus> {
  try {
    return engineOf({ module: await import('./time/index.ts') });
  } catch (error) {
    return engineOf({ error });
  }
}

/**
 * The last run's manifest (head and shard indexes; a record's events line is read when first asked for) and
 * the hash of its head file (the text itself is not kept): `knownHash` when the run hashed it already.
 */
function readManifest(path: string, shardDir: string, reuseFor: string | undefined, knownHash: string | null | undefined): { previous: Manifest; previousManifestHash: string | undefined } {
  if (!existsSync(path)) return { previous: emptyManifest(), previousManifestHash: undefined };
  // Hashed as bytes (a string would be encoded to UTF-8 again just for the hash).
  const bytes = readFileSync(path);
  // Decoded apart from the read: readFileSync(…, 'utf8') is about three times slower on tens of MB of Arabic.
  const decoder = new TextDecoder();
  const readShard = (name: string) => {
    try {
      return decoder.decode(readFileSync(join(shardDir, `${name}.json`)));
    } catch {
      return undefined;
    }
  };
  return { previous: parseManifest(bytes.toString('utf8'), reuseFor, readShard, (name, offset, length) => readSlice(join(shardDir, `${name}.json`), offset, length)), previousManifestHash: knownHash ?? sha256(bytes) };
}

/** `length` bytes of a file from `offset`, or undefined when it is missing or shorter (the caller reports a damaged cache). */
function readSlice(file: string, offset: number, length: number): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY);
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, offset + read);
      if (n === 0) return undefined;
      read += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the manifest: its shard files first (content-addressed: a name already there is the same text),
 * then the head that names them, atomically; then the shard files no head names any more. A run that
 * stops half-way leaves the last head and every shard it names intact. `buckets` are the bucket records,
 * all of them or as changes to the last manifest's (whose unchanged shards are carried by name, unread).
 */
function writeManifest(path: string, shardDir: string, next: Manifest, buckets: Readonly<Record<string, BucketRecord>> | BucketChanges, previousHeadHash: string | undefined): void {
  mkdirSync(shardDir, { recursive: true });
  const put = ({ name, text }: { name: string; text: string | null }) => {
    const file = join(shardDir, `${name}.json`);
    if (text !== null) writeAtomic(file, text);
    else if (!existsSync(file)) throw new Error(`manifest shard ${file} vanished during the run`);
  };
  const pairs: Array<[string, string]> = [];
  for (const shard of manifestShards(next)) {
    pairs.push([shard.index.name, shard.events.name]);
    put(shard.events);
    put(shard.index);
  }
  const bucketPairs: Array<[number, string]> = [];
  for (const [i, shard] of bucketShardFiles(buckets)) {
    bucketPairs.push([i, shard.name]);
    put(shard);
  }
  // Left alone when it comes out the same.
  writeAtomicChunks(path, manifestChunks(next, pairs, bucketPairs), previousHeadHash);
  for (const f of unnamedShards(readdirSync(shardDir), new Set([...pairs.flat(), ...bucketPairs.map(([, name]) => name)]))) rmSync(join(shardDir, f), { force: true });
}

/** The reports a published entry's file stands for (see publishedReports), if the file is there. */
function publishedFile(out: string, id: string): QuotedReport[] {
  const path = join(out, 'entries', `${id}.mdx`);
  if (!existsSync(path)) return [];
  try {
    return stages.publishedReports(id, readFileSync(path, 'utf8'));
  } catch {
    return []; // an unreadable old file gives no successor: the id is reported as vanishing
  }
}

/**
 * A seed's bytes, or why it is refused. Seeds are regular files in the seeds folder: a symbolic link
 * could publish any file on the build machine (`x.txt → /etc/passwd`), and git commits links, so a
 * contributed seed could carry one. Opened with O_NOFOLLOW, so a link swapped in after the listing is
 * refused too.
 */
function readSeed(path: string): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOOP') return linkProblem(path);
    if (isIoError(error)) return unreadableRefusal(error.code);
    throw error;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : NOT_REGULAR;
  } finally {
    closeSync(fd);
  }
}

function linkProblem(path: string): string {
  let target: string | null = null;
  try {
    target = readlinkSync(path);
  } catch {
    // Gone since the listing: the link is refused all the same.
  }
  return linkRefusal(target, !existsSync(path));
}

/** Whether a name the listing found neither a regular file nor a folder is a symbolic link (refused), by lstat (never following it); gone since, it is nothing. */
function otherKind(path: string): EntryKind {
  try {
    return lstatSync(path).isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'other';
  }
}

function printDiagnostics(diagnostics: readonly Diagnostic[], shown: (file: string) => string): void {
  for (const d of sortDiagnostics(diagnostics)) process.stderr.write(`${formatDiagnostic({ ...d, file: shown(d.file) })}\n`);
}

function fail(diagnostics: readonly Diagnostic[], why: string, shown: (file: string) => string): never {
  printDiagnostics(diagnostics, shown);
  process.stderr.write(`ingest: ${why}; nothing was written\n`);
  process.exit(1);
}

/**
 * Takes the output folder for this run, waiting up to `waitSeconds` for a run that holds it: two runs
 * interleaving their writes would lose ids from the lock. Given back at exit, however the run ends; a
 * killed run's lock is taken over by the next (its pid no longer runs).
 */
async function lockOutput(out: string, shownOut: string, waitSeconds: number): Promise<void> {
  const deadline = performance.now() + waitSeconds * 1000;
  let attempt;
  try {
    mkdirSync(out, { recursive: true });
    attempt = tryLockFolder(out);
  } catch (error) {
    // The lock's private file means nothing to a maintainer: the folder is what cannot be written.
    throw isIoError(error) ? Object.assign(error, { path: out }) : error;
  }
  if (!attempt.held && waitSeconds > 0) process.stderr.write(`ingest: waiting for the run (pid ${attempt.owner ?? '?'}) writing ${shownOut}\n`);
  while (!attempt.held && performance.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    attempt = tryLockFolder(out);
  }
  if (!attempt.held) {
    process.stderr.write(`ingest: ${shownOut} is being written by another run (pid ${attempt.owner ?? '?'}); nothing was written: run again when it has finished (if no such process runs, remove ${join(shownOut, LOCK_FILE)})\n`);
    process.exit(1);
  }
  process.on('exit', () => unlockFolder(out));
}

// Stands for a seed not read (its hash is known from the rerun stamp).
const NOT_READ = new Uint8Array(0);
// What a seed's bytes are once let go.
const NO_BYTES = new Uint8Array(0);

/** Every thread's CPU time since Node's start: on a shared machine it moves less than the wall time. */
const cpuSeconds = (): number => { const cpu = process.cpuUsage(); return (cpu.user + cpu.system) / 1e6; };

/** The report of the run the stamp describes, as a rerun with nothing changed would print it. */
function replayRun(stamp: RerunStamp, shown: (file: string) => string, started: number | null): void {
  printDiagnostics(stamp.diagnostics, shown);
  process.stdout.write(`${summarizeRun(replayFigures(stamp))}\n`);
  if (started !== null) process.stderr.write(`${statsLine(performance.now() - started, stamp.articles, 0, process.resourceUsage().maxRSS, cpuSeconds())}\n`);
  process.exitCode = 0;
}

interface Options {
  seeds: string;
  out: string;
  /** --out as given, for messages. */
  shownOut: string;
  catalog: string;
  force: boolean;
  stats: boolean;
  waitSeconds: number;
}

/** The command line, or the usage line and exit 2. */
function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      out: { type: 'string' },
      catalog: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      // Timing and peak memory on stderr, for bench/ingest.ts.
      stats: { type: 'boolean', default: false },
      // How long to wait for another run writing the same --out folder.
      wait: { type: 'string', default: '60' },
    },
  });
  const waitSeconds = Number(values.wait);
  if (!values.seeds || !values.out || !(waitSeconds >= 0)) {
    process.stderr.write('usage: npm run ingest -- --seeds DIR --out DIR [--catalog DIR] [--force] [--stats] [--wait SECONDS]\n');
    process.exit(2);
  }
  const seeds = resolve(values.seeds);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    process.stderr.write(`ingest: --seeds ${values.seeds}: not a folder\n`);
    process.exit(2);
  }
  return { seeds, out: resolve(values.out), shownOut: values.out, catalog: resolve(values.catalog!), force: values.force === true, stats: values.stats === true, waitSeconds };
}

interface SeedsRead {
  /** Every seed, named as the maintainer sees it: `<seeds folder name>/<file>`, whatever the working folder. */
  sources: string[];
  hashes: Map<string, string>;
  /** Seeds that are no article file (a symbolic link, a file that cannot be read), with why: one error each, and what they published before stays. */
  refused: Map<string, string>;
  bytesOf: (source: string) => Uint8Array;
  /** Lets the bytes go once they are hashed and processed, before the corpus stages need the memory. */
  release: () => void;
}

/**
 * Reads the seeds folder as listed (listSeeds: sorted, each name's kind by lstat): a seed the stamp trusts by
 * its stat is read only if it must be processed (see bytesOf).
 */
function readSeeds(seeds: string, listing: SeedListing, diagnostics: Diagnostic[]): SeedsRead {
  const inputs = new Map<string, Uint8Array>();
  const refused = new Map<string, string>();
  // Filled as the seeds are read, in their order: made afterwards from the inputs, it cost two pair arrays a seed.
  const hashes = new Map<string, string>();
  let released = false;
  // Named and joined once a folder, not once a seed (path.join normalizes each path again).
  const nameOf = sourceNamer(seeds);
  const prefix = seeds.endsWith(sep) ? seeds : seeds + sep;
  for (let i = 0; i < listing.names.length; i++) {
    const kind = listing.kinds[i]!;
    const name = kind === 'file' ? listing.names[i]! : listing.names[i]!.slice(0, -1);
    const path = prefix + name;
    const verdict = classifySeed(name, () => (kind === 'other' ? otherKind(path) : kind));
    if (verdict === 'ignore') continue;
    const source = nameOf(name);
    if (verdict === 'not-a-seed') {
      diagnostics.push(notASeed(source));
      continue;
    }
    const known = verdict === 'read' ? listing.files.get(name)?.known : undefined;
    if (known !== undefined) {
      hashes.set(source, known);
      inputs.set(source, NOT_READ);
      continue;
    }
    const read = readSeed(path);
    const bytes = typeof read === 'string' ? new Uint8Array(0) : read;
    if (typeof read === 'string') refused.set(source, read);
    inputs.set(source, bytes);
    hashes.set(source, seedHash(bytes, refused.get(source)));
  }
  return {
    sources: [...inputs.keys()],
    hashes,
    refused,
    // A seed unreadable since its stat was taken gives no text: an error on it, and its last good result stays.
    bytesOf: (source) => (released ? NO_BYTES : inputs.get(source) === NOT_READ ? (readRegularFile(seedPath(seeds, source)) ?? new Uint8Array(0)) : inputs.get(source)!),
    release: () => {
      released = true;
      // Only the seeds read hold bytes: an empty array made for each of 10,000 seeds was garbage to collect.
      for (const [source, bytes] of inputs) if (bytes.length > 0) inputs.set(source, NO_BYTES);
    },
  };
}

/** The ids lock of the output folder (the empty one before the first run); one that cannot be read stops the run. */
function readLock(lockPath: string, diagnostics: readonly Diagnostic[], shown: (file: string) => string): IdsLock {
  if (!existsSync(lockPath)) return EMPTY_LOCK;
  try {
    return parseIdsLock(readFileSync(lockPath, 'utf8'));
  } catch (error) {
    fail([...diagnostics, unreadableLock(lockPath, (error as Error).message)], 'the ids lock is unreadable', shown);
  }
}

interface FilesWritten {
  written: number;
  /** The files written that were not there at the start. */
  created: string[];
  unchangedFiles: number;
  /** Every generated file the run stands behind: written, unchanged or kept. */
  produced: Set<string>;
  /** Entries whose file could not be rendered (their errors are in the diagnostics). */
  unrendered: Set<string>;
}

/**
 * Writes the article and entry files that changed, one by one and let go, so the whole corpus's MDX
 * never sits in memory at once. A file rendered again is compared with the one on disk: a run adding
 * one article renders a handful, and a record of every file's hash (31,000 at 10,000 articles) cost
 * every such run more to read and write than the comparisons it spared.
 */
function writeFiles(out: string, built: BuiltContent, results: readonly ArticleResult[], existing: Pick<ReadonlySet<string>, 'has'>, diagnostics: Diagnostic[]): FilesWritten {
  for (const sub of GENERATED) mkdirSync(join(out, sub), { recursive: true });
  const files: FilesWritten = { written: 0, created: [], unchangedFiles: 0, produced: new Set(built.kept), unrendered: new Set() };
  const put = (rel: string, content: string) => {
    files.produced.add(rel);
    // A file that cannot be written (a full disk, a folder in its place) stops the run before the lock
    // names it: what the last run published stays as it was (see the end of this file).
    // A file not listed at the start is new: nothing to compare it with (reading for it costs an exception).
    if (writeAtomic(join(out, rel), content, existing.has(rel))) files.written++;
    else files.unchangedFiles++;
    if (!existing.has(rel)) files.created.push(rel);
  };
  for (const [rel, mdx] of built.articles) {
    put(rel, mdx);
    built.articles.set(rel, '');
  }
  for (const r of results) if (r.article) r.article.mdx = '';
  for (const file of stages.CORPUS_STAGES.write(built.toRender)) {
    if ('error' in file) {
      diagnostics.push(file.error);
      files.unrendered.add(file.entry);
    } else put(file.rel, file.text);
  }
  files.unchangedFiles += built.kept.size;
  return files;
}

/** Every diagnostic of the run so far: a run stopped by a file system error still prints them. */
const gathered: Diagnostic[] = [];
let shownAs = (file: string) => file;

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions();
  const { seeds, out } = options;
  await lockOutput(out, options.shownOut, options.waitSeconds);
  const showProgress = process.stderr.isTTY === true && !process.env.CI;
  const shown = openablePath(seeds, process.cwd());
  shownAs = shown;

  const roundFiles = readCatalogFiles(join(options.catalog, 'rounds'), `${basename(options.catalog)}/rounds`);
  const actorFiles = readCatalogFiles(join(options.catalog, 'actors'), `${basename(options.catalog)}/actors`);
  const code = codeTexts(import.meta.dirname);
  // Nothing changed since the last run without errors: its report again, and nothing loaded or written.
  const stamp = readStamp(out);
  const listing = listSeeds(seeds, options.force ? null : stamp);
  // Listed once: the rerun check, the files already there and the stale ones all read it (nothing else writes here: the lock is held).
  const generatedAtStart = listGenerated(out);
  const key = rerunKey(seeds, process.cwd(), code, [...roundFiles, ...actorFiles]);
  const observed = stamp && !options.force ? observeRun(key, seeds, listing, out, stamp, generatedAtStart) : null;
  if (stamp && observed && unchangedSince(stamp, observed)) {
    replayRun(stamp, shown, options.stats ? started : null);
    return;
  }
  // Any run that may write removes the stamp first: one killed half-way leaves none to trust.
  if (stamp || existsSync(join(out, STAMP_FILE))) rmSync(join(out, STAMP_FILE), { force: true });
  // Hashed before the run reads it: an edit saved during the run is seen by the next one.
  const editsAtStart = fileHash(join(out, 'edits.yaml'));
  stages = await import('./run-stages.ts');
  const { loadCatalog, pipelineContext, readEdits, planCache, planRun, pendingSources, processArticles, settleRun, editLookup, settleEdits, touchedBuckets, CORPUS_STAGES } = stages;
  const catalog = loadCatalog(roundFiles, actorFiles);
  if (catalog.diagnostics.some((d) => d.severity === 'error')) fail(catalog.diagnostics, 'the catalog is invalid', shown);
  const diagnostics = gathered;
  diagnostics.push(...catalog.diagnostics);
  const engine = await loadDateEngine();
  if (engine.problem) diagnostics.push(noEngineWarning(engine.problem));
  const context = pipelineContext(catalog, engine.dateArticle);

  const fingerprint = runFingerprint(engine.dateArticle !== null, code, [...roundFiles, ...actorFiles]);
  const input = readSeeds(seeds, listing, diagnostics);

  const manifestPath = join(out, '.manifest.json');
  const shardDir = join(out, '.manifest');
  // What a killed run was writing is never a good copy of anything (its rename never happened).
  sweepTempFiles([out, shardDir]);
  // Those of the generated folders are known from their listing (31,000 names at 10,000 articles).
  for (const rel of generatedAtStart) if (isTempFile(rel)) rmSync(join(out, rel), { force: true });
  const { previous, previousManifestHash } = readManifest(manifestPath, shardDir, options.force ? undefined : fingerprint, observed?.files.manifest);
  const { reuse, changes, unchanged } = planCache(previous, fingerprint, options.force, input.hashes);

  // Read before the articles: it says which renamed seeds keep an older id.
  const lockPath = join(out, 'ids.lock.json');
  const lock = readLock(lockPath, diagnostics, shown);

  // The generated files already there (nothing is written before the corpus stages; the temporary files were swept), instead of a stat per article.
  const listedAtStart = generatedAtStart.filter((name) => !isTempFile(name));
  const existing = sortedLookup(listedAtStart);
  const hashed = input.sources.map((source): SeedInput => ({ source, hash: input.hashes.get(source)!, refused: input.refused.get(source), id: undefined }));
  const assigned = assignArticleIds(hashed, previous, lock.renamed ?? {}, changes.removed);
  diagnostics.push(...assigned.diagnostics);
  // Which inputs need processing: unchanged ones reuse their cached result, a second copy of a text is skipped.
  // The id set on each seed's record, not a copy of it spread for each of 10,000 seeds.
  const seedInputs: SeedInput[] = hashed;
  for (const seed of seedInputs) seed.id = assigned.ids.get(seed.source)!;
  const planned = planRun(seedInputs, previous, unchanged, existing);
  const jobs = pendingSources(planned).map((source) => ({ source, bytes: input.bytesOf(source), id: assigned.ids.get(source) }));
  const processed = await processArticles(jobs, context, { roundFiles, actorFiles, withEngine: engine.dateArticle !== null }, (done) => {
    if (showProgress && progressDue(done, jobs.length)) process.stderr.write(progressBar(done, jobs.length));
  });
  jobs.forEach((job, i) => planned.set(job.source, processed[i]!));
  input.release();

  const { results, articles, failedIds, diagnostics: articleDiagnostics } = settleRun(seedInputs, planned as Map<string, ArticleResult>, previous);
  diagnostics.push(...articleDiagnostics);
  const next: Manifest = { ...emptyManifest(fingerprint), articles };
  if (showProgress && jobs.length > 0) process.stderr.write('\n');

  const editsPath = join(out, 'edits.yaml');
  const editsFile = readEdits(relative(process.cwd(), editsPath), existsSync(editsPath) ? readFileSync(editsPath) : null, catalog);
  if ('unreadable' in editsFile) fail([...diagnostics, editsFile.unreadable], 'the edits file is unreadable', shown);
  const { edits } = editsFile;
  diagnostics.push(...edits.diagnostics);

  // Looked up, not copied: merging asks the version of the articles of the buckets merged again only, and a map of all 10,000 took 10 ms.
  const versions = { get: (source: string) => next.articles[source]?.hash };
  const touched = touchedBuckets(results, previous, next.articles);
  // Standing: the output folder is as the last run left it, that run having ended without an error (its
  // stamp names this manifest, this lock and these generated files), and no edit applies, now or then. Then
  // only the buckets an article changed can change, and every other bucket stands unread: its record, its
  // entries (published ids in the lock already) and its files (on disk, each named by that run).
  const standing = reuse && stamp !== null && observed !== null && !observed.tempFiles && stamp.generated === observed.generated &&
    stamp.files.manifest === observed.files.manifest && stamp.files.lock === observed.files.lock && edits.edits.length === 0 && previous.remerge.length === 0;
  const only = standing ? touched : undefined;
  const previousBuckets = only ? bucketRecords(previous, only) : previous.buckets;
  const build = (editFor: EditFor) => CORPUS_STAGES.merge(results, previousBuckets, existing, versions, reuse, editFor, touched, only);
  const editFor = editLookup(edits, lock.redirects);
  const firstBuilt = build(editFor);
  // The entries the buckets merged again held before; every entry, standing ones read now, only when the lock must see them all.
  const before = only ? Object.values(previousBuckets).flatMap((b) => b.entries) : [];
  const beforeIds = new Set(before.map((e) => e.id));
  const allEntries = () => {
    const all = firstBuilt.entries.slice();
    for (const [key, record] of Object.entries(previous.buckets)) if (!only!.has(key)) for (const e of record.entries) all.push({ id: e.id, aliases: e.aliases });
    return all.sort((a, b) => (a.id < b.id ? -1 : 1));
  };

  const lockPlan = CORPUS_STAGES.lock(lock, firstBuilt.entries, { results, failedIds, editorMerged: firstBuilt.merges.mergedAway }, (id) => publishedFile(out, id), relative(process.cwd(), lockPath), only ? { before, all: allEntries } : undefined);
  diagnostics.push(...lockPlan.diagnostics);
  if (lockPlan.vanished.length > 0) fail([...diagnostics, ...lockPlan.vanished], 'published entry ids would vanish', shown);
  const { built, diagnostics: editDiagnostics } = settleEdits(edits, { built: firstBuilt, editFor }, lockPlan.lock, build, relative(process.cwd(), editsPath));
  diagnostics.push(...editDiagnostics);

  const files = writeFiles(out, built, results, existing, diagnostics);
  // Merged again next run, so each entry not written is rendered (and its error reported) again.
  const dropped = [...files.unrendered].map((id) => built.bucketOf.get(id)).filter((key): key is string => key !== undefined);
  let buckets: Record<string, BucketRecord> | BucketChanges;
  if (only) {
    const changes = new Map<string, BucketRecord | null>();
    for (const key of only) changes.set(key, built.buckets[key] ?? null);
    for (const key of dropped) changes.set(key, null);
    buckets = { base: previous, changes };
    next.remerge = remergeAfter(buckets, dropped);
  } else {
    buckets = stages.withoutBuckets(built.buckets, built.bucketOf, files.unrendered);
    next.remerge = remergeOf(buckets, dropped);
  }
  // The files of standing buckets: every entry file there at the start but those of the buckets merged
  // again (the last run named each, and left no other). None of them is stale: only the articles' files,
  // the entries' files of the buckets merged again and the files created can be.
  let standingFiles = 0;
  let candidates: string[] | undefined;
  if (only) {
    candidates = [];
    for (const rel of listedAtStart) if (rel.startsWith('entries/')) standingFiles++;
    else candidates.push(rel);
    for (const id of beforeIds) if (existing.has(`entries/${id}.mdx`)) {
      standingFiles--;
      candidates.push(`entries/${id}.mdx`);
    }
    candidates.push(...files.created);
  }
  files.unchangedFiles += standingFiles;
  // A stale file may be the last good copy of what failed this run: those stay, the others go.
  const stale = chooseStale(staleScope({ listed: candidates ?? [...listedAtStart, ...files.created], produced: files.produced, failedArticles: failedIds, failedEntries: files.unrendered, diagnostics, sources: new Set(input.sources) }));
  // Killable at any point: the new and changed files are all in place before the lock names them (and
  // redirects the ids they replace), and a stale file goes only once the lock redirects its id. A run
  // killed earlier leaves the last lock, every file it names, and the files that feed its successors.
  writeAtomic(lockPath, serializeIdsLock({ ...lockPlan.lock, renamed: assigned.renamed }));
  writeManifest(manifestPath, shardDir, next, buckets, previousManifestHash);
  for (const rel of stale.remove) rmSync(join(out, rel), { force: true });
  const removed = new Set(stale.remove);
  // Last, so it describes only a finished run; a run with an error is retried in full next time.
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const sourceOf = sourceNamer(seeds);
    const finished = finishedStamp({
      key, listing, hashOf: (name) => input.hashes.get(sourceOf(name)), files: { ...outputFiles(out), edits: editsAtStart },
      generated: generatedHash(namesAfter(listedAtStart, files.created, removed), { sorted: true }), outputs: files.produced.size + standingFiles, articles: input.sources.length, diagnostics, saidOnce: [...assigned.diagnostics, ...lockPlan.diagnostics],
    });
    writeAtomic(join(out, STAMP_FILE), stampText(finished), false);
  }
  printDiagnostics(diagnostics, shown);
  const figures = runFigures({ changes, written: files.written, unchangedFiles: files.unchangedFiles, stale, diagnostics, reused: reuse, forced: options.force });
  process.stdout.write(`${summarizeRun(figures)}\n`);
  if (options.stats) process.stderr.write(`${statsLine(performance.now() - started, input.sources.length, jobs.length, process.resourceUsage().maxRSS, cpuSeconds())}\n`);
  process.exitCode = figures.errors > 0 ? 1 : 0;
}

try {
  await main();
} catch (error) {
  // No stack trace for the maintainer: the diagnostics gathered so far, then one line saying what failed
  // and what to do. The write order (see above) leaves every published id opening its page.
  printDiagnostics(gathered, shownAs);
  for (const line of failureLines(error, process.cwd(), Boolean(process.env.MASAR_DEBUG))) process.stderr.write(`${line}\n`);
  process.exitCode = 1;
}
