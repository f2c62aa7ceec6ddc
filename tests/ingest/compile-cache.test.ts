// The cli keeps its compiled modules in the project's node_modules/.cache (src/ingest/compile-cache.mjs):
// used when it can be written, and a run that cannot write it still succeeds with the same output.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/ingest/compile-cache.mjs';
import { hashTree, ROOT, SEEDS, tempDir } from './run-ingest.ts';

/** A copy of the cli with a node_modules folder of its own (its packages linked), so its cache is its own. */
function cliCopy(name: string): string {
  const root = join(tempDir(name), 'repo');
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  for (const dir of ['rounds', 'actors']) cpSync(join(ROOT, 'content', dir), join(root, 'content', dir), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules')).filter((e) => e !== '.cache')) symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  return root;
}

function ingest(root: string, out: string): { code: number | null; stderr: string } {
  // Either variable set outside would decide for the cli (Node's documented precedence).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_COMPILE_CACHE' && k !== 'NODE_DISABLE_COMPILE_CACHE'));
  const r = spawnSync(process.execPath, [join(root, 'src/ingest/cli.mjs'), '--seeds', SEEDS, '--out', out, '--catalog', join(root, 'content')], {
    cwd: root, encoding: 'utf8', env: { ...env, CI: '1' },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('the compile cache', { timeout: 60_000 }, () => {
  it('is written inside the project, and a run that cannot write it gives the same files', () => {
    const cached = cliCopy('cc-on');
    const cachedOut = tempDir('cc-on-out');
    expect(ingest(cached, cachedOut).code).toBe(0);
    // Node writes one folder per version and platform, holding the compiled modules.
    const dir = compileCacheDir(cached);
    expect(readdirSync(dir).flatMap((v) => readdirSync(join(dir, v))).length).toBeGreaterThan(10);

    const blocked = cliCopy('cc-off');
    writeFileSync(join(blocked, 'node_modules', '.cache'), 'a file where the cache folder would go\n');
    const blockedOut = tempDir('cc-off-out');
    const run = ingest(blocked, blockedOut);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(compileCacheDir(blocked))).toBe(false);
    expect(hashTree(blockedOut)).toEqual(hashTree(cachedOut));
  });
});
