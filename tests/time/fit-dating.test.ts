// The fit script as a maintainer runs it (`npm run fit-dating -- --check`): it reads every split and
// scores the current parameters; a broken corpus file or gold entry would stop it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

it('npm run fit-dating -- --check scores train and dev with the current parameters', () => {
  const r = spawnSync(process.execPath, ['bench/fit-dating.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const row = (name: string) => new RegExp(`^\\| ${name} \\| (\\d+) \\| (\\d+) \\(\\d+ %\\) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$`, 'm').exec(r.stdout);
  const train = row('train');
  const dev = row('dev');
  expect(train && dev, r.stdout).toBeTruthy();
  // Every article is counted once: exact + interval + refused + excluding = articles.
  for (const m of [train!, dev!]) expect(Number(m[2]) + Number(m[3]) + Number(m[4]) + Number(m[5])).toBe(Number(m[1]));
  expect(Number(train![1])).toBeGreaterThanOrEqual(100);
}, 60_000);
