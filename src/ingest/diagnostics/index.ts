export type { Diagnostic, PendingMessage, Severity } from './diagnostic.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export { lineStarts } from './line-starts.ts';
export { locateDiagnostics } from './locate-diagnostics.ts';
export { locateOffset } from './locate-offset.ts';
export { sortDiagnostics } from './sort-diagnostics.ts';
