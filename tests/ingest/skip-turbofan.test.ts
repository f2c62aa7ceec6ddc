// The cli turns V8's top tier off for its process (src/ingest/skip-turbofan.mjs): a run is too short for
// TurboFan's compiling to pay. Checked in a fresh Node, where a hot loop would otherwise reach TurboFan.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-ingest.ts';

const MODULE = join(ROOT, 'src/ingest/skip-turbofan.mjs');

/** Runs a hot loop in a fresh Node (after skipTurbofan when `skip`) and tells which tier it reached, with skipTurbofan's answer. */
function tierReached(nodeFlags: readonly string[], skip: boolean): { skipped: boolean | null; turbofan: boolean } {
  const script = `
    const { skipTurbofan } = await import(${JSON.stringify(MODULE)});
    const skipped = ${skip} ? skipTurbofan() : null;
    function hot(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return s; }
    const a = Array.from({ length: 1000 }, (_, i) => i);
    // Warmed, then optimized at once (no waiting on a background compile): the tier the flags allow.
    %PrepareFunctionForOptimization(hot);
    hot(a); hot(a);
    %OptimizeFunctionOnNextCall(hot);
    hot(a);
    console.log(JSON.stringify({ skipped, turbofan: (%GetOptimizationStatus(hot) & 64) !== 0 }));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', ...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { skipped: boolean | null; turbofan: boolean };
}

describe('skipTurbofan', { timeout: 30_000 }, () => {
  it('keeps hot code below TurboFan, which it reaches without it', () => {
    expect(tierReached([], false)).toEqual({ skipped: null, turbofan: true });
    expect(tierReached([], true)).toEqual({ skipped: true, turbofan: false });
  });

  it('leaves the tier to a TurboFan flag Node was started with', () => {
    expect(tierReached(['--turbofan'], true)).toEqual({ skipped: false, turbofan: true });
    expect(tierReached(['--no-opt'], true)).toEqual({ skipped: false, turbofan: false });
    expect(tierReached(['--noopt'], true)).toEqual({ skipped: false, turbofan: false });
  });
});
