// The office-holders of the early talks (2012-2018) named with their titles: each term picks, of the
// years in which a day and month without a year fall on the weekday named, the one he held office in.
// Invented leads.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an early office-holder named with his title', () => {
  it("gives a year-less date the year of his term", () => {
    // Saturday 28 January: 2012, 2017, 2023; Elaraby led the Arab League from July 2011 to July 2016.
    expect(catalogDate('الجامعة العربية تعلق عمل بعثة المراقبين\nأعلن الأمين العام لجامعة الدول العربية نبيل العربي اليوم السبت 28 يناير تعليق عمل بعثة المراقبين العرب في سوريا بسبب تصاعد العنف.')).toBe('2012-01-28');
    // Friday 6 July: 2012, 2018; Hollande was president from May 2012 to May 2017.
    expect(catalogDate('مؤتمر باريس حول سوريا\nقال الرئيس الفرنسي فرانسوا هولاند أمام المؤتمر المنعقد في باريس اليوم الجمعة 6 يوليو إن رحيل بشار الأسد بات ضرورة.')).toBe('2012-07-06');
    // Thursday 30 January: 2014, 2020, 2025; Davutoglu was foreign minister, then prime minister, 2009-2016.
    expect(catalogDate('قال وزير الخارجية التركي أحمد داود أوغلو اليوم الخميس 30 يناير إن المعارضة جاءت إلى جنيف بنية جادة.')).toBe('2014-01-30');
  });

  it('not when the title makes him a past holder', () => {
    expect(catalogDate('قال الأمين العام السابق لجامعة الدول العربية نبيل العربي اليوم السبت 28 يناير إن الأزمة السورية طالت.')).toBeNull();
  });

  it('not when the sentence recalls a year of his term', () => {
    // A review's text of 2019 (Thursday 21 February: 2013 and 2019): the holders of 2012 are recalled.
    expect(catalogDate('الخميس 21 فبراير\nقطر: لا تطبيع مع دمشق\nقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني اليوم إن بلاده تدعم الحل السياسي وفق محادثات جنيف.\nوكان رئيس الوزراء وزير الخارجية القطري الشيخ حمد بن جاسم ووزير الخارجية الفرنسي لوران فابيوس قد قادا عام 2012 جهود الاعتراف بالمعارضة.')).not.toBe('2013-02-21');
  });
});
