// V8's top tier (TurboFan) off for the whole process, workers included (V8's flags are per process).
// A run of the build step is short: TurboFan compiles the loops over every seed, record and file name
// on a thread of its own, and a run adding one article to 10,000 ends before that compiled code pays
// for itself, so the compiling is CPU spent for nothing (on two cores, a core the run competes for).
// Maglev, the tier below it, still compiles the hot code. Measured on bench/ingest.ts's corpora, on the
// 2 cores: one added article at 10,000 about 0.1 s less CPU; full builds of 1,000 and 10,000 no slower.
// Plain JavaScript: the cli loads it before the compile cache is on (see cli.mjs).
import { setFlagsFromString } from 'node:v8';

/** Node's flags naming TurboFan (`--turbofan`, `--opt` and their `--no-` forms, `--noopt` too): the one who gave them decides. */
const TURBOFAN_FLAG = /^--(no-?)?(turbofan|opt)$/;

/**
 * Turns TurboFan off for the code compiled from now on, unless Node was started with a flag that decides
 * it (`execArgv`, e.g. `node --turbofan src/ingest/cli.mjs`).
 * @param {readonly string[]} execArgv
 * @returns {boolean} whether it was turned off
 */
export function skipTurbofan(execArgv = process.execArgv) {
  if (execArgv.some((arg) => TURBOFAN_FLAG.test(arg))) return false;
  setFlagsFromString('--no-turbofan');
  return true;
}
