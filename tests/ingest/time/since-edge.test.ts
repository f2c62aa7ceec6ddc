// «منذ انتهاء الجولة الخامسة»: time has passed since a round's edge, so the story is after it, never on
// it (hunt 36, W3: dated to the close day itself). Invented texts; the committee's fifth round ran from
// Monday 25 to Friday 29 January 2021, Astana's first opened on Monday 23 January 2017, the ninth
// Brussels conference met on Monday 17 March 2025.
import { describe, expect, it } from 'vitest';
import { catalogDate, printedBefore } from './fixtures.ts';

describe('an edge told «منذ»', () => {
  it('puts the story after the edge, not on it', () => {
    const text = 'قال المبعوث الأممي غير بيدرسن اليوم الجمعة إن «شيئاً لم يتغير» منذ انتهاء الجولة الخامسة للجنة الدستورية.';
    expect(printedBefore(text, '2021-01-30')).toBe(false);
    expect(printedBefore('قال المبعوث الأممي اليوم الجمعة إن الخلافات باقية منذ انتهت الجولة الخامسة للجنة الدستورية.', '2021-01-30')).toBe(false);
  });

  it('leaves the day before it to the saying, even with the round dated', () => {
    expect(catalogDate('أكد وزير الخارجية الروسي اليوم الثلاثاء صمود الهدنة منذ انطلاق الجولة الأولى من محادثات أستانا عام 2017.')).toBeNull();
  });

  it('only named before its round: after a conference, its series', () => {
    expect(catalogDate('يشارك وزير الخارجية اليوم الاثنين في مؤتمر بروكسل التاسع، في أول حضور للحكومة في هذا المؤتمر منذ انطلاقه.')).toBe('2025-03-17');
  });
});
