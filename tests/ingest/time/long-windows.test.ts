// A strong clue's window too long to score day by day (an envoy's five years) keeps the stretch where
// the other clues put their days, not its first years: an article from the envoy's last months, dated
// by its month and a date said in passing, had its true month past the days scored, and the same
// month a year earlier printed instead. Texts written here in the shapes stories give.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an envoy\'s era longer than the days scored', () => {
  it.each([
    ['a month of his last autumn, a date near it', 'دي ميستورا يحث الأطراف على تشكيل اللجنة الدستورية\nحث المبعوث الأممي ستيفان دي ميستورا الأطراف السورية على الاتفاق على أسماء أعضاء اللجنة قبل نهاية كانون الأول 2018.\nوقال في إحاطة أمام مجلس الأمن إن الوقت ينفد، مشيرا إلى أنه سيزور دمشق في منتصف تشرين الثاني الحالي.', '2017-11'],
    ['a month after his last summer, a date near it', 'المبعوث الأممي وملف اللجنة الدستورية\nما زال ملف اللجنة الدستورية الذي عمل عليه المبعوث الأممي ستيفان دي ميستورا يراوح مكانه في شباط الجاري.\nوتعمل الأمم المتحدة على تمديد المشاورات حتى نيسان 2019.', '2018-02'],
  ])('prints no month a year early: %s', (_name, text, early) => {
    // The month of either year fits every clue: the article's is not told, and the earlier one was printed.
    expect(catalogDate(text)).not.toBe(early);
    expect(catalogDate(text)).toBeNull();
  });
  it.each([
    ['the month before a date to come', 'تأجيل جديد لتشكيل اللجنة الدستورية\nأعلن المبعوث الأممي دي ميستورا أن الأطراف فشلت في التوافق على القائمة الثالثة للجنة.\nوأكد في جلسة عقدت مطلع كانون الأول الحالي أن العمل سيستمر حتى منتصف كانون الثاني 2019.', '2018-12'],
    ['a month of his successor\'s seventh year', 'بيدرسن في دمشق بعد التغيير\nوصل المبعوث الأممي غير بيدرسن إلى دمشق في شباط الجاري لبحث المرحلة الانتقالية.\nوأكد أن الحوار الوطني يجب أن ينطلق قبل نهاية نيسان 2025.', '2025-02'],
  ])('finds the month past the era\'s first years: %s', (_name, text, month) => {
    expect(catalogDate(text)).toBe(month);
  });
});
