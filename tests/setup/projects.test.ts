// The Vitest projects keep the unit loop fast: a test that starts a process belongs to `integration`
// (or `e2e`), and every test file belongs to some project, so none is silently never run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTEGRATION } from '../vitest.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SPAWNS = /\b(runIngest|spawnSync|spawn|execFileSync|execFile|execSync|exec|fork)\(/;

const testFiles = readdirSync(join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && !f.split('/').includes('.cache'))
  .map((f) => `tests/${f}`)
  .sort();
const e2e = (f: string) => f.startsWith('tests/e2e/');

describe('vitest projects', () => {
  it('lists integration tests that exist', () => {
    expect(INTEGRATION.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('keeps every test that starts a process out of the unit project', () => {
    const unit = testFiles.filter((f) => !e2e(f) && !INTEGRATION.includes(f));
    expect(unit.length).toBeGreaterThan(30);
    expect(unit.filter((f) => SPAWNS.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('has the integration tests start processes (else they belong in unit)', () => {
    expect(INTEGRATION.filter((f) => !SPAWNS.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
