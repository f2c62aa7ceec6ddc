// npm run build · npm start
// node src/build/cli.ts [--seeds DIR] [--content DIR] [--out DIR] [--serve] [--port N]
// The ingest on the seeds (its diagnostics and summary go straight to the terminal), then astro build,
// Pagefind and the publish step with their output held back unless one fails, then one summary line.
// An article with an error does not stop the site: it is built from the other articles and, with
// --serve, served (the errors first, the address last); the exit status is still 1 for the error.
// The one module of the build that spawns processes and reads the environment.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSteps, contentEnv, ingestLetsBuild } from './build-steps.ts';
import { removeLastBuild } from './last-build.ts';
import { previewAddress, servingLine, summarizeBuild } from './summarize-build.ts';
import { INGEST_NODE_FLAGS } from '../ingest/node-flags.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(join(dir, e.name));
    else if (e.name.endsWith('.html')) n += 1;
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist' },
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '4321' },
    },
  });
  const started = performance.now();
  const content = resolve(values.content);
  const out = resolve(values.out);
  const env = { ...process.env, ...contentEnv(content, resolve(ROOT, 'content')) };

  const ingest = spawnSync(process.execPath, [...INGEST_NODE_FLAGS, 'src/ingest/cli.mjs', '--seeds', values.seeds, '--out', content], { cwd: ROOT, env, stdio: 'inherit' });
  const ingestStatus = ingest.status ?? 1;
  if (!ingestLetsBuild(ingestStatus)) process.exit(ingestStatus);

  const lastBuildRemoved = removeLastBuild(out);
  for (const step of buildSteps({ root: ROOT, out })) {
    const run = spawnSync(process.execPath, [step.script, ...step.args], { cwd: ROOT, env: { ...env, ...step.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      process.stderr.write(`build: ${step.name} failed (exit ${run.status ?? run.signal}); its output is above\n`);
      process.exit(run.status || 1);
    }
  }
  await lastBuildRemoved;
  const shownOut = relative(process.cwd(), out) || '.';
  for (const line of summarizeBuild({ pages: countPages(out), seconds: (performance.now() - started) / 1000, out: shownOut, ingestStatus })) {
    process.stdout.write(`${line}\n`);
  }
  if (!values.serve) {
    process.exitCode = ingestStatus;
    return;
  }
  const preview = spawn(process.execPath, ['node_modules/.bin/astro', 'preview', '--host', '127.0.0.1', '--port', values.port, '--outDir', out],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Astro's banner is replaced by one line; whatever else it says (a request for a missing page) passes.
  let announced = false;
  preview.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const url = previewAddress(chunk);
    if (!announced && url) {
      announced = true;
      process.stdout.write(`${servingLine(url, ingestStatus)}\n`);
    }
  });
  preview.stderr.pipe(process.stderr);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
  preview.on('exit', (code) => process.exit(code ?? ingestStatus));
}

await main();
