// Prepositions the date engine reads to tell how a day stands to an event (up to it, a count of days
// before or after it, counted from it, an offset from the article's day) and whether a city is a
// meeting's place. Written in ordinary spelling; readers fold them.

/** «حتى»، «لغاية»: a day after them is the one a span lasts until («وتستمر حتى 4 ديسمبر»), not the one
 *  an event opens or is held on. */
export const UNTIL_PREPOSITIONS = ['حتى', 'لغاية', 'إلى غاية'];
/** «بعد»، «قبل» before a count of days («بعد يومين من اختتام الجولة»): which side of the event. */
export const BEFORE_AFTER = ['بعد', 'قبل'];
/** «بعد انتهاء الجولة»، «عقب اختتام»، «إثر انطلاق»: after a round's edge by a time they do not count. */
export const AFTER_WORDS = ['بعد', 'عقب', 'إثر', 'اثر'];
/** «قبيل انطلاق الجولة»: just before an event, hours or a day. */
export const JUST_BEFORE_WORDS = ['قبيل'];
/** «قبل انطلاق الجولة»، «قبيل مؤتمر سوتشي»: ahead of an event, by no count. */
export const BEFORE_WORDS = ['قبل', ...JUST_BEFORE_WORDS];

/** Prepositions that place a noun in time («قبيل الجلسة الختامية»، «خلال المؤتمر»). */
export const TIME_PREPOSITIONS = ['قبيل', ...BEFORE_AFTER, ...AFTER_WORDS.slice(1), 'خلال'];
/** «من»، «على» between a count of days and the event it is counted from («قبل ثلاثة أيام من انطلاق»،
 *  «بعد مرور أسبوع على اختتام»). */
export const COUNTED_FROM = ['من', 'على'];
/** «قبل عشرة أيام من دون نتائج»، «من غير اتفاق»، «قبل أسبوعين من الآن»: after these «من» is «without» or «from now»,
 *  and the count is from the article's day. */
export const NOT_COUNTED_AFTER_FROM = ['دون', 'غير', 'الآن'];
/** «في»، «إلى» before a city: the place a meeting is held or someone goes to («في جنيف»، «إلى أستانا»). */
export const PLACE_PREPOSITIONS = ['في', 'إلى'];
/** «من» before a city: the place someone comes from («وصل من جنيف»); still the city, not the talks. */
export const FROM_PLACE = ['من'];
/** «منذ»، «مذ» before a day («قائمة منذ 30 كانون الأول»): the day is past, whatever tense the verb has. */
export const SINCE_PREPOSITIONS = ['منذ', 'مذ'];
/** «بحلول» before a day («منطقة منزوعة السلاح بحلول 15 تشرين الأول»): a deadline, still to come unless a past
 *  verb after it says it was met. */
export const DEADLINE_PREPOSITIONS = ['بحلول'];
/** «منذ»، «قبل»، «بعد» before a duration: an offset from the article's own day («منذ 9 أشهر»، «بعد أسبوعين»). */
export const OFFSET_PREPOSITIONS = [SINCE_PREPOSITIONS[0]!, ...BEFORE_AFTER];
/** Prepositions of a topic: talks named after them are what is spoken of, not talks held there
 *  («عقد في جنيف اليوم مؤتمراً صحفياً حول المحادثات»); so are those after the governing ones (إلى، على، عن). */
export const TOPIC_PREPOSITIONS = ['حول', 'بشأن'];
/** «محادثات مع نظيريه»: talks with someone, a meeting of theirs. */
export const WITH_WORDS = ['مع'];
/** «أول جولة بعد انقطاع دام عاماً»: after a pause, what is first is the first in a while. */
export const PAUSE_PHRASES = ['بعد انقطاع', 'بعد توقف', 'بعد غياب', 'بعد جمود'];
/** A pause counted before it («بعد تسعة أشهر من التوقف»). */
export const PAUSE_NOUNS = ['التوقف', 'الانقطاع', 'التعليق', 'الجمود', 'الغياب', 'توقف', 'انقطاع', 'تعليق', 'جمود'];
/** After «منذ», what makes «الأولى منذ …» the first ever or the first of the day, not the first in a
 *  while: the war's or the talks' start («منذ بدء النزاع»), the morning («منذ صباح اليوم»). */
export const SINCE_THE_START = ['بدء', 'بداية', 'اندلاع', 'انطلاق', 'صباح', 'مساء', 'ظهر', 'فجر'];
/** Participles of waiting, holding or putting off between a round and «منذ» («المنتظرة منذ عامين»،
 *  «المنعقدة منذ صباح اليوم»): «منذ» counts their time, not the round's place in a series. */
export const SINCE_PARTICIPLES = ['المنتظرة', 'المنتظر', 'المنعقدة', 'المنعقد', 'المستمرة', 'المستمر', 'المؤجلة', 'المؤجل', 'المتواصلة', 'المتواصل', 'الجارية', 'الجاري', 'المعلقة', 'المعلق', 'المتوقفة', 'المتوقف', 'المرتقبة', 'المرتقب'];
/** Conjunctions written onto the next word («وسوريا»، «فالاجتماع»). */
export const JOINED_CONJUNCTIONS = ['و', 'ف'];
/** Prepositions written onto the next word, «لل» for ل before the article («للمعارضة»، «بدمشق»، «كمراقب»). */
export const JOINED_PREPOSITIONS = ['لل', 'ب', 'ل', 'ك'];
