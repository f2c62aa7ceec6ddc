// Pagefind's filter and metadata files from two real runs of Pagefind 1.5.2 on the seeds' site
// (tests/fixtures/pagefind): the same content, written in two orders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cborItemEnd, readCborHead, readCborText } from '../../src/publish/cbor-item.ts';
import { contentName } from '../../src/publish/content-name.ts';
import { renameCborTexts } from '../../src/publish/rename-cbor-texts.ts';
import { PAGEFIND_SIGNATURE, sortPagefindFilter } from '../../src/publish/sort-pagefind-filter.ts';
import { sortPagefindMetaFilters } from '../../src/publish/sort-pagefind-meta.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pagefind');
const read = (name: string) => new Uint8Array(gunzipSync(readFileSync(join(FIXTURES, name))));

/** The filter's values in file order. */
function filterKeys(bytes: Uint8Array): string[] {
  const root = readCborHead(bytes, PAGEFIND_SIGNATURE.length);
  const values = readCborHead(bytes, cborItemEnd(bytes, root.body));
  const keys: string[] = [];
  let at = values.body;
  for (let i = 0; i < values.value; i++) {
    keys.push(readCborText(bytes, readCborHead(bytes, at).body));
    at = cborItemEnd(bytes, at);
  }
  return keys;
}

/** Every text string of a Pagefind file, in order. */
function texts(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const walk = (at: number): number => {
    const head = readCborHead(bytes, at);
    if (head.major === 3) found.push(readCborText(bytes, at));
    if (head.major === 4) {
      let next = head.body;
      for (let i = 0; i < head.value; i++) next = walk(next);
      return next;
    }
    return cborItemEnd(bytes, at);
  };
  walk(PAGEFIND_SIGNATURE.length);
  return found;
}

describe('sortPagefindFilter', () => {
  const run1 = read('actor-run1.pf_filter');
  const run2 = read('actor-run2.pf_filter');

  it('two runs of Pagefind write the same actor filter in different orders', () => {
    expect(run1).not.toEqual(run2);
    expect([...filterKeys(run1)].sort()).toEqual([...filterKeys(run2)].sort());
  });

  it('sorted, both runs give the same bytes, of the same length, with the values in order', () => {
    const sorted = sortPagefindFilter(run1);
    expect(sortPagefindFilter(run2)).toEqual(sorted);
    expect(sorted.length).toBe(run1.length);
    const keys = filterKeys(sorted);
    expect(keys).toContain('staffan-de-mistura');
    expect(keys).toEqual([...keys].sort());
    expect(sortPagefindFilter(sorted)).toEqual(sorted);
  });

  it('refuses a file that is not a filter file', () => {
    expect(() => sortPagefindFilter(new TextEncoder().encode('not pagefind'))).toThrow(/signature/);
    expect(() => sortPagefindFilter(read('meta-run1.pf_meta'))).toThrow(/shape/);
  });
});

describe('renameCborTexts and contentName', () => {
  it('the metadata names the sorted filter file, and nothing else changes', () => {
    const meta = read('meta-run1.pf_meta');
    // The metadata lists each filter as [name, file]: the actor filter's file follows its name.
    const all = texts(meta);
    const old = all[all.indexOf('actor') + 1]!;
    expect(old).toMatch(/^ar_[0-9a-f]{7}$/);
    const name = contentName(old, sortPagefindFilter(read('actor-run1.pf_filter')));
    expect(name).toMatch(/^ar_[0-9a-f]{7}$/);
    const renamed = renameCborTexts(meta, new Map([[old, name]]));
    expect(renamed.length).toBe(meta.length);
    expect(texts(renamed)).toEqual(texts(meta).map((t) => (t === old ? name : t)));
    expect(() => renameCborTexts(meta, new Map([[old, 'ar_1']]))).toThrow(/length/);
  });

  it('one content, one name; another content, another name', () => {
    const sorted = sortPagefindFilter(read('actor-run1.pf_filter'));
    expect(contentName('ar_85a9fd3', sorted)).toBe(contentName('ar_e7e2686', sortPagefindFilter(read('actor-run2.pf_filter'))));
    expect(contentName('ar_85a9fd3', sorted)).not.toBe(contentName('ar_85a9fd3', read('meta-run1.pf_meta')));
    expect(contentName('pagefind_ar_dc92b5fa29', sorted)).toMatch(/^pagefind_ar_[0-9a-f]{10}$/);
  });
});

describe('sortPagefindMetaFilters', () => {
  // Two runs on the seeds' site with two filters (actor, type): the metadata names them in either order.
  const run1 = read('meta-two-filters-run1.pf_meta');
  const run2 = read('meta-two-filters-run2.pf_meta');
  const filterNames = (meta: Uint8Array) => texts(meta).filter((t) => t === 'actor' || t === 'type');
  /** The filter files' names (hashes that differ between runs) given the same stand-ins. */
  const sameFileNames = (meta: Uint8Array) => {
    const all = texts(meta);
    return renameCborTexts(meta, new Map([[all[all.indexOf('actor') + 1]!, 'ar_0000001'], [all[all.indexOf('type') + 1]!, 'ar_0000002']]));
  };

  it('sorted, both runs give the same bytes with the filters in name order', () => {
    expect(filterNames(run1)).not.toEqual(filterNames(run2));
    const [a, b] = [sortPagefindMetaFilters(sameFileNames(run1)), sortPagefindMetaFilters(sameFileNames(run2))];
    expect(a).toEqual(b);
    expect(a.length).toBe(run1.length);
    expect(filterNames(a)).toEqual(['actor', 'type']);
    // Each filter keeps its own file: the pair moves whole.
    expect(texts(a)[texts(a).indexOf('type') + 1]).toBe('ar_0000002');
  });

  it('sorts a Buffer as gunzipSync gives it (its slice() is a view) to the same bytes, and leaves it as it was', () => {
    const raw = gunzipSync(readFileSync(join(FIXTURES, 'meta-two-filters-run2.pf_meta')));
    const before = Buffer.from(raw);
    expect(sortPagefindMetaFilters(raw)).toEqual(sortPagefindMetaFilters(new Uint8Array(before)));
    expect(raw.equals(before)).toBe(true);
    const filter = gunzipSync(readFileSync(join(FIXTURES, 'actor-run2.pf_filter')));
    expect(sortPagefindFilter(filter)).toEqual(sortPagefindFilter(read('actor-run2.pf_filter')));
  });

  it('refuses a file that is not a metadata file', () => {
    expect(() => sortPagefindMetaFilters(new TextEncoder().encode('not pagefind'))).toThrow(/signature/);
    expect(() => sortPagefindMetaFilters(read('actor-run1.pf_filter'))).toThrow(/shape/);
  });
});
