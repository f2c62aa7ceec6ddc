// Golden test on the five real seed articles, read and cleaned as the pipeline does:
// the article dates and the event expressions must match the gold file, read at test time.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { dateArticle, type RoundRef } from '../../../src/ingest/time/index.ts';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';

interface Spec { accept?: string[]; within?: string }
interface GoldArticle { file: string; published: Spec; events: (Spec & { snippet: string })[] }

// The gold file lives in the team's shared reference folder beside the checkout, outside the
// repository (CI lays a copy of it beside its clone, which may be anywhere).
const GOLD = [resolve('..', 'shared/reference/seeds-gold.json'), '/work/shared/reference/seeds-gold.json']
  .find((p) => existsSync(p)) ?? resolve('..', 'shared/reference/seeds-gold.json');
const gold = (existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')) : { articles: [] }) as { articles: GoldArticle[] };
const rounds = readdirSync('content/rounds').filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => yaml.load(readFileSync(join('content/rounds', f), 'utf8')) as RoundRef);

function meets(spec: Spec, edtf: string | undefined): boolean {
  const p = edtf ? edtfSpan(edtf) : null;
  if (!p) return false;
  if (spec.accept) return spec.accept.some((g) => { const q = edtfSpan(g); return q !== null && q[0] === p[0] && q[1] === p[1]; });
  const w = edtfSpan(spec.within!);
  return w !== null && p[0] >= w[0] && p[1] <= w[1];
}

it.skipIf(existsSync(GOLD))('gold file present (shared reference folder)', () => {
  expect.fail(`${GOLD} is missing: the seed golden test cannot run`);
});

describe.each(gold.articles)('seed $file', (article) => {
  // As the pipeline reads it: the clean stage takes the furniture out (the Corona banner among it).
  const read = readArticle(article.file, readFileSync(join('seeds', article.file)));
  const text = cleanArticle(read.text, read.bodyOffset).text.text;
  const result = dateArticle(text, { rounds });
  it('article date', () => {
    expect(meets(article.published, result.anchor?.edtf), `anchor ${result.anchor?.edtf}`).toBe(true);
  });
  it.each(article.events)('event «$snippet»', (event) => {
    const at = text.indexOf(event.snippet);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = result.expressions.filter((e) => e.start >= at && e.start < at + event.snippet.length && e.kind !== 'round');
    expect(inside.length).toBeGreaterThan(0);
    expect(meets(event, inside[0]!.resolved?.edtf), `${inside[0]!.text} → ${inside[0]!.resolved?.edtf}`).toBe(true);
  });
});
