// Words that tell the tense of a clause: whether what it reports is still to come when the article is
// written, or already done. The date engine reads them to decide whether a day beside a round's name
// is a day it was held or a day it is expected. The meeting verbs come in every form from the meeting
// lexicon; these are the other words. Written in ordinary spelling; readers fold them.
import { meetingForms } from './meeting-verbs.ts';

const toCome = meetingForms(['start', 'held', 'continue', 'end', 'expect']);

/** Words that put a clause in the future. */
export const FUTURE_MARKERS = [
  'المقرر', 'المزمع', 'المزمعة', 'يعتزم', 'تعتزم', 'تستعد', 'يستعد',
  'ستكون', 'سيكون', 'سيشارك', 'ستشارك', 'سيصل', 'ستصل', 'ستبحث', 'سيبحث', 'ستركز', 'سيحضر', 'ستحضر', 'ستتم', 'سيتم', 'ستقام', 'سيقام',
  'ستعلن', 'سيعلن', 'سيزور', 'ستزور', 'سيتوجه', 'سيناقش', 'ستناقش', 'تمهيدا', 'قبيل', 'تستبق', 'يستبق',
  'سوف', 'لن', 'مقرر', 'مقررة',
  // «يصل الوفد غداً … للمشاركة في الجولة»: what happens tomorrow is to come, whatever the verb's form.
  'غداً',
  // A meeting told in the present is going on or to come; one expected is to come.
  ...toCome.present, ...toCome.future, ...meetingForms(['expect']).nouns,
];

/** Words that look like س + imperfect verb («سيعقد») but are not: numbers, nouns, names. Words that
 *  begin with one of the stems below need no entry here. */
export const FUTURE_FORM_EXCEPTIONS = ['ستة', 'ستين', 'ستون', 'سنة', 'سنتين', 'سنين', 'ستار', 'ستالين', 'سيناء',
  'سيرغي', 'سيرجي', 'ستافان', 'ستانلي', 'سيدة', 'سيدات', 'سيفاستوبول', 'سانا'];
/** Beginnings of nouns and names that look like a future verb: سياسة/سياسي…، سيارة، سيادة، سيطرة، سيجارة. */
export const FUTURE_FORM_EXCEPTION_STEMS = ['سياس', 'سيار', 'سياد', 'سيطر', 'سياق', 'سياح', 'سيجار', 'سيول', 'ستوديو', 'سنو', 'سنا', 'سات', 'ساح', 'سام', 'سال', 'ساع', 'ساب', 'ساد', 'سيريا', 'سيرة',
  'ستراتيج', 'سنيور', 'سنتيم', 'سينما', 'سيناري', 'سيبير', 'ستاد', 'ستوكهولم', 'سيريلانك', 'سنغال', 'سنغافور', 'سيدن', 'سيلفا', 'ستيف', 'ستيوارت', 'سينات', 'سيمين', 'سيمون', 'سنجار', 'سيماف'];

/** Past-tense verbs frequent in news: a clause they lead reports what is done. */
export const PAST_MARKERS = [
  'أعلن', 'أعلنت', 'قال', 'قالت', 'أكد', 'أكدت', 'بحث', 'بحثا', 'توصل', 'توصلت', 'توصلوا', 'تم', 'تمت', 'أجرى', 'أجرت', 'شارك', 'شاركت',
  'وصل', 'وصلت', 'وصلوا', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'صرح', 'وقع', 'وقعت', 'استقبل', 'استقبلت',
  'أشار', 'أشارت', 'دعا', 'دعت', 'كشف', 'كشفت', 'نشر', 'نشرت', 'أصدر', 'أصدرت', 'رصد', 'رصدت', 'سلم', 'سلمت', 'أطلق', 'كان', 'كانت',
  'اندلعت', 'اندلع', 'قصفت', 'قصف', 'شنت', 'شن', 'استهدفت', 'استهدف', 'قتل', 'قتلت', 'قتلوا', 'أصيب', 'أصيبت', 'سيطرت', 'سيطر',
  'دخلت', 'دخل', 'انسحبت', 'انسحب', 'أسفر', 'أسفرت', 'عثر', 'اعتقل', 'اعتقلت', 'أفرج', 'أفرجت', 'نفذ', 'نفذت', 'شهد', 'شهدت',
  'غادر', 'غادرت', 'زار', 'زارت', 'ناقش', 'ناقشت', 'تسلم', 'تسلمت', 'حضر', 'حضرت', 'طالب', 'طالبت',
  'أعرب', 'أعربت', 'نفى', 'نفت', 'اتهم', 'اتهمت', 'رفض', 'رفضت', 'وافق', 'وافقت', 'فشلت', 'فشل', 'تمكن', 'تمكنت', 'جاء', 'جاءت',
  // The meeting verbs' own past forms (عقدت، انطلقت، اختتمت …).
  ...meetingForms(['start', 'held', 'continue', 'end']).past,
];
