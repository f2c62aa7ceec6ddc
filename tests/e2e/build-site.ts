// Builds the site once for the browser tests: astro build, then Pagefind, into a private output folder
// (other engineers' builds use dist/). The content is assembled in tests/.cache/e2e-content from the
// real catalog (content/rounds, and content/actors when it has any) and the fixture's articles,
// entries and ids.lock.json (entries quoted from the seeds, so every page kind is exercised whatever
// the ingest currently produces). MASAR_E2E_CONTENT=<folder> builds that folder as it is instead
// (e.g. MASAR_E2E_CONTENT=content for the full real content); MASAR_E2E_REUSE=1 reuses the last build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = resolve(ROOT, 'tests/.cache/e2e-dist');
const FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/content');
const ASSEMBLED = resolve(ROOT, 'tests/.cache/e2e-content');

export interface Built { out: string; content: string; seconds: number }

const hasFiles = (dir: string, ext: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(ext));

function assembleContent(): string {
  rmSync(ASSEMBLED, { recursive: true, force: true });
  mkdirSync(ASSEMBLED, { recursive: true });
  const real = resolve(ROOT, 'content');
  for (const [sub, ext] of [['rounds', '.yaml'], ['actors', '.yaml']] as const) {
    const from = hasFiles(join(real, sub), ext) ? join(real, sub) : join(FIXTURE, sub);
    cpSync(from, join(ASSEMBLED, sub), { recursive: true });
  }
  for (const sub of ['articles', 'entries']) cpSync(join(FIXTURE, sub), join(ASSEMBLED, sub), { recursive: true });
  cpSync(join(FIXTURE, 'ids.lock.json'), join(ASSEMBLED, 'ids.lock.json'));
  return ASSEMBLED;
}

export function buildSite(): Built {
  const stamp = resolve(OUT, '.e2e-build.json');
  if (process.env.MASAR_E2E_REUSE === '1' && existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8')) as Built;
  const content = process.env.MASAR_E2E_CONTENT ? resolve(ROOT, process.env.MASAR_E2E_CONTENT) : assembleContent();
  const t0 = performance.now();
  const env = { ...process.env, MASAR_CONTENT: content };
  execFileSync('npx', ['astro', 'build', '--outDir', OUT], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('npx', ['pagefind', '--site', OUT, '--quiet'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const built: Built = { out: OUT, content, seconds: (performance.now() - t0) / 1000 };
  writeFileSync(stamp, JSON.stringify(built));
  return built;
}
