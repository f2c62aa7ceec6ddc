// Dictionaries of the Arabic date engine. Words are written in ordinary spelling and folded at
// load time (foldArabic), because the parsers match on folded text. Regex sources are built from
// them longest first so that "تشرين الأول" wins over a shorter prefix.
import { ASTANA_NAMES, COMMITTEE_NAMES, COMMITTEE_PHRASES, CONGRESS_NAMES, FORMAT_WORDS, GENEVA_NAMES, GENEVA_TABLE_WORDS, KAZAKHSTAN_WORDS, MEETING_NOUNS, NUR_SULTAN_NAMES, SPONSOR_PHRASES, TALKS_NOUNS, definite } from '../../lib/lexicon/talks.ts';
import { foldArabic } from '../../lib/arabic-fold.ts';
import { allForms, meetingForms } from '../../lib/lexicon/meeting-verbs.ts';

/** Talks tracks and the words that name them in a sentence. */
export const TRACK_WORDS: Record<string, string[]> = {
  // The Astana names come first, in ASTANA_NAMES' order: the city patterns take that many.
  astana: [...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS],
  geneva: GENEVA_NAMES,
  // «الدستورية» alone: a headline's shorthand for the committee.
  'constitutional-committee': [...COMMITTEE_NAMES, 'الدستورية', ...COMMITTEE_PHRASES],
  sochi: CONGRESS_NAMES,
};

/** Words of negotiations: with a track's name, they show an article is about the talks. */
export const TALKS_WORDS = [...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...MEETING_NOUNS, ...definite(MEETING_NOUNS), 'اجتماع', 'الاجتماع', ...FORMAT_WORDS, 'بصيغة', 'المبعوث', 'وفد المعارضة', 'مؤتمر'];
/** Words that may stand between a round and the track it belongs to ("الجولة السابعة من اجتماعات اللجنة الدستورية").
 *  Not "في": "في جنيف" is a city, and Geneva hosts two tracks. */
export const ROUND_TRACK_LINKS = ['من', 'ضمن', 'محادثات', 'مفاوضات', 'مباحثات', 'اجتماعات', 'جولات', 'مسار', 'صيغة', 'بصيغة', 'وفق', 'عملية', 'مؤتمر', 'المحادثات', 'المفاوضات', 'المباحثات', 'الاجتماعات', 'لمحادثات', 'لمفاوضات', 'لاجتماعات',
  // "الاجتماع الدولي الرابع عشر حول سوريا بصيغة أستانا": the subject between the round and its track.
  'حول', 'بشأن', 'سوريا', 'سورية', 'السورية', 'الأزمة', 'الدولي'];

/** Words a round's name may run on with, folded, one word each: the links and the tracks' names
 *  («الجولة العاشرة | من محادثات أستانا»). */
export const TRACK_PHRASE_WORDS: ReadonlySet<string> = new Set([...ROUND_TRACK_LINKS, ...Object.values(TRACK_WORDS).flat()].flatMap((w) => foldArabic(w).split(' ')));

/** Names that show it on their own (a round number means nothing in a story without any of these). */
// The committee's drafting body is named alone as often as with the committee («الدورة الثامنة للهيئة المصغرة»).
export const TALKS_NAMES = [...SPONSOR_PHRASES, 'دي ميستورا', 'دي مستورا', 'بيدرسن', 'بيدرسون', ...COMMITTEE_NAMES, 'الهيئة المصغرة', ...Object.values(GENEVA_TABLE_WORDS).flat(), 'هيئة التفاوض', 'الهيئة العليا للمفاوضات', 'لافرنتييف', 'لافرينتيف', 'لافرينتييف'];

/** Words meaning "round" or "session". */
export const ROUND_WORDS = ['الجولة', 'جولة', 'الدورة', 'دورة', 'الاجتماع', 'اجتماع', 'النسخة', 'نسخة', 'بنسخته', 'بنسختها', 'الجولات'];

/** A round word with a possessive suffix: the track named before it owns it ("اللجنة الدستورية ... اجتماعها الأول"). */
export const ROUND_WORDS_OWNED = ['جولتها', 'جولته', 'اجتماعها', 'اجتماعه', 'دورتها', 'دورته', 'جولاتها'];
export const ROUND_WORDS_AFTER_ORDINAL = ['جولات', 'جولة', 'اجتماعات', 'اجتماع', 'جلسات', 'دورات', 'دورة', 'مفاوضات', 'محادثات'];

/** Words that tie a day to the opening or closing of a round. */
/** A round going on, resuming after a pause or hosted ("تستضيف روسيا المؤتمر اليوم وغداً"): the day is
 *  one of its days, not necessarily its first. */
const CONTINUE_WORDS = ['تستأنف', 'استؤنفت', 'استئناف', 'تتواصل', 'تواصلت', 'يتواصل', 'تواصل', 'تستمر', 'استمرت', 'متواصلة', 'مستمرة',
  'تستضيف', 'يستضيف', 'استضافت', 'استضاف', 'تحتضن', 'يحتضن', 'احتضنت', 'احتضن',
  ...allForms(['continue'])];
export const ROUND_START_WORDS = ['انطلاق', 'انطلقت', 'انطلق', 'افتتح', 'افتتحت', 'يفتتح', 'تفتتح', 'تنطلق', 'ستنطلق', 'ينطلق', 'افتتاح', 'بدء', 'بدأت', 'بدأ', 'تبدأ', 'ستبدأ', 'يعقد', 'تعقد', 'ستعقد', 'سيعقد', 'عقد', 'عقدت', 'انعقاد', 'تلتئم', 'أولى جلسات', 'جرت', 'تجري', 'ستجري', 'انعقدت', 'انعقد',
  ...CONTINUE_WORDS, ...allForms(['start', 'held'])];
/** Past verbs that say only that the round was held, not that it opened ("عقدت الجولة ... في 22 ديسمبر");
 *  announced in the present or future ("تعقد غداً الجولة") a round is held from that day on. A round going
 *  on or resuming ("تتواصل اليوم الجولة"، "تستأنف اليوم الجولة") is likewise on one of its days. */
export const HELD_WORDS = ['عقد', 'عقدت', 'جرت', 'انعقدت', 'انعقد', ...meetingForms(['held']).past, ...CONTINUE_WORDS];

export const ROUND_END_WORDS = ['اختتام', 'اختتمت', 'اختتم', 'ختام', 'انتهت', 'انتهى', 'تنتهي', 'تختتم', 'ستختتم', 'البيان الختامي', 'الختامية', 'الختامي', 'الجلسة الختامية',
  // «أسدل الستار اليوم على الجولة»: the curtain came down on it.
  'أسدل الستار', 'أسدلت الستارة', 'أسدل الستارة', 'إسدال الستار', ...allForms(['end'])];

/** Words that mark a printed publication stamp or dateline. */
export const STAMP_WORDS = ['نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'date', 'published', 'آخر تحديث', 'تم النشر', 'تاريخ الخبر'];

/** Agency tags that close a dateline "القاهرة 28 نوفمبر 2023 (شينخوا)". */
export const AGENCY_WORDS = ['شينخوا', 'رويترز', 'سانا', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'الأناضول', 'د ب أ', 'يو بي أي', 'سبوتنيك', 'واس', 'قنا', 'وام', 'كونا', 'بترا', 'أ ش أ', 'المركز الصحفي', 'خاص'];

/** Adds the forms after the preposition ل, which absorbs the article's alef: الدستور → للدستور, and
 *  before a word starting with ل the article's lam too (no three lams): اللجنة → للجنة. */
export function withLam(words: string[]): string[] {
  const lam = (w: string): string => (w.startsWith('الل') ? `ل${w.slice(2)}` : `لل${w.slice(2)}`);
  return [...words, ...words.filter((w) => w.startsWith('ال')).map(lam)];
}

// The engine's modules import it from here with the other shared pieces of their patterns.
export { alternation } from '../../lib/alternation.ts';

/** Folded word → value, for lookups after a match. */
export function foldedLookup<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table).map(([k, v]) => [foldArabic(k).replace(/\s+/g, ' '), v]));
}

/** Folded name → number, from a number → names table. */
export function foldedIndex(table: Record<number, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, names] of Object.entries(table)) for (const name of names) out.set(foldArabic(name).replace(/\s+/g, ' '), Number(n));
  return out;
}

/** Before a word: start of text or a non-letter, then optional attached prefixes (و ف ب ل ك, and لل: ل before ال drops the alif, "للجولة"). */
export const WORD_START = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:لل|[بلك])?))';
/** After a word: no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
