// SANA named the Geneva talks «الحوار السوري السوري»: with the city, that is a story of the talks, and its
// round ties the dateline's day. Another country's dialogue in Geneva is not. Invented leads; Geneva's
// fourth round opened on Thursday 23 February 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the talks named as a dialogue between Syrians', () => {
  it('are the talks', () => {
    expect(catalogDate('جنيف-23 شباط (سانا)\nبدأت اليوم في جنيف الجولة الرابعة من الحوار السوري السوري بحضور وفد الجمهورية العربية السورية برئاسة الدكتور بشار الجعفري.')).toBe('2017-02-23');
  });

  it('but another dialogue in Geneva is not', () => {
    expect(catalogDate('جنيف-23 شباط (وام)\nبدأت اليوم في جنيف الجولة الرابعة من الحوار الليبي بحضور ممثلي الأطراف الليبية.')).toBeNull();
    // A review's text: «الحوار السوري» opens a Syrian-Kurdish dialogue too.
    expect(catalogDate('جنيف-25 تشرين الثاني\nانطلقت اليوم في جنيف الجولة الثانية من الحوار السوري الكردي برعاية منظمة سويسرية.')).toBeNull();
  });
});
