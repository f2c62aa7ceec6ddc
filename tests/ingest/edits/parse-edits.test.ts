// content/edits.yaml as maintainers write it, typos included: every problem at its file:line:column.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { parseEdits, readEdits } from '../../../src/ingest/edits/parse-edits.ts';

const ROUNDS = new Set(['astana-08', 'astana-09', 'geneva-09']);
const FILE = 'content/edits.yaml';
const ACTORS = new Set(['staffan-de-mistura', 'russia', 'kazakhstan']);
const parse = (text: string) => parseEdits(FILE, text, ROUNDS, ACTORS);
const shown = (text: string) => parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);

const GOOD = `# تصحيحات المحرر
004-557d863690ff85e5-940c88:
  title: تبادل محتجزين عند معبر أبو الزندين

000-db2cdda413b17d13-345e19:
  date: 2017-12-18
  reason: "صدر البيان مساء الثامن عشر"   # quoted or not
003-6054453d1942b8b0-5177d5:
  round: null
  reason: الجولة التاسعة المقصودة في موسكو
000-db2cdda413b17d13-5b356a:
  removed: true
  reason: تصريح عن عمليات التحالف لا عن المحادثات
`;

describe('parseEdits', () => {
  it('reads each edit with the line it starts on; dates stay EDTF strings', () => {
    const set = parse(GOOD);
    expect(set.diagnostics).toEqual([]);
    expect(set.held).toEqual([]);
    expect(set.edits).toEqual([
      { id: '004-557d863690ff85e5-940c88', line: 2, column: 1, title: 'تبادل محتجزين عند معبر أبو الزندين' },
      { id: '000-db2cdda413b17d13-345e19', line: 5, column: 1, date: '2017-12-18', reason: 'صدر البيان مساء الثامن عشر' },
      { id: '003-6054453d1942b8b0-5177d5', line: 8, column: 1, round: null, reason: 'الجولة التاسعة المقصودة في موسكو' },
      { id: '000-db2cdda413b17d13-5b356a', line: 11, column: 1, removed: true, reason: 'تصريح عن عمليات التحالف لا عن المحادثات' },
    ]);
  });

  it('a YAML typo in one edit is an error at its line and column; the edits around it still apply', () => {
    const text = GOOD.replace('  reason: "صدر البيان مساء الثامن عشر"', '  reason: "صدر البيان مساء الثامن عشر');
    const set = parse(text);
    expect(set.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} [${d.rule}]`)).toEqual([expect.stringMatching(/^content\/edits\.yaml:(7|8):\d+ error \[edit-yaml\]$/)]);
    expect(set.diagnostics[0]!.reason).toMatch(/^malformed YAML: /);
    expect(set.held).toEqual(['000-db2cdda413b17d13-345e19']);
    expect(set.edits.map((e) => e.id)).toEqual(['004-557d863690ff85e5-940c88', '003-6054453d1942b8b0-5177d5', '000-db2cdda413b17d13-5b356a']);
  });

  it('wrong values are errors at their own field: a date that is no day, a round not in the catalog, a kind, an unknown field', () => {
    const text = `000-db2cdda413b17d13-345e19:
  date: 2017-13-01
  reason: تصحيح
003-6054453d1942b8b0-5177d5:
  round: astana-99
  reason: تصحيح
001-e170048bbaa0e3ab-fa8db2:
  kind: interview
  titel: افتتاح الجولة الثامنة
`;
    expect(shown(text)).toEqual(['2:3 error edit-field', '5:3 error edit-field', '8:3 error edit-field', '9:3 error edit-field']);
    const reasons = parse(text).diagnostics.map((d) => d.reason);
    expect(reasons[0]).toContain('got "2017-13-01"');
    expect(reasons[1]).toContain('round id of the catalog');
    expect(reasons[3]).toContain('unknown field `titel`');
    expect(parse(text).held).toEqual(['000-db2cdda413b17d13-345e19', '001-e170048bbaa0e3ab-fa8db2', '003-6054453d1942b8b0-5177d5']);
  });

  it('a date EDTF allows but the site cannot place (unspecified digits, a qualifier) is refused at its line', () => {
    for (const date of ['2017-12-2X', '2017?', '2017-12-21/2017-12-19']) {
      const set = parse(`000-db2cdda413b17d13-345e19:\n  reason: تصحيح\n  date: ${date}\n`);
      expect(set.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`), date).toEqual(['3:3 edit-field']);
      expect(set.held).toEqual(['000-db2cdda413b17d13-345e19']);
    }
  });

  it("a change of date, round or removal needs the editor's reason; a title does not", () => {
    const set = parse('000-db2cdda413b17d13-345e19:\n  date: 2017-12-18\n004-557d863690ff85e5-940c88:\n  title: تبادل محتجزين عند معبر أبو الزندين\n');
    expect(set.diagnostics.map((d) => `${d.line}:${d.column} ${d.reason}`)).toEqual([expect.stringMatching(/^1:1 .*changes `date`: add `reason:`/)]);
    expect(set.edits.map((e) => e.id)).toEqual(['004-557d863690ff85e5-940c88']);
  });

  it('an id edited twice holds that entry; a list, an indented line first, a key that is no id are errors', () => {
    expect(shown('000-db2cdda413b17d13-345e19:\n  title: أ ب\n000-db2cdda413b17d13-345e19:\n  title: ج د\n')).toEqual(['3:1 error edit-duplicate']);
    expect(parse('000-db2cdda413b17d13-345e19:\n  title: أ ب\n000-db2cdda413b17d13-345e19:\n  title: ج د\n').edits).toEqual([]);
    expect(shown('- 000-db2cdda413b17d13-345e19:\n    title: أ ب\n')).toEqual(['1:1 error edit-yaml']);
    expect(shown('  title: أ ب\n')).toEqual(['1:1 error edit-yaml']);
    expect(shown('Entry_One:\n  title: أ ب\n')).toEqual(['1:1 error edit-yaml']);
    expect(shown('000-db2cdda413b17d13-345e19: انطلاق\n')).toEqual(['1:1 error edit-field']);
  });

  it('a title is cleaned as front matter is, and one that reads poorly out of context is a warning', () => {
    const set = parse('004-557d863690ff85e5-940c88:\n  title: "تبادل \u202Eمحتجزين\u202C أمس عند معبر أبو الزندين"\n');
    expect(set.edits[0]!.title).toBe('تبادل محتجزين أمس عند معبر أبو الزندين');
    expect(set.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual(['2:3 warning edit-title']);
    expect(set.diagnostics[0]!.reason).toContain('«امس»');
  });

  it('actors are catalog ids, sorted and each once; an unknown id or a text is an error at its line', () => {
    const ok = parse('004-557d863690ff85e5-940c88:\n  actors: [russia, staffan-de-mistura, russia]\n000-db2cdda413b17d13-345e19:\n  actors: []\n');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.edits.map((e) => e.actors)).toEqual([['russia', 'staffan-de-mistura'], []]);
    const bad = '004-557d863690ff85e5-940c88:\n  title: أ ب\n  actors: [de-mistura, russia]\n000-db2cdda413b17d13-345e19:\n  actors: دي ميستورا\n';
    expect(shown(bad)).toEqual(['3:3 error edit-field', '5:3 error edit-field']);
    expect(parse(bad).diagnostics[0]!.reason).toContain('`de-mistura`, not an actor of the catalog');
    expect(parse(bad).held).toEqual(['000-db2cdda413b17d13-345e19', '004-557d863690ff85e5-940c88']);
  });

  it('merge_into names the entry it joins, with the line it stands on, and needs a reason', () => {
    const set = parse('# دمج\n001-e170048bbaa0e3ab-fa8db2:\n  reason: الخبر نفسه بصياغة أخرى\n  merge_into: 000-db2cdda413b17d13-345e19\n');
    expect(set.diagnostics).toEqual([]);
    expect(set.edits).toEqual([{ id: '001-e170048bbaa0e3ab-fa8db2', line: 2, column: 1, reason: 'الخبر نفسه بصياغة أخرى', mergeInto: { id: '000-db2cdda413b17d13-345e19', line: 4, column: 3 } }]);
    expect(parse('001-e170048bbaa0e3ab-fa8db2:\n  merge_into: 000-db2cdda413b17d13-345e19\n').diagnostics.map((d) => d.reason)).toEqual([expect.stringContaining('changes `merge_into`: add `reason:`')]);
  });

  it('merge_into with its own title, into itself, or not an id is an error at its line', () => {
    const text = `001-e170048bbaa0e3ab-fa8db2:
  title: أ ب
  merge_into: 000-db2cdda413b17d13-345e19
  reason: مكرر
000-db2cdda413b17d13-345e19:
  merge_into: 000-db2cdda413b17d13-345e19
  reason: مكرر
003-6054453d1942b8b0-5177d5:
  merge_into: [000-db2cdda413b17d13-345e19]
  reason: مكرر
`;
    expect(shown(text)).toEqual(['3:3 error edit-field', '6:3 error edit-field', '9:3 error edit-field']);
    const reasons = parse(text).diagnostics.map((d) => d.reason);
    expect(reasons[0]).toContain('edit `000-db2cdda413b17d13-345e19` instead of giving `title` here');
    expect(reasons[1]).toContain('cannot be merged into itself');
    expect(reasons[2]).toContain('must be the id of the entry this one joins');
    expect(parse(text).edits).toEqual([]);
  });

  it('`hidden: true`, the name the issue used, is an error that names the field to write', () => {
    const set = parse('000-db2cdda413b17d13-345e19:\n  hidden: true\n  reason: مكرر\n');
    expect(set.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:3 edit-field']);
    expect(set.diagnostics[0]!.reason).toContain('unknown field `hidden` in the edit of `000-db2cdda413b17d13-345e19`: write `removed`');
  });

  it('comments, document markers and an empty file are no edits', () => {
    expect(parse('')).toEqual({ edits: [], held: [], diagnostics: [] });
    expect(parse('---\n# لا تصحيحات بعد\n...\n')).toEqual({ edits: [], held: [], diagnostics: [] });
  });
});

describe('readEdits', () => {
  const CONTENT = resolve(import.meta.dirname, '../../../content');
  const files = (sub: string) => readdirSync(join(CONTENT, sub)).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `content/${sub}/${f}`, text: readFileSync(join(CONTENT, sub, f), 'utf8') }));
  const catalog = loadCatalog(files('rounds'), files('actors'));

  it('checks the edits against the project\'s catalog: its rounds and actors are known, others are errors', () => {
    const good = readEdits(FILE, new TextEncoder().encode(`${GOOD}004-557d863690ff85e5-99ba43:\n  actors: [geir-pedersen]\n  round: astana-08\n  reason: الجولة الثامنة\n`), catalog);
    expect('edits' in good && good.edits.diagnostics).toEqual([]);
    const unknown = readEdits(FILE, new TextEncoder().encode('004-557d863690ff85e5-99ba43:\n  round: astana-99\n  reason: جولة لم تعقد\n'), catalog);
    expect('edits' in unknown && unknown.edits.diagnostics.map((d) => `${d.line} ${d.severity} ${d.reason.includes('astana-99')}`)).toEqual(['2 error true']);
  });

  it('gives no edits when there is no file', () => {
    expect(readEdits(FILE, null, catalog)).toEqual({ edits: { edits: [], held: [], diagnostics: [] } });
  });

  it('stops at a file saved in another encoding than UTF-8 (Windows Arabic), with one error on the file', () => {
    // «004-…-940c88:\n  title: تبادل محتجزين» as an editor set to Windows-1256 would save it.
    const cp1256 = Uint8Array.from(Buffer.from('3030342d353537643836333639306666383565352d3934306338383a0a20207469746c653a20cac8c7cfe120e3cdcaccd2ede40a', 'hex'));
    expect(readEdits(FILE, cp1256, catalog)).toEqual({ unreadable: { file: FILE, line: 1, column: 1, severity: 'error', rule: 'edit-yaml', reason: 'not UTF-8 text: save the file as UTF-8' } });
  });
});
