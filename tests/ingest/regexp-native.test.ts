// The cli has V8 compile each regex straight to machine code (src/ingest/regexp-native.mjs): interpreted
// first, a pattern is compiled twice. Checked in a fresh Node, on an Arabic pattern used once.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-ingest.ts';

const MODULE = join(ROOT, 'src/ingest/regexp-native.mjs');

/** Matches a pattern once in a fresh Node (after regexpNative when `native`): what V8 compiled it to. */
function compiled(nodeFlags: readonly string[], native: boolean): { turnedOff: boolean | null; machineCode: boolean; bytecode: boolean } {
  const script = `
    const { regexpNative } = await import(${JSON.stringify(MODULE)});
    const turnedOff = ${native} ? regexpNative() : null;
    const re = new RegExp('(?:الجولة|جولة)\\\\s+(?:الأولى|الثانية)', 'u');
    re.exec('بدأت اليوم الجولة الثانية من المحادثات');
    // Arabic text is two bytes a character: the second argument asks for that form's code.
    console.log(JSON.stringify({ turnedOff, machineCode: %RegexpHasNativeCode(re, false), bytecode: %RegexpHasBytecode(re, false) }));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', ...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { turnedOff: boolean | null; machineCode: boolean; bytecode: boolean };
}

describe('regexpNative', { timeout: 30_000 }, () => {
  it('compiles a pattern once, to machine code, where V8 otherwise makes bytecode too', () => {
    expect(compiled([], false)).toEqual({ turnedOff: null, machineCode: true, bytecode: true });
    expect(compiled([], true)).toEqual({ turnedOff: true, machineCode: true, bytecode: false });
  });

  it('leaves the choice to a tier-up flag Node was started with', () => {
    expect(compiled(['--regexp-tier-up'], true)).toEqual({ turnedOff: false, machineCode: true, bytecode: true });
  });
});
