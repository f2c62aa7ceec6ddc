// Words that tell the tense of a clause: whether what it reports is still to come when the article is
// written, or already done. The date engine reads them to decide whether a day beside a round's name
// is a day it was held or a day it is expected. The meeting verbs come in every form from the meeting
// lexicon; these are the other words. Written in ordinary spelling; readers fold them.
import { MEETING_VERBS, formsOf, meetingForms, perfects } from './meeting-verbs.ts';
import { SCHEDULED_ADJECTIVES } from './coming-words.ts';

const toCome = meetingForms(['start', 'held', 'continue', 'end', 'expect']);
const expected = meetingForms(['expect']).nouns;

/** Words that put a clause in the future. */
export const FUTURE_MARKERS = [
  // «القمة المقررة في جدة في 19 أيار»: what is set for a time is still to come, whatever verb the
  // sentence began with (the expecting ones, «المرتقبة», are the expect verb's nouns below).
  ...SCHEDULED_ADJECTIVES.filter((w) => !expected.includes(w)), 'يعتزم', 'تعتزم', 'تستعد', 'يستعد',
  'ستكون', 'سيكون', 'سيصل', 'ستصل', 'ستبحث', 'سيبحث', 'ستركز', 'سيحضر', 'ستحضر', 'ستتم', 'سيتم', 'ستقام', 'سيقام',
  'ستعلن', 'سيعلن', 'سيزور', 'ستزور', 'سيتوجه', 'سيناقش', 'ستناقش', 'تمهيدا', 'قبيل', 'تستبق', 'يستبق',
  'سوف', 'لن', 'مقرر', 'مقررة',
  // «يصل الوفد غداً … للمشاركة في الجولة»: what happens tomorrow is to come, whatever the verb's form.
  'غداً',
  // A meeting told in the present is going on or to come; one expected is to come.
  ...toCome.present, ...toCome.future, ...expected,
];

/** The copula to come («الجولة ستكون …»): what follows says what the subject will be, which tells a
 *  time only when it is one («ستكون يوم 21»، «ستكون في أستانا»). */
export const FUTURE_COPULAS = ['ستكون', 'سيكون'];

/** Words that look like س + imperfect verb («سيعقد») but are not: numbers, nouns, names. Words that
 *  begin with one of the stems below need no entry here. */
export const FUTURE_FORM_EXCEPTIONS = ['ستة', 'ستين', 'ستون', 'سنة', 'سنتين', 'سنين', 'ستار', 'ستالين', 'سيناء',
  'سيرغي', 'سيرجي', 'ستافان', 'ستانلي', 'سيدة', 'سيدات', 'سيفاستوبول', 'سانا'];
/** Beginnings of nouns and names that look like a future verb: سياسة/سياسي…، سيارة، سيادة، سيطرة، سيجارة. */
export const FUTURE_FORM_EXCEPTION_STEMS = ['سياس', 'سيار', 'سياد', 'سيطر', 'سياق', 'سياح', 'سيجار', 'سيول', 'ستوديو', 'سنو', 'سنا', 'سات', 'ساح', 'سام', 'سال', 'ساع', 'ساب', 'ساد', 'سيريا', 'سيرة',
  'ستراتيج', 'سنيور', 'سنتيم', 'سينما', 'سيناري', 'سيبير', 'ستاد', 'ستوكهولم', 'سيريلانك', 'سنغال', 'سنغافور', 'سيدن', 'سيلفا', 'ستيف', 'ستيوارت', 'سينات', 'سيمين', 'سيمون', 'سنجار', 'سيماف'];

/** Past-tense verbs frequent in news, by their perfect (he): a clause they lead reports what is done.
 *  Those of a meeting's life and of an agreement's conclusion (وقع، توصل، اتفق) come from the meeting lexicon. */
const PAST_VERBS = [
  'أعلن', 'قال', 'أكد', 'بحث', 'تم', 'أجرى', 'وصل', 'أضاف', 'ذكر', 'أفاد', 'صرح', 'استقبل',
  'أشار', 'دعا', 'كشف', 'نشر', 'أصدر', 'رصد', 'سلم', 'أطلق', 'كان', 'اندلع', 'قصف', 'شن', 'استهدف', 'قتل', 'أصيب', 'سيطر',
  'دخل', 'انسحب', 'أسفر', 'عثر', 'اعتقل', 'أفرج', 'نفذ', 'غادر', 'زار', 'ناقش', 'تسلم', 'حضر', 'طالب',
  'أعرب', 'نفى', 'اتهم', 'رفض', 'وافق', 'فشل', 'تمكن', 'جاء',
  'قرر', 'أوضح', 'أبدى', 'شدد', 'اعتبر', 'أبلغ',
];
/** The dual's ا is also the accusative's: folded, «طالبا»، «رفضا»، «نفيا» are as often nouns («طالباً»،
 *  «رفضاً»، «نفياً قاطعاً»). Only the other persons are markers. */
const notDual = (p: string) => (w: string): boolean => w !== `${p}ا` && w !== `${p.slice(0, -1)}يا`;
const pastForms = (p: string): string[] => perfects(p).filter(notDual(p));
/** «رفضنا»، «أكدنا»، «أجرينا»: the first person plural of a speaker in an interview or a statement. Not
 *  of a perfect in ا («دعا»: «دعونا»), whose stem changes; nor of the meeting verbs, whose forms tie a
 *  day to a round («اجتمعنا به اليوم» is the speaker's meeting, not the round's). */
const weForm = (p: string): string[] => (p.endsWith('ا') ? [] : [p.endsWith('ى') ? `${p.slice(0, -1)}ينا` : `${p}نا`]);

/** Past-tense verbs frequent in news, in every person news writes them. */
export const PAST_MARKERS = [
  ...PAST_VERBS.flatMap((p) => [...pastForms(p), ...weForm(p)]),
  // The meeting verbs' own past forms (عقدت، انطلقت، اختتمت …), but their duals in ا («عقدا» is «عقداً»).
  ...MEETING_VERBS.filter((v) => v.role !== 'expect' && v.role !== 'announce').flatMap((v) => formsOf(v).past.filter(notDual(v.perfect))),
];

/** «لم تشهد الجولة أي لقاء»، «ولم تعقد»: لم before an imperfect makes it a past verb, negated. */
export const PAST_NEGATIONS = ['لم'];
