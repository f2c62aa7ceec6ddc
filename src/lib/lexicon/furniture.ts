// The words of a page's furniture: its prompts, section markers, buttons, labels, disclaimers, stamps and
// header tools, and the topics of the captions and banners of other stories. These are word signals the
// clean stage weighs together with a line's length, punctuation and position, never matched as whole
// lines: a story sentence that mentions Facebook or "follow" is long and ends like a sentence, and is kept.
// Written folded (src/lib/arabic-fold.ts: أ/إ/آ→ا, ة→ه, ى→ي, ئ→ي, ؤ→و): the clean stage matches them as
// they are against folded lines; the word-list test checks that each is its own fold.

/**
 * Imperatives and second-person calls to action that open a prompt line ("subscribe", "click", "follow us").
 * Not «تابع»: spelled like the past verb («تابع الوفد الروسي مشاوراته»); it is a reader imperative (below),
 * a prompt only with a word addressed to the reader.
 */
export const CALL_TO_ACTION_OPENERS = [
  'اشترك', 'اشتركوا', 'للاشتراك', 'اضغط', 'اضغطوا', 'انقر', 'تابعنا', 'تابعونا', 'تابعوا', 'حملوا',
  'انضموا', 'قراونا', 'عزيزي', 'يمكنكم', 'لمتابعه', 'للمزيد', 'اشتراك', 'ادعمنا',
] as const;

/** Words that make a short line a prompt or a banner wherever they stand. */
export const CALL_TO_ACTION_WORDS = [
  'للاشتراك', 'الاشتراك', 'اشترك', 'النشره البريديه', 'القايمه البريديه', 'واتساب', 'واتس اب', 'انستجرام', 'انستغرام',
  'فيسبوك', 'فيس بوك', 'تويتر', 'تلغرام', 'تليجرام', 'تيليجرام', 'يوتيوب', 'تيك توك', 'مواقع التواصل', 'حسابنا', 'قناتنا',
  'مجانا', 'لحظه بلحظه', 'اضغط هنا', 'انقر هنا', 'ملفات تعريف الارتباط',
] as const;

/** Markers whose section never comes back to the story (comments, related lists). */
export const TERMINAL_MARKERS = [
  'التعليقات', 'تعليقات', 'اضف تعليق', 'اترك تعليقا', 'اترك تعليق', 'مقالات ذات صله', 'اخبار ذات صله', 'مواضيع ذات صله',
  'ذات صله', 'الاكثر قراءه', 'الاكثر مشاهده', 'الاكثر تداولا', 'وسوم', 'الوسوم', 'كلمات مفتاحيه',
  'كلمات دلاليه', 'الكلمات الدلاليه', 'الكلمات المفتاحيه',
] as const;

/** Section markers after which a page lists other stories or comments: the terminal ones, and those
 *  after which the story may come back («اقرأ أيضاً» between two of its paragraphs). */
export const SECTION_MARKERS = [
  'شاهد ايضا', 'اقرا ايضا', 'اقرا المزيد', 'اقرا كذلك', 'شاهد المزيد', 'قد يعجبك ايضا', 'قد يهمك', 'اخبار متعلقه', 'مقالات متعلقه',
  'المزيد من الاخبار', 'اخر الاخبار', 'طالع ايضا', 'مواضيع متعلقه', 'مقالات مقترحه', 'تابع ايضا',
  // An editor's picks: «اخترنا لك» over a list of titles, each with its day («24-02-2025»).
  'اخترنا لك', 'اختيارات المحرر', 'مختارات المحرر', 'لا تفوتك', 'قد تهمك', 'يهمك ايضا', 'مواد اضافيه', ...TERMINAL_MARKERS,
] as const;

/** Words that head a link to another story only with a colon or a bar after them («المزيد: …», «شاهد |
 *  …», «طالع أيضاً: …»): alone at a line's start they open the story's own sentences («المزيد من الضحايا»). */
export const TEASER_HEADS = ['المزيد', 'شاهد', 'طالع', 'اقرا', 'بالفيديو', 'فيديو'] as const;

/** Interface words: buttons, navigation, sharing. */
export const INTERFACE_WORDS = [
  'اغلاق', 'الذهاب الي الاعلي', 'العوده الي الاعلي', 'العوده للاعلي', 'الي الاعلي', 'طباعه', 'مشاركه', 'شارك الخبر',
  'الصفحه الرييسيه', 'تكبير الخط', 'تصغير الخط', 'نسخ الرابط',
  'حجم الخط', 'ارسل لصديق', 'ارسال لصديق', 'استمع للمقال', 'استمع الي المقال', 'تحميل التطبيق', 'اعلن معنا',
] as const;

/** Buttons and header links that are a line of their own: each is also a story's words («تعليق المفاوضات»،
 *  «بحث الوزير»، «تسجيل دخول قافلة»، «خطأ حسابي»), so only the whole line is one. Kept as a line of the
 *  story, each left the site's «today» under it read as the story's stamp («تسجيل الدخول» over a 2025
 *  header dated a story of 2017 to it). */
export const CONTROL_LINES = [
  'القايمه', 'المزيد', 'حفظ', 'استمع', 'تعليق', 'اعدادات', 'بحث',
  'تسجيل الدخول', 'تسجيل دخول', 'تسجيل الخروج', 'انشاء حساب', 'حسابي', 'الوضع الليلي', 'الوضع الداكن',
] as const;

/** Words opening a link to the previous or next story. */
export const NAVIGATION_OPENERS = ['السابق', 'التالي', 'المقال السابق', 'المقال التالي', 'الخبر السابق', 'الخبر التالي', 'السابقه', 'التاليه'] as const;

/** Legal and comment disclaimers. */
export const DISCLAIMER_WORDS = [
  'جميع الحقوق محفوظه', 'حقوق النشر', 'لا تعبر بالضروره', 'تعبر عن راي كتابها', 'التعليقات المنشوره', 'يمنع نسخ', 'يحظر نسخ',
] as const;

/** One- or two-word section labels printed above a headline. */
export const SECTION_LABELS = [
  'اخبار', 'الاخبار', 'سياسه', 'محليات', 'عربي ودولي', 'عربي', 'دولي', 'عالمي', 'تقارير', 'تقرير', 'اقتصاد', 'رياضه',
  'منوعات', 'سوريا', 'سوريه', 'عاجل', 'خاص', 'حصري', 'مقالات', 'راي', 'الرييسيه', 'شوون عربيه', 'العالم', 'الشرق الاوسط',
  'ثقافه', 'فيديو', 'صور', 'انفوغراف', 'انفوجراف', 'بودكاست',
] as const;

/** Imperatives to the reader (download, install, subscribe, follow, share, join, register): a prompt only with a word addressed to the reader or about the site. */
export const READER_IMPERATIVES = [
  'حمل', 'حملوا', 'نزل', 'نزلوا', 'اشترك', 'اشتركوا', 'تابع', 'تابعوا', 'تابعنا', 'تابعونا', 'شارك', 'شاركوا', 'شاركنا', 'انضم', 'انضموا',
  'سجل', 'سجلوا', 'اضغط', 'انقر', 'احصل', 'فعل', 'فعلوا', 'ثبت', 'ادعم', 'ادعمنا', 'تواصل', 'راسلنا', 'اتصل',
] as const;

/** Words that end like «your» («ـك», «ـكم») and are not: a pronoun, an adverb, a noun or a verb
 *  («كذلك», «هناك», «معارك», «تحرك»). A prompt needs a real address to the reader. */
export const NOT_YOUR_WORDS = ['ذلك', 'هناك', 'كذلك', 'لذلك', 'بذلك', 'وكذلك', 'هنالك', 'اوليك', 'مشترك', 'مبارك', 'تحرك', 'وتحرك', 'معارك', 'اتراك'] as const;
/** Prepositions before the reader's own thing in a prompt («على هاتفك», «عبر بريدك»). */
export const YOUR_PREPOSITIONS = ['علي', 'في', 'الي', 'عبر', 'من', 'مع', 'ب', 'ل'] as const;

/** The words of a clock time on a stamp line («10:15 ص», «الساعة 10.15 بتوقيت غرينتش»): what makes
 *  «10.15» a time and not a decimal. */
export const CLOCK_WORDS = ['الساعه', 'ساعه', 'ص', 'م', 'صباحا', 'مساء', 'مساءا', 'ظهرا', 'بتوقيت', 'توقيت', 'غرينتش', 'غرينيتش', 'جرينتش', 'GMT', 'AM', 'PM', 'am', 'pm'] as const;

/** Words of a publication or update stamp besides the date and the time («نشر في», «آخر تحديث», «بتوقيت غرينتش»). */
export const STAMP_WORDS = [
  'نشر', 'نشرت', 'نشر في', 'في', 'بتاريخ', 'تاريخ', 'تاريخ النشر', 'النشر', 'اخر', 'تحديث', 'اخر تحديث', 'التحديث', 'تم', 'محدث', 'تعديل',
  'الموافق', 'مكه', 'المكرمه', 'القدس', 'دمشق', 'بيروت', 'القاهره', 'الرياض', 'الدوحه', 'ه', 'منذ', ...CLOCK_WORDS,
  // Stamps printed in English by an Arabic site's theme («Posted on May 16, 2017»).
  'Posted', 'posted', 'Published', 'published', 'Updated', 'updated', 'Last', 'last', 'Date', 'date', 'on', 'at',
] as const;

/** Labels of the day a page was printed, visited or saved, not published: a print view or a citation
 *  prints them («تاريخ الطباعة: 13/02/2026»). */
export const SHOWN_DAY_WORDS = [
  'تاريخ الطباعه', 'تاريخ طباعه', 'طبع بتاريخ', 'طبع في', 'تمت الطباعه', 'تاريخ الزياره', 'تمت الزياره', 'تاريخ الاطلاع', 'تاريخ الدخول', 'تاريخ الاسترجاع', 'تم الاطلاع',
  'اطلع عليه', 'تاريخ التصفح', 'استرجع في', 'استرجع بتاريخ',
  // A web archive's or a citation's day of saving («تاريخ الأرشفة: 2024-03-11»، «تم الاسترجاع في 11 آذار 2024»).
  'تاريخ الوصول', 'تاريخ الارشفه', 'تمت الارشفه', 'ارشف في', 'ارشف بتاريخ', 'مورشف', 'نسخه مورشفه', 'تم الاسترجاع', 'تم الاسترجاع في', 'تاريخ الحفظ', 'حفظ في',
  // A browser's or a reader's own line of saving («حُفظت في 2024-02-11»، «تم حفظ الصفحة من الإنترنت بتاريخ …»).
  'حفظت في', 'حفظ بتاريخ', 'حفظت بتاريخ', 'تم الحفظ', 'تم حفظ', 'تاريخ حفظ', 'نسخه محفوظه', 'ارشفت في', 'ارشفت بتاريخ', 'الوصول الي الصفحه',
  'Archived', 'archived', 'Saved on', 'saved on', 'Saved from', 'saved from',
  'Printed', 'printed', 'Accessed', 'accessed', 'Retrieved', 'retrieved', 'Visited', 'visited',
] as const;

/** Tools a page shows beside the day's date in its header (prayer times, search, the day's issue):
 *  a date among them is the day the page was shown or saved, not the story's. The date engine reads them too. */
export const PAGE_TOOL_WORDS = [
  // Several words each: «بحث» alone is the past verb of a headline («بحث الوزير…»).
  'مواقيت الصلاه', 'بحث في الموقع', 'ابحث في الموقع', 'ابرز الاخبار', 'عدد اليوم', 'تسجيل الدخول', 'حاله الطقس',
  'درجه الحراره', 'تنويه للمراجعين', 'تنويه للقراء', 'البث المباشر', 'النسخه الورقيه', 'اسعار العملات', 'اتصل بنا', 'من نحن',
] as const;

/** Titles of a live box beside the story (exchange rates, the weather, a bulletin, a poll), folded: the day it shows,
 *  «آخر تحديث» included, is the day the page was shown, not the story's. Not a menu's items («البث
 *  المباشر»، «مواقيت الصلاة»): a story's stamp often stands right under the menu. */
export const LIVE_WIDGET_WORDS = [
  'لحظه بلحظه', 'اسعار العملات', 'اسعار الصرف', 'سعر الصرف', 'اسعار الذهب', 'سعر الذهب', 'سعر الدولار', 'اسعار الدولار', 'حاله الطقس', 'درجه الحراره',
  // A bulletin or newsletter box («النشرة اليومية | الأحد 12 أيار 2024»), the weather's included.
  'النشره',
  // A readers' poll («استطلاع رأي … ينتهي الاستطلاع في 30 حزيران 2022»).
  'استطلاع راي', 'الاستطلاع',
] as const;

/** A prayer-times box's title; not a live box's above (a menu names it too, a story's stamp under it). */
export const PRAYER_BOX_TITLES = ['مواقيت الصلاه', 'اوقات الصلاه', 'مواعيد الصلاه'] as const;

/** The five prayers and sunrise, as a prayer-times box lists them, one time each («الفجر 4:35»). */
export const PRAYER_NAMES = ['الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء'] as const;

/** A print newspaper's issue label at the head of its web page («العدد 14356»). */
export const ISSUE_LABELS = ['العدد', 'عدد رقم', 'العدد رقم'] as const;

/** Labels of a breaking-news ticker («عاجل: …», «خبر عاجل | …»), folded. */
export const BREAKING_WORDS = ['عاجل', 'خبر عاجل', 'عاجل جدا', 'اخبار عاجله', 'breaking'] as const;

/** «أرشيفية»: a photo caption's word («صورة أرشيفية 2019/05/21»). */
export const ARCHIVE_WORDS = ['ارشيفيه'] as const;
/** Of the topics below, the ones a story of the talks never opens a line with as a label («عاجل:» may
 *  head its own news). */
export const OTHER_TOPICS = ['كورونا', 'كوفيد', 'احصاييات', 'الطقس', 'اسعار'] as const;
/** Words that open a caption, a ticker or a banner of another topic ("آخر إحصائيات كورونا | 2021/03/15"). */
export const FURNITURE_TOPICS = ['صوره', 'الصوره', ...ARCHIVE_WORDS, ...OTHER_TOPICS, 'مباشر', 'عاجل'] as const;
