import { describe, expect, it } from 'vitest';
import { parseIdsLock, reconcileIds } from '../../../src/ingest/write/ids-lock.ts';

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
  });
});
