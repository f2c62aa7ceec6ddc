// Words of saying and of issuing a statement. Each list is one reader's, and they differ on purpose: a
// wider list would cut a clause, split a statement or skip a formula where that reader does not now.
// Written folded (src/lib/arabic-fold.ts): the events read them as they are against folded words, and
// the date engine folds what it reads anyway.

/** The date engine's reporting verbs, in the past: a clause breaks before one, so the report's own day
 *  is its, not the reported meeting's («… عقدت الجولة، وقال المبعوث …»). */
export const REPORTING_VERBS = ['قال', 'قالت', 'اعلن', 'اعلنت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'اوضح', 'اوضحت', 'صرح', 'اكد', 'اكدت', 'نشرته', 'نشرت'];

/** Verbs and nouns of saying, for cutting a statement from what it says: after one of them and «أن/إن»
 *  comes what was said, which can be an event with its own date («أعلنت الوزارة أمس أن الجلسة الختامية
 *  ستعقد يوم الـ 31»). Wider than the headline's formula verbs: every person and tense, the nouns of a
 *  statement, and the verbs of expecting («توقع», «رجح»), whose «أن» opens what is expected. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'قوله', 'اعلن', 'اعلنت', 'اعلنوا', 'يعلن', 'تعلن', 'اعلان', 'اكد', 'اكدت', 'اكدوا', 'يوكد', 'توكد',
  'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'اوضح', 'اوضحت', 'افاد', 'افادت', 'صرح', 'صرحت', 'اشار', 'اشارت', 'كشف', 'كشفت', 'نقل', 'نقلت', 'اضاف',
  'اضافت', 'اعتبر', 'اعتبرت', 'راي', 'رات', 'توقع', 'توقعت', 'يتوقع', 'رجح', 'رجحت', 'ابلغ', 'ابلغت', 'بين', 'بينت', 'لفت', 'لفتت',
  'شدد', 'شددت', 'اعلام', 'بيان', 'بيانها', 'بيانه', 'تصريح', 'تصريحات', 'تصريحه', 'حديثه', 'كشفه',
]);

/** The verbs of a formula that opens a sentence («وأضاف أن…», «وقال المصدر إن…»), in the past, and the
 *  words of a setting that may open one the same way («بحضور», «برعاية», «تحت»): the headline starts
 *  after the formula, or names its speaker («لافروف: …»). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'بحضور', 'برعايه', 'بمشاركه', 'تحت', 'قال', 'قالت', 'اضاف', 'اضافت', 'تابع', 'تابعت', 'اردف', 'اردفت', 'اوضح', 'اوضحت', 'اشار', 'اشارت', 'اكد', 'اكدت', 'ذكر', 'ذكرت', 'افاد',
  'افادت', 'لفت', 'لفتت', 'اعتبر', 'اعتبرت', 'راي', 'رات', 'صرح', 'صرحت', 'كشف', 'كشفت', 'بين', 'بينت', 'اعلن', 'اعلنت', 'شدد', 'شددت',
  'نقل', 'نقلت',
]);

/** Publishing or handing out: an act of speech only with a statement as its object («نشرت الأمم المتحدة
 *  بياناً»); «نشرت الصحيفة تقريراً» reports, and reports nothing itself. */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['نشر', 'نشرت', 'وزع', 'وزعت', 'اذاع', 'اذاعت']);
/** A statement and its kinds, with the pronouns written onto them («بيانها», «تصريحاته»): the object that
 *  makes issuing an act of speech, and a setting where words were said. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['بيان', 'بيانا', 'بيانه', 'بيانها', 'بلاغ', 'بلاغا', 'تصريح', 'تصريحا', 'تصريحات', 'تصريحه', 'تصريحها', 'حديث', 'حديثه', 'حديثها', 'كلمه', 'كلمته', 'كلمتها', 'مقابله', 'مقابلته', 'مقابلتها', 'موتمر']);
/** «وفي بيان أصدرته الثلاثاء، رحبت الخارجية …»: a statement named after «في» or «خلال» is where the words
 *  were said; the act is the verb that says them. */
export const STATEMENT_SETTINGS: ReadonlySet<string> = new Set(['في', 'خلال', 'وفي', 'وخلال', 'فخلال']);

/** Words that put a statement on an earlier day than the story's («في تصريح سابق»، «سبق أن قال»): a day
 *  counted inside its quotation is counted from that day. Not «في وقت سابق» (earlier the same day, as
 *  often as not). Folded. */
export const EARLIER_STATEMENT_WORDS = ['تصريح سابق', 'تصريحات سابقه', 'بيان سابق', 'مقابله سابقه', 'كلمه سابقه', 'سابقا', 'سبق', 'وسبق'];

/** Openers of a sentence told from an earlier story («وفي خبر سابق، أعلنت الوزارة اليوم الأحد …»): its
 *  «اليوم» is that story's. Folded. */
export const EARLIER_STORY_OPENERS = ['في خبر سابق', 'وفي خبر سابق', 'في تقرير سابق', 'وفي تقرير سابق'];
