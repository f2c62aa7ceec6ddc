// Builds the site once for the browser tests: astro build over a content folder, then Pagefind, into
// a private output folder (other engineers' builds use dist/). MASAR_E2E_CONTENT picks the content
// folder (default: the fixture, a copy of the rounds catalog plus entries quoted from the seeds);
// MASAR_E2E_REUSE=1 reuses a previous e2e build of the same folder.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = resolve(ROOT, 'tests/.cache/e2e-dist');
export const CONTENT = resolve(ROOT, process.env.MASAR_E2E_CONTENT ?? 'tests/e2e/fixtures/content');

export interface Built { out: string; content: string; seconds: number }

export function buildSite(): Built {
  const stamp = resolve(OUT, '.e2e-build.json');
  if (process.env.MASAR_E2E_REUSE === '1' && existsSync(stamp)) {
    const prev = JSON.parse(readFileSync(stamp, 'utf8')) as Built;
    if (prev.content === CONTENT) return prev;
  }
  const t0 = performance.now();
  const env = { ...process.env, MASAR_CONTENT: CONTENT };
  execFileSync('npx', ['astro', 'build', '--outDir', OUT], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('npx', ['pagefind', '--site', OUT, '--quiet'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const built: Built = { out: OUT, content: CONTENT, seconds: (performance.now() - t0) / 1000 };
  writeFileSync(stamp, JSON.stringify(built));
  return built;
}
