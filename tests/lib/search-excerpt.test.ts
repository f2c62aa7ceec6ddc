import { describe, expect, it } from 'vitest';
import { densestWindow, markTokens, searchExcerpt, type ExcerptPart } from '../../src/lib/search-excerpt.ts';
import { queryPhrases } from '../../src/lib/search-query-phrases.ts';
import { nameTable } from '../../src/lib/search-names.ts';

const tokens = (text: string) => text.split(/\s+/).filter(Boolean);
const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);
const excerpt = (text: string, query: string, size?: number) => searchExcerpt(tokens(text), queryPhrases(query, TABLE), size);

const TABLE = nameTable([
  { id: 'staffan-de-mistura', name_ar: 'ستافان دي ميستورا', variants: ['دي ميستورا', 'دي مستورا', 'ديميستورا'] },
  { id: 'sergey-lavrov', name_ar: 'سيرغي لافروف', variants: ['لافروف'] },
]);

describe('searchExcerpt', () => {
  it('marks a word through its attached particles and hamza («دستور» marks «والدستور»)', () => {
    const parts = excerpt('ناقش الوفدان مبادئ الإصلاح والدستور في جنيف.', 'دستور');
    expect(marked(parts)).toEqual(['والدستور']);
    expect(parts.map((p) => p.text).join('')).toBe('ناقش الوفدان مبادئ الإصلاح والدستور في جنيف.');
  });

  it('marks the month the page prints for a query in the other system, as one phrase', () => {
    const text = 'انطلقت في أستانا أول جولة من المحادثات في 21 كانون الأول 2017 بحضور الوفود.';
    expect(marked(excerpt(text, 'ديسمبر 2017'))).toEqual(['كانون الأول 2017']);
    // «الأول» of the month is not «أول» of the round: only the month phrase carries it.
    expect(marked(excerpt(text, 'كانون الأول 2017'))).toEqual(['كانون الأول 2017']);
    expect(marked(excerpt('صدر البيان في 21 ديسمبر 2017 عن الخارجية.', 'كانون الأول 2017'))).toEqual(['ديسمبر 2017']);
  });

  it('marks a round by its city in another spelling and its number, never a longer number', () => {
    const text = 'اختتمت الجولة 8 من محادثات آستانة، وحضرها 80 مندوباً.';
    expect(marked(excerpt(text, 'أستانا 8'))).toEqual(['8', 'آستانة،']);
  });

  it('marks an actor by every spelling the catalog lists', () => {
    const text = 'قال المبعوث الأممي دي مستورا إن الجولة المقبلة ستعقد في جنيف.';
    expect(marked(excerpt(text, 'دى ميستورا'))).toEqual(['دي مستورا']);
    expect(marked(excerpt('وصرح لافروف للصحفيين بعد اللقاء.', 'سيرغي لافروف'))).toEqual(['لافروف']);
  });

  it('cuts a long text around the densest run of matches, with an ellipsis on each cut side', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `كلمة${i}`).join(' ');
    const parts = excerpt(`${filler} وأعلن الوسطاء موعد اللجنة الدستورية الجديد ${filler}`, 'الدستورية', 10);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['الدستورية']);
    expect(tokens(text.replace(/…/g, '')).length).toBe(10);
  });

  it('shows the start of the text, unmarked, when no visible word matches', () => {
    const parts = excerpt('التقى الوفدان في العاصمة الكازاخستانية صباح اليوم.', 'هدنة');
    expect(parts).toEqual([{ text: 'التقى الوفدان في العاصمة الكازاخستانية صباح اليوم.', mark: false }]);
  });
});

describe('densestWindow', () => {
  it('takes the window with the most marks, centred on them', () => {
    const marks = [false, false, false, false, false, true, false, true, false, false];
    expect(densestWindow(marks, 4)).toEqual([4, 8]);
    expect(densestWindow([false, false, false, false, false, true, false, false, false, false], 4)).toEqual([3, 7]);
    expect(densestWindow([true, false, false, false, false, false], 4)).toEqual([0, 4]);
    expect(densestWindow(marks, 20)).toEqual([0, 10]);
    expect(densestWindow(marks.map(() => false), 4)).toEqual([0, 4]);
  });
});

describe('markTokens', () => {
  it('does not mark a one-letter query term', () => {
    expect(markTokens(tokens('و قال الوفد'), queryPhrases('و'))).toEqual([false, false, false]);
  });
});
