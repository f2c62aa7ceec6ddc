// What the ingest cache is keyed on: a run whose fingerprint differs from the manifest's processes
// every article again, so everything that can change an article's result must be in it.
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { CatalogFile } from '../catalog/load-catalog.ts';
import { MANIFEST_VERSION } from './manifest.ts';

const RELATIVE_IMPORT = /from\s+'(\.{1,2}\/[^']+\.ts)'/g;

/** The relative `.ts` modules a source file imports, as written (`./x.ts`, `../lib/y.ts`). */
export function localImports(text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => m[1]!);
}

/**
 * The texts of the modules `start` and every module they import, followed through their own imports,
 * in the order of their paths; `read` gives a module's text, or null when there is no such file. Read
 * from the imports, so a helper newly shared with the site is never missed, while a site-only helper
 * of src/lib stays out (and a change to it leaves the cache alone).
 */
export function importedTexts(start: readonly string[], read: (file: string) => string | null): string[] {
  const texts = new Map<string, string>();
  const queue: string[] = [];
  const add = (file: string) => {
    const text = read(file);
    if (text === null) return;
    texts.set(file, text);
    queue.push(file);
  };
  for (const file of start) add(file);
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const spec of localImports(texts.get(file)!)) {
      const target = resolve(dirname(file), spec);
      if (!texts.has(target)) add(target);
    }
  }
  return [...texts.keys()].sort().map((file) => texts.get(file)!);
}

/**
 * The cache key of a run: the manifest's format, whether the date engine loaded (without it articles
 * are written undated), the text of every source file of the build step, and every catalog file with
 * its path (a round moved to another file is another catalog).
 */
export function runFingerprint(withEngine: boolean, code: readonly string[], catalog: readonly CatalogFile[]): string {
  return keyOf([String(MANIFEST_VERSION), String(withEngine), ...code, ...catalogTexts(catalog)]);
}

/**
 * The key of the rerun stamp (rerun-stamp.ts), known before the stages are loaded: the manifest's
 * format, the code and the catalog as in the fingerprint (whether the engine loads is not known yet),
 * and the seeds folder and the working folder, which name the seeds in the report a rerun repeats.
 */
export function rerunKey(seeds: string, cwd: string, code: readonly string[], catalog: readonly CatalogFile[]): string {
  return keyOf([String(MANIFEST_VERSION), seeds, cwd, ...code, ...catalogTexts(catalog)]);
}

// A catalog file counts with its path: a round moved to another file is another catalog.
const catalogTexts = (catalog: readonly CatalogFile[]) => catalog.map((f) => `${f.path}\n${f.text}`);

const keyOf = (parts: readonly string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');
