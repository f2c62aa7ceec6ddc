// The flags Node starts the build step with (`npm run ingest`, and the build, which spawns it).
// `--no-regexp-tier-up`: V8 runs a regex through its interpreter first, making bytecode, and compiles it to
// machine code at a later use; the build step's few hundred large patterns (the lexicon's and the
// catalog's alternations) were compiled twice. Straight to machine code, a run adding one article to
// 1,000 took 0.74 s in ingest instead of 0.90 (medians of five interleaved pairs); full builds cost the
// same, their output byte-identical. Given when Node starts, never set at run time: set by the cli with
// `setFlagsFromString`, regexes compiled before the change crashed V8 when run after it (SIGSEGV).
// Plain JavaScript: read by package.json's script's test and by the build's cli.

/** @type {readonly string[]} */
export const INGEST_NODE_FLAGS = ['--no-regexp-tier-up'];
