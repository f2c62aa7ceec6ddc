// «لم يبق اليوم من مسار جنيف الذي انطلق عام 2012 سوى اسمه»: a round or track whose start the lead tells
// with a year right after it is recalled, not the day's news. Read as news of an opening, an essay's
// «اليوم» printed weeks of Geneva II. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an opening told with its year in the lead', () => {
  it('is no news of the day', () => {
    expect(catalogDate('ماذا بقي من جنيف؟\nلم يبق اليوم من مسار جنيف الذي انطلق عام 2012 سوى اسمه. فبيان جنيف الأول الذي تحدث عن هيئة حكم انتقالية كاملة الصلاحيات تحول إلى نص يستشهد به الجميع ولا يطبقه أحد.\nوجاءت بعده مؤتمرات جنيف الثاني والثالث، ثم ثماني جولات من المحادثات غير المباشرة.\nواليوم يسأل السوريون: هل كانت المشكلة في المدينة أم في الطاولة؟')).toBeNull();
  });
  it('while an opening told today still is', () => {
    expect(catalogDate('جنيف - انطلقت اليوم الاثنين أعمال الجولة الثانية من اجتماعات الهيئة المصغرة للجنة الدستورية السورية.')).toBe('2019-11-25');
  });
});
