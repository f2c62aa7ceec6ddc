import { describe, expect, it } from 'vitest';
import { highlightQuotes } from '../../src/lib/highlight-quotes.ts';
import { markdownParagraphs } from '../../src/lib/markdown-paragraphs.ts';

const P = 'عقد وفد المعارضة العسكرية اجتماعاً الخميس مع فريق تقني من الأمم المتحدة، في افتتاح الجولة الثامنة من محادثات آستانة ، في أستانة عاصمة كازاخستان.';

describe('highlightQuotes', () => {
  it('marks an exact quote and keeps the rest', () => {
    const s = highlightQuotes(P, [{ id: 'e1', quote: 'في افتتاح الجولة الثامنة من محادثات آستانة' }]);
    expect(s.map((x) => x.text).join('')).toBe(P);
    expect(s.filter((x) => x.ids.length).map((x) => x.text)).toEqual(['في افتتاح الجولة الثامنة من محادثات آستانة']);
  });
  it('finds a quote written with other hamza forms and maps it back to the source text', () => {
    const s = highlightQuotes(P, [{ id: 'e2', quote: 'اجتماعا الخميس مع فريق تقني من الامم المتحدة' }]);
    expect(s.find((x) => x.ids[0] === 'e2')?.text).toBe('اجتماعاً الخميس مع فريق تقني من الأمم المتحدة');
  });
  it('ignores quotes that are not in the paragraph', () => {
    expect(highlightQuotes(P, [{ id: 'x', quote: 'جنيف' }])).toEqual([{ text: P, ids: [] }]);
  });
});

describe('markdownParagraphs', () => {
  it('splits on blank lines and undoes serializer escapes', () => {
    expect(markdownParagraphs('أول \\{فقرة\\}\n\nقال \\<نعم\\>&#x20;و&amp;\r\n\r\nثالثة')).toEqual(['أول {فقرة}', 'قال <نعم> و&', 'ثالثة']);
  });
  it('reads an escaped ampersand as text, not as the start of a character reference', () => {
    // The serializer writes the text «&amp; و&#x26;» as `\&amp; و\&#x26;`; MDX showed it as written.
    expect(markdownParagraphs('قال \\&amp; و\\&#x26; و&#x26;')).toEqual(['قال &amp; و&#x26; و&']);
  });
});
