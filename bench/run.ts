// `npm run bench`: every benchmark prints its figures; none of them pass or fail.
// Each bench module exports one async function; a missing one is reported, not hidden.
export {}; // a module, so top-level await is allowed
const BENCHES: Array<[string, string, string]> = [
  ['date engine', './dating.ts', 'benchDating'],
  ['ingest', './ingest.ts', 'benchIngest'],
  ['site', './site.ts', 'benchSite'],
];

const only = process.argv.slice(2);
for (const [name, file, fn] of BENCHES) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n== ${name} ==`);
  const mod = (await import(file)) as Record<string, () => Promise<void>>;
  const run = mod[fn];
  if (!run) throw new Error(`${file} does not export ${fn}`);
  await run();
}
