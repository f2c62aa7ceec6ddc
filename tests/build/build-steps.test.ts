// The steps of `npm run build` after the ingest, and what decides whether they run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ASTRO_BUILD_ENV, buildSteps, contentEnv, ingestLetsBuild, pagefindArgs, SEARCHED_FOLDERS } from '../../src/build/build-steps.ts';

const ROOT = resolve(import.meta.dirname, '../..');

afterEach(() => { vi.unstubAllEnvs(); });

describe('buildSteps', () => {
  it('runs astro, Pagefind and the publish step, in that order, into the folder given', () => {
    const steps = buildSteps({ root: ROOT, out: '/tmp/site' });
    expect(steps.map((s) => s.name)).toEqual(['astro build', 'search index (Pagefind)', 'publish step']);
    expect(steps.every((s) => s.args.includes('/tmp/site'))).toBe(true);
    // Each script is one the project has.
    for (const step of steps) expect(existsSync(resolve(ROOT, step.script))).toBe(true);
  });

  it('has Astro log warnings and errors only in the build, and as it always does elsewhere', async () => {
    const [astro, ...others] = buildSteps({ root: ROOT, out: '/tmp/site' });
    expect(astro!.env).toEqual(ASTRO_BUILD_ENV);
    expect(others.every((s) => s.env === undefined)).toBe(true);
    const config = async (env: Record<string, string>) => {
      vi.resetModules();
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      return ((await import('../../astro.config.mjs')) as { default: { logger?: unknown } }).default;
    };
    expect((await config(ASTRO_BUILD_ENV)).logger).toEqual({ entrypoint: 'astro/logger/node', config: { level: 'warn' } });
    expect((await config({ MASAR_ASTRO_LOG_LEVEL: '' })).logger).toBeUndefined();
  });

  it('has Pagefind index only the searched folders', () => {
    expect(pagefindArgs('dist')).toEqual(['--site', 'dist', '--glob', `{${SEARCHED_FOLDERS.join(',')}}/**/*.html`, '--quiet']);
  });
});

describe('contentEnv', () => {
  it('names another content folder for Astro, and nothing for the repository\'s own', () => {
    const repo = resolve(ROOT, 'content');
    expect(contentEnv(repo, repo)).toEqual({});
    expect(contentEnv('/tmp/heldout/content', repo)).toEqual({ MASAR_CONTENT: '/tmp/heldout/content' });
  });
});

describe('ingestLetsBuild', () => {
  it('builds after a clean ingest and after one with article errors, not after a usage error or a crash', () => {
    expect([0, 1, 2, 130, 137].map(ingestLetsBuild)).toEqual([true, true, false, false, false]);
  });
});
