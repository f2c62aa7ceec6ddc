// «اتفقنا على البدء بمناقشة ملف المعتقلين»: a definite noun of starting with its own object after ب is
// the start of that object, not the opening of a round named before it. Tied to the round, it gave the
// round's first day to a far «اليوم» of a transcript run together with no stops.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const anchorOf = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf ?? null;

describe('a start noun with its own object after ب', () => {
  it('does not tie a round to a day far after it', () => {
    // Before, 2019-12-10 (the round's opening as «اليوم»); the round is tomorrow, the article 9 December.
    const text = 'مقابلة\nالمحاور وفدكم يتوجه غدا إلى الجولة الرابعة عشرة من محادثات أستانا فما الجديد الضيف اتفقنا على البدء بمناقشة ملف المعتقلين أولا المحاور وهل تواصلتم مع الجانب الروسي الضيف نعم تواصلنا اليوم';
    const got = anchorOf(text);
    const span = got ? edtfSpan(got)! : null;
    const day = parseDay('2019-12-09')!;
    expect(span === null || (span[0] <= day && span[1] >= day), got ?? '').toBe(true);
  });
  it('still ties when the object is the meeting itself', () => {
    const text = 'اتفق الوفدان اليوم على البدء بالجولة السادسة من اجتماعات اللجنة الدستورية غدا الاثنين.';
    expect(anchorOf(text)).toBe('2021-10-17');
  });
});
