import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../../src/ingest/shared/remember-recent.ts';
import { withoutRelativeTime } from '../../../src/ingest/shared/relative-time.ts';

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
});
