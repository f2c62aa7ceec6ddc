// «اجتمع الرئيسان المشتركان … اليوم الاثنين، قبيل انطلاق الجولة السادسة»: «just before» an edge, set off by
// a comma, times the clause's own act as a count of days does; after the comma «قبيل» opened another
// clause, and the Monday of the committee's sixth round was refused. Invented (hunt 21).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('«قبيل» an edge after a comma', () => {
  it('stays in the clause of the day it follows', () => {
    expect(catalogDate('الرئيسان المشتركان يجتمعان\nجنيف - اجتمع الرئيسان المشتركان للجنة الدستورية السورية اليوم الاثنين للمرة الأولى وجها لوجه بحضور المبعوث الأممي غير بيدرسن، قبيل انطلاق الجولة السادسة من أعمال الهيئة المصغرة.')).toBe('2021-10-18');
  });
});
