import { describe, expect, it } from 'vitest';
import { escapeCsv } from '../../src/lib/escape-csv.ts';
import { escapeIcs, foldIcsLine } from '../../src/lib/escape-ics.ts';
import { formatCitation } from '../../src/lib/format-citation.ts';

describe('escapeCsv', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(escapeCsv('أستانا، 8')).toBe('أستانا، 8');
    expect(escapeCsv('a,b')).toBe('"a,b"');
    expect(escapeCsv('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(escapeCsv('سطر\nثان')).toBe('"سطر\nثان"');
    expect(escapeCsv(undefined)).toBe('');
  });
  it('defuses spreadsheet formulas', () => {
    expect(escapeCsv('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});

describe('escapeIcs / foldIcsLine', () => {
  it('escapes text values', () => {
    expect(escapeIcs('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'افتتاح الجولة الثامنة من محادثات أستانا '.repeat(4)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('formatCitation', () => {
  it('names the outlet, the article, the date and the permanent URL', () => {
    expect(formatCitation({
      title: 'افتتاح الجولة الثامنة', date: '2017-12-21', url: 'https://masar.example.org/entries/x/', outlet: 'إيلاف', articleTitle: 'بحث قضية المعتقلين',
    })).toBe('مسار، «افتتاح الجولة الثامنة»، 21 كانون الأول 2017، عن: إيلاف، «بحث قضية المعتقلين». https://masar.example.org/entries/x/');
  });
});
