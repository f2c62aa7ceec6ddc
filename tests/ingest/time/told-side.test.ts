// «أعلن متحدث اليوم الأحد تأجيل الجولة الخامسة … إلى الثلاثاء 4 تموز المقبل»: the clause's past verb made the
// coming date past, its weekday read as within a week before the story, and the Sunday after the opening's
// eve printed (2 July 2017; the story was told on 25 June at the latest). A time told as coming is to come.
// Invented (hunt 36, R4); Astana's fifth round opened on Tuesday 4 July 2017.
import { describe, expect, it } from 'vitest';
import { catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a time told as coming', () => {
  it('keeps its side whatever the clause\'s verb', () => {
    const span = catalogSpan('تأجيل\nأعلن متحدث باسم الخارجية الكازاخية اليوم الأحد إرجاء الجولة الخامسة من محادثات أستانا إلى الثلاثاء 4 تموز المقبل.');
    expect(span).not.toBeNull();
    expect(span![0] <= parseDay('2017-06-25')! && span![1] >= parseDay('2017-06-25')!).toBe(true);
  });
});
