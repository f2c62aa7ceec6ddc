// Whether the date engine (src/ingest/time/) came with the run. cli-main.ts loads it; without it the run
// still writes every article, undated and with no entries, and says why once.
import type { DateArticle } from './dating-contract.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';

const ENGINE = 'src/ingest/time/index.ts';

export interface EngineStatus {
  dateArticle: DateArticle | null;
  /** Why there is no engine, in one line; null when there is one. */
  problem: string | null;
}

/** The engine the loaded module gives, or why there is none: it exports no `dateArticle`, or loading it threw. */
export function engineOf(loaded: { module: unknown } | { error: unknown }): EngineStatus {
  if ('error' in loaded) {
    const { error } = loaded;
    return { dateArticle: null, problem: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  const dateArticle = (loaded.module as { dateArticle?: unknown } | null)?.dateArticle;
  if (typeof dateArticle !== 'function') return { dateArticle: null, problem: `${ENGINE} does not export dateArticle` };
  return { dateArticle: dateArticle as DateArticle, problem: null };
}

/** The one warning of a run without the engine. */
export function noEngineWarning(problem: string): Diagnostic {
  return { file: ENGINE, line: 1, column: 1, severity: 'warning', rule: 'no-date-engine', reason: `date engine not available (${problem}): articles are written undated, with no entries` };
}
