// The version a citation names: the same content always gives the same version, whatever the order
// of its keys; any change to what the entry says gives another.
import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../src/lib/content-version.ts';
import { ACCESS_DAY_PLACEHOLDER, formatCitation } from '../../src/lib/format-citation.ts';

const entry = {
  data: {
    id: '2017-12-21-astana-08-opens', date: '2017-12-21', title: 'افتتاح الجولة الثامنة من محادثات أستانا',
    sources: [{ article: 'seed-001', quote: 'انطلقت اليوم الخميس في أستانا الجولة الثامنة من المحادثات.' }],
  },
  body: 'انطلقت الجولة الثامنة من محادثات أستانا بحضور وفدي الحكومة والمعارضة.',
};

describe('contentVersion', () => {
  it('is the stamp day and 8 hex digits, the same for the same content in any key order', () => {
    const v = contentVersion('2017-12-21', entry);
    expect(v.day).toBe('2017-12-21');
    expect(v.hash).toMatch(/^[0-9a-f]{8}$/);
    const reordered = { body: entry.body, data: { sources: entry.data.sources, title: entry.data.title, date: entry.data.date, id: entry.data.id } };
    expect(contentVersion('2017-12-21', reordered)).toEqual(v);
  });

  it('changes with one letter of the quote or of the summary', () => {
    const v = contentVersion('2017-12-21', entry).hash;
    const quote = structuredClone(entry);
    quote.data.sources[0]!.quote = quote.data.sources[0]!.quote.replace('الخميس', 'الجمعة');
    const body = { ...entry, body: `${entry.body} ` };
    expect(contentVersion('2017-12-21', quote).hash).not.toBe(v);
    expect(contentVersion('2017-12-21', body).hash).not.toBe(v);
  });
});

describe('formatCitation with a version and an access day', () => {
  it('names them between the source and the permanent URL', () => {
    expect(formatCitation({
      title: 'افتتاح الجولة الثامنة', date: '2017-12-21', url: 'https://masar.example.org/entries/x/', outlet: 'إيلاف',
      version: { day: '2017-12-21', hash: '3fa2c1d0' }, accessed: ACCESS_DAY_PLACEHOLDER,
    })).toBe('مسار، «افتتاح الجولة الثامنة»، 21 كانون الأول 2017، عن: إيلاف. نسخة 21 كانون الأول 2017 (3fa2c1d0). اطُّلع عليه في [تاريخ اطلاعك]. https://masar.example.org/entries/x/');
  });
});
