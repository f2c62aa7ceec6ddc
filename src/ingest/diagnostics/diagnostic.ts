// A message about one input, placed like a compiler's: the maintainer opens file:line:col and sees the cause.
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** The input as the maintainer names it, e.g. `seeds/000_x.txt`. */
  file: string;
  /** 1-based line and column in that file (columns count UTF-16 code units, as editors on the web do). */
  line: number;
  column: number;
  severity: Severity;
  reason: string;
  /** A short stable name of the check, e.g. `no-date-evidence`. */
  rule: string;
}

/** A message still placed by offset in the source text; `locateDiagnostics` turns it into file:line:col. */
export interface PendingMessage {
  offset: number;
  severity: Severity;
  reason: string;
  rule: string;
}
