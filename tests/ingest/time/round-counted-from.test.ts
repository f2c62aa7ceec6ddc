// A round counted from («منذ الجولة الأولى») is over and recalled: no news of its opening or close in the
// lead, and no sign the story was written near it. Invented Q&A; Astana's seventh round closed on 31
// October 2017, its first met on 23-24 January 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a round after «منذ»', () => {
  it('leaves the story to the round it tells of', () => {
    // «اختتمت» was read as the first round's close too: that and its nearness outweighed «أمس» of the
    // seventh's (2017-01-24 printed, then refused).
    const text = 'س: اختتمت أمس الجولة السابعة من محادثات أستانا، ما الذي تغير منذ الجولة الأولى؟\nج: في الجولة الأولى كنا نطالب بوقف إطلاق النار، أما اليوم فالمطلوب الإفراج عن المعتقلين.';
    expect(catalogDate(text)).toBe('2017-11-01');
  });
});
