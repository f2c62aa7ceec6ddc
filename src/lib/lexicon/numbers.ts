// Numbers written in words, each once: ordinals (a round's number, a day of a round or of a month),
// cardinals (a count of days), and the units of time whose dual carries its count. The date engine,
// the headline checks, the events and the round linker read from here. Written in ordinary spelling;
// readers fold them.

/** The first ten ordinals, masculine and feminine, with the article: every other ordinal form is made
 *  from them. */
export const ORDINAL_UNITS: readonly (readonly [masculine: string, feminine: string, n: number])[] = [
  ['الأول', 'الأولى', 1], ['الثاني', 'الثانية', 2], ['الثالث', 'الثالثة', 3], ['الرابع', 'الرابعة', 4],
  ['الخامس', 'الخامسة', 5], ['السادس', 'السادسة', 6], ['السابع', 'السابعة', 7], ['الثامن', 'الثامنة', 8],
  ['التاسع', 'التاسعة', 9], ['العاشر', 'العاشرة', 10],
];

/** Ordinal words (feminine and masculine) → number, up to 30 and a few beyond: the date engine's rounds
 *  and days of a month, the headline checks, the events' days of a round and items of a list. */
export const ORDINALS: Record<string, number> = buildOrdinals();

function buildOrdinals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [m, f, n] of ORDINAL_UNITS) {
    out[m] = n; out[f] = n;
    out[m.slice(2)] = n; out[f.slice(2)] = n; // "جولة ثامنة"
  }
  out['أولى'] = 1;
  const teenUnits: (readonly [string, string, number])[] = [['الحادي', 'الحادية', 1], ...ORDINAL_UNITS.slice(1, 9)];
  for (const [m, f, n] of teenUnits) {
    out[`${m} عشر`] = 10 + n; out[`${f} عشرة`] = 10 + n;
    // The ten's gender is often not matched to the unit's («الجولة التاسعة عشر»): still 19, never 9.
    out[`${f} عشر`] = 10 + n; out[`${m} عشرة`] = 10 + n;
    for (const [tens, t] of [['العشرين', 20], ['الثلاثين', 30]] as const) {
      out[`${m} و${tens}`] = t + n; out[`${f} و${tens}`] = t + n;
      const nominative = tens.replace(/ين$/, 'ون'); // "الحادي والعشرون"
      out[`${m} و${nominative}`] = t + n; out[`${f} و${nominative}`] = t + n;
    }
  }
  out['العشرين'] = 20; out['العشرون'] = 20; out['الثلاثين'] = 30; out['الثلاثون'] = 30;
  out['الواحد والعشرين'] = 21; out['الواحد والثلاثين'] = 31;
  return out;
}

/** «الأخير»: the last of a count, masculine («اليوم الأخير»). */
export const LAST_ORDINAL_MASCULINE = 'الأخير';
/** «الأخير»، «الأخيرة»: the last of a count («اليوم الأخير»، «الجلسة الأخيرة»), an ordinal with no
 *  number: the headline checks' days of a round and the events' items of a list. */
export const LAST_ORDINALS = [LAST_ORDINAL_MASCULINE, 'الأخيرة'];

/** Ordinals put before a plural or indefinite round word ("رابع اجتماعات"، "ثالث جولة"، "أولى جلسات"):
 *  the masculine without its article, and «أولى»; the date engine's rounds. */
export const ORDINALS_BEFORE: Record<string, number> = {
  'أول': 1, 'أولى': 1, ...Object.fromEntries(ORDINAL_UNITS.slice(1).map(([m, , n]) => [m.slice(2), n])),
};

/** Cardinal number words (feminine and masculine) that count days, weeks, months or years («ثلاثة
 *  أيام»); the vague ones («بضعة») count 0. The date engine's durations and days off a round's edge. */
export const CARDINALS: Record<string, number> = {
  'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4, 'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6, 'سبعة': 7, 'سبع': 7,
  'ثمانية': 8, 'ثماني': 8, 'تسعة': 9, 'تسع': 9, 'عشرة': 10, 'عشر': 10, 'بضعة': 0, 'بضع': 0, 'عدة': 0,
};

/** Cardinals from eleven to thirty («أربعة عشر يوماً»، «خمسة وعشرين يوماً»), either gender of each part:
 *  writers do not always match the ten's to the unit's. The date engine's days off a round's edge. */
export const CARDINALS_BEYOND_TEN: Record<string, number> = buildBeyondTen();

function buildBeyondTen(): Record<string, number> {
  const units = Object.entries(CARDINALS).filter(([, n]) => n >= 3 && n <= 9);
  const teens: [string, number][] = [['أحد', 1], ['إحدى', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2], ...units];
  const ones: [string, number][] = [['واحد', 1], ['إحدى', 1], ['اثنين', 2], ['اثنان', 2], ['اثنتين', 2], ...units];
  const out: Record<string, number> = {};
  for (const [u, n] of teens) { out[`${u} عشر`] = 10 + n; out[`${u} عشرة`] = 10 + n; }
  for (const twenty of ['عشرين', 'عشرون']) {
    out[twenty] = 20;
    for (const [u, n] of ones) out[`${u} و${twenty}`] = 20 + n;
  }
  out['ثلاثين'] = 30; out['ثلاثون'] = 30;
  return out;
}

/** Units of durations ("منذ 9 أشهر"، "قبل يومين"): unit and, where the word alone says how many (a
 *  dual, «أسبوع»), the count; one and two are not written as cardinals. The date engine's durations. */
export const DURATION_UNITS: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; count?: number }> = {
  'يوم': { unit: 'day' }, 'أيام': { unit: 'day' }, 'يوما': { unit: 'day' }, 'يومين': { unit: 'day', count: 2 }, 'يومان': { unit: 'day', count: 2 },
  'أسبوع': { unit: 'week', count: 1 }, 'أسابيع': { unit: 'week' }, 'أسبوعين': { unit: 'week', count: 2 }, 'أسبوعا': { unit: 'week' },
  'شهر': { unit: 'month', count: 1 }, 'أشهر': { unit: 'month' }, 'شهور': { unit: 'month' }, 'شهرين': { unit: 'month', count: 2 }, 'شهرا': { unit: 'month' },
  'عام': { unit: 'year', count: 1 }, 'أعوام': { unit: 'year' }, 'عامين': { unit: 'year', count: 2 }, 'عاما': { unit: 'year' },
  'سنة': { unit: 'year', count: 1 }, 'سنوات': { unit: 'year' }, 'سنتين': { unit: 'year', count: 2 }, 'سنين': { unit: 'year' },
};

/** Units of time under a day, in the ages pages show («منذ ساعتين», «منذ 5 دقائق»): a story of that day. */
export const SUB_DAY_UNITS = ['ساعة', 'ساعتين', 'ساعات', 'دقيقة', 'دقيقتين', 'دقائق', 'دقايق', 'ثانية', 'ثوان', 'لحظات'];

/** The words of a count of days off an event, between «بعد/قبل» and «من/على» («بعد يومين من اختتام
 *  الجولة»، «بعد مرور أسبوع على»، «قبل ثلاثة أيام من»، «بعد ثلاثة أسابيع على»): the count the words alone
 *  say (one day, two, a week, two weeks), the units after a number, and the passing of the time. The date
 *  engine's days off a round's edge. */
export const DAYS_OFF_WORDS = {
  oneDay: ['يوم', 'يوما'], twoDays: ['يومين'], week: ['أسبوع', 'أسبوعا'], twoWeeks: ['أسبوعين'],
  dayUnit: ['أيام', 'يوما', 'يوم'], weekUnit: ['أسابيع'], elapsing: ['مرور'],
};

/** «لليوم الرابع على التوالي»: after an ordinal day, a count of days in a row, which in a round's
 *  sentence is the round's own count of days. */
export const IN_A_ROW = ['على التوالي'];

/** Words after a count's unit that leave the count as it is («قبل يوم واحد»، «قبل يومين كاملين»). */
export const COUNT_QUALIFIERS = ['واحد', 'واحدة', 'كامل', 'كاملة', 'كاملين', 'كاملا'];

/** Words that hedge a count, before it: «أكثر من ست سنوات» (at least that many, said for some more), «نحو
 *  أسبوعين» (give or take), «أقل من شهر» (fewer); «تقريباً» after it. */
export const MORE_THAN = ['أكثر من', 'ما يزيد على', 'ما يزيد عن', 'ما يربو على'];
export const ABOUT = ['نحو', 'قرابة', 'حوالي', 'حوالى', 'زهاء', 'ما يقارب', 'ما يناهز'];
export const ABOUT_AFTER = ['تقريبا', 'تقريباً'];
export const LESS_THAN = ['أقل من', 'ما يقل عن'];
