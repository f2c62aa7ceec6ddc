// The word classes a headline is cut, checked and mended by (src/ingest/events/make-title.ts,
// repair-title.ts, src/ingest/shared/title-fragments.ts, title-faults.ts): the words it must not end on,
// the words of a formula that names no one, the openers of a subject, a place, a time or a setting.
// Several lists share their small words («في», «خلال»), and each stays its own: one reader's phrase of
// place is not another's, and a merged list would end, cut or mend headlines elsewhere than now.
// Written folded (src/lib/arabic-fold.ts), as the readers look a folded title word up in them.
import { foldArabic } from '../arabic-fold.ts';
import { LAST_ORDINAL_MASCULINE, LAST_ORDINALS } from './numbers.ts';

/** Words a headline must not end on: prepositions, particles, relatives, quantifiers waiting for their noun. */
export const DANGLING: ReadonlySet<string> = new Set([
  'اي', 'عن', 'في', 'من', 'علي', 'الي', 'بين', 'الذي', 'التي', 'الذين', 'والتي', 'والذي', 'اللذين', 'اللتين', 'و', 'او', 'ان', 'انه', 'بان',
  'لان', 'كل', 'بعض', 'غير', 'عدم', 'حول', 'مع', 'ضد', 'نحو', 'خلال', 'عبر', 'قبل', 'بعد', 'منذ', 'حتي', 'لدي', 'عند', 'ثم', 'لكن', 'بل',
  'قد', 'لم', 'لن', 'لا', 'ما', 'كما', 'مثل', 'اجل', 'بشان', 'ذات', 'هذا', 'هذه', 'ذلك', 'تلك', 'يوم', 'يومي', 'وفي', 'ومن', 'وعلي', 'والي',
  'الا', 'اذا', 'اذ', 'حيث', 'فيما', 'بينما', 'سواء', 'وسط', 'تجاه', 'لصالح', 'بسبب', 'اثر', 'عقب', 'جراء', 'ازاء', 'دون', 'بدون',
  'بحضور', 'برعايه', 'بمشاركه', 'تحت', 'بشكل', 'وبشكل', 'قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'وقال', 'وقالت', 'واضاف', 'واكد', 'مبعوث', 'وزير', 'رييس', 'نايب', 'ممثل', 'مساعد',
]);

/** Particles inside a name: a headline never ends on them («دي» ميستورا, «أبو» الزندين, «عبد» الرحمن). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['دي', 'ابو', 'ابي', 'بن', 'ابن', 'عبد', 'ال', 'ولد', 'فان', 'فون']);

/** Relative words: a clause starts at them («…بين النظام والمعارضة | والتي تتركز…»). */
export const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'والتي', 'والذي', 'والذين', 'حيث', 'وحيث']);

/** Titles that stand before a person's name: after «و» they start a second person («… لافروف | ووزير الدفاع …»). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(['وزير', 'رييس', 'نايب', 'ممثل', 'مبعوث', 'مساعد', 'المبعوث', 'الرييس', 'الوزير', 'السفير', 'سفير']);
/** Who a person is, before the name, for putting the name in the title's place: the person titles and
 *  «موفد», kept out of the person titles, whose readers (a second person after «و», a missing subject)
 *  do not take it. */
export const NAME_TITLES: ReadonlySet<string> = new Set([...PERSON_TITLES, 'موفد', 'الموفد']);

/** Words of a formula's subject that name no one: a generic source, where and when it spoke. Its
 *  reader adds the weekdays with their article (calendar.ts). */
export const FORMULA_WORDS: ReadonlySet<string> = new Set([
  'المصدر', 'المصادر', 'مصدر', 'مصادر', 'البيان', 'بيان', 'بيانه', 'بيانها', 'الوزاره', 'الوزير', 'المتحدث', 'متحدث', 'الناطق', 'ناطق',
  'الوكاله', 'المسوول', 'مسوول', 'الرياسه', 'الخارجيه', 'التقرير', 'الصحيفه', 'الموقع', 'المراسل', 'مطلع', 'مطلعه', 'مسوولون', 'المسوولون',
  'في', 'له', 'لها', 'نشرته', 'نشره', 'اصدرته', 'اصدره', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحها', 'حديث', 'حديثه', 'حديثها', 'للصحفيين',
  'للصحافيين', 'عضو', 'العضو', 'صحفي', 'صحافي', 'موتمر', 'مقابله', 'رسمي', 'الرسمي', 'الرسميه', 'عن', 'ذلك', 'هذا', 'ايضا', 'كذلك', 'بدوره', 'بدورها',
  'اليوم', 'امس', 'غدا', 'مساء', 'صباح', 'يوم', 'الماضي', 'الجاري',
]);
/** «جاء ذلك في …», «جاءت هذه التصريحات خلال …»: a formula that opens a sentence and names no one; its
 *  verb, what it points back to, and the preposition of where it was said. */
export const CAME_FORMULA = {
  verbs: ['جاء', 'جاءت'],
  pointers: ['ذلك', 'هذا', 'هذه'],
  prepositions: ['في', 'علي', 'خلال', 'عبر', 'ضمن'],
} as const;

/** Complementizers after a reporting verb: what follows is the reported clause. Not the date engine's
 *  (clause-words.ts): a title word comes without «و» but may be «فإن», and «أنهم» is read here. */
/** Words that open a clause of contrast or cause after the news («… غير أنه تأجل»، «… إذ سيغادر»), folded:
 *  a headline ends before them. «غير» and «إلا» only before a complementizer («غير أنه»), not «غير رسمي». */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['اذ', 'لكن', 'ولكن', 'بينما', 'وبينما']);
export const CONTRAST_BEFORE_THAT: ReadonlySet<string> = new Set(['غير', 'الا']);
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'فان']);
/** «وكان دي ميستورا (قد) أعلن …»: the pluperfect's «كان», which puts the subject before the verb. */
export const KANA: ReadonlySet<string> = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
/** What stands between a clause's start and its subject: a complementizer, «كان», «إذ». */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([...COMPLEMENTIZERS, ...KANA, 'اذ']);
/** «قادة إيران وتركيا وروسيا، بوصفهم رؤساء الدول الضامنة،»: in what capacity the subject acts, between
 *  commas after it; a headline leaves it out as it leaves out who a person is. Folded. */
export const CAPACITY_WORDS: ReadonlySet<string> = new Set(['بوصفه', 'بوصفها', 'بوصفهم', 'بوصفهما', 'بصفته', 'بصفتها', 'بصفتهم', 'بصفتهما', 'باعتباره', 'باعتبارها', 'باعتبارهم', 'باعتبارهما']);

/** Verbs of happening («تمّ», «جرى»): they name what happened after the place («تمت أمس عند معبر أبو
 *  الزندين … عملية لتبادل المحتجزين»), so who acted is not missing and the place may be left out. */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set(['تم', 'تمت', 'يتم', 'سيتم', 'ستتم', 'جري', 'جرت', 'يجري', 'تجري', 'سيجري', 'ستجري']);

/** «الأخير» standing for someone named before it («تأكيد الأخير …»), the last ordinal (numbers.ts) in both
 *  genders: a title with it names someone only the sentences before it name. */
export const THE_LATTER: ReadonlySet<string> = new Set(LAST_ORDINALS.map(foldArabic));
/** The masculine alone, standing for a man named before it: a repair puts his name in its place. */
export const THE_LATTER_MASCULINE: ReadonlySet<string> = new Set([foldArabic(LAST_ORDINAL_MASCULINE)]);
/** Demonstratives and pronouns before a noun with its relative clause («وهذه المحادثات التي …», «وهي الجولة التي …»). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هذان', 'هاتان', 'هولاء', 'هي', 'هو']);

/** Prepositions written apart from their noun that open a phrase of place or time («في», «عبر», «أمام»). */
const PLACE_OR_TIME = ['في', 'من', 'الي', 'علي', 'عن', 'مع', 'خلال', 'عبر', 'منذ', 'لدي', 'امام'];
/** The same, and «بين», for the phrases after a verb that leave it with no subject («ستشارك في …»). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_OR_TIME, 'بين']);
/** The same, and «ضمن», «حول», «قرب», «داخل», for the place fronted before a subject or standing between
 *  a speaker and what was said, which a repair leaves out. */
export const SEPARATE_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_OR_TIME, 'ضمن', 'حول', 'قرب', 'داخل']);
/** Words of a time or a number after a place («يومي السادس»): more of the phrase, not who acted. */
export const ADJUNCT_TIME_WORDS: ReadonlySet<string> = new Set(['يوم', 'يومي', 'اليوم', 'وقت', 'مطلع', 'نهايه', 'بدايه', 'منتصف', 'اواخر']);
/** Nouns that stand before the name of a place or a time («مدينة», «مقر», «وقت»). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['مدينه', 'مبني', 'مقر', 'عاصمه', 'قصر', 'منطقه', 'ريف', 'هامش', 'اطار', 'ختام', 'نهايه', 'بدايه', 'وقت', 'قاعه', 'فندق', 'مركز', 'مطار', 'معبر', 'مكتب']);
/** What has days («اليوم الرابع» of it): a meeting, a round, a committee. */
export const HAS_DAYS: ReadonlySet<string> = new Set(['لجنه', 'اللجنه', 'جوله', 'الجوله', 'دوره', 'الدوره', 'محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات', 'اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات', 'موتمر', 'الموتمر', 'قمه', 'القمه', 'منتدي', 'المنتدي', 'مشاورات', 'المشاورات']);

/** Prepositions that open a phrase of place, time or manner: a weaker place to end a headline («…أمس
 *  الثلاثاء | عبر دائرة…»). */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set(['في', 'علي', 'عبر', 'خلال', 'مع', 'حول', 'بشان', 'منذ', 'لدي', 'عند', 'وسط', 'بحضور', 'برعايه', 'بمشاركه', 'تحت']);
/** Prepositions of the place a verb of happening puts before what happened. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'عند', 'علي', 'قرب', 'داخل', 'خارج', 'امام', 'لدي']);
/** Where and how a statement was made, between its speaker and what was said («قال لافروف في مؤتمر صحفي
 *  إن», «قال للصحفيين اليوم إن»): the speaker ends before them. */
export const SPEAKER_SETTING_WORDS: ReadonlySet<string> = new Set(['في', 'خلال', 'عبر', 'امام', 'لدي', 'عقب', 'اثناء', 'ضمن', 'للصحفيين', 'للصحافيين', 'لوكاله', 'لقناه', 'لصحيفه', 'اليوم', 'امس']);
/** The occasions words are said at, after «في» or «خلال» («في مؤتمر صحافي عقده في موسكو»): left out
 *  between a subject and what was said. */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(['موتمر', 'موتمرا', 'كلمه', 'مقابله', 'تصريح', 'تصريحات', 'حديث', 'بيان', 'لقاء', 'اجتماع']);
/** Prepositions of where and when between a verb and what it needs («توصلت روسيا وإيران في مايو في اطار
 *  محادثات أستانة، الى اتفاق»). */
export const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['في', 'خلال', 'ضمن', 'عبر']);
/** «…، ومن المقرر أن تتواصل»: what is planned is what the sentence goes on to say. Not the date engine's
 *  schedule words (clause-words.ts), which read the tense; these only find the planned clause. */
export const PLANNED_OPENERS: ReadonlySet<string> = new Set(['من', 'ومن']);
export const EXPECTED_WORDS: ReadonlySet<string> = new Set(['المقرر', 'المنتظر', 'المتوقع', 'المفترض']);
