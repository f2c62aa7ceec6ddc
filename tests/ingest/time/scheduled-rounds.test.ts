// A round awaited: «جولة أخرى من مباحثات عملية أستانا، المقرر أن تبدأ يوم غد الخميس». Another round is
// the story's round, and the day after «المقرر أن» is that round's, not a report's.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds, ROUNDS } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';


describe('another round', () => {
  it('is a round of the track named, as a new one is', () => {
    const r = dateArticle('تتهيأ العاصمة لاحتضان جولة أخرى من محادثات أستانا.', { rounds });
    expect(r.expressions.find((e) => e.kind === 'round')).toMatchObject({ text: 'جولة أخرى من محادثات أستانا', stated: { track: 'astana', rel: 0 } });
  });
});

describe('a day after «المقرر أن»', () => {
  it('is the awaited round\'s day', () => {
    // Astana's 12th round opened on Thursday 25 April 2019, in Nur-Sultan.
    const r = dateArticle('تتهيأ العاصمة الكازاخية نور سلطان لاحتضان الجولة الـ12 من محادثات أستانا المقرر أن تبدأ يوم غد الخميس.', { rounds });
    expect(r.anchor?.edtf).toBe('2019-04-24');
    expect(r.anchor?.evidence.map((e) => e.note.code)).toContain('tie-offset');
  });
  it.each(['من المتوقع أن', 'ويتوقع أن', 'ومن المنتظر أن'])('and after «%s»', (words) => {
    const r = dateArticle(`تتهيأ العاصمة الكازاخية نور سلطان لاحتضان الجولة الـ12 من محادثات أستانا، ${words} تبدأ يوم غد الخميس.`, { rounds });
    expect(r.anchor?.edtf).toBe('2019-04-24');
  });
  it('but a day in what a report says stays the report\'s', () => {
    // «أعلن … أن»: the day before أن is the announcement's; the round is tied to nothing.
    const r = dateArticle('أعلنت الخارجية الكازاخية يوم الخميس أن الجولة الـ12 من محادثات أستانا ستبدأ قريباً.', { rounds, published: '2019-04-11' });
    expect(r.anchor!.conflicts.map((e) => e.note.code)).not.toContain('tie-weekday');
  });
});

describe('a round told for a week or a month counted from the story', () => {
  // Astana's 9th round opened on 14 May 2018: «الشهر المقبل» puts the story in April, not anywhere in the
  // year before the round, as «أيار المقبل» would.
  const ninth = ROUNDS.find((r) => r.id === 'astana-09')!;
  it('puts the story that many months before it', () => {
    const r = dateArticle('تستضيف العاصمة الكازاخية الجولة التاسعة من المحادثات السورية الشهر المقبل.', { rounds: [ninth] });
    expect(r.anchor?.edtf).toBe('2018-04');
  });
  it('and a week counted so, one to thirteen days before it', () => {
    const r = dateArticle('تستضيف العاصمة الكازاخية الجولة التاسعة من المحادثات السورية الأسبوع المقبل.', { rounds: [ninth] });
    const [from, to] = edtfSpan(r.anchor!.edtf)!;
    expect(from).toBeGreaterThanOrEqual(parseDay('2018-05-01')!);
    expect(to).toBeLessThanOrEqual(parseDay('2018-05-13')!);
  });
});
