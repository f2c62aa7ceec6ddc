// A post pasted from a social network keeps its stamp under the text: the clock, a dot, the date, and
// after another dot the app it was sent from («9:41 م · 29 يناير 2021 · Twitter for iPhone»). Invented
// posts in the envoy's voice; the dates are the committee's fifth round's close.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const post = (stamp: string) => `غير بيدرسن\n@GeirOPedersen\nأشكر جميع الأعضاء على جهودهم هذا الأسبوع. الطريق ما زال طويلاً، لكننا سنواصل العمل.\n${stamp}\n1,204 إعادة تغريد   3,871 إعجاب`;

describe('a post\'s stamp', () => {
  it('is the day it was posted, with the app after it or not, in either language', () => {
    // Before, the Arabic stamp with its app after it was a date the story named, and the post was refused.
    expect(catalogDate(post('9:41 م · 29 يناير 2021 · Twitter for iPhone'))).toBe('2021-01-29');
    expect(catalogDate(post('9:41 PM · Jan 29, 2021 · Twitter Web App'))).toBe('2021-01-29');
  });

  it('but a list of links with their dates, titles before them, is no stamp', () => {
    const related = 'غير بيدرسن\n@GeirOPedersen\nأشكر جميع الأعضاء على جهودهم هذا الأسبوع. الطريق ما زال طويلاً.\nاقرأ أيضاً\nبيدرسن يلتقي وزير الخارجية المصري في القاهرة · 29 يناير 2021 · أخبار';
    expect(catalogDate(related)).toBeNull();
  });
});
