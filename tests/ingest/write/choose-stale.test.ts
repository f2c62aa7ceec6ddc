import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';
import { chooseStale, staleScope, type FinishedRun } from '../../../src/ingest/write/choose-stale.ts';

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

describe('staleScope', () => {
  const error = (file: string, rule: string, reason: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', rule, reason });
  const run = (over: Partial<FinishedRun>): FinishedRun => ({
    listed: ['articles/000-db2cdda413b17d13.mdx', 'articles/english.mdx', 'entries/000-db2cdda413b17d13-162afa.mdx', 'entries/.x.mdx.tmp', 'entries/notes.txt'],
    produced: new Set(['articles/000-db2cdda413b17d13.mdx', 'entries/000-db2cdda413b17d13-162afa.mdx']),
    failedArticles: new Set(),
    failedEntries: new Set(),
    diagnostics: [],
    sources: new Set(['seeds/000_sana.txt', 'seeds/english.txt']),
    ...over,
  });

  it('lists as stale the generated and temporary files this run did not produce, nothing else', () => {
    expect(staleScope(run({}))).toEqual({ stale: ['articles/english.mdx', 'entries/.x.mdx.tmp'], failedArticles: new Set(), failedEntries: new Set(), unattributedError: false });
  });

  it('attributes an error on a seed, and an entry\'s contract error when that entry was not rendered', () => {
    const onSeed = error('seeds/english.txt', 'no-date', 'لا تاريخ');
    const contract = error('000-db2cdda413b17d13', 'contract', 'entry 000-db2cdda413b17d13-162afa breaks the content contract: title: too long');
    expect(staleScope(run({ diagnostics: [onSeed] })).unattributedError).toBe(false);
    expect(staleScope(run({ diagnostics: [contract], failedEntries: new Set(['000-db2cdda413b17d13-162afa']) })).unattributedError).toBe(false);
    // The same contract error with its entry rendered after all, or an error on a file no seed is: no telling what it needs.
    expect(staleScope(run({ diagnostics: [contract] })).unattributedError).toBe(true);
    expect(staleScope(run({ diagnostics: [error('content/edits.yaml', 'edit-yaml', 'bad')] })).unattributedError).toBe(true);
    expect(staleScope(run({ diagnostics: [{ ...error('content/edits.yaml', 'edit-yaml', 'bad'), severity: 'warning' }] })).unattributedError).toBe(false);
  });
});
