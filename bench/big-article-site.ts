// A site built from one very long article: its seed (real sentences of seeds/003, each paragraph with its
// own numbers and its own dated opening: tests/ingest/big-article.ts) beside the seed itself, ingested by
// the real cli, then built by astro. Used by the integration test (tests/site/big-article.test.ts) and
// the site benchmark (bench/site.ts), which prints the times.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigArticle } from '../tests/ingest/big-article.ts';
import { ROOT, runIngest } from '../tests/ingest/run-ingest.ts';
import { timedRun, type Usage } from './timed-run.ts';

export const BIG_ARTICLE_SEED = '003_6054453d1942b8b0.txt';

export interface BigArticleSite {
  /** The article's seed text. */
  text: string;
  content: string;
  dist: string;
  ingest: Usage;
  build: Usage;
}

/** Builds, under `dir` (emptied first), the site of `bytes` of article (as `seeds/big.txt`) and one real seed. */
export function buildBigArticleSite(dir: string, bytes: number): BigArticleSite {
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(dir, 'seeds');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  mkdirSync(seeds, { recursive: true });
  const seed = readFileSync(join(ROOT, 'seeds', BIG_ARTICLE_SEED), 'utf8');
  const text = bigArticle(seed, bytes);
  writeFileSync(join(seeds, BIG_ARTICLE_SEED), seed);
  writeFileSync(join(seeds, 'big.txt'), text);
  for (const sub of ['rounds', 'actors']) cpSync(join(ROOT, 'content', sub), join(content, sub), { recursive: true });
  const run = runIngest(seeds, content, ['--stats']);
  const stats = run.stderr.split('\n').find((l) => l.startsWith('stats: '));
  if (run.code !== 0 || !stats) throw new Error(`ingest failed (exit ${run.code}): ${run.stderr.slice(-2000)}`);
  const { seconds, peakRssMb } = JSON.parse(stats.slice('stats: '.length)) as { seconds: number; peakRssMb: number };
  const ingest: Usage = { seconds, peakMb: peakRssMb };
  // --force: a cold build every time, not one helped by the content cache of the last run.
  const build = timedRun('npx', ['astro', 'build', '--force', '--outDir', dist], { cwd: ROOT, env: { ...process.env, MASAR_CONTENT: content } });
  return { text, content, dist, ingest, build };
}
