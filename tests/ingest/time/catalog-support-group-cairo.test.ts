// Meetings that share their names or cities with later or earlier ones in the catalog: the support group in
// New York (December 2015, September 2016), the opposition's conference in Cairo (July 2012, June 2015), the
// ministers' meetings in Doha (March 2021, December 2024). Invented stories; the weekday and the envoy or
// minister named tell which meeting it was.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a meeting whose name another meeting of the catalog shares', () => {
  it('dates the support group opening in New York on a Tuesday to September 2016', () => {
    const text = 'مجموعة دعم سوريا تلتقي في نيويورك\nانطلق اليوم الثلاثاء في نيويورك اجتماع المجموعة الدولية لدعم سوريا على هامش الجمعية العامة للأمم المتحدة، غداة قصف قافلة المساعدات قرب حلب.\nوقال وزير الخارجية الأميركي جون كيري إن الهدنة لم تمت بعد.';
    expect(catalogDate(text)).toBe('2016-09-20');
  });

  it('dates the Cairo opposition conference opened in Annan\'s months to July 2012', () => {
    const text = 'المعارضة السورية تلتقي في القاهرة\nافتتح الأمين العام لجامعة الدول العربية نبيل العربي اليوم الاثنين مؤتمر المعارضة السورية في القاهرة بمشاركة نحو 250 معارضاً، وبحضور ناصر القدوة نائب المبعوث المشترك كوفي عنان.\nويسعى المؤتمر إلى إقرار وثيقة عهد وطني ورؤية مشتركة للمرحلة الانتقالية.';
    expect(catalogDate(text)).toBe('2012-07-02');
  });

  it('prints neither Cairo conference when nothing tells them apart', () => {
    // Both opened on a Monday, and both were called the opposition's enlarged conference.
    const text = 'المعارضة السورية تجتمع في القاهرة\nانطلقت في القاهرة اليوم الاثنين أعمال المؤتمر الموسع للمعارضة السورية بمشاركة عشرات الشخصيات.\nويهدف المؤتمر إلى الاتفاق على خريطة طريق للحل السياسي.';
    expect(catalogDate(text)).toBeNull();
  });

  it('tells the Qatari, Turkish and Russian ministers in Doha (March 2021) from the guarantors there (December 2024)', () => {
    expect(catalogDate('الاجتماع الثلاثي القطري التركي الروسي\nاتفق وزراء خارجية قطر وتركيا وروسيا في ختام الاجتماع الثلاثي القطري التركي الروسي في الدوحة اليوم الخميس على إطلاق مسار تشاوري حول سوريا.')).toBe('2021-03-11');
    // With no weekday and no name of its own, the meeting in Doha is either: neither is printed.
    expect(catalogDate('عقد في الدوحة اليوم اجتماع ثلاثي مكمل لمسار أستانا جمع وزراء خارجية قطر وروسيا وتركيا لبحث الأزمة السورية.')).toBeNull();
  });

  it('tells the Cairo conferences apart by a name of its time, and no other city\'s by the name', () => {
    // A review's texts: both conferences closed on a Tuesday; the coalition (November 2012) and the Cairo
    // platform (after June 2015) exist only in the later one's time. «مؤتمر توحيد المعارضة» in Doha (November
    // 2012, not in the catalog) is no Cairo conference.
    expect(catalogDate('اختتم مؤتمر القاهرة للمعارضة السورية أعماله اليوم الثلاثاء بإقرار خارطة طريق للحل السياسي، في غياب الائتلاف الوطني السوري بصفته الرسمية.')).toBe('2015-06-09');
    expect(catalogDate('وقعت أطياف المعارضة السورية في الدوحة اليوم في ختام مؤتمر توحيد المعارضة السورية اتفاقاً لتشكيل الائتلاف الوطني.')).toBeNull();
  });
});
