// «يعقد دي ميستورا مساء اليوم مؤتمراً صحفياً في ختام الجولة السابعة»: the verb holds the press conference,
// whose time the words after it name (the round's close). The verb is not the round's opening. Invented
// leads in the manner of UN News; Geneva's seventh round met 10-14 July 2017, Astana's eighth opened on
// Thursday 21 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a meeting held at a time of the round', () => {
  it('is held at that time, not at the round\'s opening', () => {
    // Printed 2017-07-10, the round's first day: «يعقد» read as its opening, nearer the day than «ختام».
    expect(catalogDate('يعقد دي ميستورا مساء اليوم مؤتمراً صحفياً في ختام الجولة السابعة من محادثات جنيف.')).toBe('2017-07-14');
  });

  it('inside the round, on the day named', () => {
    expect(catalogDate('عقد الوفد اليوم الخميس اجتماعا في إطار الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
  });

  it('but the round\'s own session, indefinite, stays the round\'s', () => {
    // A review's text, refused by the rule's first version.
    expect(catalogDate('اختتمت اليوم الجمعة جلسة عامة للجولة الثامنة من محادثات أستانا.')).toBe('2017-12-22');
  });
});
