// The words that tell which kind of event a clause reports: an exchange of detainees, a round's opening
// or closing, an agreement, an accusation, a military act, a meeting, an announcement, a statement. Each
// word is read as it is or behind an attached «و ف ل ب س» and the article. Written folded
// (src/lib/arabic-fold.ts), as the events stage matches them against a folded clause.
import type { Entry } from '../schemas.ts';

/** Nouns of a strike, an act of one day («وتزامن الهجوم مع انطلاق …»، «وتزامنت الغارات مع …»). */
export const STRIKE_NOUNS = ['قصف', 'غاره', 'غارات', 'هجوم'];
/** Blasts, acts of one day as strikes are; the events stage files them by the verb beside them. */
export const BLAST_NOUNS = ['انفجار', 'تفجير'];

/** Each kind's words, tried in this order (the first kind whose words occur wins: a round opening
 *  reported through a meeting is filed as the opening): one of `any`, and one of each group of `all`. */
export const KIND_RULES: ReadonlyArray<{ kind: Entry['kind']; all?: readonly (readonly string[])[]; any: readonly string[] }> = [
  { kind: 'exchange', any: ['تبادل', 'لتبادل', 'التبادل', 'تبادلت', 'افرج', 'افرجت', 'الافراج عن'], all: [['محتجزين', 'المحتجزين', 'معتقلين', 'المعتقلين', 'اسري', 'الاسري', 'مختطفين', 'جنود', 'سراح', 'عمليه']] },
  { kind: 'round-closing', any: ['انتهت', 'انتهي', 'اختتمت', 'اختتم', 'اختتام', 'ختام', 'انتهاء', 'تنتهي'], all: [['جوله', 'الجوله', 'محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات', 'اجتماعات']] },
  { kind: 'round-opening', any: ['انطلاق', 'انطلقت', 'انطلق', 'تنطلق', 'بدات', 'بدا', 'تبدا', 'افتتاح', 'يعقد', 'تعقد', 'ستعقد', 'سيعقد', 'انعقاد', 'تنعقد', 'انطلاقتها'], all: [['جوله', 'الجوله', 'محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات', 'اجتماعات', 'مسار']] },
  { kind: 'agreement', any: ['توصلت', 'توصل', 'توصلوا', 'اتفقت', 'اتفق', 'توقيع', 'وقعت علي', 'وقع علي'], all: [['اتفاق', 'اتفاقا', 'الاتفاق', 'اتفاقيه', 'تفاهم', 'علي']] },
  { kind: 'accusation', any: ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهام', 'اتهامات'] },
  { kind: 'military', any: [...STRIKE_NOUNS, 'قصفت', 'هاجم', 'اشتباكات', 'معارك', 'سيطر', 'سيطرت', 'استهدف', 'انتهاكا', 'انتهاكات', 'عمليه عسكريه', 'تنقلات'] },
  { kind: 'meeting', any: ['التقي', 'التقت', 'يلتقي', 'سيلتقي', 'لقاء', 'اجتماع', 'اجتماعا', 'اجتمع', 'اجتمعت', 'بحث', 'بحثا', 'استقبل', 'زار', 'زياره', 'مباحثات', 'محادثات في'] },
  { kind: 'announcement', any: ['اعلن', 'اعلنت', 'تعلن', 'يعلن', 'اعلان'] },
  { kind: 'statement', any: ['قال', 'قالت', 'اكد', 'اكدت', 'صرح', 'صرحت', 'تصريح', 'اضاف', 'اضافت', 'اوضح', 'اوضحت', 'اشار', 'شدد', 'دعا', 'طالب', 'حذر', 'كشف', 'بيان', 'بيانا', 'ذكرت', 'افادت', 'رحب', 'رحبت', 'يرحب', 'ترحب', 'ابدي', 'ابدت'] },
];
