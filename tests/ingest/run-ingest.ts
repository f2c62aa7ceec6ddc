// Runs the real cli (`src/ingest/cli.mjs`) as the maintainer does, on temp folders.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STAMP_FILE } from '../../src/ingest/write/observe-run.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = join(ROOT, 'seeds');

export interface Run {
  code: number;
  /** The signal that ended the cli (SIGKILL from the crash test's kill switch), else null. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Added to the cli's environment. */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. `--import` of a test hook. */
  node?: string[];
}

let snapshot: string | null = null;

/**
 * The cli runs from a copy of src/ and the catalog taken once per test file: other engineers edit the
 * tree while tests run, and a changed file changes the pipeline's fingerprint between two runs.
 */
function cliRoot(): string {
  if (snapshot && existsSync(snapshot)) return snapshot;
  snapshot = join(mkdtempSync(join(tmpdir(), 'masar-cli-')), 'repo');
  cpSync(join(ROOT, 'src'), join(snapshot, 'src'), { recursive: true });
  for (const dir of ['rounds', 'actors']) cpSync(join(ROOT, 'content', dir), join(snapshot, 'content', dir), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(snapshot, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'));
  return snapshot;
}

export function cliArgs(seeds: string, out: string, extra: string[] = [], node: string[] = []): { args: string[]; cwd: string } {
  const root = cliRoot();
  return { args: [...node, join(root, 'src/ingest/cli.mjs'), '--seeds', seeds, '--out', out, '--catalog', join(root, 'content'), ...extra], cwd: root };
}

export function runIngest(seeds: string, out: string, extra: string[] = [], options: RunOptions = {}): Run {
  const { args, cwd } = cliArgs(seeds, out, extra, options.node);
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...options.env } });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the cli without waiting for it: for runs that must overlap. */
export function startIngest(seeds: string, out: string, extra: string[] = []): Promise<Run> {
  const { args, cwd } = cliArgs(seeds, out, extra);
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CI: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((done) => child.on('close', (code, signal) => done({ code: code ?? -1, signal, stdout, stderr })));
}

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `masar-${name}-`));
}

/** A temp seeds folder holding copies of the given seed files. */
export function seedsWith(files: readonly string[]): string {
  const dir = join(tempDir('seeds'), 'seeds');
  for (const f of files) cpSync(join(SEEDS, f), join(dir, f), { recursive: true });
  return dir;
}

/**
 * Relative path → sha256 of every file under `dir` (dot files included), but the rerun stamp: it records
 * the seeds' inodes and times on this machine (src/ingest/write/rerun-stamp.ts), not output.
 */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    if (rel === STAMP_FILE) continue;
    const path = join(dir, rel);
    if (statSync(path).isFile()) out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}
