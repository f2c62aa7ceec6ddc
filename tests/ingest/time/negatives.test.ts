// What must NOT be read as a date: resolution numbers, counts, page furniture, ordinal days,
// outlet names, words that only look like weekdays or relative days.
import { describe, expect, it } from 'vitest';
import { dateWith } from './fixtures.ts';

const DATE_KINDS = new Set(['date', 'day-range', 'month-part', 'month', 'numeric-date', 'year', 'hijri', 'relative-day', 'weekday', 'relative-month', 'relative-week', 'relative-year']);

const NOTHING: string[] = [
  'وهو المرشد لطريق الحل والقرار 2254 الصادر عن مجلس الأمن',
  'البنود الإنسانية التي تضمنها القرار ٢٢٥٤',
  'أعلن المركز عن رصده 41 انتهاكا من قبل المسلحين',
  'ووفد من المعارضة يضم 20 شخصا وصلوا الى العاصمة',
  'أطلق المسلحون سراح 5 جنود وضباط من الجيش السوري',
  'نفذوا 15 عملية قصف في محافظة إدلب و16 في محافظة اللاذقية و7 في حلب و3 في حماة',
  'اجتماع يضم حوالى 30 قوة سياسية سورية',
  'للاستفسار اتصلوا على الهاتف 0933 123 456',
  'تنص المادة 8 من الدستور على ذلك',
  '1,288 مشاهدة',
  'في الساعة 14:01 بتوقيت دمشق',
  'يعتبر أحد أهم المحاور الرئيسية',
  'وهو ما يهم الرأي العام في البلاد',
  'سيحضر دي ميستورا اليوم الثاني من المحادثات',
  'في اليوم الأول من أعمال الجولة',
  'بحسب قناة “روسيا اليوم”',
  'نقلت صحيفة المصري اليوم عن مصادر',
  'لامس الوزير جوهر المشكلة',
  'يضم الفريق الأحد عشر لاعبا',
  'وتمت إحالة الملف رقم 2017 إلى المحكمة',
  'صفحة 12/3 من التقرير',
  'زر الذهاب إلى الأعلى',
  'عدد السكان 2500000 نسمة',
  'اتصل على +963 11 2345678',
  'مارس الجانب الروسي ضغوطاً كبيرة على الوفد',
  'وقال قيادي في قوى 14 آذار إن',
  'وتجري هذه المحادثات بعد اسبوع على فشل آخر جولة مفاوضات',
  'ونقلت صحيفة الغد الأردنية عن مصادر',
  'قتل خلال السنوات الـ10 الماضية آلاف المدنيين',
  'منذ ثورة 25 يناير تغير المشهد',
  'بعد هجمات 11 سبتمبر',
  'في ذكرى مجزرة 21 آب في الغوطة',
  'حرب تموز بين إسرائيل وحزب الله',
  'أحداث أيلول الأسود',
  'خلال الساعات الـ24 الماضية',
];

describe('not dates', () => {
  it.each(NOTHING)('%s', (input) => {
    const found = dateWith(input, '2017-12-20').filter((e) => DATE_KINDS.has(e.kind));
    expect(found.map((e) => e.text)).toEqual([]);
  });
});

describe('rounds outside talks', () => {
  it('a league round against Kazakhstan is not a talks round', () => {
    const found = dateWith('خسر المنتخب أمام كازاخستان في الجولة الثامنة من التصفيات أمس', '2017-12-20');
    expect(found.find((e) => e.kind === 'round')?.roundId).toBeUndefined();
  });
  it('a league round in a sports story is not a talks round', () => {
    const found = dateWith('فاز الفريق في الجولة الثامنة من الدوري الممتاز بهدفين', '2017-12-20');
    const round = found.find((e) => e.kind === 'round');
    expect(round?.roundId).toBeUndefined();
    expect(round?.resolved ?? null).toBeNull();
  });
});
