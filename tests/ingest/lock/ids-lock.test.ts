import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntryOf, parseIdsLock, reconcileIds, reconcileStanding, serializeIdsLock, unreadableLock } from '../../../src/ingest/lock/ids-lock.ts';

describe('reconcileIds', () => {
  it('publishes every new id, sorted', () => {
    const { lock, vanished } = reconcileIds({ published: [], redirects: {} }, [{ id: 'b', aliases: ['b'] }, { id: 'a', aliases: ['a'] }], new Set());
    expect(lock).toEqual({ published: ['a', 'b'], redirects: {} });
    expect(vanished).toEqual([]);
  });

  it('redirects an id merged into another entry to its successor', () => {
    const { lock, vanished } = reconcileIds({ published: ['a', 'b'], redirects: {} }, [{ id: 'a', aliases: ['a', 'b'] }], new Set());
    expect(lock).toEqual({ published: ['a', 'b'], redirects: { b: 'a' } });
    expect(vanished).toEqual([]);
  });

  it('follows a chain of redirects to the live successor', () => {
    const { lock } = reconcileIds({ published: ['a', 'b', 'c'], redirects: { c: 'b' } }, [{ id: 'a', aliases: ['a', 'b'] }], new Set());
    expect(lock.redirects).toEqual({ b: 'a', c: 'a' });
  });

  it('reports a published id that would vanish unmapped', () => {
    const { vanished } = reconcileIds({ published: ['a', 'gone'], redirects: {} }, [{ id: 'a', aliases: ['a'] }], new Set());
    expect(vanished).toEqual(['gone']);
  });

  it('keeps ids it is told to keep (entries of an article that failed this run)', () => {
    const { vanished, lock } = reconcileIds({ published: ['a', 'kept'], redirects: {} }, [{ id: 'a', aliases: ['a'] }], new Set(['kept']));
    expect(vanished).toEqual([]);
    expect(lock.published).toEqual(['a', 'kept']);
  });

  it('reports a redirect cycle that reaches no live id as vanished', () => {
    expect(reconcileIds({ published: ['x', 'y'], redirects: { x: 'y', y: 'x' } }, [], new Set()).vanished).toEqual(['x', 'y']);
  });

  it('refuses a lock file of the wrong shape', () => {
    expect(() => parseIdsLock('{"ids": []}')).toThrow(/published/);
    expect(() => parseIdsLock('{"published": [], "redirects": {}, "withdrawn": {"a": {"reason": 1}}}')).toThrow(/withdrawn/);
  });

  it('turns a lock that cannot be read into one error on the lock file, saying why', () => {
    let why = '';
    try {
      parseIdsLock('{"published": ["000-db2cdda413b17d13-345e19"]');
    } catch (error) {
      why = (error as Error).message;
    }
    expect(why).not.toBe('');
    expect(unreadableLock('content/ids.lock.json', why)).toEqual({ file: 'content/ids.lock.json', line: 1, column: 1, severity: 'error', rule: 'ids-lock', reason: `cannot read the ids lock: ${why}` });
  });

  it('writes the committed lock back byte for byte, and a withdrawn record sorted, after the rest', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../content/ids.lock.json'), 'utf8');
    expect(serializeIdsLock(parseIdsLock(committed))).toBe(committed);
    const text = serializeIdsLock({ published: ['a-1a2b3c'], redirects: {}, withdrawn: { z: { reason: 'سبب', entries: ['z-2', 'z-1'] }, a: { reason: 'سبب آخر', entries: [] } } });
    expect(Object.keys(JSON.parse(text))).toEqual(['published', 'redirects', 'withdrawn']);
    expect(Object.keys(parseIdsLock(text).withdrawn!)).toEqual(['a', 'z']);
    expect(parseIdsLock(text).withdrawn!.z!.entries).toEqual(['z-1', 'z-2']);
  });

  it('tells an article\'s entry ids from those of an article whose id starts the same', () => {
    expect(isEntryOf('004-557d863690ff85e5-0a1997', '004-557d863690ff85e5')).toBe(true);
    expect(isEntryOf('004-557d863690ff85e5-0a1997-2', '004-557d863690ff85e5')).toBe(true);
    expect(isEntryOf('004-557d863690ff85e5-0a1997', '004')).toBe(false);
    expect(isEntryOf('news-2-0a1997', 'news')).toBe(false);
  });
});

describe('reconcileStanding', () => {
  // 2,000 standing entries the run does not read, and two buckets merged again.
  const standing = Array.from({ length: 2_000 }, (_, i) => ({ id: `s${String(i).padStart(4, '0')}-0a1b2c`, aliases: [`s${String(i).padStart(4, '0')}-0a1b2c`] }));
  const before = [{ id: 'a-000001', aliases: ['a-000001'] }, { id: 'b-000001', aliases: ['b-000001', 'c-000001'] }];
  const lock = reconcileIds({ published: ['c-000001', 'd-000001'], redirects: { 'd-000001': 's0007-0a1b2c' } }, [...standing, ...before].sort((x, y) => (x.id < y.id ? -1 : 1)), new Set()).lock;

  it('gives what reconcileIds gives over every entry, from the buckets merged again alone', () => {
    const now = [{ id: 'a-000001', aliases: ['a-000001', 'b-000001'] }, { id: 'e-000001', aliases: ['e-000001'] }];
    const full = reconcileIds(lock, [...standing, ...now].sort((x, y) => (x.id < y.id ? -1 : 1)), new Set());
    expect(full.lock.redirects).toEqual({ 'b-000001': 'a-000001', 'c-000001': 'a-000001', 'd-000001': 's0007-0a1b2c' });
    expect(reconcileStanding(lock, now, new Set(before.map((e) => e.id)))).toEqual(full);
  });

  it('says which ids would vanish, and gives up on a lock whose ids are not in order', () => {
    expect(reconcileStanding(lock, [], new Set(['a-000001']))!.vanished).toEqual(['a-000001']);
    expect(reconcileStanding({ ...lock, published: [...lock.published].reverse() }, [], new Set())).toBeNull();
  });
});
