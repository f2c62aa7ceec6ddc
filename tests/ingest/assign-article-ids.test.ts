import { describe, expect, it } from 'vitest';
import { assignArticleIds } from '../../src/ingest/assign-article-ids.ts';
import type { ArticleResult } from '../../src/ingest/pipeline.ts';
import { emptyManifest, type Manifest } from '../../src/ingest/write/manifest.ts';

const OLD = 'seeds/004_557d863690ff85e5.txt';
const NEW = 'seeds/astana-8-opening.txt';
const published = (source: string, id: string): ArticleResult => ({ source, id, article: { fields: { id }, mdx: '' }, events: [], diagnostics: [] });
const lastRun: Manifest = { ...emptyManifest('f'), articles: { [OLD]: { hash: 'h-004', result: published(OLD, '004-557d863690ff85e5') } } };

describe('assignArticleIds', () => {
  it('gives a seed renamed with the same text the id it was published under, and records it', () => {
    const a = assignArticleIds([{ source: NEW, hash: 'h-004' }], lastRun, {});
    expect(a.ids.get(NEW)).toBe('004-557d863690ff85e5');
    expect(a.renamed).toEqual({ [NEW]: '004-557d863690ff85e5' });
    expect(a.diagnostics).toEqual([{ file: NEW, line: 1, column: 1, severity: 'info', rule: 'renamed', reason: `renamed from ${OLD} (same text): keeps the article id \`004-557d863690ff85e5\` and its entries' ids (recorded in ids.lock.json)` }]);
  });

  it('keeps a recorded rename without the cache (a fresh clone), silently', () => {
    const a = assignArticleIds([{ source: NEW, hash: 'h-004-edited' }], emptyManifest(), { [NEW]: '004-557d863690ff85e5', 'seeds/gone.txt': 'gone' });
    expect(a.ids.get(NEW)).toBe('004-557d863690ff85e5');
    expect(a.renamed).toEqual({ [NEW]: '004-557d863690ff85e5' });
    expect(a.diagnostics).toEqual([]);
  });

  it('is no rename when the first file is still there (a copy), when the text differs, or when a file now has the old id\'s name', () => {
    const copy = assignArticleIds([{ source: OLD, hash: 'h-004' }, { source: NEW, hash: 'h-004' }], lastRun, {});
    expect(copy.ids.get(NEW)).toBe('astana-8-opening');
    const edited = assignArticleIds([{ source: NEW, hash: 'h-other' }], lastRun, {});
    expect(edited.ids.get(NEW)).toBe('astana-8-opening');
    const taken = assignArticleIds([{ source: NEW, hash: 'h-004' }, { source: 'seeds/004-557d863690ff85e5.md', hash: 'h-new' }], lastRun, {});
    expect(taken.ids.get(NEW)).toBe('astana-8-opening');
    for (const a of [copy, edited, taken]) expect(a.renamed).toEqual({});
  });

  it('gives one old text to one new seed only (two copies renamed at once: the first in name order)', () => {
    const a = assignArticleIds([{ source: 'seeds/a.txt', hash: 'h-004' }, { source: 'seeds/b.txt', hash: 'h-004' }], lastRun, {});
    expect([a.ids.get('seeds/a.txt'), a.ids.get('seeds/b.txt')]).toEqual(['004-557d863690ff85e5', 'b']);
  });

  it('gives the same ids, renames and diagnostics when told which seeds are gone', () => {
    const cases: Array<[Array<{ source: string; hash: string }>, Manifest]> = [
      [[{ source: NEW, hash: 'h-004' }], lastRun],
      [[{ source: OLD, hash: 'h-004' }, { source: NEW, hash: 'h-004' }], lastRun],
      [[{ source: 'seeds/a.txt', hash: 'h-004' }, { source: 'seeds/b.txt', hash: 'h-004' }], lastRun],
      [[{ source: NEW, hash: 'h-004' }], emptyManifest()],
    ];
    for (const [inputs, previous] of cases) {
      const present = new Set(inputs.map((i) => i.source));
      const removed = Object.keys(previous.articles).filter((s) => !present.has(s)).sort();
      expect(assignArticleIds(inputs, previous, {}, removed)).toEqual(assignArticleIds(inputs, previous, {}));
    }
  });
});
