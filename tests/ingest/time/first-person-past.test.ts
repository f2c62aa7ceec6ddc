// A speaker's past verb in the first person plural («رفضنا»، «أكدنا») is a verb of another event, as the
// third person's is: a round before it is not tied to a day after it. Invented interview; Astana's third
// round met on 14-15 March 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a first person plural past verb between a round and a day', () => {
  it('keeps the day from the round', () => {
    // Tied across «رفضنا», «اليوم» of the interview was the round's: printed 2017-03-14/2017-03-15.
    const text = 'س: ماذا حققتم في أستانا؟\nج: خلال الجولة الثالثة من محادثات أستانا رفضنا خرائط خفض التصعيد، ونطالب اليوم بإطلاق المعتقلين قبل أي شيء.';
    expect(catalogDate(text)).toBeNull();
  });
});
