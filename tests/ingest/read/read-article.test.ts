import { describe, expect, it } from 'vitest';
import { locateDiagnostics } from '../../../src/ingest/diagnostics/locate-diagnostics.ts';
import { articleIdFromPath } from '../../../src/ingest/read/article-id-from-path.ts';
import { readArticle } from '../../../src/ingest/read/read-article.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const place = (r: ReturnType<typeof readArticle>) => locateDiagnostics(r.source, r.text, r.messages);

describe('readArticle', () => {
  it('strips the BOM, folds CRLF, and keeps the text without front matter as the body', () => {
    const r = readArticle('seeds/a.txt', utf8('\uFEFFأعلنت الخارجية اليوم\r\nانطلاق الجولة\r\n'));
    expect(r.ok).toBe(true);
    expect(r.text).toBe('أعلنت الخارجية اليوم\nانطلاق الجولة\n');
    expect(r.bodyOffset).toBe(0);
  });

  it('reads the maintainer overrides from front matter and keeps the date a string', () => {
    const r = readArticle('seeds/a.md', utf8('---\ntitle: عنوان\noutlet: إيلاف\nurl: https://example.org/x\npublished: 2017-12-21\n---\nنص الخبر\n'));
    expect(r.overrides).toEqual({ title: 'عنوان', outlet: 'إيلاف', url: 'https://example.org/x', published: '2017-12-21' });
    expect(r.text.slice(r.bodyOffset)).toBe('نص الخبر\n');
  });

  it('reads a web clipper\'s `source` address as `url` when no `url` is given, and warns of nothing else', () => {
    const clipped = readArticle('seeds/a.md', utf8('---\ntitle: "عنوان"\nsource: "https://example.org/2017/05/16/x"\npublished: 2017-05-16\n---\nنص الخبر\n'));
    expect(clipped.overrides).toEqual({ title: 'عنوان', url: 'https://example.org/2017/05/16/x', published: '2017-05-16' });
    expect(clipped.messages).toEqual([]);
    // An outlet's name as the source is not an address: ignored with the usual warning; `url` wins.
    expect(readArticle('seeds/a.md', utf8('---\nsource: رويترز\n---\nنص\n')).messages.map((m) => m.reason)).toEqual([expect.stringContaining('unknown front matter field `source`')]);
    expect(readArticle('seeds/a.md', utf8('---\nurl: https://example.org/a\nsource: https://example.org/b\n---\nنص\n')).overrides.url).toBe('https://example.org/a');
  });

  it('reads republish: true (the licence allows the whole text on the site), and refuses a non-boolean', () => {
    expect(readArticle('seeds/a.md', utf8('---\nrepublish: true\n---\nنص الخبر\n')).overrides).toEqual({ republish: true });
    const wrong = readArticle('seeds/a.md', utf8('---\ntitle: عنوان\nrepublish: نعم\n---\nنص\n'));
    expect(wrong.ok).toBe(false);
    expect(place(wrong).map((d) => `${d.line}:${d.column} ${d.reason}`)).toEqual(['3:1 `republish` must be true or false, got "نعم"']);
  });

  it('names the line of a wrong front matter field, and warns about unknown ones', () => {
    const r = readArticle('seeds/a.md', utf8('---\ntitle: عنوان\npublished: أمس\nauthor: س\n---\nنص\n'));
    expect(r.ok).toBe(false);
    expect(place(r).map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['4:1 warning', '3:1 error']);
    expect(place(r)[1]!.reason).toContain('`published` must be an EDTF date');
  });

  it.each([
    ['empty file', new Uint8Array(0), /empty file/],
    ['white space only', utf8(' \n\n\t\n'), /empty file/],
    ['PNG bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /looks like PNG image/],
    ['NUL bytes', utf8('abc\u0000def'), /NUL bytes/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ['front matter without a body', utf8('---\ntitle: x\n---\n'), /no text/],
    ['unclosed front matter', utf8('---\ntitle: x\nنص'), /never closed/],
  ])('refuses %s with a clear error', (_, bytes, reason) => {
    const r = readArticle('seeds/x.txt', bytes);
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.reason).toMatch(reason);
  });

  it('places invalid UTF-8 on its line and column', () => {
    const bytes = new Uint8Array([...utf8('سطر أول\nسطر '), 0xc3, 0x28, ...utf8(' ثان')]);
    const r = readArticle('seeds/x.txt', bytes);
    const [d] = place(r);
    expect(d).toMatchObject({ line: 2, column: 5, severity: 'error' });
    expect(d!.reason).toMatch(/invalid UTF-8 at byte 21 \(c3 28 20 d8\)/);
  });
});

describe('articleIdFromPath', () => {
  it.each([
    ['seeds/000_db2cdda413b17d13.txt', '000-db2cdda413b17d13'],
    ['seeds/Astana 8 Report.md', 'astana-8-report'],
  ])('%s → %s', (path, id) => expect(articleIdFromPath(path)).toBe(id));

  it('gives an Arabic file name a stable hashed id', () => {
    expect(articleIdFromPath('seeds/خبر.txt')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(articleIdFromPath('seeds/خبر.txt')).toBe(articleIdFromPath('other/خبر.md'));
  });
});

describe('front matter text fields', () => {
  it('are cleaned like the body: bidi and invisible controls out, one line, with a warning on the field', () => {
    const r = readArticle('seeds/a.md', utf8('---\ntitle: "جولة \u202Eأستانا\u202C\u200B الثامنة\\nتبدأ"\noutlet: "\u2066إيلاف\u2069"\nurl: "https://example.org/\u200Bx"\n---\nنص الخبر\n'));
    expect(r.ok).toBe(true);
    expect(r.overrides).toEqual({ title: 'جولة أستانا الثامنة تبدأ', outlet: 'إيلاف', url: 'https://example.org/x' });
    const warnings = place(r).map((d) => `${d.line} ${d.rule} ${d.reason}`);
    expect(warnings).toEqual([
      '2 bidi-control `title`: 2 bidirectional and 1 invisible control character(s) removed (they can make text read differently from what it says)',
      '3 bidi-control `outlet`: 2 bidirectional and 0 invisible control character(s) removed (they can make text read differently from what it says)',
      '4 bidi-control `url`: 0 bidirectional and 1 invisible control character(s) removed (they can make text read differently from what it says)',
    ]);
  });

  it('a title of nothing but controls is an error, as an empty one is', () => {
    const r = readArticle('seeds/a.md', utf8('---\ntitle: "\u202E\u200B"\n---\nنص الخبر\n'));
    expect(r.ok).toBe(false);
    expect(place(r).map((d) => d.reason)).toContain('`title` must be a non-empty text, got "\\u202E\\u200B"');
  });
});

describe('front matter values in messages', () => {
  it('are cut to a short excerpt, controls shown by their code', () => {
    const many = Array.from({ length: 900 }, (_, i) => `عنوان رقم ${i}`);
    const r = readArticle('seeds/a.md', utf8(`---\ntitle: ${JSON.stringify(many)}\npublished: "\u202E2017"\n---\nنص الخبر\n`));
    const reasons = place(r).map((d) => d.reason);
    expect(reasons).toEqual([
      '`title` must be a non-empty text, got ["عنوان رقم 0", "عنوان رقم 1", "عنوان رقم 2", "عنوان رقم 3",…',
      '`published` must be an EDTF date such as 2017-12-20 or 2021-07-01/2021-07-06, got "\\u202E2017"',
    ]);
  });

  it('refuse front matter whose aliases expand past the limit, at its first line', () => {
    const r = readArticle('seeds/a.md', utf8('---\na: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: x\n---\nنص\n'));
    expect(r.ok).toBe(false);
    expect(place(r).map((d) => `${d.line} ${d.rule}`)).toEqual(['2 front-matter-yaml']);
    // Ten times fewer values is a maintainer's front matter: accepted (the unknown fields are only warned about).
    expect(readArticle('seeds/a.md', utf8('---\na: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\ntitle: x\n---\nنص\n')).ok).toBe(true);
  });
});
