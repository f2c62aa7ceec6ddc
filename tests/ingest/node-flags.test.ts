// The build step's Node flags (src/ingest/node-flags.mjs): given where Node starts it, and changing how
// its patterns run, never what they match. The manifest holds the code's fingerprint and the rerun stamp
// the seeds' inodes, the same for both runs here; every generated file is compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGEST_NODE_FLAGS } from '../../src/ingest/node-flags.mjs';
import { hashTree, ROOT, runIngest, SEEDS, tempDir } from './run-ingest.ts';

describe('the ingest cli\'s Node flags', { timeout: 180_000 }, () => {
  it('are those `npm run ingest` starts Node with', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.ingest).toBe(`node ${INGEST_NODE_FLAGS.join(' ')} src/ingest/cli.mjs`);
  });

  it('give the seeds\' content byte for byte as Node\'s defaults do', () => {
    const plain = tempDir('flags-plain');
    const flagged = tempDir('flags-on');
    expect(runIngest(SEEDS, plain).code).toBe(0);
    const run = runIngest(SEEDS, flagged, [], { node: [...INGEST_NODE_FLAGS] });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/bad option|unknown/i);
    expect(hashTree(flagged)).toEqual(hashTree(plain));
  });
});
