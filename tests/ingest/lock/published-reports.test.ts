// What a published entry file stood for, read back for the ids lock's successors.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { publishedReports } from '../../../src/ingest/lock/published-reports.ts';

const ENTRIES = resolve(import.meta.dirname, '../../../content/entries');
const read = (id: string) => readFileSync(join(ENTRIES, `${id}.mdx`), 'utf8');

describe('publishedReports', () => {
  it('gives every source of a published entry, in order, each named by the entry\'s id', () => {
    const id = '000-db2cdda413b17d13-f6135a';
    const text = read(id);
    const sources = matter(text).data.sources as Array<{ article: string; quote: string }>;
    const reports = publishedReports(id, text);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports).toEqual(sources.map((s) => ({ id, article: s.article, quote: s.quote })));
    expect(reports[0]!.quote).toMatch(/[\u0600-\u06FF]/);
  });

  it('skips a source without a quote, and gives nothing for a file whose front matter does not parse', () => {
    const text = `---\nid: x\nsources:\n  - article: a\n    quote: وصل الوفد إلى أستانا.\n  - article: b\n---\n`;
    expect(publishedReports('x', text)).toEqual([{ id: 'x', article: 'a', quote: 'وصل الوفد إلى أستانا.' }]);
    expect(publishedReports('x', '---\nsources: [\n---\nنص\n')).toEqual([]);
    expect(publishedReports('x', 'نص بلا ترويسة')).toEqual([]);
  });
});
