// The run's one-line report, from what a finished run counts.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';
import type { RerunStamp } from '../../../src/ingest/write/rerun-stamp.ts';
import { replayFigures, runFigures, statsLine, summarizeRun, type FinishedCounts } from '../../../src/ingest/write/summarize-run.ts';

const at = (severity: Diagnostic['severity'], rule: string): Diagnostic => ({ file: 'seeds/000_sana.txt', line: 3, column: 1, severity, rule, reason: 'لا تاريخ في النص' });
const counts = (over: Partial<FinishedCounts>): FinishedCounts => ({
  changes: { added: ['seeds/b.txt'], changed: [], unchanged: ['seeds/a.txt', 'seeds/c.txt'], removed: ['seeds/d.txt'] },
  written: 4,
  unchangedFiles: 10,
  stale: { remove: ['entries/x.mdx', 'articles/d.mdx'], keep: ['entries/y.mdx'] },
  diagnostics: [at('error', 'no-date'), at('warning', 'not-a-seed'), at('warning', 'duplicate-article'), at('info', 'note')],
  reused: true,
  forced: false,
  ...over,
});

describe('runFigures', () => {
  it('counts errors and warnings (not notes) and the stale files removed and kept', () => {
    expect(summarizeRun(runFigures(counts({})))).toBe(
      '3 articles: 1 new, 0 changed, 2 unchanged, 1 removed; 4 files written, 10 unchanged, 2 stale files removed, 1 stale files kept because of errors; 1 errors, 2 warnings',
    );
  });

  it('says why unchanged articles were processed again: --force, or the code or the catalog', () => {
    expect(runFigures(counts({ reused: false, forced: true })).reprocessed).toBe('forced');
    expect(summarizeRun(runFigures(counts({ reused: false })))).toContain('2 unchanged, 1 removed (all processed again: the code or the catalog changed);');
    expect(runFigures(counts({ diagnostics: [] }))).toMatchObject({ errors: 0, warnings: 0, reprocessed: false });
  });
});

describe('replayFigures', () => {
  const warning = at('warning', 'not-about-talks');
  const stamp = { articles: 5, outputs: 28, diagnostics: [warning, at('info', 'note')] } as RerunStamp;

  it('reports what a finished run with nothing changed reports: its articles and files unchanged, its warnings', () => {
    const unchanged = ['000_db2cdda413b17d13', '001_e170048bbaa0e3ab', '002_1133cbd99b86392b', '003_6054453d1942b8b0', '004_557d863690ff85e5'].map((n) => `seeds/${n}.txt`);
    const rerun = runFigures({
      changes: { added: [], changed: [], unchanged, removed: [] }, written: 0, unchangedFiles: 28,
      stale: { remove: [], keep: [] }, diagnostics: stamp.diagnostics, reused: true, forced: false,
    });
    expect(summarizeRun(replayFigures(stamp))).toBe(summarizeRun(rerun));
    expect(replayFigures(stamp)).toMatchObject({ errors: 0, warnings: 1, written: 0, unchangedFiles: 28, reprocessed: false });
  });
});

describe('statsLine', () => {
  it('gives seconds and megabytes as JSON after `stats: `, for bench/ingest.ts', () => {
    const line = statsLine(3125, 34, 16, 454 * 1024, 2.5);
    expect(line.startsWith('stats: ')).toBe(true);
    expect(JSON.parse(line.slice('stats: '.length))).toEqual({ seconds: 3.125, cpuSeconds: 2.5, articles: 34, processed: 16, peakRssMb: 454 });
  });
});
