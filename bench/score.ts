// npm run score -- --gold GOLD.json --content DIR [--json] [--verbose]
// Scores the dates in a content folder (what `npm run ingest` wrote) against a gold file; the
// metrics are defined in bench/score-dating.ts. --json prints the counts as one line of JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { scoreContent, summarize, type ContentArticle, type ContentEntry, type Gold } from './score-dating.ts';

/** Front matter values as the content contract writes them; YAML reads an unquoted day as a Date. */
const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

function frontMatter(dir: string): { file: string; data: Record<string, unknown> }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort().map((file) => ({ file, data: matter(readFileSync(join(dir, file), 'utf8')).data }));
}

const { values } = parseArgs({ options: { gold: { type: 'string' }, content: { type: 'string', default: 'content' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
if (!values.gold || !existsSync(values.gold) || !existsSync(values.content!)) {
  process.stderr.write('usage: npm run score -- --gold GOLD.json --content DIR [--json] [--verbose]  (a gold file and a content folder written by npm run ingest)\n');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(values.gold, 'utf8')) as Gold;
const articles: ContentArticle[] = frontMatter(join(values.content!, 'articles')).map(({ data }) => ({
  id: String(data.id ?? ''), source: String(data.source ?? ''), published: text(data.published), relevant: data.relevant === false ? false : true,
}));
const entries: ContentEntry[] = frontMatter(join(values.content!, 'entries')).map(({ file, data }) => ({
  file, date: text(data.date), title: text(data.title), sources: Array.isArray(data.sources) ? (data.sources as ContentEntry['sources']) : [],
}));
const { tally, lines } = scoreContent(gold, articles, entries);
if (values.json) process.stdout.write(`${JSON.stringify(tally)}\n`);
else {
  if (values.verbose) process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${summarize(tally)}\n`);
}
