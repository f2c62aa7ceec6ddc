import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { locateDiagnostics } from '../../../src/ingest/diagnostics/locate-diagnostics.ts';
import { sortDiagnostics } from '../../../src/ingest/diagnostics/sort-diagnostics.ts';

describe('diagnostics', () => {
  const text = 'العنوان\nسطر ثان فيه خطأ\n\nآخر سطر';

  it('places offsets on 1-based lines and columns', () => {
    const [a, b, c] = locateDiagnostics('seeds/x.txt', text, [
      { offset: 0, severity: 'error', reason: 'r', rule: 'x' },
      { offset: text.indexOf('خطأ'), severity: 'warning', reason: 'r', rule: 'x' },
      { offset: text.length, severity: 'error', reason: 'r', rule: 'x' },
    ]);
    expect([a!.line, a!.column]).toEqual([1, 1]);
    expect([b!.line, b!.column]).toEqual([2, 13]);
    expect([c!.line, c!.column]).toEqual([4, 8]);
  });

  it('prints like a compiler and sorts by file, line, column', () => {
    const list = sortDiagnostics([
      { file: 'seeds/b.txt', line: 1, column: 1, severity: 'error', reason: 'z', rule: 'r' },
      { file: 'seeds/a.txt', line: 12, column: 5, severity: 'error', reason: 'no date evidence', rule: 'no-date-evidence' },
      { file: 'seeds/a.txt', line: 3, column: 1, severity: 'warning', reason: 'w', rule: 'r' },
    ]);
    expect(list.map(formatDiagnostic)).toEqual([
      'seeds/a.txt:3:1 warning: w [r]',
      'seeds/a.txt:12:5 error: no date evidence [no-date-evidence]',
      'seeds/b.txt:1:1 error: z [r]',
    ]);
  });
});
