// npm run ingest -- --seeds DIR --out DIR [--catalog DIR] [--force] [--stats] [--wait SECONDS]
// The only module of the build step that touches the file system, argv, the environment and the
// terminal; every stage it calls is a pure function.
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogFile } from './catalog/load-catalog.ts';
import type { DateArticle } from './dating-contract.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { formatDiagnostic } from './diagnostics/format-diagnostic.ts';
import { sortDiagnostics } from './diagnostics/sort-diagnostics.ts';
import type { EditFor } from './edits/edit-lookup.ts';
import type { EditSet } from './edits/entry-edit.ts';
import type { ArticleResult } from './pipeline.ts';
import { SEED_NAME } from './read/seed-format.ts';
import type * as Stages from './run-stages.ts';
import { assignArticleIds } from './assign-article-ids.ts';
import { EMPTY_LOCK, parseIdsLock, serializeIdsLock, type IdsLock } from './lock/ids-lock.ts';
import type { QuotedReport } from './lock/find-successors.ts';
import { diffInputs, emptyManifest, MANIFEST_VERSION, manifestChunks, manifestShards, parseManifest, SHARD_NAME, type Manifest } from './write/manifest.ts';
import { chooseStale, staleScope } from './write/choose-stale.ts';
import { progressBar } from './write/progress-bar.ts';
import { outputHash, withoutBuckets } from './write/plan-files.ts';
import { localImports, runFingerprint } from './write/run-fingerprint.ts';
import { runFigures, summarizeRun } from './write/summarize-run.ts';
import { describeIoError, isIoError } from './write/describe-io-error.ts';
import { LOCK_FILE, tryLockFolder, unlockFolder } from './write/folder-lock.ts';
import { listSeeds, observeRun, outputFiles, generatedListing, readRegularFile, readStamp, STAMP_FILE } from './write/observe-run.ts';
import { stampText, unchangedSince, type RerunStamp } from './write/rerun-stamp.ts';
import { sweepTempFiles, writeAtomic, writeAtomicChunks } from './write/write-atomic.ts';

const GENERATED = ['articles', 'entries'] as const;

// Loaded by main once it knows the run has work to do (see run-stages.ts).
let stages: typeof Stages;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function readCatalogFiles(dir: string, label: string): CatalogFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ path: `${label}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Every source file of the build step and of the shared helpers it imports (followed through their own
 * imports), sorted: a change to any of them re-processes all articles, while a site-only helper in
 * src/lib does not invalidate the cache. Read from the imports, so a helper newly shared is never missed.
 */
function codeFiles(dir: string): string[] {
  const files = new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
  const queue = [...files];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const spec of localImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (!files.has(target) && existsSync(target)) { files.add(target); queue.push(target); }
    }
  }
  return [...files].sort();
}

async function loadDateEngine(): Promise<{ dateArticle: DateArticle | null; problem: string | null }> {
  try {
    const engine = (await import('./time/index.ts')) as { dateArticle?: DateArticle };
    if (typeof engine.dateArticle !== 'function') return { dateArticle: null, problem: 'src/ingest/time/index.ts does not export dateArticle' };
    return { dateArticle: engine.dateArticle, problem: null };
  } catch (error) {
    return { dateArticle: null, problem: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** The last run's manifest (head and shards) and the hash of its head file (the text itself is not kept). */
function readManifest(path: string, shardDir: string, reuseFor: string | undefined): { previous: Manifest; previousManifestHash: string | undefined } {
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
  return { previous: parseManifest(bytes.toString('utf8'), reuseFor, readShard), previousManifestHash: sha256(bytes) };
}

/**
 * Writes the manifest: its shard files first (content-addressed: a name already there is the same text),
 * then the head that names them, atomically; then the shard files no head names any more. A run that
 * stops half-way leaves the last head and every shard it names intact.
 */
function writeManifest(path: string, shardDir: string, next: Manifest, previousHeadHash: string | undefined): void {
  mkdirSync(shardDir, { recursive: true });
  const names: string[] = [];
  for (const shard of manifestShards(next)) {
    names.push(shard.name);
    const file = join(shardDir, `${shard.name}.json`);
    if (shard.text !== null) writeAtomic(file, shard.text);
    else if (!existsSync(file)) throw new Error(`manifest shard ${file} vanished during the run`);
  }
  // Written in pieces, never held whole in memory; left alone when it comes out the same.
  writeAtomicChunks(path, manifestChunks(next, names), previousHeadHash);
  const named = new Set(names);
  for (const f of readdirSync(shardDir)) {
    const name = f.replace(/\.json$/, '');
    if (!(SHARD_NAME.test(name) && f.endsWith('.json') && named.has(name)) && !f.endsWith('.tmp')) rmSync(join(shardDir, f), { force: true });
  }
}

function listGenerated(out: string): string[] {
  return GENERATED.flatMap((sub) => {
    const dir = join(out, sub);
    return existsSync(dir) ? readdirSync(dir).map((f) => `${sub}/${f}`) : [];
  });
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
    if ((error as { code?: string }).code === 'ELOOP') return symlinkProblem(path);
    if (isIoError(error)) return `cannot read the file (${error.code}): check that it is there and readable by this user`;
    throw error;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : 'not a regular file: seeds must be plain .txt, .md or .html files';
  } finally {
    closeSync(fd);
  }
}

function symlinkProblem(path: string): string {
  let target = '?';
  try {
    target = readlinkSync(path);
  } catch {
    // Gone since the listing: the link is refused all the same.
  }
  const shown = JSON.stringify(target.length > 120 ? `${target.slice(0, 120)}…` : target);
  const dangling = !existsSync(path);
  return `a symbolic link${dangling ? ` to ${shown}, which does not exist` : ` (to ${shown})`}: seeds must be regular files inside the seeds folder, so a link can never publish a file from elsewhere; copy the article here instead`;
}

/** Diagnostics name inputs `<seeds folder name>/<file>`; printed, the path opens from the working folder. */
function openablePath(seeds: string): (file: string) => string {
  const label = `${basename(seeds)}/`;
  return (file) => (file.startsWith(label) ? relative(process.cwd(), join(seeds, file.slice(label.length))) : file);
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

/**
 * content/edits.yaml, the editor's corrections, when there is one. A file that is not UTF-8 text stops
 * the run with nothing written (no edit could be trusted, and every edited page would lose its edit).
 */
function readEdits(path: string, ids: { rounds: ReadonlySet<string>; actors: ReadonlySet<string> }, diagnostics: Diagnostic[], shown: (file: string) => string): EditSet {
  if (!existsSync(path)) return stages.NO_EDITS;
  const file = relative(process.cwd(), path);
  const text = stages.editsText(readFileSync(path));
  if (text === null) fail([...diagnostics, { file, line: 1, column: 1, severity: 'error', rule: 'edit-yaml', reason: 'not UTF-8 text: save the file as UTF-8' }], 'the edits file is unreadable', shown);
  const edits = stages.parseEdits(file, text, ids.rounds, ids.actors);
  diagnostics.push(...edits.diagnostics);
  return edits;
}

// Stands for a seed not read (its hash is known from the rerun stamp).
const NOT_READ = new Uint8Array(0);

/**
 * `--stats`: the run's time, its CPU time (every thread's, from Node's start: on a shared machine it moves
 * less than the wall time) and its peak memory, for bench/ingest.ts.
 */
function printStats(started: number, articles: number, processed: number): void {
  const cpu = process.cpuUsage();
  const stats = { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, articles, processed, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stderr.write(`stats: ${JSON.stringify(stats)}\n`);
}

/** The report of the run the stamp describes, as a rerun with nothing changed would print it. */
function replayRun(stamp: RerunStamp, shown: (file: string) => string, started: number | null): void {
  printDiagnostics(stamp.diagnostics, shown);
  const changes = { added: [], changed: [], unchanged: Array.from({ length: stamp.articles }, () => ''), removed: [] };
  process.stdout.write(`${summarizeRun({ changes, written: 0, unchangedFiles: stamp.outputs, removed: 0, staleKept: 0, errors: 0, warnings: stamp.diagnostics.filter((d) => d.severity === 'warning').length, reprocessed: false })}\n`);
  if (started !== null) printStats(started, stamp.articles, 0);
  process.exitCode = 0;
}

/** Every diagnostic of the run so far: a run stopped by a file system error still prints them. */
const gathered: Diagnostic[] = [];
let shownAs = (file: string) => file;

async function main(): Promise<void> {
  const started = performance.now();
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
  const out = resolve(values.out);
  const catalogDir = resolve(values.catalog!);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    process.stderr.write(`ingest: --seeds ${values.seeds}: not a folder\n`);
    process.exit(2);
  }
  await lockOutput(out, values.out, waitSeconds);
  const showProgress = process.stderr.isTTY === true && !process.env.CI;
  const shown = openablePath(seeds);
  shownAs = shown;

  const roundFiles = readCatalogFiles(join(catalogDir, 'rounds'), `${basename(catalogDir)}/rounds`);
  const actorFiles = readCatalogFiles(join(catalogDir, 'actors'), `${basename(catalogDir)}/actors`);
  const codeAndCatalog = [...codeFiles(import.meta.dirname).map((f) => readFileSync(f, 'utf8')), ...[...roundFiles, ...actorFiles].map((f) => `${f.path}\n${f.text}`)];
  // Nothing changed since the last run without errors: its report again, and nothing loaded or written.
  const stamp = readStamp(out);
  const listing = listSeeds(seeds, values.force ? null : stamp);
  const rerunKey = sha256([String(MANIFEST_VERSION), seeds, process.cwd(), ...codeAndCatalog].join('\0'));
  if (stamp && !values.force && unchangedSince(stamp, observeRun(rerunKey, seeds, listing, out, stamp))) {
    replayRun(stamp, shown, values.stats ? started : null);
    return;
  }
  // Any run that may write removes the stamp first: one killed half-way leaves none to trust.
  if (stamp || existsSync(join(out, STAMP_FILE))) rmSync(join(out, STAMP_FILE), { force: true });
  // Hashed before the run reads it: an edit saved during the run is seen by the next one.
  const editsAtStart = outputFiles(out).edits;
  // Node keeps the stages compiled (types stripped) on disk for the next run: loading them is most of a small run.
  enableCompileCache();
  stages = await import('./run-stages.ts');
  const { loadCatalog, pipelineContext, planRun, processArticles, settleRun, editLookup, settleEdits, touchedBuckets, CORPUS_STAGES } = stages;
  const catalog = loadCatalog(roundFiles, actorFiles);
  if (catalog.diagnostics.some((d) => d.severity === 'error')) fail(catalog.diagnostics, 'the catalog is invalid', shown);
  const diagnostics = gathered;
  diagnostics.push(...catalog.diagnostics);
  const engine = await loadDateEngine();
  if (engine.problem) {
    diagnostics.push({ file: 'src/ingest/time/index.ts', line: 1, column: 1, severity: 'warning', rule: 'no-date-engine', reason: `date engine not available (${engine.problem}): articles are written undated, with no entries` });
  }
  const context = pipelineContext(catalog, engine.dateArticle);

  const fingerprint = runFingerprint(engine.dateArticle !== null, codeFiles(import.meta.dirname).map((f) => readFileSync(f, 'utf8')), [...roundFiles, ...actorFiles]);

  // Inputs, named as the maintainer sees them: `<seeds folder name>/<file>`, whatever the working folder.
  const label = basename(seeds);
  const inputs = new Map<string, Uint8Array>();
  // Inputs that are no article file (a symbolic link, a file that cannot be read): one error each, and
  // what they published before stays, as for any article with an error.
  const refused = new Map<string, string>();
  const knownHashes = new Map<string, string>();
  // The folder's entry types spare a stat per regular file; a type the file system does not report is
  // lstat'ed (never followed: a link is refused, see seedProblem).
  for (const entry of readdirSync(seeds, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    const path = join(seeds, name);
    if (name.startsWith('.')) continue;
    const link = entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory() && lstatSync(path).isSymbolicLink());
    if (!link && !(entry.isFile() || (!entry.isDirectory() && lstatSync(path).isFile()))) continue;
    if (!link && !SEED_NAME.test(name)) {
      diagnostics.push({ file: `${label}/${name}`, line: 1, column: 1, severity: 'warning', rule: 'not-a-seed', reason: 'not a .txt, .md or .html file: ignored' });
      continue;
    }
    // A seed the stamp trusts by its stat is read only if it must be processed (see bytesOf).
    const known = link ? undefined : listing.files.get(name)?.known;
    if (known !== undefined) {
      knownHashes.set(`${label}/${name}`, known);
      inputs.set(`${label}/${name}`, NOT_READ);
      continue;
    }
    const read = readSeed(path);
    if (typeof read === 'string') refused.set(`${label}/${name}`, read);
    inputs.set(`${label}/${name}`, typeof read === 'string' ? new Uint8Array(0) : read);
  }
  const hashes = new Map([...inputs].map(([source, bytes]) => [source, knownHashes.get(source) ?? sha256(refused.has(source) ? `refused\0${refused.get(source)}` : bytes)]));
  // A seed unreadable since its stat was taken gives no text: an error on it, and its last good result stays.
  const bytesOf = (source: string) => (inputs.get(source) === NOT_READ ? (readRegularFile(join(seeds, source.slice(label.length + 1))) ?? new Uint8Array(0)) : inputs.get(source)!);

  const manifestPath = join(out, '.manifest.json');
  const shardDir = join(out, '.manifest');
  // What a killed run was writing is never a good copy of anything (its rename never happened).
  sweepTempFiles([out, shardDir, ...GENERATED.map((sub) => join(out, sub))]);
  const { previous, previousManifestHash } = readManifest(manifestPath, shardDir, values.force ? undefined : fingerprint);
  const reuse = !values.force && previous.fingerprint === fingerprint;
  const changes = diffInputs(previous, hashes);
  const unchanged = new Set(reuse ? changes.unchanged : []);

  // Read before the articles: it says which renamed seeds keep an older id.
  const lockPath = join(out, 'ids.lock.json');
  let lock: IdsLock = EMPTY_LOCK;
  if (existsSync(lockPath)) {
    try {
      lock = parseIdsLock(readFileSync(lockPath, 'utf8'));
    } catch (error) {
      fail([...diagnostics, { file: lockPath, line: 1, column: 1, severity: 'error', rule: 'ids-lock', reason: `cannot read the ids lock: ${(error as Error).message}` }], 'the ids lock is unreadable', shown);
    }
  }

  // The generated files already there (nothing is written before the corpus stages), listed once instead of a stat per article.
  const existing = new Set(listGenerated(out));
  const hashed = [...inputs.keys()].map((source) => ({ source, hash: hashes.get(source)!, refused: refused.get(source) }));
  const assigned = assignArticleIds(hashed, previous, lock.renamed ?? {});
  diagnostics.push(...assigned.diagnostics);
  // Which inputs need processing: unchanged ones reuse their cached result, a second copy of a text is skipped.
  const seedInputs = hashed.map((input) => ({ ...input, id: assigned.ids.get(input.source)! }));
  const planned = planRun(seedInputs, previous, unchanged, existing);
  const idOf = new Map(seedInputs.map((s) => [s.source, s.id]));
  const jobs = [...planned].filter(([, r]) => r === null).map(([source]) => ({ source, bytes: bytesOf(source), id: idOf.get(source) }));
  const processed = await processArticles(jobs, context, { roundFiles, actorFiles, withEngine: engine.dateArticle !== null }, (done) => {
    if (showProgress && (done % 50 === 0 || done === jobs.length)) process.stderr.write(progressBar(done, jobs.length));
  });
  jobs.forEach((job, i) => planned.set(job.source, processed[i]!));
  // The bytes are hashed and processed: let them go before the corpus stages need the memory.
  for (const source of inputs.keys()) inputs.set(source, new Uint8Array(0));

  const { results, articles, failedIds, diagnostics: articleDiagnostics } = settleRun(seedInputs, planned as Map<string, ArticleResult>, previous);
  diagnostics.push(...articleDiagnostics);
  const next: Manifest = { ...emptyManifest(fingerprint), articles };
  if (showProgress && jobs.length > 0) process.stderr.write('\n');

  const editsPath = join(out, 'edits.yaml');
  const edits = readEdits(editsPath, { rounds: new Set(catalog.rounds.map((r) => r.id)), actors: new Set(catalog.actors.map((a) => a.id)) }, diagnostics, shown);

  const versions = new Map(Object.entries(next.articles).map(([source, a]) => [source, a.hash] as const));
  const touched = touchedBuckets(results, previous, next.articles);
  const build = (editFor: EditFor) => CORPUS_STAGES.merge(results, previous.buckets, existing, versions, reuse, editFor, touched);
  const editFor = editLookup(edits, lock.redirects);
  const firstBuilt = build(editFor);

  const lockPlan = CORPUS_STAGES.lock(lock, firstBuilt.entries, { results, failedIds, editorMerged: firstBuilt.merges.mergedAway }, (id) => publishedFile(out, id), relative(process.cwd(), lockPath));
  diagnostics.push(...lockPlan.diagnostics);
  if (lockPlan.vanished.length > 0) fail([...diagnostics, ...lockPlan.vanished], 'published entry ids would vanish', shown);
  const { built, diagnostics: editDiagnostics } = settleEdits(edits, { built: firstBuilt, editFor }, lockPlan.lock, build, relative(process.cwd(), editsPath));
  diagnostics.push(...editDiagnostics);
  next.buckets = built.buckets;

  for (const sub of GENERATED) mkdirSync(join(out, sub), { recursive: true });
  let written = 0;
  let unchangedFiles = 0;
  const produced = new Set(built.kept);
  const put = (rel: string, content: string) => {
    const { hash, recorded } = outputHash(previous.outputs, rel, content);
    produced.add(rel);
    const path = join(out, rel);
    // A file that cannot be written (a full disk, a folder in its place) stops the run before the lock
    // names it: what the last run published stays as it was (see the end of this file).
    if (recorded && existsSync(path)) unchangedFiles++;
    // A file not listed at the start is new: nothing to compare it with (reading for it costs an exception).
    else if (writeAtomic(path, content, existing.has(rel))) written++;
    else unchangedFiles++;
    next.outputs[rel] = hash;
  };
  // Written one by one and let go, so the whole corpus's MDX never sits in memory at once.
  for (const [rel, mdx] of built.articles) {
    put(rel, mdx);
    built.articles.set(rel, '');
  }
  for (const r of results) if (r.article) r.article.mdx = '';
  const unrendered = new Set<string>();
  for (const file of CORPUS_STAGES.write(built.toRender)) {
    if ('error' in file) {
      diagnostics.push(file.error);
      unrendered.add(file.entry);
    } else put(file.rel, file.text);
  }
  // Merged again next run, so each entry not written is rendered (and its error reported) again.
  next.buckets = withoutBuckets(next.buckets, built.bucketOf, unrendered);
  for (const rel of built.kept) {
    next.outputs[rel] = previous.outputs[rel] ?? sha256(readFileSync(join(out, rel)));
    unchangedFiles++;
  }
  // A stale file may be the last good copy of what failed this run: those stay, the others go.
  const stale = chooseStale(staleScope({ listed: listGenerated(out), produced, failedArticles: failedIds, failedEntries: unrendered, diagnostics, sources: new Set(inputs.keys()) }));
  // Killable at any point: the new and changed files are all in place before the lock names them (and
  // redirects the ids they replace), and a stale file goes only once the lock redirects its id. A run
  // killed earlier leaves the last lock, every file it names, and the files that feed its successors.
  writeAtomic(lockPath, serializeIdsLock({ ...lockPlan.lock, renamed: assigned.renamed }));
  writeManifest(manifestPath, shardDir, next, previousManifestHash);
  for (const rel of stale.remove) rmSync(join(out, rel), { force: true });
  // Last, so it describes only a finished run; a run with an error is retried in full next time.
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const once = new Set([...assigned.diagnostics, ...lockPlan.diagnostics]);
    const seedRecords: RerunStamp['seeds'] = {};
    for (const [name, s] of listing.files) {
      const hash = hashes.get(`${label}/${name}`);
      if (hash !== undefined) seedRecords[name] = { stat: s.stat, mtimeMs: s.mtimeMs, hash };
    }
    const finished: RerunStamp = {
      version: 1, key: rerunKey, listedAt: listing.listedAt, names: listing.names, seeds: seedRecords, files: { ...outputFiles(out), edits: editsAtStart },
      generated: generatedListing(out), outputs: Object.keys(next.outputs).length, articles: inputs.size, diagnostics: diagnostics.filter((d) => !once.has(d)),
    };
    writeAtomic(join(out, STAMP_FILE), stampText(finished), false);
  }

  printDiagnostics(diagnostics, shown);
  const figures = runFigures({ changes, written, unchangedFiles, stale, diagnostics, reused: reuse, forced: values.force === true });
  process.stdout.write(`${summarizeRun(figures)}\n`);
  if (values.stats) {
    printStats(started, inputs.size, jobs.length);
  }
  process.exitCode = figures.errors > 0 ? 1 : 0;
}

try {
  await main();
} catch (error) {
  // No stack trace for the maintainer: the diagnostics gathered so far, then one line saying what failed
  // and what to do. The write order (see above) leaves every published id opening its page.
  printDiagnostics(gathered, shownAs);
  if (isIoError(error)) {
    const { path, reason } = describeIoError(error);
    process.stderr.write(`${formatDiagnostic({ file: path ? relative(process.cwd(), path) : 'ingest', line: 1, column: 1, severity: 'error', rule: 'io', reason })}\n`);
    process.stderr.write('ingest: stopped by a file system error; what was published before is intact: fix the cause above and run again\n');
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ingest: internal error: ${message.split('\n')[0]!.slice(0, 300)} (a bug in the build step; MASAR_DEBUG=1 prints where it happened)\n`);
    if (process.env.MASAR_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = 1;
}
