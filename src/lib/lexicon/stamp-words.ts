// Labels of the dates a page prints about itself, and the tags that close a dateline. Written in
// ordinary spelling; readers fold them.

/** The update label printed most: both lists below read it, for a page that prints no other stamp. */
const LAST_UPDATE = 'آخر تحديث';

/** Labels of an update stamp («آخر تحديث: …»): a page is updated the day it is published or soon
 *  after, unless its site re-stamped it later. */
export const UPDATE_LABELS = [LAST_UPDATE, 'تحديث', 'تم التحديث', 'updated'];

/** Labels right before a date that make it the page's own publication stamp («نشر في: …»), for the
 *  date engine. Not the clean stage's STAMP_WORDS (src/ingest/shared/furniture-words.ts): those are every
 *  word a stamp line may hold beside its date («في», «الساعة», «بتوقيت», a city), read one by one to
 *  tell a stamp line from story; as labels before a date they would take «في 5 آب» for a stamp. */
export const STAMP_LABELS = ['نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'date', 'published', LAST_UPDATE, 'تم النشر', 'تاريخ الخبر'];

/** Agency tags that close a dateline («القاهرة 28 نوفمبر 2023 (شينخوا)»): the date before them is the
 *  dispatch's. Not the clean stage's KNOWN_OUTLETS, which names a page's own outlet from its masthead
 *  by its masthead: newspapers and channels, not the agencies' dateline tags («شينخوا»، «أ ف ب») nor «خاص». */
export const AGENCY_WORDS = ['شينخوا', 'رويترز', 'سانا', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'الأناضول', 'د ب أ', 'يو بي أي', 'سبوتنيك', 'واس', 'قنا', 'وام', 'كونا', 'بترا', 'أ ش أ', 'المركز الصحفي', 'خاص'];
