import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../src/lib/memo-by-key.ts';
import { foldLetters } from '../../src/ingest/shared/fold-letters.ts';

describe('memoByKey', () => {
  it('computes each key once and gives the same result after', () => {
    const seen: string[] = [];
    const length = memoByKey((w: string) => { seen.push(w); return [...w].length; }, 10);
    expect([length('الخميس'), length('أمس'), length('الخميس')]).toEqual([6, 3, 6]);
    expect(seen).toEqual(['الخميس', 'أمس']);
  });

  it('keeps a result that is null or undefined, as a reading that found nothing', () => {
    let calls = 0;
    const none = memoByKey((w: string) => { calls++; return w === 'سيعقد' ? 'future' : w === 'أمس' ? undefined : null; }, 10);
    expect([none('الجولة'), none('الجولة'), none('سيعقد'), none('سيعقد'), none('أمس'), none('أمس')]).toEqual([null, null, 'future', 'future', undefined, undefined]);
    expect(calls).toBe(3);
  });

  it('forgets everything when full and computes again', () => {
    const seen: string[] = [];
    const upper = memoByKey((w: string) => { seen.push(w); return w.toUpperCase(); }, 2);
    for (const w of ['a', 'b', 'c', 'a']) upper(w);
    // 'c' found it full (a, b) and emptied it: 'a' is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('serves the folding of words as before', () => {
    expect(foldLetters('«الخميسُ،»')).toBe(foldLetters('الخميس'));
    expect(foldLetters('"أمسِ"')).toBe('امس');
  });
});
