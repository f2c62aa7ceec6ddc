import type { Diagnostic, PendingMessage } from './diagnostic.ts';
import { lineStarts } from './line-starts.ts';
import { locateOffset } from './locate-offset.ts';

/** Places offset-based messages on file:line:col of the source text they were computed against. */
export function locateDiagnostics(file: string, sourceText: string, messages: readonly PendingMessage[]): Diagnostic[] {
  if (messages.length === 0) return [];
  const starts = lineStarts(sourceText);
  return messages.map((m) => {
    const { line, column } = locateOffset(starts, Math.max(0, Math.min(m.offset, sourceText.length)));
    return { file, line, column, severity: m.severity, reason: m.reason, rule: m.rule };
  });
}
