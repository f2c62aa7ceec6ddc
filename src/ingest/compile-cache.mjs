// Node keeps the modules it compiled (types stripped) on disk, so the next run loads them without
// compiling again: loading is most of a small run (one added article, nothing changed).
// Plain JavaScript: the cli loads it before the cache is on (see cli.mjs).
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

/**
 * Inside the project, so each checkout has its own and a fresh clone or CI needs nothing: node_modules
 * is git-ignored, and rebuilt with it. Node's default, the system's temp folder, is shared by every
 * checkout and snapshot on the machine and never pruned.
 * @param {string} root
 * @returns {string}
 */
export function compileCacheDir(root) {
  return join(root, 'node_modules', '.cache', 'masar-compile');
}

/**
 * Turns the cache on for this thread (workers have their own). A folder that cannot be written leaves
 * the run uncached, never failed: Node reports it in the returned status instead of throwing, and a
 * cache written badly is checked against each module's text before use. NODE_COMPILE_CACHE and
 * NODE_DISABLE_COMPILE_CACHE still win, as Node documents.
 * @param {string} root
 * @returns {void}
 */
export function useCompileCache(root) {
  try {
    enableCompileCache(compileCacheDir(root));
  } catch {
    // A Node that lacks or changed the API: the run is only slower.
  }
}
