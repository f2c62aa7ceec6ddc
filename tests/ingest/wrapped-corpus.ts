// The corpus articles about the talks with a true day, for the tests that put each in a generated web
// page and date the page: the article's lines, its day, and a check that a printed date holds that day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../src/ingest/read/read-article.ts';
import { edtfSpan } from '../../src/lib/edtf.ts';

interface Gold { file: string; about_talks: boolean; published?: { accept?: string[]; within?: string } }

export interface DatedArticle {
  file: string;
  /** The true day, YYYY-MM-DD. */
  truth: string;
  /** The article's non-blank lines, its headline first. */
  lines: string[];
  /** Its position in the split's gold file (to rotate stamp formats over the articles). */
  index: number;
  y: number; m: number; d: number;
  /** Weekday of the true day, 0 = Sunday. */
  weekday: number;
}

/** The articles of a corpus split about the talks whose true day is one day. */
export function datedArticles(split: string): DatedArticle[] {
  const dir = join('tests/fixtures/corpus', split);
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: Gold[] }).articles;
  return gold.flatMap((g, index) => {
    const truth = g.published?.accept?.[0] ?? g.published?.within;
    if (!g.about_talks || !truth || !/^\d{4}-\d{2}-\d{2}$/u.test(truth)) return [];
    const [y, m, d] = truth.split('-').map(Number) as [number, number, number];
    const lines = readArticle(g.file, readFileSync(join(dir, g.file))).text.split('\n').filter((l) => l.trim() !== '');
    return [{ file: g.file, truth, lines, index, y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() }];
  });
}

/** A printed date (a day or an interval) that cannot hold the true day. */
export function excludes(got: string | null, truth: string): boolean {
  if (!got) return false;
  const [a, b] = edtfSpan(got)!;
  const [t] = edtfSpan(truth)!;
  return t < a || t > b;
}
