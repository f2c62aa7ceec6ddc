// Words that place an event in a part of a round when a preposition puts them before it: «في ختام
// الجولة العاشرة», «على هامش الجولة», «خلال الجولة». The opening and closing nouns come from the
// meeting verbs; these are the rest. Written in ordinary spelling; readers fold them.
import { MEETING_VERBS, allForms, formsOf, meetingForms } from './meeting-verbs.ts';

/** Nouns of a round's first day, beside the opening verbs' nouns («افتتاح», «انطلاق»). */
export const OPENING_PART_WORDS = ['مستهل', 'بداية', 'مطلع'];
/** Nouns of a round's last day, beside the closing verbs' nouns («ختام», «اختتام»). */
export const CLOSING_PART_WORDS = ['نهاية'];
/** «الذكرى الخامسة لانطلاق مسار أستانا»، «في ذكرى توقيع الاتفاق»: an anniversary of an edge, not the
 *  edge (its day is that of some year before). */
export const ANNIVERSARY_WORDS = ['ذكرى', 'الذكرى'];
/** A round's last day named as a day of it («في اليوم الأخير من الجولة»، «في آخر أيام الجولة»). */
export const LAST_DAY_PHRASES = ['اليوم الأخير', 'اليوم الختامي', 'آخر أيام', 'آخر يوم'];
/** Words of any day of a round: «على هامش», «في إطار», «خلال», «أثناء», «ضمن أعمال». */
export const DURING_PART_WORDS = ['هامش', 'إطار', 'خلال', 'أثناء', 'ضمن', 'أعمال', 'جلسات', 'اجتماعات'];
/** The ministers' part of a conference of several days («الاجتماع الوزاري لمؤتمر بروكسل الثامن»): it opens
 *  and closes on one of the conference's days, often its last, not on its first. */
export const MINISTERIAL_PART_WORDS = ['الاجتماع الوزاري', 'الاجتماعات الوزارية', 'الجلسة الوزارية', 'الشق الوزاري', 'اليوم الوزاري'];
/** Those of them that put another event inside the round («لقاء في إطار الجولة»، «على هامش الجولة»): the
 *  clause's verb is that event's, so its tense says nothing of the round's edge (the work nouns, «أعمال
 *  الجولة», are the round itself: «انطلقت أعمال الجولة» is its opening). */
export const INSIDE_PART_WORDS = ['هامش', 'إطار', 'خلال', 'أثناء', 'ضمن'];
/** A speech given before a meeting («في كلمته أمام مؤتمر بروكسل»، «خطاب أمام القمة»): held at it, one of its
 *  days. «أمام» alone is as often ahead of it («يمهد الطريق أمام الجولة»). */
export const SPEECH_NOUNS = ['كلمة', 'كلمته', 'كلمتها', 'خطاب', 'خطابه', 'خطابها', 'مداخلة', 'مداخلته', 'مداخلتها'];
export const SPEECH_BEFORE_WORD = 'أمام';
/** A phase of a round between the part and the round («في إطار المرحلة الثانية من الجولة»). */
export const PHASE_NOUNS = ['مرحلة', 'المرحلة'];
/** Prepositions that make such a noun a time of the clause («في ختام …»), not its object («أعلنت انطلاق …»). */
export const PART_PREPOSITIONS = ['في', 'على', 'عند', 'مع', 'لدى', 'خلال'];

/** The adjectives of a round's last sittings and statement («الجلسة الختامية», «البيان الختامي»). */
export const CLOSING_ADJECTIVES = ['الختامية', 'الختامي'];
/** The adjective of a round's opening sitting («الجلسة الافتتاحية»). */
const OPENING_ADJECTIVE = 'الافتتاحية';
/** The sessions and statement of a round's close, named without a verb («الجلسة الختامية», «البيان
 *  الختامي»), and their adjectives alone. */
export const CLOSING_SESSION_WORDS = ['الجلسة الختامية', 'البيان الختامي', ...CLOSING_ADJECTIVES];
/** The same of either edge of a round. */
export const EDGE_SESSION_WORDS = ['الجلسة الافتتاحية', OPENING_ADJECTIVE, ...CLOSING_SESSION_WORDS];
/** The adjectives of either edge's sittings, both genders («الاجتماع الافتتاحي»): a sitting named by one
 *  is a round's, for the link stage. The date engine reads the feminine opening one only (above). */
export const EDGE_ADJECTIVES = [...CLOSING_ADJECTIVES, OPENING_ADJECTIVE, 'الافتتاحي'];

// The verbs and nouns that tie a day in their clause to a round's first day, to one of its days, or to
// its last day («انطلقت اليوم الجولة»، «تتواصل اليوم الجولة»، «اختتمت أمس الجولة»). The meeting
// lexicon gives every form of its verbs; these lists add the few phrases it has no verb for.

/** A round going on, resuming after a pause or hosted («تستضيف روسيا المؤتمر اليوم وغداً»): the day is
 *  one of its days, not necessarily its first. */
const CONTINUE_WORDS = allForms(['continue']);
/** An agreement of the catalog signed or reached («وقع الرئيسان اليوم مذكرة سوتشي»): the day is the
 *  meeting's. Only for a meeting named by the catalog: «توصلوا اليوم إلى اتفاق على عقد الجولة» is not
 *  the round's day. */
export const CONCLUDE_WORDS = allForms(['conclude']);
/** Those of them that take a round up again (استأنف، استؤنفت، تستأنف، استئناف): with no round named, the
 *  talks resumed are a new round opening. */
export const RESUME_WORDS = MEETING_VERBS.filter((e) => e.resumes).flatMap((e) => { const f = formsOf(e); return [...f.past, ...f.present, ...f.future, ...f.nouns]; });
/** Words of a round's opening, or of its being held or going on: the day may be its first. */
export const ROUND_START_WORDS = ['أولى جلسات', ...CONTINUE_WORDS, ...allForms(['start', 'held'])];
/** Past verbs that say only that the round was held, not that it opened («عقدت الجولة ... في 22 ديسمبر»);
 *  announced in the present or future («تعقد غداً الجولة») a round is held from that day on. A round going
 *  on or resuming («تتواصل اليوم الجولة»، «تستأنف اليوم الجولة») is likewise on one of its days. */
export const HELD_WORDS = [...meetingForms(['held']).past, ...CONTINUE_WORDS];
/** Words of a round's close: the day is its last. */
export const ROUND_END_WORDS = [...CLOSING_SESSION_WORDS,
  // «أسدل الستار اليوم على الجولة»: the curtain came down on it.
  'أسدل الستار', 'أسدلت الستارة', 'أسدل الستارة', 'إسدال الستار', ...allForms(['end'])];

/** «يصل الرئيس اليوم إلى طهران للمشاركة في القمة»، «يتوجه الوفد اليوم إلى جنيف لحضور الجولة»: a journey
 *  to a meeting, on its eve or its first morning. Not meeting verbs: no meeting is held by them. */
export const TRAVEL_WORDS = [
  // Their present is their past's stem.
  ...['توجه', 'غادر', 'سافر'].map((w) => ({ perfect: w, imperfect: w })),
  { perfect: 'وصل', imperfect: 'صل' },
].flatMap((e) => { const f = formsOf(e); return [...new Set([...f.past, ...f.present, ...f.future])]; });
/** «عادت المفاوضات إلى الانعقاد اليوم»: returning to a meeting's holding, its noun after «إلى», is taking the
 *  talks up again. Not a meeting verb: «يعود إلى عام 2011» dates back. */
const RETURN = formsOf({ perfect: 'عاد', imperfect: 'عود' });
export const RETURN_WORDS = [...new Set([...RETURN.past, ...RETURN.present, ...RETURN.future])];
/** «بدأت الوفود المشاركة في الجولة بالوصول إلى أستانا»: the journey's verbal nouns; a verb of beginning
 *  whose «ب» governs one of them, its subject those taking part, tells the arrivals' start, not the meeting's. */
export const ARRIVAL_NOUNS = ['وصول', 'توافد', 'قدوم'];
/** «والحملة على الغوطة تدخل أسبوعها الثاني»: entering a week, a day, a phase; whose subject is what enters. */
export const ENTER_WORDS = ['دخل'].map((w) => ({ perfect: w, imperfect: w })).flatMap((e) => { const f = formsOf(e); return [...new Set([...f.past, ...f.present, ...f.future])]; });
/** The journey's purpose, with its «ل», right before the meeting: «للمشاركة في»، «لحضور»، «للمشاركة في أعمال». */
export const ATTEND_NOUNS = ['المشاركة', 'حضور'];
/** Those taking part («الوفود المشاركة في الجولة»): the participle whose «في» governs the meeting (its
 *  feminine written as the verbal noun is). */
export const PARTICIPANT_WORDS = ['المشارك', ATTEND_NOUNS[0]!, 'المشاركون', 'المشاركين'];

/** «علّق المحادثات حتى 25 شباط»، «تأجيل الجولة إلى غاية …»: a pause, and the day it lasts until is no day
 *  a round met on. Not meeting verbs: a round is not held by them. */
/** «علّق المبعوث المحادثات»، «تعليق الجولة»: a round halted while it goes on, one of its days. («تعلق» is as
 *  often «تعلّق», concerns.) */
const HALT = { perfect: 'علق', imperfect: 'علق', nouns: ['تعليق'], omit: ['تعلق'] };
export const HALT_WORDS = ((f) => [...f.past, ...f.present, ...f.future, ...f.nouns])(formsOf(HALT));
export const SUSPEND_WORDS = [
  HALT,
  { perfect: 'أرجأ', imperfect: 'رجئ', nouns: ['إرجاء'] },
  // «يوقف»، «توقفت» (stopped), «وقف» (a halt).
  { perfect: 'أوقف', imperfect: 'وقف', nouns: ['إيقاف', 'وقف'], extra: ['توقفت'] },
  // «من أجل» (for), «أجلاً» (a term).
  { perfect: 'أجل', imperfect: 'ؤجل', nouns: ['تأجيل'], omit: ['أجل', 'أجلا'] },
].flatMap((e) => { const f = formsOf(e); return [...f.past, ...f.present, ...f.future, ...f.nouns]; });
