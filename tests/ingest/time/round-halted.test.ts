// «أعلن دي ميستورا، اليوم الأربعاء، تعليق الجولة الحالية من المحادثات السورية في جنيف حتى الخامس والعشرين من
// شباط الجاري»: a round halted on the day told is going on that day, one of its days (not its close: the
// committee's third round met again three days after its halt). The halt was no word of the round's, and
// the story of Geneva III's suspension (3 February 2016) was refused. Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a round halted', () => {
  it('is halted on one of its days', () => {
    expect(catalogDate('تعليق المحادثات\nأعلن دي ميستورا، اليوم الأربعاء، تعليق الجولة الحالية من المحادثات السورية في جنيف حتى الخامس والعشرين من شباط الجاري.')).toBe('2016-02-03');
  });
  it('but the day it is halted until is no day of it', () => {
    expect(catalogDate('تعليق المحادثات\nعلّق المبعوث الأممي محادثات جنيف حتى الخامس والعشرين من شباط.')).not.toBe('2016-02-25');
  });
  it('nor is a comment on a round («تعليق» too) a halt of it', () => {
    expect(catalogDate('موسكو\nقال المتحدث باسم الخارجية الروسية اليوم الأربعاء في تعليق له على الجولة الثامنة من محادثات جنيف إن النتائج مخيبة.')).toBeNull();
  });
});
