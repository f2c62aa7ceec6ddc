// The seeds folder's verdicts, names and hashes, on the names and bytes of the project's own seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySeed, linkRefusal, notASeed, openablePath, seedHash, seedPath, sourceName, type EntryKind } from '../../src/ingest/seed-files.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seedNames = readdirSync(SEEDS).sort();
const kind = (k: EntryKind) => () => k;

describe('classifySeed', () => {
  it('reads every seed of the project, and the saved-page and Markdown fixtures by their names', () => {
    const pages = readdirSync(resolve(import.meta.dirname, '../fixtures/pages')).filter((f) => f.endsWith('.html'));
    const markdown = readdirSync(resolve(import.meta.dirname, '../fixtures/markdown')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(0);
    expect(markdown.length).toBeGreaterThan(0);
    for (const name of [...seedNames, ...pages, ...markdown]) expect(classifySeed(name, kind('file'))).toBe('read');
  });

  it('warns about a file of another format, and ignores dot files without asking their type', () => {
    expect(classifySeed('000_db2cdda413b17d13.pdf', kind('file'))).toBe('not-a-seed');
    expect(classifySeed('notes.docx', kind('file'))).toBe('not-a-seed');
    const never = () => {
      throw new Error('a dot file needs no lstat');
    };
    expect(classifySeed('.000_db2cdda413b17d13.txt.swp', never)).toBe('ignore');
    expect(classifySeed('.DS_Store', never)).toBe('ignore');
  });

  it('refuses a symbolic link whatever its name, and ignores folders and other entries', () => {
    expect(classifySeed('000_db2cdda413b17d13.txt', kind('link'))).toBe('refuse');
    expect(classifySeed('passwd', kind('link'))).toBe('refuse');
    expect(classifySeed('archive.txt', kind('folder'))).toBe('ignore');
    expect(classifySeed('fifo.txt', kind('other'))).toBe('ignore');
  });

  it('gives a file of another format one warning at its first line', () => {
    expect(notASeed('seeds/notes.pdf')).toMatchObject({ file: 'seeds/notes.pdf', line: 1, column: 1, severity: 'warning', rule: 'not-a-seed' });
  });
});

describe('seed names', () => {
  it('names a seed by its folder\'s name, wherever the folder is, and finds the file again from that name', () => {
    const [first] = seedNames;
    expect(sourceName(SEEDS, first!)).toBe(`seeds/${first}`);
    expect(sourceName('/tmp/x/corpus-train', 'a01_tunisien.txt')).toBe('corpus-train/a01_tunisien.txt');
    expect(seedPath(SEEDS, sourceName(SEEDS, first!))).toBe(join(SEEDS, first!));
  });

  it('prints a seed as the path that opens it from the working folder, and any other file as named', () => {
    const shown = openablePath('/work/p/tests/fixtures/corpus/train', '/work/p');
    expect(shown('train/a01_tunisien.txt')).toBe('tests/fixtures/corpus/train/a01_tunisien.txt');
    expect(openablePath('/work/p/seeds', '/tmp')('seeds/000_db2cdda413b17d13.txt')).toBe('../work/p/seeds/000_db2cdda413b17d13.txt');
    expect(shown('content/edits.yaml')).toBe('content/edits.yaml');
    expect(shown('src/ingest/time/index.ts')).toBe('src/ingest/time/index.ts');
  });
});

describe('seedHash', () => {
  const texts = seedNames.map((name) => readFileSync(join(SEEDS, name)));

  it('tells every seed of the project apart, and gives the same bytes the same hash', () => {
    const hashes = texts.map((bytes) => seedHash(bytes, undefined));
    expect(new Set(hashes).size).toBe(texts.length);
    expect(seedHash(new Uint8Array(texts[0]!), undefined)).toBe(hashes[0]);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  it('hashes a refused seed by its refusal: another target or reason is a changed seed, never an empty file', () => {
    const empty = seedHash(new Uint8Array(0), undefined);
    const toPasswd = seedHash(new Uint8Array(0), linkRefusal('/etc/passwd', false));
    const toHosts = seedHash(new Uint8Array(0), linkRefusal('/etc/hosts', false));
    expect(new Set([empty, toPasswd, toHosts]).size).toBe(3);
    // The bytes of a refused seed (none are read) play no part.
    expect(seedHash(texts[0]!, linkRefusal('/etc/passwd', false))).toBe(toPasswd);
  });
});

describe('linkRefusal', () => {
  it('names the target, and says when it does not exist', () => {
    expect(linkRefusal('../seeds-old/000_db2cdda413b17d13.txt', false)).toMatch(/^a symbolic link \(to "\.\.\/seeds-old\/000_db2cdda413b17d13\.txt"\): seeds must be regular files/);
    expect(linkRefusal('/nonexistent', true)).toMatch(/^a symbolic link to "\/nonexistent", which does not exist: /);
    expect(linkRefusal(null, true)).toMatch(/^a symbolic link to "\?", which does not exist/);
  });

  it('cuts a long target at 120 characters', () => {
    const target = `/srv/archive/${'مسار-'.repeat(40)}.txt`;
    const shown = linkRefusal(target, false).match(/to "([^"]*)"/)![1]!;
    expect(shown).toBe(`${target.slice(0, 120)}…`);
  });
});
