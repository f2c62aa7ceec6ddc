// The articles of the splits the engine was developed on (the seeds, train, dev and both held-out
// sets), and what the real pipeline says of one: for the tests that re-write them as other outlets
// would print them and ask for the same verdict. Never the sealed splits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../src/ingest/pipeline-context.ts';
import { processArticle } from '../../src/ingest/pipeline.ts';
import { dateArticle } from '../../src/ingest/time/index.ts';
import { ROOT } from './run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(files('rounds'), files('actors')), dateArticle);

const SPLITS = ['seeds', 'tests/fixtures/corpus/train', 'tests/fixtures/corpus/dev', 'tests/fixtures/heldout', 'tests/fixtures/heldout-2'];

export const DEVELOPED = SPLITS.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: `${dir.split('/').pop()}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })));

/** What the build says of an article: about the talks or not, and its publication date. */
export function verdict(text: string): string {
  const fields = processArticle('seeds/article.txt', new TextEncoder().encode(text), context).article?.fields ?? {};
  return `${fields.relevant === false ? 'not about the talks' : 'about the talks'}, published ${String(fields.published ?? '-')}`;
}

/** The articles whose verdict `rewrite` moves, and how many it changed at all. */
export function moved(rewrite: (text: string) => string, before: ReadonlyMap<string, string>): { changed: number; moved: string[] } {
  let changed = 0;
  const out: string[] = [];
  for (const a of DEVELOPED) {
    const text = rewrite(a.text);
    if (text === a.text) continue;
    changed++;
    const now = verdict(text);
    if (now !== before.get(a.name)) out.push(`${a.name}: ${before.get(a.name)} → ${now}`);
  }
  return { changed, moved: out };
}
