// The folders of a site built from one very long article: its seed (real sentences of seeds/003, each
// paragraph with its own numbers and its own dated opening: tests/ingest/big-article.ts) beside the seed
// itself, to be ingested by the real cli and built by astro. Used by the integration test
// (tests/site/big-article.test.ts) and the site benchmark (bench/site.ts), which prints the times.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigArticle } from '../tests/ingest/big-article.ts';
import { ROOT } from '../tests/ingest/run-ingest.ts';

export const BIG_ARTICLE_SEED = '003_6054453d1942b8b0.txt';

export interface BigArticleFolders {
  /** The article's seed text. */
  text: string;
  seeds: string;
  /** The content folder, holding the catalog (rounds, actors) for the ingest to write beside. */
  content: string;
  dist: string;
}

/**
 * Under `dir` (emptied first): `seeds/` with `bytes` of article (as `big.txt`) and one real seed, and a
 * content folder holding the catalog. The caller ingests and builds (and times what it wants to).
 */
export function bigArticleFolders(dir: string, bytes: number): BigArticleFolders {
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(dir, 'seeds');
  const content = join(dir, 'content');
  mkdirSync(seeds, { recursive: true });
  const seed = readFileSync(join(ROOT, 'seeds', BIG_ARTICLE_SEED), 'utf8');
  const text = bigArticle(seed, bytes);
  writeFileSync(join(seeds, BIG_ARTICLE_SEED), seed);
  // Its whole text is on its page only with the licence's leave: the test checks every paragraph there.
  writeFileSync(join(seeds, 'big.txt'), `---\nrepublish: true\n---\n${text}`);
  for (const sub of ['rounds', 'actors']) cpSync(join(ROOT, 'content', sub), join(content, sub), { recursive: true });
  return { text, seeds, content, dist: join(dir, 'dist') };
}
