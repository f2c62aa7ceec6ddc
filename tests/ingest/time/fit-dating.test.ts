// The fit script as a maintainer runs it (`npm run fit-dating -- --check`): it reads every split and
// scores the current parameters; a broken corpus file or gold entry would stop it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

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

it('npm run fit-dating -- --test scores each sealed split on its own line, every article counted once', () => {
  const r = spawnSync(process.execPath, ['bench/fit-dating.ts', '--test'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  // Only the shape of the rows is checked: a sealed split's figures are not to be read by a test.
  const names = r.stdout.split('\n').map((l) => l.split('|')[1]?.trim()).filter(Boolean);
  for (const [name, dir] of [['test (sealed)', 'test'], ['test-2 (sealed, fresh)', 'test-2'], ['test-3 (sealed, fresh)', 'test-3'], ['test-4 (sealed, fresh)', 'test-4'], ['test-5 (sealed, fresh)', 'test-5']] as const) {
    const m = new RegExp(`^\\| ${name.replace(/[()]/g, '\\$&')} \\| (\\d+) \\| (\\d+) \\(\\d+ %\\) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$`, 'm').exec(r.stdout);
    expect(m, `no row «${name}» among ${names.join(', ')}`).toBeTruthy();
    const talks = (JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/corpus', dir, 'gold.json'), 'utf8')) as { articles: { about_talks: boolean }[] }).articles.filter((a) => a.about_talks).length;
    expect(Number(m![1]) === talks && Number(m![2]) + Number(m![3]) + Number(m![4]) + Number(m![5]) === talks, `row «${name}» does not count its ${talks} articles once each`).toBe(true);
  }
}, 120_000);
