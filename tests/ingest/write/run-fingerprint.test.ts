// The ingest cache's key: anything that can change an article's result must change it, and nothing else.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedTexts, localImports, rerunKey, runFingerprint } from '../../../src/ingest/write/run-fingerprint.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const rounds = readdirSync(join(ROOT, 'content/rounds')).filter((f) => f.endsWith('.yaml')).sort();
const catalog = rounds.map((f) => ({ path: `content/rounds/${f}`, text: readFileSync(join(ROOT, 'content/rounds', f), 'utf8') }));
const code = ['src/ingest/pipeline.ts', 'src/ingest/plan-run.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8'));

describe('runFingerprint', () => {
  const base = runFingerprint(true, code, catalog);

  it('is the same for the same code and catalog, as a sha256 in hex', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(runFingerprint(true, [...code], catalog.map((f) => ({ ...f })))).toBe(base);
  });

  it('changes with one character of the code, of a catalog file, or with the date engine missing', () => {
    expect(runFingerprint(true, [code[0]!, `${code[1]!} `], catalog)).not.toBe(base);
    const edited = catalog.map((f, i) => (i === 0 ? { ...f, text: f.text.replace('أستانا', 'آستانة') } : f));
    expect(edited[0]!.text).not.toBe(catalog[0]!.text);
    expect(runFingerprint(true, code, edited)).not.toBe(base);
    expect(runFingerprint(false, code, catalog)).not.toBe(base);
  });

  it('counts a catalog file\'s path (a round moved to another file) and keeps files apart', () => {
    expect(runFingerprint(true, code, catalog.map((f, i) => (i === 0 ? { ...f, path: 'content/rounds/moved.yaml' } : f)))).not.toBe(base);
    expect(runFingerprint(true, ['ab', 'c'], [])).not.toBe(runFingerprint(true, ['a', 'bc'], []));
  });
});

describe('rerunKey', () => {
  const seeds = join(ROOT, 'seeds');
  const base = rerunKey(seeds, ROOT, code, catalog);

  it('is the same for the same folders, code and catalog, and is not the cache\'s fingerprint', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(rerunKey(seeds, ROOT, [...code], catalog.map((f) => ({ ...f })))).toBe(base);
    expect(base).not.toBe(runFingerprint(true, code, catalog));
  });

  it('changes with the seeds folder or the working folder, which name the seeds in the report it repeats', () => {
    expect(rerunKey(join(ROOT, 'tests/fixtures/corpus/train'), ROOT, code, catalog)).not.toBe(base);
    expect(rerunKey(seeds, join(ROOT, 'content'), code, catalog)).not.toBe(base);
  });

  it('changes with the code or a catalog file, as the fingerprint does', () => {
    expect(rerunKey(seeds, ROOT, [code[0]!, `${code[1]!}\n`], catalog)).not.toBe(base);
    expect(rerunKey(seeds, ROOT, code, catalog.slice(1))).not.toBe(base);
    expect(rerunKey(seeds, ROOT, code, catalog.map((f, i) => (i === 0 ? { ...f, path: 'content/rounds/moved.yaml' } : f)))).not.toBe(base);
  });
});

describe('localImports', () => {
  it('lists the relative .ts modules a real source imports, not the packages', () => {
    const found = localImports(readFileSync(join(ROOT, 'src/ingest/pipeline.ts'), 'utf8'));
    expect(found).toContain('./read/read-stage.ts');
    expect(found).toContain('./diagnostics/locate-diagnostics.ts');
    expect(found.every((f) => /^\.{1,2}\/.+\.ts$/.test(f))).toBe(true);
    expect(found.some((f) => f.includes('node:'))).toBe(false);
  });
});

describe('importedTexts', () => {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  const ingest = join(ROOT, 'src/ingest');
  const own = readdirSync(ingest, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(ingest, f));
  const texts = importedTexts(own, read);
  const textOf = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

  it('holds every module of the build step and the src/lib helpers it imports, in the order of their paths', () => {
    expect(texts).toContain(textOf('src/ingest/cli-main.ts'));
    expect(texts).toContain(textOf('src/ingest/time/index.ts'));
    // The arabic folding and the meeting verbs are shared with the site, and imported by the build step.
    expect(texts).toContain(textOf('src/lib/arabic-fold.ts'));
    expect(texts).toContain(textOf('src/lib/lexicon/meeting-verbs.ts'));
    const at = (rel: string) => texts.indexOf(textOf(rel));
    expect(at('src/ingest/cli-main.ts')).toBeLessThan(at('src/ingest/time/index.ts'));
    expect(at('src/ingest/time/index.ts')).toBeLessThan(at('src/lib/arabic-fold.ts'));
    expect(at('src/lib/arabic-fold.ts')).toBeLessThan(at('src/lib/lexicon/meeting-verbs.ts'));
  });

  it('leaves out a site-only helper of src/lib, which cannot change an article', () => {
    expect(texts).not.toContain(textOf('src/lib/timeline-filter.ts'));
    expect(texts).not.toContain(textOf('src/lib/search-excerpt.ts'));
  });

  it('follows imports through the modules it reaches, and skips an import of no file', () => {
    const files: Record<string, string> = {
      '/p/src/ingest/a.ts': "import { b } from '../lib/b.ts';\nimport { gone } from './gone.ts';",
      '/p/src/lib/b.ts': "import { c } from './c.ts';",
      '/p/src/lib/c.ts': 'export const c = 1;',
      '/p/src/lib/unused.ts': 'export const u = 1;',
    };
    expect(importedTexts(['/p/src/ingest/a.ts'], (f) => files[f] ?? null)).toEqual([files['/p/src/ingest/a.ts'], files['/p/src/lib/b.ts'], files['/p/src/lib/c.ts']]);
  });
});
