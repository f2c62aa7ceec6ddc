import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../src/lib/remember-recent.ts';
import { withoutRelativeTime } from '../../src/ingest/shared/relative-time.ts';
import { foldLetters } from '../../src/ingest/shared/fold-letters.ts';

describe('rememberRecent', () => {
  it('computes a text once while it is among the last ones asked, again once it has dropped out', () => {
    const asked: string[] = [];
    const words = rememberRecent((t: string) => {
      asked.push(t);
      return t.split(' ').length;
    }, 2);
    const texts = ['قال لافروف أمس', 'وصل الوفد', 'قال لافروف أمس', 'انطلقت الجولة', 'وصل الوفد', 'وصل الوفد'];
    expect(texts.map(words)).toEqual([3, 2, 3, 2, 2, 2]);
    // The third text pushes the first out; «وصل الوفد» is still in when asked after it.
    expect(asked).toEqual(['قال لافروف أمس', 'وصل الوفد', 'انطلقت الجولة']);
  });

  it('gives a remembered function the answers of the function itself', () => {
    const quote = 'وقال المتحدث أمس الثلاثاء إن الجولة المقبلة ستعقد الخميس المقبل في أستانا';
    const first = withoutRelativeTime(quote);
    expect(withoutRelativeTime(quote)).toBe(first);
    expect(first).not.toContain('أمس');
    expect(first).toContain('الجولة المقبلة ستعقد');
  });

  it('keeps a result that is null or undefined, as a reading that found nothing', () => {
    let calls = 0;
    const none = rememberRecent((w: string) => { calls++; return w === 'سيعقد' ? 'future' : w === 'أمس' ? undefined : null; }, 10);
    expect([none('الجولة'), none('الجولة'), none('سيعقد'), none('سيعقد'), none('أمس'), none('أمس')]).toEqual([null, null, 'future', 'future', undefined, undefined]);
    expect(calls).toBe(3);
  });

  it('serves the folding of words as before', () => {
    expect(foldLetters('«الخميسُ،»')).toBe(foldLetters('الخميس'));
    expect(foldLetters('"أمسِ"')).toBe('امس');
  });
});
