// The generated names once a run has ended: the listing less what was removed, with what was created, in
// the order a sort of them all gives (the rerun stamp hashes them in that order).
import { describe, expect, it } from 'vitest';
import { namesAfter, sortedLookup } from '../../../src/ingest/write/generated-names.ts';

const sortAll = (listed: string[], created: string[], removed: Set<string>) =>
  [...listed, ...created].filter((name) => !removed.has(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('namesAfter', () => {
  it('places the created names among the listed ones, less the removed', () => {
    const listed = ['articles/a01.mdx', 'articles/a03.mdx', 'entries/a01-aaaaaa.mdx', 'entries/a03-cccccc.mdx'];
    const created = ['entries/a02-bbbbbb.mdx', 'articles/a02.mdx', 'entries/a04-dddddd.mdx', 'articles/a00.mdx'];
    const removed = new Set(['articles/a03.mdx', 'entries/a04-dddddd.mdx']);
    expect(namesAfter(listed, created, removed)).toEqual([
      'articles/a00.mdx', 'articles/a01.mdx', 'articles/a02.mdx', 'entries/a01-aaaaaa.mdx', 'entries/a02-bbbbbb.mdx', 'entries/a03-cccccc.mdx',
    ]);
  });

  it('gives what sorting them all gives, by code unit, from an empty listing (a first run) to no change at all', () => {
    // Arabic, digits, dashes and capitals: code unit order is not the locale's.
    const pool = ['a', 'B', 'b-1', 'b1', 'ب', 'ا-2', 'Z9', 'z', '10', '9', 'entries/x', 'articles/x'];
    let seed = 7;
    const pick = () => pool[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pool.length]!;
    for (let round = 0; round < 200; round++) {
      const listed = [...new Set(Array.from({ length: round % 9 }, pick))].sort();
      const created = Array.from({ length: round % 5 }, pick).filter((n) => !listed.includes(n));
      const removed = new Set(Array.from({ length: round % 3 }, pick));
      expect(namesAfter(listed, created, removed)).toEqual(sortAll(listed, created, removed));
    }
    expect(namesAfter([], ['b', 'a'], new Set())).toEqual(['a', 'b']);
    expect(namesAfter(['a', 'b'], [], new Set())).toEqual(['a', 'b']);
  });
});

describe('sortedLookup', () => {
  it('answers as a set of the names does, asked in order, out of order, or the same name twice', () => {
    const pool = ['a', 'B', 'b-1', 'b1', 'ب', 'ا-2', 'Z9', 'z', '10', '9', 'entries/x', 'articles/x', ''];
    let seed = 11;
    const pick = () => pool[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pool.length]!;
    for (let round = 0; round < 200; round++) {
      const names = [...new Set(Array.from({ length: round % 9 }, pick))].sort();
      const set = new Set(names);
      const lookup = sortedLookup(names);
      const asked = Array.from({ length: 12 }, pick);
      // In order first (as planRun asks), then as they come.
      for (const name of [...[...asked].sort(), ...asked]) expect(lookup.has(name)).toBe(set.has(name));
    }
  });
});
