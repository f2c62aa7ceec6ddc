// Geneva's ninth round met in Vienna on 25-26 January 2018, and news called it by the city: «اجتماع فيينا»،
// «جولة فيينا». Those aliases were left to the round parser, as numbered rounds' aliases are, and it has no
// number to read in them: every story of it was refused (hunts 25, 30 and 31). The support group's Vienna
// meetings of 2015 and 2016 are called «اجتماع فيينا» too. Invented texts in the shape of the hunts'.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a numbered round named by its city', () => {
  it('is that round', () => {
    expect(catalogDate('انطلقت اليوم الخميس في العاصمة النمساوية أعمال اجتماع فيينا برعاية الأمم المتحدة بمشاركة وفدي الحكومة والمعارضة السوريتين.')).toBe('2018-01-25');
    expect(catalogDate('اختتمت اليوم الجمعة جولة فيينا من المحادثات السورية برعاية الأمم المتحدة دون اتفاق على السلة الدستورية.')).toBe('2018-01-26');
  });

  it('but the name the support group\'s meetings share is none of them by a Friday alone', () => {
    // 30 October 2015 was a Friday, as 26 January 2018 was.
    expect(catalogDate('اختتم اليوم الجمعة اجتماع فيينا بمشاركة وزراء خارجية سبع عشرة دولة.')).toBeNull();
  });
});

describe('the talks on Syria named by their city (hunt 35)', () => {
  // «محادثات فيينا حول سوريا» was the 2015 ministers' alias alone: the special round of Thursday 25 January
  // 2018, so called too, printed a day beside the ministers' first meeting (Friday 30 October 2015).
  it('is the round too, which its weekday chooses', () => {
    expect(catalogDate('انطلقت اليوم الخميس في مقر الأمم المتحدة بفيينا محادثات فيينا حول سوريا، برعاية المبعوث الأممي ستافان دي ميستورا.')).toBe('2018-01-25');
  });

  it('and a Friday alone chooses none of them', () => {
    // The ministers' statement of Friday 30 October 2015, or the round's close on Friday 26 January 2018.
    expect(catalogDate('رحبت وزارة الخارجية اليوم بالبيان الصادر أمس الجمعة عن محادثات فيينا حول سوريا.')).toBeNull();
  });
});
