import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { InputChanges } from './manifest.ts';
import type { RerunStamp } from './rerun-stamp.ts';

export interface RunFigures {
  changes: InputChanges;
  written: number;
  unchangedFiles: number;
  removed: number;
  staleKept: number;
  errors: number;
  warnings: number;
  /** Why unchanged articles were processed again: `--force`, or the code or the catalog changed since the last run. */
  reprocessed: false | 'forced' | 'code-or-catalog';
}

/** The run's report line: "N articles: a new, b changed, c unchanged, d removed; ...". */
export function summarizeRun(f: RunFigures): string {
  const c = f.changes;
  const total = c.added.length + c.changed.length + c.unchanged.length;
  const stale = `, ${f.removed} stale files removed${f.staleKept > 0 ? `, ${f.staleKept} stale files kept because of errors` : ''}`;
  const why = f.reprocessed === 'forced' ? '--force' : 'the code or the catalog changed';
  const again = f.reprocessed && c.unchanged.length > 0 ? ` (all processed again: ${why})` : '';
  return `${total} articles: ${c.added.length} new, ${c.changed.length} changed, ${c.unchanged.length} unchanged, ${c.removed.length} removed${again}; ` +
    `${f.written} files written, ${f.unchangedFiles} unchanged${stale}; ${f.errors} errors, ${f.warnings} warnings`;
}

/** What a finished run counts, before it is said in one line. */
export interface FinishedCounts {
  changes: InputChanges;
  written: number;
  unchangedFiles: number;
  stale: { remove: readonly string[]; keep: readonly string[] };
  diagnostics: readonly Diagnostic[];
  /** The cached results were reused (same code and catalog, no --force). */
  reused: boolean;
  forced: boolean;
}

/** The figures of the run's report line (its errors also decide the exit code). */
export function runFigures(run: FinishedCounts): RunFigures {
  return {
    changes: run.changes,
    written: run.written,
    unchangedFiles: run.unchangedFiles,
    removed: run.stale.remove.length,
    staleKept: run.stale.keep.length,
    errors: run.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: run.diagnostics.filter((d) => d.severity === 'warning').length,
    reprocessed: run.reused ? false : run.forced ? 'forced' : 'code-or-catalog',
  };
}

/** The figures a run answered from the stamp reports: the finished run's articles and files, all unchanged, and its warnings. */
export function replayFigures(stamp: RerunStamp): RunFigures {
  return {
    changes: { added: [], changed: [], unchanged: Array.from({ length: stamp.articles }, () => ''), removed: [] },
    written: 0,
    unchangedFiles: stamp.outputs,
    removed: 0,
    staleKept: 0,
    errors: 0,
    warnings: stamp.diagnostics.filter((d) => d.severity === 'warning').length,
    reprocessed: false,
  };
}

/** The `--stats` line for bench/ingest.ts: the run's time, its articles, how many were processed, its peak memory. */
export function statsLine(elapsedMs: number, articles: number, processed: number, maxRssKb: number, cpuSeconds: number): string {
  return `stats: ${JSON.stringify({ seconds: elapsedMs / 1000, cpuSeconds, articles, processed, peakRssMb: maxRssKb / 1024 })}`;
}
