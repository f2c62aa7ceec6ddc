// Words that place a day, a part of it or a period against the article's own date («أمس»، «مساء
// اليوم»، «الشهر الماضي»), and the words that make a number beside them no date at all. The date
// engine reads a day from them and the headline checks refuse a headline that leans on them. Written
// in ordinary spelling; readers fold them.

/** «انطلقت قبل قليل»، «أعلن منذ ساعات»: breaking news told minutes or hours after it happened, on its day.
 *  Not «منذ ساعة», «منذ ساعتين»: a page's list of stories stamps each so, counted from when it is read. */
export const HOURS_AGO = ['قبل', 'منذ'].flatMap((lead) => ['قليل', 'لحظات', 'ساعات'].map((unit) => `${lead} ${unit}`));
/** «قبل ساعات (قليلة) من بدء الجلسة»: hours counted from another moment, not from the telling, joined to it
 *  by the words that join a count of days to its event (one list, in prepositions.ts). */
export { COUNTED_FROM } from './prepositions.ts';
export const FEW_WORDS = ['قليلة', 'فقط', 'معدودة', 'عدة'];
/** «منذ ساعات الفجر»، «ساعات العمل»: the hours of a part of the day, not hours ago (with the day parts below). */
export const HOURS_OF = ['الصفر', 'العمل', 'الدوام', 'الذروة', 'النهار'];

/** Days named by where they stand to the article's date: the offset in days. */
export const RELATIVE_DAYS: Record<string, number> = {
  'اليوم': 0, 'الليلة': 0, 'هذا اليوم': 0,
  'أمس': -1, 'الأمس': -1, 'يوم أمس': -1, 'البارحة': -1, 'ليلة أمس': -1,
  'أول أمس': -2, 'أمس الأول': -2, 'أول من أمس': -2, 'قبل أمس': -2, 'قبل الأمس': -2,
  'غداً': 1, 'غدا': 1, 'الغد': 1, 'يوم غد': 1,
  'بعد غد': 2, 'بعد غدٍ': 2,
};

/** «غد» (or «غدٍ») bare, tomorrow to the date engine only with a weekday or a part of the day beside it
 *  («مساء غد الأربعاء»، «غدٍ الخميس»): alone it is as often the future («نحو غد أفضل»), so no day word
 *  to the headline checks. */
export const TOMORROW_IN_CONSTRUCT = 'غد';

/** «في أمسّ الحاجة إلى…»: the superlative of مسّ (most pressing) folds to «أمس»; before these it is no day. */
export const NOT_YESTERDAY_AFTER = ['الحاجة', 'حاجة'];

/** «في اليوم ذاته»، «في نفس اليوم»، «في ذات اليوم»، «في الليلة ذاتها»: the same day as one told before, not today. */
export const SAME_DAY_AFTER = ['نفسه', 'ذاته', 'عينه', 'نفسها', 'ذاتها', 'عينها'];
export const SAME_DAY_BEFORE = ['نفس', 'ذات'];
/** «في مثل هذا اليوم من عام 2012»، «في مثل هذا اليوم قبل خمس سنوات»: the same day of the year in another
 *  year, the day of the event told, not today. */
export const LIKE_DAY_BEFORE = ['مثل'];
/** «في ذلك اليوم»، «منذ تلك الليلة»: a day told before, far from today, after a preposition only: «جاء
 *  ذلك اليوم خلال لقائه» is «that came today». */
export const THAT_DAY_BEFORE = ['ذلك', 'تلك'];
/** «في اليوم السابق للاجتماع»، «اليوم اللاحق»: a day counted from another, not from the article's. */
export const OTHER_DAY_AFTER = ['السابق', 'اللاحق'];
/** «اليوم التالي»، «اليوم الوطني»، «اليوم الوزاري لمؤتمر بروكسل»: an adjective after «اليوم» makes it a
 *  day of something (a date's, a feast's, a conference's part), not today. */
export const DAY_OF_SOMETHING_AFTER = ['التالي', 'الاخير', 'الموالي', 'الواحد', 'الوطني', 'العالمي', 'الدولي', 'الوزاري', 'الختامي', 'الافتتاحي', 'التشاوري', 'التحضيري'];

/** «الأسبوع السابق للقمة»، «الشهر التالي لانعقاد المؤتمر»: before a «ل» complement, a period counted from
 *  the event it names, not from the article's date. */
export const COUNTED_FROM_QUALIFIERS = ['السابق', 'السابقة', 'التالي', 'التالية', 'اللاحق', 'اللاحقة'];

/** «ترتيبات سابقة»، «اتفاق سابق»: what an indefinite noun so qualified names is an earlier one. */
export const EARLIER_ADJECTIVES = ['سابق', 'سابقة'];

/** «هذا الأسبوع»، «هذه السنة»: the period the article's own date falls in. */
export const THIS_WORDS = ['هذا', 'هذه'];

/** Parts of a day written before a relative day («مساء أمس»): the day is still that day. */
export const TIMES_OF_DAY = ['مساء', 'صباح', 'ظهر', 'فجر', 'ليل', 'ليلة', 'عصر', 'ظهيرة', 'مساء يوم', 'صباح يوم', 'بعد ظهر'];

/** Words after a month, weekday or period that say which one it is: before the article's date (-1),
 *  the current one (0) or after it (1). */
export const RELATIVE_QUALIFIERS: Record<string, -1 | 0 | 1> = {
  'الماضي': -1, 'الماضية': -1, 'المنصرم': -1, 'المنصرمة': -1, 'الفائت': -1, 'الفائتة': -1, 'السابق': -1,
  // The dual, agreeing with two days («في 1 و2 آب الماضيين»).
  'الماضيين': -1, 'المقبلين': 1, 'القادمين': 1,
  'الجاري': 0, 'الحالي': 0, 'الحالية': 0, 'الجارية': 0, 'هذا': 0,
  'المقبل': 1, 'المقبلة': 1, 'القادم': 1, 'القادمة': 1, 'التالي': 1,
};

/** Qualifiers of two words that reach one period further («السبت قبل الماضي» is the Saturday a week before
 *  «السبت الماضي»; «الأحد بعد المقبل» the Sunday a week after «الأحد المقبل»): read as the single word
 *  they end with, they would put the day a week off. */
export const FURTHER_QUALIFIERS: Record<string, -2 | 2> = {
  'قبل الماضي': -2, 'قبل الماضية': -2, 'قبل الفائت': -2, 'قبل الفائتة': -2,
  'بعد المقبل': 2, 'بعد المقبلة': 2, 'بعد القادم': 2, 'بعد القادمة': 2,
};

/** Periods that take such a qualifier («الشهر الماضي»): the span it moves by. */
export const PERIOD_WORDS: Record<string, 'week' | 'month' | 'year'> = {
  'الأسبوع': 'week', 'الاسبوع': 'week', 'الشهر': 'month', 'العام': 'year', 'السنة': 'year',
};

/** Words after which a number is a reference, a count or a name, never a date («القرار 2254»، «صفحة 12»). */
export const NON_DATE_BEFORE = ['القرار', 'قرار', 'رقم', 'الرقم', 'هاتف', 'الهاتف', 'المادة', 'مادة', 'البند', 'الفقرة', 'صفحة', 'ص',
  // Coalitions, streets and historic events named after a date ("قوى 14 آذار"، "ثورة 25 يناير"،
  // "هجمات 11 سبتمبر"، "مجزرة 21 آب"): the name is not this story's date.
  'قوى', 'تحالف', 'تيار', 'فريق', 'حركة', 'ساحة', 'شارع', 'ثورة', 'انتفاضة', 'حرب', 'أحداث', 'هجمات', 'تفجيرات', 'مجزرة', 'نكسة', 'مسيرات'];

/** What stands before a relative time and goes with it, beside the times of day: a preposition, «يوم»,
 *  the day numbers' «يومي» of «يومي 14 و15 من الشهر الجاري», a part of the month («مطلع الشهر المقبل»).
 *  The headline checks drop them with the time they lead into. */
export const RELATIVE_TIME_LEAD_INS = ['في', 'يوم', 'يومي', 'منذ', 'حتى', 'خلال', 'من', 'أول', 'مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية'];
