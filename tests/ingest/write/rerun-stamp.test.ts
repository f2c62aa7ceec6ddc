// The rerun stamp's decisions: which seed is trusted by its stat, and when a run may answer from it.
import { describe, expect, it } from 'vitest';
import { finishedStamp, parseStamp, seedFinder, stampText, trustedHash, TRUST_AFTER_MS, unchangedSince, type Observed, type RerunStamp } from '../../../src/ingest/write/rerun-stamp.ts';

const listedAt = 1_800_000_000_000;
const stamp: RerunStamp = {
  version: 2, key: 'k', listedAt, names: ['a.txt', 'notes.json', 'old/'],
  seeds: {
    names: ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
    stats: [
      '10:1799999940000000000:1799999940000000000:7',
      // Modified a moment before the run listed it: a change in the same clock tick would keep this stat.
      '12:1799999999000000000:1799999999000000000:8',
      // Times with fractions of a millisecond come from a fine clock: a shorter margin is enough.
      '14:1799999999970123456:1799999999970123456:9',
      '14:1799999999990123456:1799999999990123456:10',
    ],
    mtimes: [listedAt - 60_000, listedAt - TRUST_AFTER_MS + 1, listedAt - 30, listedAt - 10],
    hashes: ['ha', 'hb', 'hc', 'hd'],
  },
  files: { edits: null, lock: 'l', manifest: 'm' }, generated: 'g', outputs: 3, articles: 2,
  diagnostics: [{ file: 'seeds/notes.json', line: 1, column: 1, severity: 'warning', rule: 'not-a-seed', reason: 'not a .txt, .md or .html file: ignored' }],
};
const now = (over: Partial<Observed> = {}): Observed => ({
  key: 'k', names: stamp.names, hashes: stamp.seeds.hashes, files: stamp.files, generated: 'g', tempFiles: false, ...over,
});

describe('the rerun stamp', () => {
  it('trusts a seed by its stat only when the stat is the same and was old when recorded', () => {
    expect(trustedHash(stamp, 'a.txt', '10:1799999940000000000:1799999940000000000:7')).toBe('ha');
    expect(trustedHash(stamp, 'a.txt', '10:1799999940000000000:1799999950000000000:7')).toBeUndefined(); // ctime moved: written again
    expect(trustedHash(stamp, 'b.txt', '12:1799999999000000000:1799999999000000000:8')).toBeUndefined();
    expect(trustedHash(stamp, 'c.txt', '14:1799999999970123456:1799999999970123456:9')).toBe('hc');
    expect(trustedHash(stamp, 'd.txt', '14:1799999999990123456:1799999999990123456:10')).toBeUndefined();
    expect(trustedHash(stamp, 'e.txt', '1:1:1:1')).toBeUndefined();
    expect(trustedHash(null, 'a.txt', '10:1799999940000000000:1799999940000000000:7')).toBeUndefined();
  });

  it('finds a seed\'s row asked in the listing\'s order, or out of it', () => {
    const find = seedFinder(stamp);
    expect(['a.txt', 'aa.txt', 'c.txt', 'd.txt', 'e.txt'].map(find)).toEqual([0, -1, 2, 3, -1]);
    expect(['b.txt', 'a.txt'].map(find)).toEqual([1, 0]);
    expect(seedFinder(null)('a.txt')).toBe(-1);
  });

  it('answers a run only when the code, the seeds and every file of the output folder are as it recorded', () => {
    expect(unchangedSince(stamp, now())).toBe(true);
    expect(unchangedSince(stamp, now({ key: 'other code' }))).toBe(false);
    expect(unchangedSince(stamp, now({ hashes: ['ha', 'changed', 'hc', 'hd'] }))).toBe(false);
    expect(unchangedSince(stamp, now({ hashes: ['ha', 'hb', 'hc'] }))).toBe(false); // d.txt gone
    expect(unchangedSince(stamp, now({ names: ['a.txt', 'b.txt', 'notes.json', 'old/'] }))).toBe(false);
    expect(unchangedSince(stamp, now({ files: { ...stamp.files, edits: 'an edit' } }))).toBe(false);
    expect(unchangedSince(stamp, now({ generated: 'a file deleted' }))).toBe(false);
    expect(unchangedSince(stamp, now({ tempFiles: true }))).toBe(false);
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(parseStamp(stampText(stamp))).toEqual(stamp);
    expect(parseStamp(stampText(stamp).slice(0, 40))).toBeNull();
    expect(parseStamp(JSON.stringify({ ...stamp, version: 1 }))).toBeNull();
    expect(parseStamp(JSON.stringify({ ...stamp, seeds: { ...stamp.seeds, hashes: ['ha'] } }))).toBeNull(); // a column cut short
    expect(parseStamp(null)).toBeNull();
  });
});

describe('finishedStamp', () => {
  const listing = {
    listedAt, names: ['000_db2cdda413b17d13.txt', '001_e170048bbaa0e3ab.txt', 'archive/', 'link.txt@', 'notes.pdf'],
    files: new Map([
      ['000_db2cdda413b17d13.txt', { stat: '4470:1:1:5309759:65024', mtimeMs: listedAt - 60_000 }],
      ['001_e170048bbaa0e3ab.txt', { stat: '5166:2:2:5309760:65024', mtimeMs: listedAt - 60_000 }],
      ['notes.pdf', { stat: '3:3:3:5309761:65024', mtimeMs: listedAt - 60_000 }],
    ]),
  };
  const hashes = new Map([['000_db2cdda413b17d13.txt', 'h0'], ['001_e170048bbaa0e3ab.txt', 'h1']]);
  const notASeed = { file: 'seeds/notes.pdf', line: 1, column: 1, severity: 'warning', rule: 'not-a-seed', reason: 'not a .txt, .md or .html file: ignored' } as const;
  const renamed = { file: 'seeds/001_e170048bbaa0e3ab.txt', line: 1, column: 1, severity: 'warning', rule: 'renamed-seed', reason: 'renamed from seeds/001.txt: keeps its id' } as const;
  const finished = finishedStamp({
    key: 'k', listing, hashOf: (name) => hashes.get(name), files: { edits: null, lock: 'l', manifest: 'm' }, generated: 'g',
    articles: 2, outputs: 14, diagnostics: [notASeed, renamed], saidOnce: [renamed],
  });

  it('records each seed the run hashed with its stat, and no file it did not take as a seed', () => {
    expect(finished.seeds).toEqual({
      names: ['000_db2cdda413b17d13.txt', '001_e170048bbaa0e3ab.txt'],
      stats: ['4470:1:1:5309759:65024', '5166:2:2:5309760:65024'],
      mtimes: [listedAt - 60_000, listedAt - 60_000],
      hashes: ['h0', 'h1'],
    });
    expect(finished.names).toEqual(listing.names);
    expect(finished.listedAt).toBe(listedAt);
  });

  it('keeps the diagnostics a rerun repeats, not those said once by the run that made the change', () => {
    expect(finished.diagnostics).toEqual([notASeed]);
  });

  it('is a stamp a later run reads back, and answers from when nothing changed', () => {
    const read = parseStamp(stampText(finished))!;
    expect(read).toEqual(finished);
    expect(unchangedSince(read, { key: 'k', names: listing.names, hashes: ['h0', 'h1'], files: finished.files, generated: 'g', tempFiles: false })).toBe(true);
  });
});
