// The words around a name that tell which actor it is, for the actor matcher (src/lib/actor-match.ts),
// which both the link stage and the site's search read: what may stand before a family name without
// being a first name, and what after a body's bare noun makes it something else. Written folded
// (src/lib/arabic-fold.ts), as the matcher reads folded text.

/** Nouns that govern a name after them, titles among them («الرئيس الأسد», «قوات الأسد», «عهد الأسد»):
 *  not a first name, so the bare family name after them is the actor's. */
export const GOVERNING_NOUNS: ReadonlySet<string> = new Set([
  'رييس', 'نظام', 'قوات', 'حكومه', 'عهد', 'جيش', 'وفد', 'حكم', 'حزب', 'سلطه', 'سلطات', 'دوله', 'ميليشيات', 'مليشيات', 'شبيحه',
  'نظامه', 'عايله', 'ال', 'اسره', 'مخابرات', 'اجهزه', 'انصار', 'مويدي', 'موالي', 'مناصري', 'حلفاء', 'رحيل', 'سقوط', 'بقاء', 'تنحي',
  'مصير', 'دور', 'حليف', 'خطاب', 'كلمه', 'لقاء', 'مرسوم', 'اسقاط', 'ضد', 'لصالح', 'صور', 'صوره', 'رحيله', 'معارضي', 'وزير',
]);
/** «أما»: fronts a topic («أما الأسد فـ…»، «أما في عدن فـ…»); the war-age clues read it too. */
export const TOPIC_PARTICLE = 'اما';
/** Particles, prepositions and adverbs before a name («وكان الأسد», «مع الأسد»): not a first name. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'ان', 'كان', 'كانت', 'قد', 'لقد', 'مع', 'عن', 'علي', 'الي', 'في', 'من', 'بين', 'لدي', 'بعد', 'قبل', 'حول', 'منذ', 'عند', 'لان', 'كما',
  TOPIC_PARTICLE, 'ثم', 'او', 'حتي', 'لكن', 'بل', 'لا', 'لم', 'لن', 'ما', 'هل', 'اذا', 'اذ', 'انه', 'انها', 'غير', 'سوي', 'دون', 'نحو', 'تجاه',
  'امام', 'خلال', 'عبر', 'يا', 'ليس', 'مثل', 'الا', 'اي', 'كل', 'بان', 'لكي', 'كي', 'عندما', 'حين', 'بينما', 'لما', 'وفق', 'حسب',
  'ظل', 'بات', 'اصبح', 'مازال', 'لايزال', 'يزال', 'زال', 'ايضا', 'سابقا', 'اليوم', 'امس', 'غدا', 'لاحقا',
]);
/** Verbs that open a sentence before a named subject («وقال الأسد», «بحث الأسد»), besides the action
 *  words (action-words.ts) the build adds to them. */
export const VERBS_BEFORE_A_NAME: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'اكد', 'اعلن', 'بحث', 'استقبل', 'التقي', 'اعتبر', 'راي', 'يري', 'وصف', 'اشار', 'اعرب', 'شدد', 'هنا', 'ابلغ', 'استبعد',
  'نفي', 'تراس', 'امر', 'اصدر', 'عين', 'قرر', 'توجه', 'وجه', 'بعث', 'ابرق', 'تلقي', 'اجري', 'هاتف', 'القي', 'خاطب', 'زار',
  'يعتبر', 'يقول', 'دعا', 'طالب', 'حذر', 'رفض', 'وافق', 'اتهم', 'انتقد', 'هاجم', 'رحب', 'ثمن', 'جدد', 'عبر', 'لفت', 'تابع',
  'اضاف', 'اوضح', 'كشف', 'ذكر', 'افاد', 'نقل', 'صرح', 'وعد', 'تعهد', 'اقر', 'اعترف', 'ظهر', 'غادر', 'وصل', 'عاد', 'يستقبل', 'يلتقي',
  'يبحث', 'يوكد', 'يعلن', 'اجتمع', 'شارك', 'حضر', 'منح', 'اقال', 'كلف', 'سمح', 'فوض', 'يرفض', 'يطالب', 'تحدث', 'يتحدث', 'تمسك',
  'سيطر', 'حكم', 'ورث', 'خلف', 'يحكم', 'وقع', 'يوقع', 'صادق', 'اكتفي', 'ناقش', 'يناقش', 'ربط', 'اتفق', 'سعي', 'يسعي', 'حاول', 'يحاول',
]);

/** Relative pronouns, which end like a relational adjective («ـي») and are not one: «النظام الذي …» is
 *  still the body. */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'اللذي']);
/** Known compounds of a body's bare noun («النظام العام»): something else than the body. */
export const BODY_NOUN_COMPOUNDS: ReadonlySet<string> = new Set(['العام']);
