// npx node bench/events-given-dates.ts <folder with gold.json>… [--verbose]
// Issue 10's measure of the entries themselves: each article of a labelled set gets its true day as
// `published:` (the gold's first accepted day), so the date engine's article date is out of the way,
// and the events the build then finds and dates right are counted with the project's scorer. The
// copies and the content go to a temp folder; nothing of the set is printed unless --verbose (never
// use it on a sealed split: its totals only).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { scoreContent, type ContentArticle, type ContentEntry, type Gold } from './score-dating.ts';

const ROOT = resolve(import.meta.dirname, '..');
const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);
const frontMatter = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((file) => ({ file, data: matter(readFileSync(join(dir, file), 'utf8')).data }));

/** The set's articles with their true day, ingested; the scorer's counts (and lines, for --verbose). */
export function eventsGivenDates(folder: string): { found: number; right: number; events: number; lines: string[] } {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const work = mkdtempSync(join(tmpdir(), 'masar-events-given-dates-'));
  const seeds = join(work, 'seeds');
  const out = join(work, 'content');
  mkdirSync(seeds);
  for (const g of gold.articles) {
    const day = g.published === undefined ? undefined : 'accept' in g.published ? g.published.accept[0] : g.published.within;
    const body = readFileSync(join(folder, g.file), 'utf8');
    // A file with front matter of its own keeps it; the true day is added to it.
    const parsed = matter(body);
    writeFileSync(join(seeds, g.file), matter.stringify(parsed.content, { ...parsed.data, ...(day ? { published: day } : {}) }));
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'src/ingest/cli.mjs'), '--seeds', seeds, '--out', out, '--catalog', join(ROOT, 'content')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed on ${folder}: ${run.stderr}`);
  const articles: ContentArticle[] = frontMatter(join(out, 'articles')).map(({ data }) => ({ id: String(data.id), source: String(data.source), published: text(data.published), relevant: data.relevant !== false }));
  const entries: ContentEntry[] = frontMatter(join(out, 'entries')).map(({ file, data }) => ({ file, date: text(data.date), title: text(data.title), sources: (data.sources ?? []) as ContentEntry['sources'] }));
  const { tally, lines } = scoreContent(gold, articles, entries);
  rmSync(work, { recursive: true, force: true });
  return { found: tally.eventFound, right: tally.eventRight, events: tally.events, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  for (const folder of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
    const r = eventsGivenDates(folder);
    if (verbose) console.log(r.lines.join('\n'));
    console.log(`${folder}: events found ${r.found}/${r.events}, dated right ${r.right}/${r.events}`);
  }
}
