// `npm test` on a machine with Node and npm but no Chromium: the browser tests' set-up stops the
// whole run before any test starts, with one line naming the command to run (the first
// "done when"). Checked on a made-up machine: a PATH holding only node, a HOME of its own, no
// CHROMIUM_PATH, not CI; the unit project runs beside e2e to show nothing starts before the stop.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ANSI = /\u001b\[[0-9;]*m/g;
const machine = mkdtempSync(join(tmpdir(), 'masar-no-browser-'));
afterAll(() => rmSync(machine, { recursive: true, force: true }));

describe('npm test without Chromium', () => {
  it('stops before any test runs, with one line saying what to run', { timeout: 120_000 }, () => {
    mkdirSync(join(machine, 'bin'));
    mkdirSync(join(machine, 'home'));
    symlinkSync(process.execPath, join(machine, 'bin', 'node'));
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', '--project', 'e2e'], {
      cwd: ROOT,
      env: { PATH: join(machine, 'bin'), HOME: join(machine, 'home'), NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const stdout = run.stdout.replace(ANSI, '');
    const lines = run.stderr.replace(ANSI, '').split('\n').filter((l) => l.trim() !== '');
    expect(run.status).toBe(1);
    // No apt-get on this PATH: Playwright's own download is the way to a browser.
    expect(lines).toEqual([
      "browser tests: no Chromium found (CHROMIUM_PATH, chromium, chromium-browser, google-chrome, google-chrome-stable on PATH, Playwright's cache): run `npx playwright-core install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary",
    ]);
    expect(stdout).not.toMatch(/Test Files|✓|×|passed|failed/);
  });
});
