import { describe, expect, it } from 'vitest';
import { chooseStale } from '../../../src/ingest/write/choose-stale.ts';

const stale = ['articles/004-557d863690ff85e5.mdx', 'entries/004-557d863690ff85e5-a1b2c3.mdx', 'entries/004-557d863690ff85e5-a1b2c3-2.mdx',
  'articles/english.mdx', 'entries/000-db2cdda413b17d13-ffffff.mdx', 'entries/.x.mdx.tmp'];

describe('chooseStale', () => {
  it('keeps the page and entries of an article with an error, removes the rest', () => {
    expect(chooseStale({ stale, failedArticles: new Set(['004-557d863690ff85e5']), failedEntries: new Set(), unattributedError: false })).toEqual({
      remove: ['articles/english.mdx', 'entries/000-db2cdda413b17d13-ffffff.mdx', 'entries/.x.mdx.tmp'],
      keep: ['articles/004-557d863690ff85e5.mdx', 'entries/004-557d863690ff85e5-a1b2c3.mdx', 'entries/004-557d863690ff85e5-a1b2c3-2.mdx'],
    });
  });

  it('keeps an entry that failed to render, and everything when an error belongs to no article', () => {
    expect(chooseStale({ stale, failedArticles: new Set(), failedEntries: new Set(['000-db2cdda413b17d13-ffffff']), unattributedError: false }).keep).toEqual(['entries/000-db2cdda413b17d13-ffffff.mdx']);
    expect(chooseStale({ stale, failedArticles: new Set(), failedEntries: new Set(), unattributedError: true }).remove).toEqual(['entries/.x.mdx.tmp']);
  });

  it('an article id that is only a prefix of another word does not protect it', () => {
    expect(chooseStale({ stale: ['entries/0040-abc-123456.mdx'], failedArticles: new Set(['004']), failedEntries: new Set(), unattributedError: false }).remove).toEqual(['entries/0040-abc-123456.mdx']);
  });
});
