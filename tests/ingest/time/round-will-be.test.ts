// «إن الجولة العشرين ستكون الأخيرة»: a round told what it will be, said at its close, was read as still to
// come, and the story dated weeks before it. The copula to come tells a time only when one follows it.
// Invented stories; Astana's twentieth round met on 20-21 June 2023 (a Tuesday and a Wednesday).
import { describe, expect, it } from 'vitest';
import { catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const holds = (span: [number, number] | null, day: string): boolean => span !== null && span[0] <= parseDay(day)! && span[1] >= parseDay(day)!;

describe('a round that «will be» something', () => {
  it('is not thereby still to come', () => {
    // Before: 2023-06-07/2023-06-14, the Wednesdays of June before the round.
    const span = catalogSpan('أستانا - وكالات\nقال نائب وزير الخارجية الكازاخستاني اليوم الأربعاء إن الجولة العشرين من محادثات أستانا حول سوريا ستكون الأخيرة، مشيراً إلى أن المسار أنجز مهامه.\nوكانت الخارجية قد أعلنت مطلع حزيران الجاري موعد الجولة.');
    expect(span).not.toBeNull();
    expect(holds(span, '2023-06-21')).toBe(true);
  });

  it('but one that will be held on a day is', () => {
    const span = catalogSpan('قال نائب وزير الخارجية الكازاخستاني اليوم الأربعاء إن الجولة العشرين من محادثات أستانا ستكون يومي 20 و21 حزيران الجاري.');
    expect(span).not.toBeNull();
    expect(span![1]).toBeLessThan(parseDay('2023-06-20')!);
  });
});
