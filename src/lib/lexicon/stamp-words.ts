// Labels of the dates and the address a page prints about itself, and the tags that close a dateline.
// Written in ordinary spelling; readers fold them, but for the address labels, matched as printed.

/** The update label printed most: both lists below read it, for a page that prints no other stamp. */
const LAST_UPDATE = 'آخر تحديث';

/** Labels of an update stamp («آخر تحديث: …»): a page is updated the day it is published or soon
 *  after, unless its site re-stamped it later. */
export const UPDATE_LABELS = [LAST_UPDATE, 'تحديث', 'تم التحديث', 'updated'];

/** The labels that name the day of publication itself («نشر في: …»): a line opening on one is the story's
 *  stamp, not the header's «today», wherever it stands among the page's header lines. */
export const PUBLISHED_LABELS = ['نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'published', 'تم النشر', 'تاريخ الخبر'];
/** Labels right before a date that make it the page's own publication stamp («نشر في: …»), for the
 *  date engine. Not the clean stage's STAMP_WORDS (furniture.ts): those are every word a stamp line may
 *  hold beside its date («في», «الساعة», «بتوقيت», a city), read one by one to tell a stamp line from
 *  story; as labels before a date they would take «في 5 آب» for a stamp. */
export const STAMP_LABELS = [...PUBLISHED_LABELS, 'date', LAST_UPDATE];
/** More wordings of the publication day that open a stamp line («نُشرت في:»، «منشور في»، «تاريخ الإضافة»):
 *  at a line's start only, where the clean stage reads them; inside a sentence «نشرت في 12 أيار تقريراً» is
 *  an event's day. */
export const PUBLISHED_LINE_LABELS = [...PUBLISHED_LABELS, 'نشرت في', 'منشور في', 'نشر يوم', 'نشرت يوم', 'تاريخ الإضافة', 'أضيف في', 'أضيف بتاريخ'];

/** Labels that open a byline («نشر بواسطة: المحرر في 16 مايو 2017», «بقلم سامر الحلبي - …»): a line
 *  opening on one, a name and the date is the page's stamp however long the name. */
export const BYLINE_LABELS = ['بقلم', 'بواسطة', 'نشر بواسطة', 'إعداد', 'Posted by', 'By'];
/** Byline labels that are also verbs of a sentence («كتب الرئيس رسالة في …»): a byline's only with a
 *  colon or a dash after them («كتب: محمد العلي - 16 مايو 2017»). */
export const BYLINE_VERBS = ['كتب', 'كتبت', 'كتبه', 'تحرير'];
/** A source named beside a stamp («المصدر: وكالات | 12.05.2021»). */
export const SOURCE_LABELS = ['المصدر', 'وكالات', 'متابعات'];

/** Agency tags that close a dateline («القاهرة 28 نوفمبر 2023 (شينخوا)»): the date before them is the
 *  dispatch's. Not the clean stage's KNOWN_OUTLETS (outlets.ts), which names a page's own outlet from
 *  its masthead: newspapers and channels, not the agencies' dateline tags («شينخوا»، «أ ف ب») nor «خاص». */
export const AGENCY_WORDS = ['شينخوا', 'رويترز', 'سانا', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'الأناضول', 'د ب أ', 'يو بي أي', 'سبوتنيك', 'واس', 'قنا', 'وام', 'كونا', 'بترا', 'أ ش أ', 'المركز الصحفي', 'خاص'];

/** Labels a site prints before the page's own address («رابط المقال: https://…», a print view's or a
 *  share link's): the reader of a text seed takes that address for the article's. Matched as written
 *  (Latin ones in any case) against the line as printed, not folded. */
export const OWN_ADDRESS_LABELS = ['رابط المقال', 'رابط الخبر', 'رابط الموضوع', 'الرابط المختصر', 'رابط مختصر', 'الرابط', 'رابط دائم', 'الرابط الدائم', 'رابط الصفحة', 'Permalink', 'Short link', 'Short URL', 'URL', 'Link'];
