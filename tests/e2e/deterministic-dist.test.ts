// Same content, same dist/: two builds of the seeds' content (astro, Pagefind and the publish step, as
// `npm run build` runs them) are compared file by file, byte by byte. Pagefind alone names its filter
// files differently on every run (src/publish/sort-pagefind-filter.ts).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDist, ROOT, seedsContent } from './build-site.ts';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

describe('deterministic dist/', () => {
  it('two builds of the same content give the same files with the same bytes, Pagefind included', () => {
    // Fixed folders, so their content caches (one per content path) are reused run after run.
    const work = resolve(ROOT, 'tests/.cache/deterministic-dist');
    rmSync(work, { recursive: true, force: true });
    try {
      const content = seedsContent(join(work, 'content'));
      buildDist(content, join(work, 'dist-1'));
      buildDist(content, join(work, 'dist-2'));
      const first = filesUnder(join(work, 'dist-1'));
      const second = filesUnder(join(work, 'dist-2'));
      expect(second).toEqual(first);
      expect(first.filter((f) => f.endsWith('.pf_filter')).length).toBeGreaterThan(0);
      const differing = first.filter((f) => !readFileSync(join(work, 'dist-1', f)).equals(readFileSync(join(work, 'dist-2', f))));
      expect(differing).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000); // two whole builds in one test: 65-86 s measured alone at load 13-14
});
