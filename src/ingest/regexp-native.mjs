// V8 runs a regex through its interpreter first and compiles it to machine code at its next use (tier-up).
// The build step matches a few hundred large patterns (the lexicon's and the catalog's alternations): each
// used more than once is compiled twice, to bytecode and then to machine code, and a run adding one
// article to 1,000 spent about 0.2 s of its 1 s doing so. Compiled once, straight to machine code, the run
// takes 0.75-0.8 s in ingest instead of 0.95-1.05 (three pairs, interleaved); full builds of 1,000 cost the
// same CPU.
// Plain JavaScript: the cli loads it before the compile cache is on (see cli.mjs).
import { setFlagsFromString } from 'node:v8';

/** Node's flags naming the regex tier-up, in each spelling V8 takes (`--noregexp_tier_up` too): the one who
 *  gave them decides. */
const TIER_UP_FLAG = /^--(no-?)?regexp[-_]tier[-_]up/;

/**
 * Compiles each regex to machine code at its first use, for the whole process (workers included), unless
 * Node was started with a flag that decides it.
 * @param {readonly string[]} execArgv
 * @returns {boolean} whether the tier-up was turned off
 */
export function regexpNative(execArgv = process.execArgv) {
  if (execArgv.some((arg) => TIER_UP_FLAG.test(arg))) return false;
  setFlagsFromString('--no-regexp-tier-up');
  return true;
}
