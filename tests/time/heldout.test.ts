// Regression guard on the held-out set: 20 real articles from outlets the engine was never tuned on,
// cleaned by the pipeline's clean stage and dated from their text alone (their date stamps were
// removed), checked against tests/fixtures/heldout/gold.json read at test time.
// The rule that matters most: no article anchor may exclude the true day. An interval that contains
// it, or no anchor at all (the maintainer is asked for `published:`), is acceptable; a wrong day is not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readArticle } from '../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../src/ingest/clean/clean-article.ts';
import { dateArticle, type RoundRef } from '../../src/ingest/time/index.ts';
import { edtfSpan } from '../../src/lib/edtf.ts';

interface GoldArticle { file: string; about_talks: boolean; published: { accept?: string[]; within?: string } }

const DIR = 'tests/fixtures/heldout';
const gold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
const rounds = readdirSync('content/rounds').filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => yaml.load(readFileSync(join('content/rounds', f), 'utf8')) as RoundRef);

/** Measured on 2026-11-23 after the held-out fixes: 10 of the 20 articles get their exact day
 *  (4 more an interval that contains it, 6 none). The guard allows one less. */
const EXACT_MEASURED = 10;

type Verdict = 'exact' | 'interval' | 'none' | 'wrong';

function verdict(article: GoldArticle): { verdict: Verdict; printed: string } {
  const bytes = readFileSync(join(DIR, article.file));
  const read = readArticle(article.file, bytes);
  const clean = cleanArticle(read.text, read.bodyOffset);
  const anchor = dateArticle(clean.text.text, { rounds }).anchor;
  if (!anchor) return { verdict: 'none', printed: 'none' };
  const p = edtfSpan(anchor.edtf)!;
  const truths = (article.published.accept ?? [article.published.within!]).map((g) => edtfSpan(g)!);
  if (truths.some((q) => q[0] === p[0] && q[1] === p[1])) return { verdict: 'exact', printed: anchor.edtf };
  // Every accepted day inside the printed interval: honest (a `within` gold must overlap it).
  if (truths.some((q) => q[0] >= p[0] && q[1] <= p[1])) return { verdict: 'interval', printed: anchor.edtf };
  return { verdict: 'wrong', printed: anchor.edtf };
}

const talks = gold.articles.filter((a) => a.about_talks);
const results = new Map(talks.map((a) => [a.file, verdict(a)]));

describe('held-out articles (text only, no published date)', () => {
  it('the set is there', () => {
    expect(talks.length).toBeGreaterThanOrEqual(20);
  });
  it.each(talks)('$file: the anchor contains the true day, or there is none', (article) => {
    const r = results.get(article.file)!;
    expect(r.verdict, `printed ${r.printed}, gold ${JSON.stringify(article.published)}`).not.toBe('wrong');
  });
  it(`at least ${EXACT_MEASURED - 1} exact days`, () => {
    const exact = [...results.values()].filter((r) => r.verdict === 'exact').length;
    expect(exact).toBeGreaterThanOrEqual(EXACT_MEASURED - 1);
  });
});
