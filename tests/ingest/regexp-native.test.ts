// The cli has V8 compile each regex straight to machine code (src/ingest/regexp-native.mjs): interpreted
// first, a pattern is made into bytecode at its first use and compiled again to machine code at a later
// one. Checked in a fresh Node, on an Arabic pattern after its first use: bytecode, or none.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-ingest.ts';

const MODULE = join(ROOT, 'src/ingest/regexp-native.mjs');

/** Matches a pattern once in a fresh Node (after regexpNative when `native`): whether V8 interpreted it. */
function interpreted(nodeFlags: readonly string[], native: boolean): { turnedOff: boolean | null; bytecode: boolean } {
  const script = `
    const { regexpNative } = await import(${JSON.stringify(MODULE)});
    const turnedOff = ${native} ? regexpNative() : null;
    const re = new RegExp('(?:الجولة|جولة)\\\\s+(?:الأولى|الثانية)', 'u');
    re.exec('بدأت اليوم الجولة الثانية من المحادثات');
    // Arabic text is two bytes a character: the second argument asks for that form's code.
    console.log(JSON.stringify({ turnedOff, bytecode: %RegexpHasBytecode(re, false) }));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', ...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { turnedOff: boolean | null; bytecode: boolean };
}

describe('regexpNative', { timeout: 30_000 }, () => {
  it('compiles a pattern straight to machine code, where V8 otherwise interprets its first use', () => {
    expect(interpreted([], false)).toEqual({ turnedOff: null, bytecode: true });
    expect(interpreted([], true)).toEqual({ turnedOff: true, bytecode: false });
  });

  it('leaves the choice to a tier-up flag Node was started with, in any spelling V8 takes', () => {
    expect(interpreted(['--regexp-tier-up'], true)).toEqual({ turnedOff: false, bytecode: true });
    expect(interpreted(['--regexp_tier_up'], true)).toEqual({ turnedOff: false, bytecode: true });
    expect(interpreted(['--noregexp-tier-up'], true)).toEqual({ turnedOff: false, bytecode: false });
  });
});
