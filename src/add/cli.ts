// npm run add -- <address or file>… [--seeds DIR] [--catalog DIR] [--timeout SECONDS] [--max-bytes N]
// Fetches each page (or takes a saved one), names it from its outlet and date, saves it in seeds/, and
// prints what the build step makes of it. A page that cannot be used is one line and nothing written.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../ingest/catalog/load-catalog.ts';
import { formatDiagnostic } from '../ingest/diagnostics/format-diagnostic.ts';
import { pipelineContext } from '../ingest/pipeline-context.ts';
import { processArticle, type ArticleResult } from '../ingest/pipeline.ts';
import type { PipelineContext } from '../ingest/article-state.ts';
import { dateArticle } from '../ingest/time/index.ts';
import { DEFAULT_LIMITS, fetchPage } from './fetch-page.ts';
import { addedReport, fetchedAt, isAddress, savedPageName, savedPageRefusal, seedFileName, seedText, type Fetched } from './plan-add.ts';
import { pageText } from './page-text.ts';

class Refused extends Error {}

function catalogContext(dir: string): PipelineContext {
  const files = (sub: string) => {
    const at = join(dir, sub);
    return existsSync(at) ? readdirSync(at).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ path: `${basename(dir)}/${sub}/${f}`, text: readFileSync(join(at, f), 'utf8') })) : [];
  };
  const catalog = loadCatalog(files('rounds'), files('actors'));
  if (catalog.diagnostics.some((d) => d.severity === 'error')) throw new Refused(`the catalog in ${dir} is invalid: run npm run ingest to see why`);
  return pipelineContext(catalog, dateArticle);
}

async function pageOf(arg: string, limits: typeof DEFAULT_LIMITS): Promise<{ html: string; fetched: Fetched | null; fallback: string }> {
  if (isAddress(arg)) {
    const page = await fetchPage(arg, limits);
    if (!page.ok) throw new Refused(page.reason);
    const text = pageText(page.bytes, page.contentType);
    if ('reason' in text) throw new Refused(text.reason);
    return { html: text.text, fetched: { url: page.url, redirects: page.redirects, at: fetchedAt(new Date()) }, fallback: page.url };
  }
  if (!existsSync(arg) || !statSync(arg).isFile()) throw new Refused('neither an http(s) address nor a file');
  const refusal = savedPageRefusal(arg);
  if (refusal !== null) throw new Refused(refusal);
  const text = pageText(readFileSync(arg), '');
  if ('reason' in text) throw new Refused(text.reason);
  return { html: text.text, fetched: null, fallback: savedPageName(arg) };
}

const firstError = (r: ArticleResult) => r.diagnostics.find((d) => d.severity === 'error');

async function add(arg: string, seeds: string, context: PipelineContext, limits: typeof DEFAULT_LIMITS): Promise<void> {
  const { html, fetched, fallback } = await pageOf(arg, limits);
  const text = seedText(html, fetched);
  const bytes = new TextEncoder().encode(text);
  const label = basename(seeds);
  // Processed once to learn its address and date, which name the file; then as the file it becomes.
  const trial = processArticle(`${label}/page.html`, bytes, context);
  if (!trial.article) throw new Refused(firstError(trial)?.reason ?? 'the build step could not read the page');
  const name = seedFileName(trial.article.fields, fetched?.url, fallback);
  const target = join(seeds, name);
  const shown = relative(process.cwd(), target) || target;
  if (existsSync(target)) {
    process.stdout.write(`${shown}: already in ${label}/, kept as it is (nothing written)\n`);
    return;
  }
  const result = processArticle(`${label}/${name}`, bytes, context);
  const temp = join(seeds, `.${name}.${process.pid}.add.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new Refused(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  process.stdout.write(addedReport(shown, fetched?.url ?? arg, fetched?.redirects ?? [], result));
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic({ ...d, file: d.file.startsWith(`${label}/`) ? shown : d.file })}\n`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: 'string', default: 'seeds' }, catalog: { type: 'string', default: 'content' }, timeout: { type: 'string', default: String(DEFAULT_LIMITS.timeoutMs / 1000) }, 'max-bytes': { type: 'string', default: String(DEFAULT_LIMITS.maxBytes) } },
  });
  const limits = { ...DEFAULT_LIMITS, timeoutMs: Number(values.timeout) * 1000, maxBytes: Number(values['max-bytes']) };
  if (positionals.length === 0 || !(limits.timeoutMs > 0) || !(limits.maxBytes > 0)) {
    process.stderr.write('usage: npm run add -- <address or saved .html file>… [--seeds DIR] [--catalog DIR] [--timeout SECONDS] [--max-bytes N]\n');
    process.exit(2);
  }
  const seeds = resolve(values.seeds!);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    process.stderr.write(`add: --seeds ${values.seeds}: not a folder\n`);
    process.exit(2);
  }
  let context: PipelineContext;
  try {
    context = catalogContext(resolve(values.catalog!));
  } catch (error) {
    process.stderr.write(`add: ${(error as Error).message}\n`);
    process.exit(1);
  }
  let failed = 0;
  for (const arg of positionals) {
    try {
      await add(arg, seeds, context, limits);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      failed++;
      process.stderr.write(`add: ${arg}: ${error.message}; nothing written\n`);
    }
  }
  // Written to a pipe, output is asynchronous: exit only once it has all gone out.
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise((done) => s.write('', done))));
  process.exit(failed > 0 ? 1 : 0);
}

await main();
