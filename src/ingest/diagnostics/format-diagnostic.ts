import type { Diagnostic } from './diagnostic.ts';

/** `seeds/x.txt:12:5 error: reason [rule]`, the form editors and CI annotations link to. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.reason} [${d.rule}]`;
}
