// npm run ingest -- --seeds DIR --out DIR [--catalog DIR] [--force] [--stats] [--wait SECONDS]
// Turns Node's compile cache on, then loads the run (cli-main.ts). A module's static imports are all
// compiled before its first line runs, so the run is imported here, after the cache is on: then a
// rerun reads every module of the build step compiled, types stripped, from disk.
// Plain JavaScript, as compile-cache.mjs is: they run before the cache is on, and one TypeScript file
// there costs every run Node's type stripper (loaded and run: 40-80 ms, a fifth of a rerun).
import { resolve } from 'node:path';
import { useCompileCache } from './compile-cache.mjs';
import { skipTurbofan } from './skip-turbofan.mjs';

useCompileCache(resolve(import.meta.dirname, '../..'));
// Before anything is compiled: a run is too short for TurboFan's compiling to pay (skip-turbofan.mjs).
skipTurbofan();
await import('./cli-main.ts');
