// Builds from two content folders must not leak into each other: Astro keeps a content data store
// between builds, and a store shared by a build from another folder (the browser tests', the
// benchmark's) once made the next build fail as soon as that folder was gone.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site.ts';

const FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/content');

function build(content: string, out: string): void {
  execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env: { ...process.env, MASAR_CONTENT: content }, stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('content cache per content folder', () => {
  it('a build from one folder still works, with only its own entries, after another folder was built and deleted', () => {
    // A fixed folder, so its content caches (one per content path) are reused run after run, not piled up.
    const work = resolve(ROOT, 'tests/.cache/content-cache');
    rmSync(work, { recursive: true, force: true });
    try {
      const other = join(work, 'other');
      const mine = join(work, 'mine');
      for (const dir of [other, mine]) {
        cpSync(resolve(ROOT, 'content/rounds'), join(dir, 'rounds'), { recursive: true });
        cpSync(resolve(ROOT, 'content/actors'), join(dir, 'actors'), { recursive: true });
      }
      // "other" has the seeds' entries and the fixture's; "mine" the seeds' only: the same ids in
      // two folders (as the browser tests' copy of content/ has), and ids only the other one has.
      for (const dir of [other, mine]) {
        cpSync(resolve(ROOT, 'content/articles'), join(dir, 'articles'), { recursive: true });
        cpSync(resolve(ROOT, 'content/entries'), join(dir, 'entries'), { recursive: true });
      }
      cpSync(join(FIXTURE, 'articles'), join(other, 'articles'), { recursive: true });
      cpSync(join(FIXTURE, 'entries'), join(other, 'entries'), { recursive: true });
      build(other, join(work, 'dist-other'));
      rmSync(other, { recursive: true, force: true });
      build(mine, join(work, 'dist-mine'));
      const pages = readdirSync(join(work, 'dist-mine', 'entries')).sort();
      const expected = readdirSync(join(mine, 'entries')).map((f) => f.replace(/\.mdx$/, '')).sort();
      expect(pages).toEqual(expected);
      expect(existsSync(join(work, 'dist-mine', 'index.html'))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
