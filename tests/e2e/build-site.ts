// Builds the site for the browser tests, into a private output folder (dist/ stays the user's).
// Two kinds of content, one build each, chosen by the test file:
// - 'seeds': the real thing. The ingest CLI runs on seeds/ into tests/.cache/e2e-seeds-content (with the
//   curated catalog copied beside it), then astro build and Pagefind, exactly as `npm run build` does.
// - 'fixture': the real catalog plus hand-made articles, entries and an ids lock with a redirect
//   (tests/e2e/fixtures/content), so page kinds the seeds do not produce (a redirect) are exercised too.
// MASAR_E2E_CONTENT=<folder> builds that folder as it is instead; MASAR_E2E_REUSE=1 reuses the last build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pagefindArgs } from '../../src/build/build-steps.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = resolve(ROOT, 'tests/.cache');
const FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/content');

export type ContentKind = 'seeds' | 'fixture';
export interface Built { out: string; content: string; seconds: number; kind: ContentKind }

const hasFiles = (dir: string, ext: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(ext));

function freshFolderWithCatalog(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const real = resolve(ROOT, 'content');
  for (const [sub, ext] of [['rounds', '.yaml'], ['actors', '.yaml']] as const) {
    const from = hasFiles(join(real, sub), ext) ? join(real, sub) : join(FIXTURE, sub);
    cpSync(from, join(dir, sub), { recursive: true });
  }
}

/** The fixture content (real catalog, hand-made articles, entries and lock) copied afresh into `dir`. */
export function copyFixtureContent(dir: string): string {
  freshFolderWithCatalog(dir);
  for (const sub of ['articles', 'entries']) cpSync(join(FIXTURE, sub), join(dir, sub), { recursive: true });
  cpSync(join(FIXTURE, 'ids.lock.json'), join(dir, 'ids.lock.json'));
  return dir;
}

const fixtureContent = () => copyFixtureContent(join(CACHE, 'e2e-fixture-content'));

export function seedsContent(dir = join(CACHE, 'e2e-seeds-content')): string {
  freshFolderWithCatalog(dir);
  // The published-ids lock travels with the content: without it the ingest could not check that no URL vanished.
  const lock = resolve(ROOT, 'content/ids.lock.json');
  if (existsSync(lock)) cpSync(lock, join(dir, 'ids.lock.json'));
  // And so do the editor's corrections, as `npm run build` applies them.
  const edits = resolve(ROOT, 'content/edits.yaml');
  if (existsSync(edits)) cpSync(edits, join(dir, 'edits.yaml'));
  execFileSync('npm', ['run', '--silent', 'ingest', '--', '--seeds', 'seeds', '--out', dir, '--catalog', dir], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return dir;
}

/** The site of one content folder into `out`, as `npm run build` makes dist/: astro, Pagefind, the publish step. */
export function buildDist(content: string, out: string): void {
  const env = { ...process.env, MASAR_CONTENT: content };
  execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('npx', ['pagefind', ...pagefindArgs(out)], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  // The Node running the tests is the project's (npx vitest), as for every npm script.
  execFileSync(process.execPath, ['src/publish/cli.ts', '--site', out], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** `astro build` of one content folder into `out` (no search index). */
export function astroBuild(content: string, out: string): void {
  execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env: { ...process.env, MASAR_CONTENT: content }, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function buildSite(kind: ContentKind): Built {
  const out = join(CACHE, `e2e-dist-${kind}`);
  const stamp = join(out, '.e2e-build.json');
  if (process.env.MASAR_E2E_REUSE === '1' && existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8')) as Built;
  const t0 = performance.now();
  const content = process.env.MASAR_E2E_CONTENT
    ? resolve(ROOT, process.env.MASAR_E2E_CONTENT)
    : kind === 'seeds' ? seedsContent() : fixtureContent();
  buildDist(content, out);
  const built: Built = { out, content, seconds: (performance.now() - t0) / 1000, kind };
  writeFileSync(stamp, JSON.stringify(built));
  return built;
}
