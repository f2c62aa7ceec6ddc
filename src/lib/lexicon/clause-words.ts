// The small words that decide where a clause ends and what it reports: a round and a day are tied, and a
// tense is read, within one clause only. The date engine's tense reading and its round ties read these
// lists, so a clause breaks at the same words for both. Written in ordinary spelling; readers fold them.
import { meetingForms } from './meeting-verbs.ts';
import { LAST_ORDINALS } from './numbers.ts';
import { KANA } from './title-words.ts';
import { INTENT_NOUNS } from './complement-verbs.ts';
import { SCHEDULED_ADJECTIVES } from './coming-words.ts';

/** Words that open a reported or subordinate clause («قال إن …»، «أعلنت أن …»): what follows has its own tense. */
export const COMPLEMENTIZERS = ['أن', 'إن', 'وأن', 'وإن', 'بأن', 'أنه', 'إنه', 'وأنه', 'بأنه', 'أنها', 'إنها', 'وأنها', 'بأنها'];

/** After a comma, words that start another clause («، وذلك قبل …»، «، فيما …»، «، مضيفاً …»). */
/** «وذلك»: the act just told, taken up again after a comma («…، وذلك بعد أسبوعين من اتفاق سوتشي»). */
export const THAT_ACT = ['وذلك', 'ذلك'];
export const CLAUSE_CONNECTORS = [...THAT_ACT, 'قبيل', 'قبل', 'بعد', 'حيث', 'فيما', 'بينما', 'في حين', 'كما', 'مثلما', 'على أن', 'مشيرا', 'مضيفا', 'وأضاف', 'وأضافت', 'وتابع'];

/** Words that open a clause about something else, with no comma needed («على أن تعقد القمة المقبلة في
 *  أنقرة»، «فيما رحبت الحكومة بدمشق»). */
export const NEXT_CLAUSE_WORDS = ['على أن', 'فيما', 'بينما', 'في حين'];

/** «من المقرر أن تبدأ يوم غد»، «يتوقع أن تنطلق الاثنين»: after a word of schedule or expectation, أن opens
 *  the awaited event itself, not a report of it. The verbs of expecting, in every form, are the meeting
 *  lexicon's; these are the words of scheduling it does not hold. */
const expecting = meetingForms(['expect']);
export const SCHEDULE_WORDS = [...expecting.present, ...expecting.nouns, 'المقرر', 'مقرر', 'المزمع', 'المفترض', 'يفترض', 'يزمع', 'تقرر', 'وتقرر'];

/** Nouns of preparing, arranging or intending a meeting («كشفت عن ترتيبها لجولة في 25 و26 نيسان»،
 *  «استعداداً لعقد الجولة»، «أكد أمس عزمه على إعادة إطلاق المفاوضات في السابع من مارس»): what they govern is still to come, whatever the tense of the verb reporting them. Read with a
 *  pronoun or a preposition joined to them. */
export const PLANNING_NOUNS = ['ترتيب', 'ترتيبات', 'تحضير', 'تحضيرات', 'إعداد', 'استعداد', 'استعدادات', 'استعدادا', 'تمهيد', 'تمهيدا', 'التخطيط', 'تخطيط', ...INTENT_NOUNS];

/** Prepositions after which a meeting's word is its verbal noun («إلى عقد»، «عن انطلاق»): no verb, no tense. */
export const GOVERNING_PREPOSITIONS = ['إلى', 'على', 'عن'];
/** Nouns a meeting's word with the ل of purpose follows when it is what another act prepares or settles
 *  («تمهيداً لانطلاق الجولة»، «اتفاق لعقد الجولة»): the day before them is that act's. Not after a verb of
 *  motion: «وصل اليوم لعقد محادثات» is as often the meeting's own day. */
export const PURPOSE_NOUNS = ['تمهيدا', 'استعدادا', 'تحضيرا', 'اتفاق', 'الاتفاق', 'اتفاقا'];

/** The time an edge is set for, in construct with it: «قبل أسبوعين من موعد انعقاد الجولة» counts off the edge. */
export const TIME_SET_NOUNS = ['موعد', 'توقيت', 'تاريخ'];
/** The same definite, with what fixed it after it and the edge in a ل phrase: «قبل أسبوع من الموعد المحدد
 *  لانطلاق الجولة»، «… من الموعد المقرر لانطلاق …» (the masculine of the scheduling adjectives). */
export const TIME_SET_ADJECTIVES = ['المحدد', ...SCHEDULED_ADJECTIVES.filter((w) => !w.endsWith('ة'))];
/** The same as the object a time is fixed for, indefinite, with the ل of what it is for after it
 *  («وحدد الخميس موعداً لانطلاق الجولة»). */
export const APPOINTMENT_NOUNS = ['موعدا', 'تاريخا'];
/** Nouns of a meeting's time or place as a thing still to be fixed («دون اتفاق على موعد الجولة الخامسة»،
 *  «تحديد مكان وموعد للجولة المقبلة»): the round they govern is not what the clause's verb before them
 *  reports. */
export const FIXING_NOUNS = [...TIME_SET_NOUNS, APPOINTMENT_NOUNS[0]!, 'مواعيد', 'مكان'];
/** A meeting's outcomes («استكمالاً لمخرجات اجتماع عمّان»، «امتداداً لنتائج قمة جدة»): after a referent word,
 *  the meeting they are of is the ground of another act. Not its programme or its work («وفقاً لبرنامج
 *  القمة»، «تتويجاً لأعمال الاجتماع»), which are the meeting's own. */
export const OUTCOME_NOUNS = ['مخرجات', 'نتائج', 'قرارات', 'تفاهمات', 'توصيات'];
/** Words that name a meeting as the model, the ground or the forerunner of another act («على غرار اجتماع
 *  العقبة»، «استكمالاً لاجتماع جدة»، «بيان يستند إلى بيان جنيف»): the meeting after
 *  them is recalled, and the verb and day before them are that other act's. */
export const REFERENT_WORDS = ['على غرار', 'غرار', 'استكمالا', 'امتدادا', 'تتويجا', 'تكملة', 'استنادا إلى', 'يستند إلى', 'تستند إلى', 'المستند إلى', 'المستندة إلى', 'بموجب', 'وفق', 'وفقا', 'بناء على'];

/** Words that open a setting or another event beside the news («مع دخول الهدنة أسبوعها الثاني»، «وسط معارك
 *  تدخل أسبوعها الثاني»، «في وقت يدخل فيه وقف إطلاق النار أسبوعه الثالث»): what follows has a subject of its own. */
export const SETTING_OPENERS = ['مع', 'وسط', 'بينما', 'فيما', 'حيث', 'وقت'];
/** The openers of a setting that govern a noun («، مع بدء سريان الهدنة»، «وسط انطلاق معارك»): an act's noun
 *  right after them is that other event's. */
export const SETTING_PREPOSITIONS = ['مع', 'وسط'];

/** «في الثامن والعشرين من الشهر الجاري، أي بعد غد»: the same time said again another way. */
export const APPOSITION_WORDS = ['أي', 'يعني'];

/** «بحسب ما أعلنته الخارجية اليوم الأحد»، «وفق ما ذكرت الوكالة أمس»: what a source said, told after the news;
 *  a day past these words is the saying's, not the news's. */
export const ATTRIBUTION_OPENERS = ['بحسب ما', 'حسب ما', 'حسبما', 'وفق ما', 'وفقا لما', 'طبقا لما', 'على ما'];

/** Relative pronouns that open a clause about the noun before them («المحادثات التي تحتضنها أستانا»). */
/** Formulas that open a sentence of background («يذكر أن الجولة الأولى انطلقت في …»): what it dates is
 *  recalled, a bound on the story, not a sign of when it was written. */
export const RECALL_OPENERS = ['يذكر أن', 'ويذكر أن', 'يشار إلى أن', 'ويشار إلى أن', 'تجدر الإشارة إلى أن', 'وتجدر الإشارة إلى أن', 'ومن المعروف أن', 'من المعروف أن', 'وللتذكير', 'للتذكير',
  // «في مثل هذا اليوم قبل خمس سنوات اختتم …»: an anniversary piece tells the day's event of another year.
  'في مثل هذا اليوم', 'وفي مثل هذا اليوم'];
/** The pluperfect's auxiliary («وكان المبعوث قد قال …»): with «قد» after it, a past before the story's. */
export const PLUPERFECT_AUXILIARIES = [...KANA, 'كانوا', 'وكانوا'];

/** Words that put what follows at the same time as the news («بالتزامن مع انعقاد الجولة الثامنة»،
 *  «ويتزامن ذلك مع اجتماع يعقد بصيغة أستانا»): a meeting after them is going on on the article's day. */
export const CONCURRENT_WORDS = ['بالتزامن مع', 'تزامنا مع', 'وتزامنا مع', 'يتزامن ذلك مع', 'ويتزامن ذلك مع', 'يتزامن مع', 'ويتزامن مع', 'تزامن ذلك مع', 'وتزامن ذلك مع', 'يأتي ذلك بالتزامن مع', 'ويأتي ذلك بالتزامن مع'];
/** «تزامن»: coincided, in the past; with «مع» what the news coincided with is told after it. */
export const CONCURRENT_PAST = ['تزامن', 'تزامنت'];
/** Present verbs that frame what is told alongside them as the day's («ويأتي ذلك بالتزامن مع …»). */
export const TODAY_FRAME_VERBS = ['يأتي', 'تأتي', 'يتزامن', 'تتزامن'];
/** Verbs that open a sentence placing the news just told against another event («ويأتي ذلك قبل أسبوع من
 *  انطلاق جنيف 4»، «وجاءت القافلة بعد يومين من اختتام …»): their time is the news's. */
export const NEWS_FRAME_VERBS = ['يأتي', 'تأتي', 'جاء', 'جاءت'];
/** Nouns of a meeting's work that may stand between those words and the meeting («بالتزامن مع انعقاد …»). */
export const CONCURRENT_WORK = ['انعقاد', 'عقد', 'أعمال', 'اجتماعات', 'جلسات', 'جولة'];

export const RELATIVE_PRONOUNS = ['التي', 'الذي'];
/** The same in the dual and plural («العاصمتان اللتان رعتا هدنة»). */
export const RELATIVE_PRONOUNS_MORE = ['اللذان', 'اللذين', 'اللتان', 'اللتين', 'الذين', 'اللواتي', 'اللاتي', 'اللائي'];

/** Words that open the next item of a list of dated events, beside the ordinals with their article
 *  (numbers.ts): «الأول في 3 آذار، والثاني في 17 نيسان»، «… الاثنين، ثم الأربعاء»، «والأخيرة في …». The
 *  events cut the clause before them. */
export const LIST_ITEM_WORDS = ['ثم', ...LAST_ORDINALS];
/** What a body or a text came out of («الهيئة المنبثقة عن مؤتمر الرياض 2»، «الوثيقة الصادرة عن مؤتمر
 *  سوتشي»): a meeting named after them is the origin recalled, not the news. */
export const ORIGIN_WORDS = ['المنبثقة عن', 'المنبثق عن', 'المنبثقة من', 'المنبثق من', 'انبثقت عن', 'انبثق عن', 'الصادرة عن', 'الصادر عن', 'المنبثقين عن'];

/** Conjunctions that open a clause of another event's time («بدأت أمس الجولة، بعدما التقى الرئيسان أول من
 *  أمس»): a day told after one is that event's. */
export const TIME_SUBORDINATORS = ['بعدما', 'عندما', 'حينما', 'قبلما', 'بعد أن', 'قبل أن', 'منذ أن'];
/** A headline that opens on «the day when …» («يوم افتتح مؤتمر جنيف 2 في مونترو»، «حين انطلقت أستانا»): a
 *  recollection, whose meeting's edge is no news of the day. */
export const RECALLING_OPENERS = ['يوم', 'حين', 'عندما', 'حينما', 'يوم أن'];
