// The flags Node starts the build step with (`npm run ingest`, and the build, which spawns it).
// `--no-regexp-tier-up`: V8 runs a regex through its interpreter first, making bytecode, and compiles it to
// machine code at a later use; the build step's few hundred large patterns (the lexicon's and the
// catalog's alternations) were compiled twice. Straight to machine code, `npm run bench -- ingest` added
// one article to 1,000 in 0.65 s in ingest, against 0.94 s the same morning without it (single runs at
// load 0.9 and 0.8); set at run time, with two lazy patterns beside it that alone were inside the noise,
// 0.90 → 0.74 s in five interleaved pairs. Full builds cost the same, their output byte-identical
// (tests/ingest/node-flags.test.ts).
// Given when Node starts, never set at run time: set by the cli with `setFlagsFromString`, regexes compiled
// before the change crashed V8 when run after it (SIGSEGV).
// Plain JavaScript: the build's cli and the bench import it, as package.json's script cannot.

/** @type {readonly string[]} */
export const INGEST_NODE_FLAGS = ['--no-regexp-tier-up'];
