// What follows «بعد»، «عقب»، «إثر» came before the clause's event: a meeting or a day named there takes
// neither the clause's tense nor one of its own. Invented; the Jeddah consultative meeting was on 14 April
// 2023, the Arab League's ministers met in Cairo on Sunday 7 May 2023.
import { describe, expect, it } from 'vitest';
import { printedBefore } from './fixtures.ts';

describe('a meeting or a day after «بعد» in a clause of today', () => {
  it('is not to come: the article is not put before it', () => {
    // Read with the clause's present tense, the meeting and its day were still to come: 2023-03-12/2023-04-09.
    const text = 'يجتمع وزراء الخارجية العرب اليوم الأحد في القاهرة، بعد الاجتماع التشاوري في جدة في 14 نيسان.';
    expect(printedBefore(text, '2023-04-14')).toBe(false);
    expect(printedBefore(text.replace('بعد', 'عقب'), '2023-04-14')).toBe(false);
  });
});
