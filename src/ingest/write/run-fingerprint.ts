// What the ingest cache is keyed on: a run whose fingerprint differs from the manifest's processes
// every article again, so everything that can change an article's result must be in it.
import { createHash } from 'node:crypto';
import type { CatalogFile } from '../catalog/load-catalog.ts';
import { MANIFEST_VERSION } from './manifest.ts';

const RELATIVE_IMPORT = /from\s+'(\.{1,2}\/[^']+\.ts)'/g;

/** The relative `.ts` modules a source file imports, as written (`./x.ts`, `../lib/y.ts`). */
export function localImports(text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => m[1]!);
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
