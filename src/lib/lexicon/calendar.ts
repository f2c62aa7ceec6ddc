// The calendar's words, each once, as news spells them: Gregorian months in every naming Arab outlets
// use, Hijri months, weekdays, the Latin names of English-language stamps, and the parts of a month.
// The date engine, the clean stage, the headline checks and the site read from here, so a spelling
// added once counts everywhere. Written in ordinary spelling; readers fold them. The tables built by a
// call are marked pure, so a page script that prints one naming leaves the rest out of its bundle.

/** Month names of Syria, Lebanon, Jordan, Palestine and Iraq (January first): the site prints the
 *  first of each, and Syrian outlets write them. */
export const LEVANTINE_MONTHS: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني'], ['شباط'], ['آذار', 'اذار'], ['نيسان'], ['أيار'], ['حزيران'],
  ['تموز'], ['آب'], ['أيلول'], ['تشرين الأول', 'تشرين أول'], ['تشرين الثاني', 'تشرين ثاني'], ['كانون الأول', 'كانون أول'],
];

/** Month names of Egypt, Sudan and the Gulf (January first): the site's search forms hold the first of
 *  each beside the Levantine one, since Egyptian and Gulf outlets write them. */
export const EGYPTIAN_MONTHS: readonly (readonly string[])[] = [
  ['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل', 'ابريل'], ['مايو'], ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'], ['أغسطس', 'اغسطس'], ['سبتمبر'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر'],
];

/** Month names of the Maghreb (January first): Algerian and Tunisian from the French (جانفي، أوت),
 *  Moroccan from the Spanish (يوليوز، غشت، شتنبر); read by the date engine only. */
export const MAGHREBI_MONTHS: readonly (readonly string[])[] = [
  ['جانفي', 'جانفييه'], ['فيفري'], [], ['أفريل', 'افريل'], ['ماي'], ['جوان'],
  ['جويلية', 'جويليه', 'يوليوز'], ['أغشت', 'أوت', 'غشت'], ['شتنبر'], [], ['نونبر'], ['دجنبر'],
];

/** Other spellings the date engine reads (January first): Iraq's «مايس», names typed with the Persian
 *  yeh «ی» that some outlets' keyboards give, and the Levantine names a CMS's Arabic locale shortens with a
 *  digit («28 تشرين2/نوفمبر 2017», Joomla's), as written and as the engine spaces a digit off a word. */
export const OTHER_MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['كانون2', 'كانون 2'], ['فبرایر'], [], [], ['مايس'], [], [], [], [], ['تشرين1', 'تشرين 1'], ['تشرين2', 'تشرين 2'], ['دیسمبر', 'كانون1', 'كانون 1'],
];

/** Month number → every name used for it, each naming in turn (Levantine, Egyptian and Gulf, Maghrebi,
 *  other spellings): what the date engine and the clean stage match. */
export const MONTH_NAMES: Record<number, string[]> = /* @__PURE__ */ allMonthNames();

function allMonthNames(): Record<number, string[]> {
  return Object.fromEntries(LEVANTINE_MONTHS.map((names, i) => [i + 1,
    [...names, ...EGYPTIAN_MONTHS[i]!, ...MAGHREBI_MONTHS[i]!, ...OTHER_MONTH_SPELLINGS[i]!]]));
}

/** Latin month names, as many Arabic sites print their stamps ("Feb 02, 2016", "July 11, 2017"). The
 *  date engine reads them only with a day and a year beside them: "May" alone is a word. */
export const LATIN_MONTH_NAMES: Record<number, string[]> = /* @__PURE__ */ latinMonthNames();

function latinMonthNames(): Record<number, string[]> {
  return Object.fromEntries(
    ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
      .map((name, i) => {
        const forms = [name, name.slice(0, 3), ...(name === 'September' ? ['Sept'] : [])];
        return [i + 1, forms.flatMap((f) => [f, f.toLowerCase(), f.toUpperCase()])];
      }),
  );
}

/** Latin weekday names beside a stamp's Latin date ("Tuesday 16 May 2017"): what the clean stage takes
 *  for a stamp line. */
export const LATIN_WEEKDAY_NAMES: string[] = /* @__PURE__ */ latinWeekdayNames();

function latinWeekdayNames(): string[] {
  return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    .flatMap((name) => [name, name.slice(0, 3)]).flatMap((f) => [f, f.toLowerCase(), f.toUpperCase()]);
}

/** Hijri month number → names, the standard one first: dates the engine reads beside a Gregorian one. */
export const HIJRI_MONTH_NAMES: Record<number, string[]> = {
  1: ['محرم', 'المحرم'],
  2: ['صفر'],
  3: ['ربيع الأول', 'ربيع أول'],
  4: ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني'],
  5: ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'],
  6: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى ثانية'],
  7: ['رجب'],
  8: ['شعبان'],
  9: ['رمضان'],
  10: ['شوال'],
  11: ['ذو القعدة', 'ذي القعدة'],
  12: ['ذو الحجة', 'ذي الحجة'],
};

/** Persian (solar Hijri) month number → names, as Iran's Arabic services write them beside or instead of
 *  the Gregorian date («23 آذر 1396»). «آذر» is not «آذار» (March), and each is read only between a day and
 *  a year of 13xx-14xx. */
export const PERSIAN_MONTH_NAMES: Record<number, string[]> = {
  1: ['فروردين', 'فروردین'],
  2: ['أرديبهشت', 'ارديبهشت', 'اردیبهشت'],
  3: ['خرداد'],
  4: ['تير', 'تیر'],
  5: ['مرداد', 'أمرداد'],
  6: ['شهريور', 'شهریور'],
  7: ['مهر'],
  8: ['آبان'],
  9: ['آذر'],
  10: ['دي', 'دی'],
  11: ['بهمن'],
  12: ['إسفند', 'اسفند'],
};

/** Weekday (0 = Sunday) → names without the article, the standard one first: the date engine, the
 *  clean stage and the headline checks read them; the site and the link stage print the first with
 *  the article («الاثنين»). */
export const WEEKDAY_NAMES: Record<number, string[]> = {
  0: ['أحد'],
  1: ['اثنين', 'إثنين'],
  2: ['ثلاثاء'],
  3: ['أربعاء', 'اربعاء'],
  4: ['خميس'],
  5: ['جمعة'],
  6: ['سبت'],
};

/** Words a header sets before its weekday («اليوم الخميس»، «يوم الأحد»): with a weekday alone on a line
 *  above the headline, the day the page shows. */
export const WEEKDAY_LEADS = ['اليوم', 'يوم'];

/** Parts of a month or year, for the date engine: [first day, last day] of the part (31 = to the end). */
export const MONTH_PARTS: Record<string, [number, number]> = {
  'أوائل': [1, 10], 'مطلع': [1, 10], 'بداية': [1, 10], 'بدايات': [1, 10], 'أول': [1, 10], 'مستهل': [1, 10], 'بدء': [1, 10],
  'منتصف': [11, 20], 'أواسط': [11, 20], 'وسط': [11, 20],
  'أواخر': [21, 31], 'نهاية': [21, 31], 'آخر': [21, 31], 'ختام': [21, 31], 'اواخر': [21, 31],
  'النصف الأول': [1, 15], 'النصف الثاني': [16, 31],
  'الأسبوع الأول': [1, 7], 'الأسبوع الثاني': [8, 14], 'الأسبوع الثالث': [15, 21], 'الأسبوع الأخير': [22, 31],
};

/** Words a line holding only a date may carry beside it («الموافق»، «ميلادي»، «هجرية»). */
export const DATE_LINE_WORDS = ['الموافق', 'ميلادي', 'ميلادية', 'هجري', 'هجرية'];

/** A dual or plural «day» before two weekdays joined by «و» («يومي الخميس والجمعة»، «أيام الأحد
 *  والاثنين»): the two are one span of days, for the date engine. */
export const DAYS_PLURAL = ['يومي', 'أيام'];

/** Masculine qualifiers that stand for the month when a day is written before them («في 17 الجاري»،
 *  «حتى 3 المقبل»): «شهر» is masculine, so a feminine one is a plural's («السنوات الـ10 الماضية»). */
export const MONTH_QUALIFIERS_ALONE = ['الجاري', 'الحالي', 'المنصرم', 'الماضي', 'المقبل', 'القادم'];
/** Words before a day's number that make it a day of a month («في 17 الجاري»، «يومي 14 و15 الجاري»،
 *  «منذ 3 الماضي»): without one, a number before a qualifier is a count. */
export const DAY_NUMBER_LEADS = ['في', 'يوم', 'يومي', 'منذ', 'حتى', 'قبل', 'بعد', 'من', 'بين', 'بتاريخ'];

/** Words a scraped page glues to the number after them («في31 الماضي»، «عام2020»، «بتاريخ12/3/2017»,
 *  where the number sat in a tag of its own): the clean stage puts the space back, so every parser reads
 *  the date. Whole words only, each a word that leads a day or a year. */
export const GLUED_NUMBER_LEADS = [...DAY_NUMBER_LEADS, 'عام', 'العام', 'لعام', 'سنة', 'لسنة', 'الموافق', 'خلال', 'مطلع', 'أواخر', 'أوائل', 'منتصف'];

/** The eve of an event and the day after it («عشية انطلاق الجولة»، «غداة اختتام المؤتمر»): the days
 *  each is off the event's own day, for the date engine. */
export const EVE_WORDS: Record<string, -1 | 1> = { 'عشية': -1, 'غداة': 1 };
