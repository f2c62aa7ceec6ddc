// The last build's output folder, moved off the next build's way and removed beside it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLastBuild } from '../../src/build/last-build.ts';

let work: string | undefined;
afterEach(() => { if (work) rmSync(work, { recursive: true, force: true }); });

function site(dir: string, pages: number): void {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, 'entries', `e${i}`), { recursive: true });
    writeFileSync(join(dir, 'entries', `e${i}`, 'index.html'), '<!doctype html>');
  }
}

describe('removeLastBuild', () => {
  it('frees the output folder at once and removes the old site, with one a stopped build left', async () => {
    work = mkdtempSync(join(tmpdir(), 'masar-last-build-'));
    const out = join(work, 'dist');
    site(out, 50);
    site(join(work, 'dist.old-1'), 3);
    writeFileSync(join(work, 'keep.txt'), 'not a build');
    const removed = removeLastBuild(out);
    // The next build may write at once: the folder is no longer there.
    expect(existsSync(out)).toBe(false);
    await removed;
    expect(readdirSync(work)).toEqual(['keep.txt']);
  });

  it('does nothing where there was no build', async () => {
    work = mkdtempSync(join(tmpdir(), 'masar-last-build-'));
    await removeLastBuild(join(work, 'dist'));
    expect(readdirSync(work)).toEqual([]);
  });
});
