// The talks' own vocabulary, each word once, as news spells it: the tracks' names in every spelling
// seen, the nouns of negotiating, the states that sponsor them. The date engine, the relevance judge,
// the round linker and the events read from here, so a spelling added once («آستانة») counts
// everywhere. Written in ordinary spelling; readers fold them.
import { LAST_ORDINAL_MASCULINE } from './numbers.ts';
import { CLOSING_ADJECTIVES } from './round-parts.ts';

/** Astana, in every spelling of its name news uses. */
export const ASTANA_NAMES = ['أستانا', 'آستانا', 'أستانة', 'آستانة', 'استانا', 'استانة', 'آستنة', 'أستنة', 'استنة'];
/** Its name from March 2019 to September 2022. */
export const NUR_SULTAN_NAMES = ['نور سلطان', 'نورسلطان', 'نور-سلطان'];
/** The host country's stem in the spellings news uses («كزاخستان», «قازاقستان» from the Kazakh, as
 *  Anadolu writes it). Each spelling gives the country and both adjectives in both genders
 *  («العاصمة القازاقية»، «الخارجية الكازاخستانية»): a writer who spells the one spells the others alike. */
const KAZAKH_STEMS = ['كازاخ', 'كزاخ', 'قازاق', 'قازاخ', 'كازخ'];
/** The adjectives, masculine («الرئيس الكازاخي») and feminine («العاصمة الكازاخستانية»). */
export const KAZAKH_ADJECTIVES = KAZAKH_STEMS.flatMap((s) => [`ال${s}ستاني`, `ال${s}ي`]);
export const KAZAKH_ADJECTIVES_FEMININE = KAZAKH_ADJECTIVES.map((a) => `${a}ة`);
/** The host country and its adjectives. */
export const KAZAKHSTAN_WORDS = [...KAZAKH_STEMS.map((s) => `${s}ستان`), ...KAZAKH_ADJECTIVES_FEMININE, ...KAZAKH_ADJECTIVES];
/** The Swiss city of the UN talks and of the Constitutional Committee («جينيف» in some outlets). */
export const GENEVA_NAMES = ['جنيف', 'جينيف'];
/** The Russian resort of the 2018 congress and of two Astana-format rounds. */
export const SOCHI_NAMES = ['سوتشي', 'سوتشى'];
/** Other cities that hosted talks on Syria, their rivals or the guarantors' meetings («فيينا»، «الرياض»):
 *  named as a round's place, they tell which round it is. */
export const OTHER_TALKS_CITIES = ['فيينا', 'مونترو', 'موسكو', 'أنقرة', 'طهران', 'الرياض', 'القاهرة', 'نيويورك', 'لوزان', 'الدوحة'];
/** Cities where the meetings around the talks were held (the catalog's conferences, summits and ministers'
 *  meetings) that are no city of the talks themselves: a meeting's name shared by several is told apart by
 *  where it met («مؤتمر الحوار الوطني السوري … في دمشق»), but a story of anything may be set in them, so
 *  they say nothing of whether a story is about the talks. */
export const MEETING_CITIES = ['بروكسل', 'عمّان', 'جدة', 'دمشق', 'ميونيخ', 'باريس', 'العقبة', 'إسطنبول', 'أنطاليا'];
/** Each city the talks were held in, by its spellings (Astana and Nur-Sultan apart: one name per era). */
export const HOST_CITY_SPELLINGS = [ASTANA_NAMES, NUR_SULTAN_NAMES, GENEVA_NAMES, SOCHI_NAMES];
/** Every name of a city of the talks, in every spelling. */
export const TALKS_CITY_NAMES = [...HOST_CITY_SPELLINGS.flat(), ...OTHER_TALKS_CITIES];
/** The Constitutional Committee, by every name news gives it. */
export const COMMITTEE_NAMES = ['اللجنة الدستورية', 'لجنة مناقشة الدستور', 'لجنة الدستور'];
/** The committee's drafting body, named alone as often as with the committee («الدورة الثامنة للهيئة المصغرة»). */
export const DRAFTING_BODY = ['الهيئة المصغرة'];
/** The committee's bodies, whose meetings are a part of its rounds («مع بدء اجتماعات الهيئة المصغرة»: the
 *  small body's start, days into the round, is not the round's opening). */
export const COMMITTEE_BODIES = [...DRAFTING_BODY, 'الهيئة الموسعة'];
/** Its drafting body and its work, named without the committee («الهيئة المصغرة», «صياغة الدستور»). */
export const COMMITTEE_PHRASES = ['صياغة الدستور', 'المحادثات الدستورية', ...DRAFTING_BODY];
/** Who sits at each of Geneva's two tables, in the words news uses for them: the committee's three
 *  delegations and co-chairs; the UN talks' two delegations and their indirect format. Neither names a
 *  track, but each tells which of the two a round «في جنيف» is. */
export const GENEVA_TABLE_WORDS: Record<'geneva' | 'constitutional-committee', string[]> = {
  'constitutional-committee': ['الوفود الثلاثة', 'الوفود الثلاث', 'وفد المجتمع المدني', 'الحكومة والمعارضة والمجتمع المدني', 'الرئيسان المشتركان', 'الرئيسين المشتركين'],
  geneva: ['وفدا الحكومة والمعارضة', 'وفدي الحكومة والمعارضة', 'المفاوضات غير المباشرة', 'المحادثات غير المباشرة'],
};
/** The talks called peace talks («محادثات السلام السورية في جنيف»): the UN's or Astana's, never the
 *  committee's, whose sittings draft a constitution. Not a name of Syria's talks alone: Yemen's and
 *  Libya's are peace talks too. */
export const PEACE_TALKS_WORDS = ['محادثات السلام', 'مفاوضات السلام', 'مباحثات السلام'];
/** The Sochi congress of January 2018. */
export const CONGRESS_NAMES = ['مؤتمر سوتشي', 'مؤتمر الحوار الوطني'];

/** Nouns of a signed text that may amend or follow another («بروتوكولاً إضافياً لمذكرة سوتشي»، «ملحقاً
 *  لاتفاق موسكو»): signed before a named agreement, they are what was signed, the agreement their referent. */
export const DOCUMENT_NOUNS = ['بروتوكول', 'بروتوكولا', 'البروتوكول', 'ملحق', 'ملحقا', 'الملحق', 'وثيقة', 'الوثيقة', 'تعديل', 'تعديلا', 'ملحقات', 'نص'];
/** Documents named by their day («مذكرة أيار الماضي»، «اتفاق 5 آذار»، «بيان 30 حزيران»): a date right after
 *  one of them is the document's. */
export const DATED_DOCUMENT_HEADS = ['مذكرة', 'اتفاق', 'اتفاقية', 'بيان', 'إعلان', 'تفاهمات', 'تفاهم', 'وثيقة', 'بروتوكول', 'قرار'];
/** A meeting's nouns without the article, as the object of a meeting's verb («يعقد … مؤتمراً صحفياً في
 *  ختام الجولة»، «عقد اليوم اجتماعاً في إطار الجولة»): the verb is that meeting's, held at a time of the
 *  round the words after them name. */
// Not «جلسة» nor «لقاء»: written alike in the construct and with an adjective, they are as often the
// round's own («جلسة افتتاحية للجولة»، «جلسة عمل الجولة»).
/** After a meeting's head, the adjective that makes it a press conference, not a meeting of the talks. */
export const PRESS_MEETING_ADJECTIVES = ['صحفي', 'صحافي'];
/** Nationality adjectives of the states the talks' meetings gather, masculine (the feminine and the article
 *  are read from them): after a meeting's head they name who met («القمة الروسية الإيرانية التركية»). */
export const PARTY_ADJECTIVES = ['روسي', 'تركي', 'إيراني', 'سوري', 'أمريكي', 'أميركي', 'أردني', 'سعودي', 'مصري', 'عراقي', 'لبناني', 'قطري',
  'إماراتي', 'فرنسي', 'بريطاني', 'ألماني', 'صيني', 'كازاخي', 'كازاخستاني', 'خليجي'];
/** Verbal nouns of holding a meeting, and the nouns that propose one: a meeting without the article after
 *  them is one proposed or imagined («مقترح روسي لعقد مؤتمر للحوار الوطني»، «فكرة عقد مؤتمر»), no
 *  meeting of the catalog by its description. */
export const HOLDING_NOUNS = ['عقد', 'انعقاد', 'استضافة', 'تنظيم'];
/** Adjectives any meeting may take, after its name or its head («اجتماع فيينا الدولي»، «الدورة العادية»). */
export const GENERIC_MEETING_ADJECTIVES = ['الدولي', 'الدولية', 'الموسع', 'الموسعة', 'الوزاري', 'الوزارية', 'العادي', 'العادية', 'الطارئ', 'الطارئة',
  'الاستثنائي', 'الاستثنائية', 'الرسمي', 'الرسمية'];
/** Meetings in the plural, other than a name's head: past them, a name's words are theirs («القمة العربية وما
 *  سبقها من لقاءات ثنائية في جدة»). */
export const MEETING_HEAD_PLURALS = ['لقاءات', 'مؤتمرات', 'قمم', 'جولات', 'مشاورات', 'مباحثات', 'اتصالات'];
/** A meeting's noun and the perfect of its verb («التقى بوتين وأردوغان في سوتشي» for «لقاء بوتين وأردوغان
 *  في سوتشي»), each of its forms generated by the meeting verbs' lexicon. */
export const MEETING_NOUN_VERBS: readonly (readonly [noun: string, perfect: string])[] = [['لقاء', 'التقى'], ['اجتماع', 'اجتمع']];
/** Occasions other than talks that gather the same leaders in the same cities («على هامش دورة الألعاب
 *  الأولمبية» in Sochi). */
export const OTHER_OCCASIONS = ['الأولمبية', 'الأولمبياد', 'الأولمبي', 'الألعاب', 'المونديال', 'كأس العالم', 'البطولة', 'المهرجان', 'المعرض'];
/** Words of a meeting's form, shared by meetings of every kind («الاجتماع الثلاثي»، «اللقاء التشاوري»): with
 *  the city and Syria they tell no meeting apart. */
export const MEETING_FORM_WORDS = ['ثلاثي', 'ثلاثية', 'رباعي', 'رباعية', 'خماسي', 'خماسية', 'سداسي', 'سداسية', 'تشاوري', 'تشاورية', 'موسع', 'موسعة',
  'دولي', 'دولية', 'وزاري', 'وزارية', 'استثنائي', 'استثنائية', 'طارئ', 'طارئة', 'سنوي', 'سنوية', 'عربي', 'عربية', 'خاص', 'خاصة'];
/** The rank of those who meet, below the ministers or the leaders a name tells («نواب وزراء الخارجية»،
 *  «ممثلي الدول الضامنة»): another meeting than the ministers' or the leaders'. */
export const RANK_WORDS = ['نواب', 'نائب', 'معاوني', 'معاون', 'مساعدي', 'مساعد', 'ممثلي', 'ممثلو', 'ممثل', 'مندوبي', 'خبراء'];
/** Between a meeting's head and its count, the word that makes the count a series' («المؤتمر السنوي الثامن»). */
export const SERIES_ADJECTIVES = ['السنوي', 'السنوية'];
export const INDEFINITE_MEETING_NOUNS = ['مؤتمرا', 'اجتماعا', 'لقاءا', 'ندوة', 'مؤتمر صحفي', 'مؤتمرا صحفيا', 'إحاطة'];
/** Of DOCUMENT_NOUNS, those whose noun in construct with an agreement's name is that agreement («وثيقة
 *  اتفاق إدلب»)، not a text added to it («ملحق مذكرة سوتشي»). */
export const DOCUMENT_OF_ITSELF = ['وثيقة', 'الوثيقة', 'نص'];
/** Adjectives of a meeting held to prepare another («اجتماعهم التحضيري للقمة العربية»): the verb and the
 *  day before them are that meeting's, not the one it prepares. */
export const PREPARATORY_ADJECTIVES = ['التحضيري', 'التحضيرية', 'تحضيري', 'تحضيرية', 'تحضيريا', 'التمهيدي', 'التمهيدية', 'تمهيدي', 'تمهيدية', 'تمهيديا'];
/** Words of doing something to prepare a meeting («اجتمع الوزراء اليوم تمهيداً للقمة»، «ضمن التحضيرات
 *  للجولة»): the verb and the day before them are the preparing's, the meeting still to come. */
export const PREPARING_FOR = ['تمهيداً', 'استعداداً', 'تحضيراً', 'التحضير', 'تحضير', 'التحضيرات', 'تحضيرات', 'الاستعدادات', 'استعدادات', 'الاستعداد', 'استعداد'];
/** Heads of a meeting's name that a lead takes up with the article for the meeting its headline names
 *  («مؤتمر سوتشي …» ⏎ «انطلقت اليوم أعمال المؤتمر»). */
export const MEETING_NAME_HEADS = ['مؤتمر', 'قمة', 'جولة', 'اجتماع', 'محادثات', 'مفاوضات', 'لقاء', 'مذكرة', 'اتفاق'];
/** Nouns of negotiating, indefinite plural: «محادثات أستانا», «جولة جديدة من المباحثات». */
export const TALKS_NOUNS = ['محادثات', 'مفاوضات', 'مباحثات'];
/** The talks as a dialogue («الحوار السوري السوري في جنيف»): of much else too, so read as the talks only
 *  with the city they are held in. */
export const DIALOGUE_NOUNS = ['الحوار', 'حوار'];
/** The talks as SANA and Moscow name them, a dialogue between Syrians («الجولة الرابعة من الحوار السوري
 *  السوري»): the Syrians named on both sides; «الحوار السوري» alone opens «الحوار السوري الكردي» too. */
export const SYRIAN_DIALOGUE = ['الحوار السوري السوري', 'الحوار السوري - السوري', 'الحوار السوري-السوري', 'حوار سوري سوري', 'الحوار بين السوريين'];
/** «اجتماع» and its plural without the article: a meeting of any kind, of a round beside the talks' words. */
export const MEETING_WORD = ['اجتماعات', 'اجتماع'];
/** Nouns of meeting and consulting: also of the talks, but of much else too. */
export const MEETING_NOUNS = ['اجتماعات', 'مشاورات'];
/** «الاجتماع الدولي الثامن حول سورية»: the Astana format's own name for its rounds (the guarantors' and
 *  Damascus's press), its city and format often left out: the head before the ordinal, the subject after. */
export const ASTANA_MEETING_HEAD = 'الاجتماع الدولي';
export const ASTANA_MEETING_SUBJECTS = ['حول سوريا', 'حول سورية', 'بشأن سوريا', 'بشأن سورية'];
/** Words that frame a process by its venue: «مسار أستانا», «صيغة أستانا». */
export const FORMAT_WORDS = ['مسار', 'صيغة'];
/** «عملية أستانا»: the process by its venue too («جولة من مباحثات عملية أستانا»), kept out of the format
 *  words because their other readers (the relevance judge, the link stage) do not take it. */
export const PROCESS_WORDS = ['عملية'];
/** The UN envoy by the titles news gives him («المبعوث الأممي»، «موفد الأمم المتحدة»): the talks' host. */
export const UN_ENVOY_TITLES = ['المبعوث الأممي', 'المبعوث الخاص', 'مبعوث الأمم المتحدة', 'موفد الأمم المتحدة'];
/** What the talks are for, as news names it: a settlement, a ceasefire, de-escalation, the resolution that frames them. */
export const TALKS_AIMS = ['التسوية السياسية', 'الحل السياسي', 'وقف إطلاق النار', 'خفض التصعيد', 'خفض التوتر', 'القرار 2254'];
/** Contests whose rounds are numbered as the talks' are («الجولة الثامنة من التصفيات الآسيوية»، «الجولة
 *  الثانية من الانتخابات»): named right after a round, they own it. */
/** «اللجنة الدستورية الليبية»، «اللجنة الدستورية اليمنية»: another country's committee, not Syria's. */
export const OTHER_COUNTRY_ADJECTIVES = ['الليبية', 'الليبي', 'اليمنية', 'اليمني', 'العراقية', 'العراقي', 'السودانية', 'السوداني', 'التونسية', 'التونسي', 'اللبنانية', 'اللبناني', 'الفلسطينية', 'الفلسطيني', 'المصرية', 'المصري', 'الجزائرية', 'الجزائري', 'الصومالية', 'الصومالي'];
/** The countries of those adjectives with no talks of their own in OTHER_TALKS_PARTIES: their wars, revolutions
 *  and crises have ages and anniversaries of their own («وفي مصر، دخلت الثورة اليوم عامها الحادي عشر»). */
export const OTHER_COUNTRY_NAMES = ['مصر', 'العراق', 'لبنان', 'تونس', 'الجزائر', 'الصومال', 'فلسطين'];
/** Words after «اللجنة الدستورية» that make it another body: another country's, or Libya's joint one
 *  («اللجنة الدستورية المشتركة بين مجلس النواب والمجلس الأعلى للدولة»). */
export const OTHER_COMMITTEE_QUALIFIERS = [...OTHER_COUNTRY_ADJECTIVES, 'المشتركة'];
export const OTHER_ROUND_OWNERS = ['التصفيات', 'تصفيات', 'الدوري', 'دوري', 'البطولة', 'بطولة', 'كأس', 'المسابقة', 'الموسم', 'المباريات', 'الانتخابات', 'انتخابات', 'الاقتراع', 'السباق', 'المونديال', 'المنافسات', 'منتدى', 'المنتدى', 'معرض', 'المعرض', 'مهرجان', 'المهرجان'];
/** Words of the talks that much other news uses too: a league's round has a delegation, another country
 *  an opposition, a regime, an envoy and a constitution; sponsors are guarantors of other pacts. */
export const SHARED_TALKS_WORDS = ['وفد', 'المعارضة', 'النظام', 'الضامنة', 'مبعوث', 'الدستور'];
/** The one-word forms of sponsoring («الضامنة», «رعاة»): after a track's talks they name the states, not a round. */
export const SPONSOR_WORDS = ['الضامنة', 'الضامنين', 'ضامني', 'ضامنة', 'الراعية', 'الراعيتين', 'رعاة', 'ثلاثي'];
/** A track's own work after its name («تبدأ اللجنة الدستورية أعمالها»): the round it opens or closes. */
export const TRACK_OWN_WORK = ['أعمالها', 'اجتماعاتها', 'جلساتها', 'أعماله', 'اجتماعاته', 'جلساته'];
/** The same work before the committee's name («بدأت اليوم أعمال اللجنة الدستورية»، «جلسات اللجنة الدستورية»):
 *  the committee's meeting, one of its rounds. */
export const COMMITTEE_WORK = ['أعمال', 'جلسات'];
/** Adjectives that keep a track's name its own («اللجنة الدستورية السورية»، «الهيئة المصغرة»). */
export const TRACK_ADJECTIVES = ['السورية', 'السوري', 'المصغرة', 'الموسعة'];
/** The states that sponsor a track («الدول الضامنة لمسار أستانا», «الدول الراعية»). */
export const SPONSOR_PHRASES = ['الدول الضامنة', 'الدول الراعية', 'الثلاثي الضامن', 'الدول الثلاث الضامنة'];
/** Those the detainees' working group speaks of. */
export const DETAINEE_WORDS = ['المعتقلين', 'المحتجزين', 'المختطفين', 'المفقودين'];
/** The working group of the Astana format on detainees, by its task: a talks body of its own. */
export const DETAINEE_TASKS = ['الإفراج عن المحتجزين', 'الإفراج عن المعتقلين', 'الإفراج عن المختطفين'];
/** What such a body is called («الفريق العامل المعني بالإفراج عن المحتجزين»). */
export const WORKING_GROUP_WORDS = ['الفريق العامل', 'مجموعة العمل'];

/** The same nouns with the article: «المحادثات». */
export const definite = (words: readonly string[]): string[] => words.map((w) => `ال${w}`);
/** The three guarantor states of the Astana format, by name. */
export const GUARANTOR_STATES = ['روسيا', 'تركيا', 'إيران'];
/** Who meets for them: their ministers, presidents or leaders («وزراء خارجية روسيا وتركيا وإيران»). */
export const GUARANTOR_MEETING_HEADS = ['وزراء خارجية', 'رؤساء', 'زعماء', 'قادة', 'قمة', 'اجتماع وزراء خارجية'];
/** The three as adjectives, each in both genders, with the article or without («القمة الروسية
 *  التركية الإيرانية»، «اجتماع قمة روسي تركي إيراني»): the state each names, by its stem. */
export const GUARANTOR_ADJECTIVES: Record<string, string[]> = {
  'روسيا': ['روسي', 'روسية', 'الروسي', 'الروسية'],
  'تركيا': ['تركي', 'تركية', 'التركي', 'التركية'],
  'إيران': ['إيراني', 'إيرانية', 'الإيراني', 'الإيرانية'],
};
/** One's counterparts, the two others of a meeting of three («مع نظيريه الروسي والتركي»). */
export const COUNTERPARTS_WORDS = ['نظيريه', 'نظيريها', 'نظيراه', 'نظيراها', 'نظرائه', 'نظيره', 'نظيرها'];
/** Who the meeting's host is, told before the counterparts: a minister or a head of state. */
export const MINISTER_WORDS = ['وزير', 'الوزير', 'وزيرا'];
export const PRESIDENT_WORDS = ['الرئيس', 'رئيس', 'الرؤساء'];
/** What the guarantors are called as a group («الدول الضامنة لمسار أستانا»). */
export const GUARANTORS_GROUP = ['الدول الضامنة', 'الدول الثلاث الضامنة', 'الدول الضامنة الثلاث'];
/** Words that describe a host city before its name («العاصمة الكازاخستانية أستانا»، «منتجع سوتشي»). */
export const CITY_DESCRIPTIONS = ['مدينة', 'العاصمة', ...KAZAKH_ADJECTIVES_FEMININE, 'السويسرية', 'النمساوية', 'الروسية', 'منتجع',
  // The hosts of the meetings around the rounds («في العاصمة القطرية الدوحة»).
  'القطرية', 'التركية', 'الإيرانية', 'السعودية', 'الأردنية', 'المصرية', 'الأمريكية', 'الأميركية', 'اللبنانية', 'العراقية'];
/** Words that set a round within the talks named after it («… الجولة الثانية، في إطار محادثات جنيف»). */
export const ROUND_FRAME_WORDS = ['في إطار', 'ضمن'];
/** The constitution a round's sentence may be about: the committee's, whatever talks frame it. */
export const CONSTITUTION_WORDS = ['الدستور', 'الدستوري', 'الدستورية'];
/** «مدينة» before a city's name: the city is a place («مدينة جنيف»), not the talks named after it. */
export const CITY_NOUN = ['مدينة'];
/** The seats of a meeting before a city («مقر الأمم المتحدة في جنيف»، «مكتب الأمم المتحدة»): a place too. */
export const SEAT_WORDS = ['مقر', 'مكتب', 'أمم المتحدة'];
/** A summit's names, and what says a meeting is one («اجتماع قمة»، «قمة ثلاثية»). */
export const SUMMIT_WORDS = ['قمة', 'القمة'];
export const SUMMIT_MEETING = [...SUMMIT_WORDS, 'اجتماع قمة', 'الاجتماع قمة'];
export const TRILATERAL = ['ثلاثية', 'الثلاثية'];
/** «قمة تجمع زعماء …»: the verb between a meeting and who it brings together. */
export const GATHERING_VERBS = ['تجمع', 'يجمع', 'جمعت', 'ضمت', 'تضم', 'يضم', 'جمع', 'ضم'];
/** The guarantors' presidents by surname, in GUARANTOR_STATES' order (Russia, Turkey, Iran): «لقاءً
 *  ثلاثياً يجمع أردوغان وبوتين وروحاني». */
export const GUARANTOR_LEADERS: string[][] = [['بوتين'], ['أردوغان', 'إردوغان'], ['روحاني', 'رئيسي', 'بزشكيان']];
/** The guarantors' foreign ministers of the talks' years, each in the spellings the news uses; the eras
 *  read the same lists for the years each held office. */
export const CAVUSOGLU_NAMES = ['جاويش أوغلو', 'تشاووش أوغلو', 'جاووش أوغلو', 'تشاوش أوغلو', 'جاويش اوغلو'];
export const FIDAN_NAMES = ['هاكان فيدان', 'فيدان'];
/** «ظريف» alone is also an adjective («nice»): his first name goes with it. */
export const ZARIF_NAMES = ['جواد ظريف'];
export const ABDOLLAHIAN_NAMES = ['حسين أمير عبد اللهيان', 'حسين أمير عبداللهيان', 'أمير عبد اللهيان', 'أمير عبداللهيان', 'عبد اللهيان', 'عبداللهيان'];
export const ARAGHCHI_NAMES = ['عباس عراقجي', 'عراقجي', 'عباس عراقتشي', 'عراقتشي'];
/** The guarantors' foreign ministers by name, in GUARANTOR_STATES' order: «لقاء يضم لافروف وجاويش أوغلو
 *  وظريف». Lavrov has held the office through all the talks' years. */
export const GUARANTOR_FOREIGN_MINISTERS: string[][] = [['لافروف'], [...CAVUSOGLU_NAMES, ...FIDAN_NAMES], [...ZARIF_NAMES, ...ABDOLLAHIAN_NAMES, ...ARAGHCHI_NAMES]];
/** A foreign minister by his title, the states after it as adjectives («وزيري الخارجية التركي والإيراني»)
 *  or by name («وزيري خارجية تركيا وإيران»), in the singular, the dual and the plural. */
export const FOREIGN_MINISTER_TITLES = ['وزير الخارجية', 'وزيري الخارجية', 'وزيرا الخارجية', 'وزراء الخارجية'];
export const FOREIGN_MINISTER_OF = ['وزير خارجية', 'وزيري خارجية', 'وزيرا خارجية', 'وزراء خارجية'];
/** What names a meeting as the guarantors' in the catalog, besides the three states: the format. */
export const GUARANTOR_FORMAT_WORDS = [...ASTANA_NAMES, 'الضامنة', 'الثلاثية'];
/** Who meets at a summit, and the words of a ministers' meeting (in the catalog's names too). */
export const LEADER_WORDS = ['رؤساء', 'زعماء', 'قادة'];
export const MINISTERS_WORDS = ['وزراء', 'الوزاري'];
/** A meeting named before who meets in it, by its noun («قمة تجمع زعماء …»); its verbs («اجتمع وزراء
 *  خارجية …») come from the meeting verbs. */
export const MEETING_NAMES = [...SUMMIT_WORDS, 'اجتماع', 'الاجتماع', 'لقاء', 'اللقاء'];

/** Phrases the catalog's names may be written with in each other's place: the Arab summit is, in the
 *  League's own words, its council's session at the leaders' level («الدورة الثانية والثلاثين لمجلس
 *  جامعة الدول العربية على مستوى القادة»), so a summit's name «… للقمة العربية» names it either way. */
export const NAME_EQUIVALENTS: string[][] = [
  ['للقمة العربية', 'لمجلس جامعة الدول العربية على مستوى القمة', 'لمجلس جامعة الدول العربية على مستوى القادة', 'لمجلس الجامعة العربية على مستوى القمة', 'لمجلس الجامعة العربية على مستوى القادة'],
];

/** «جولة» itself: a round of talks whatever follows it, where «اجتماع» or «دورة» may be any meeting.
 *  The singular is a list of its own for the patterns that look for one round beside the talks' nouns. */
export const ROUND_NOUNS_SINGULAR = ['الجولة', 'جولة'];
export const ROUND_NOUNS = [...ROUND_NOUNS_SINGULAR, 'الجولات'];
/** A round or the talks named bare with the article, as a verb's subject before it («وكانت الجولة
 *  انطلقت صباح أمس»): the round the story is about, not one named later in the sentence. */
export const BARE_ROUND_SUBJECTS = ['الجولة', ...definite(TALKS_NOUNS)];
/** Words meaning a round or a session, which a number or an ordinal after them makes one of a track's
 *  rounds («الجولة السابعة»، «الاجتماع الدولي الرابع عشر»، «بنسخته العشرين»). */
export const ROUND_WORDS = [...ROUND_NOUNS, 'الدورة', 'دورة', 'الاجتماع', 'اجتماع', 'النسخة', 'نسخة', 'بنسخته', 'بنسختها'];
/** A round word with a possessive suffix: the track named before it owns it («اللجنة الدستورية ...
 *  اجتماعها الأول»). */
export const ROUND_WORDS_OWNED = ['جولتها', 'جولته', 'اجتماعها', 'اجتماعه', 'دورتها', 'دورته', 'جولاتها'];
/** Round words written after their ordinal, indefinite («سابع جولة»، «ثاني اجتماعات»). */
export const ROUND_WORDS_AFTER_ORDINAL = ['جولات', 'جولة', 'اجتماعات', 'اجتماع', 'جلسات', 'دورات', 'دورة', 'مفاوضات', 'محادثات'];
/** Words that qualify a round named without its number, and where it stands to the round the story is
 *  about: the same (0), the next (1), an earlier one (-1) («جولة جديدة»، «الجولة المقبلة»، «الاجتماع
 *  السابق»). */
export const ROUND_QUALIFIERS: Record<string, -1 | 0 | 1> = {
  // «جولة أخرى من مباحثات عملية أستانا»: another round is the one the story is about, as a new one is.
  'جديدة': 0, 'جديد': 0, 'الجديدة': 0, 'الجديد': 0, 'الحالية': 0, 'الحالي': 0, 'الراهنة': 0, 'أخرى': 0, 'آخر': 0,
  'المقبلة': 1, 'المقبل': 1, 'القادمة': 1, 'القادم': 1, 'التالية': 1, 'التالي': 1, 'مقبلة': 1, 'قادمة': 1, 'المرتقبة': 1, 'المرتقب': 1,
  'السابقة': -1, 'السابق': -1, 'الماضية': -1, 'الماضي': -1, 'الأخيرة': -1, 'الأخير': -1, 'الفائتة': -1, 'المنصرمة': -1,
};
/** A round's sittings («جلسة»، «جلسات»). */
export const SITTING_WORDS = ['جلسات', 'جلسة'];
/** Bodies whose sittings are not a round's («جلسة مجلس الأمن», «جلسة البرلمان»). */
export const OTHER_BODIES = ['مجلس', 'برلمان', 'نواب', 'كونغرس', 'محكمة'];
/** A round's work named before its Nth day («أعمال اليوم الثاني»، «جلسات اليوم الأول»). */
export const DAY_WORK_WORDS = ['أعمال', ...SITTING_WORDS];
/** What a round's Nth day may also be called after its ordinal («اليوم الثاني والأخير»). */
export const LAST_DAY_WORDS = [LAST_ORDINAL_MASCULINE, ...CLOSING_ADJECTIVES.filter((w) => !w.endsWith('ة'))];
/** A round's work named after its Nth day («تتواصل لليوم الثاني في أستانا اجتماعات الجولة»). */
export const ROUND_WORK_NOUNS = ['أعمال', 'اجتماعات', 'جلسات', ...TALKS_NOUNS];
/** What an ordinal after a round word may count instead of rounds: a day's sittings («الجولة الأولى من
 *  جلسات اليوم»). */
export const DAY_SESSION_WORDS = ['اليوم', 'يوم', ...SITTING_WORDS, ...definite(SITTING_WORDS), 'أعمال اليوم'];
/** The meeting a story is about, named by its noun with the article («عشية الاجتماع»، «غداة المحادثات»). */
export const THE_MEETING_WORDS = ['الاجتماع', 'الاجتماعات', 'الجولة', ...definite(TALKS_NOUNS), 'الجلسات'];
/** The meeting itself as the object of its edge's verbal noun («تمهيداً لانطلاق المحادثات غداً»، «انعقاد
 *  القمة»): the edge is still the round's, not another act's. */
export const THE_MEETING_ITSELF = [...THE_MEETING_WORDS, ...SUMMIT_WORDS.filter((w) => w.startsWith('ال')), 'المؤتمر'];

/** Syria by its name and its people («سوريا»، «سورية»، «السوري»، «السوريين»): what makes talks the Syria talks. */
export const SYRIA_NAMES = ['سوريا', 'سورية', 'السوري', 'السورية', 'السوريين'];
/** Places and the ruling family that stand for Syria in news of the war («دمشق»، «الأسد»، «إدلب»، «حلب»). */
export const SYRIA_PLACES = ['دمشق', 'الأسد', 'إدلب', 'حلب'];

/** The UN envoys de Mistura and Pedersen by surname, in the spellings news uses: the eras read them for
 *  the years each held office. */
export const DE_MISTURA_NAMES = ['دي ميستورا', 'دي مستورا', 'ديميستورا'];
export const PEDERSEN_NAMES = ['بيدرسن', 'بيدرسون', 'بيدرسين'];
/** Names of Syria's talks that do not name Syria alone but do two together, each group one thing in
 *  all its spellings: its UN envoys by surname (de Mistura has been Western Sahara's envoy since 2021, a
 *  Danish minister is a Pedersen), the committee (Libya has one), the Astana talks by name (the city
 *  hosts others' talks), the Sochi congress, and the opposition's negotiators whose full names
 *  namesakes share. */
export const SYRIA_TALKS_PAIRS: string[][] = [
  DE_MISTURA_NAMES,
  PEDERSEN_NAMES,
  COMMITTEE_NAMES,
  [...TALKS_NOUNS, ...MEETING_WORD].flatMap((n) => [...ASTANA_NAMES, ...NUR_SULTAN_NAMES].map((a) => `${n} ${a}`)),
  SOCHI_NAMES.map((s) => `مؤتمر ${s}`),
  ['نصر الحريري', 'ناصر الحريري'],
  ['أحمد طعمة'],
  ['محمد علوش'],
];
/** The opposition's negotiating body by its short name («وفد هيئة التفاوض»), news's name for it since
 *  2017: no other country's talks have a body so called, so it stands for Syria alone. */
export const NEGOTIATION_BODY_SHORT = ['هيئة التفاوض'];
/** Countries and parties with talks of their own where Syria's are held, under its envoys or in its
 *  bodies' words (Libya's constitutional committee in Geneva, Western Sahara's envoy de Mistura,
 *  Armenia and Azerbaijan in Astana, Yemen's and Cyprus's Geneva talks): a story naming one may be
 *  theirs, so Syria's talks names in it do not stand for Syria. */
export const OTHER_TALKS_PARTIES = ['ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الصحراء الغربية', 'البوليساريو', 'الصحراوية', 'أرمينيا', 'الأرمينية', 'الأرميني', 'أذربيجان',
  'الأذربيجانية', 'الأذربيجاني', 'كاراباخ', 'قره باغ', 'اليمن', 'اليمنية', 'اليمني', 'الحوثيين', 'الحوثي', 'أنصار الله', 'صنعاء', 'قبرص', 'القبرصية',
  'القبرصي', 'السودان', 'السودانية', 'الدعم السريع', 'أفغانستان', 'طالبان', 'أوكرانيا', 'الأوكرانية', 'كييف', 'الصحراء المغربية'];

/** Subjects of other talks held where Syria's are, and by some of the same states (Iran's nuclear talks
 *  with the six powers in Geneva, the Caspian states' in Astana): named in a round's own phrase, they own it. */
export const OTHER_TALKS_SUBJECTS = ['المفاوضات النووية', 'المحادثات النووية', 'مجموعة الدول الست', 'قزوين', 'سد النهضة'];
/** Words after which a round's own phrase has ended: another phrase of who attends, what is beside it or
 *  what it is for («… بحضور السفير المصري»، «… في ظل التوتر حول الأسلحة النووية»، «… لبحث عودة اللاجئين من
 *  الأراضي اللبنانية»), or the Syrian talks named («… من محادثات أستانا حول سوريا»). */
export const ROUND_PHRASE_ENDS = ['التي', 'الذي', 'بحضور', 'بمشاركة', 'وسط', 'في ظل', 'على وقع', 'على خلفية', 'بعد', 'قبل', 'عقب', 'إثر', 'عشية', 'منذ',
  'فيما', 'في وقت', 'حيث', 'لبحث', 'لمناقشة', 'مع', 'تزامنا', ...ASTANA_NAMES, ...GENEVA_NAMES, ...SYRIA_NAMES];
/** The round's own discussions named by their kind («، مع انطلاق النقاشات الاثنين»، «مع انعقاد الاجتماع
 *  الافتتاحي»): the round's work, as its talks and sittings are. */
export const ROUND_DISCUSSION_NOUNS = ['النقاشات', 'المناقشات', 'المشاورات', 'اللقاءات', 'الاجتماع', 'الحوار'];

/** What the talks are about, after their noun («المحادثات السورية»، «مفاوضات السلام حول سوريا»). */
export const SYRIA_SUBJECT = ['السورية', 'حول سوريا', 'بشأن سوريا', 'حول سورية', 'بشأن سورية'];
/** Words between talks a city hosts and the city: their subject, and that they are to come («محادثات
 *  السلام السورية المرتقبة التي تحتضنها أستانا»، «المحادثات السورية في أستانا»). */
export const HOSTED_TALKS_WORDS = ['السلام', 'السوري', ...SYRIA_SUBJECT, 'المرتقبة', 'المقبلة'];
/** Words that may stand between a round and its track beside the talks' nouns: a link, the format, the
 *  subject («جولة جديدة من محادثات التسوية السورية في إطار صيغة أستانا»). */
export const ROUND_LINK_WORDS = ['من', 'ضمن', 'في إطار', 'وفق', 'بصيغة', ...SYRIA_SUBJECT, 'التسوية', 'الأزمة', 'الدولية', 'الدولي'];

/** Each track and the words that name it in a sentence, for the date engine to tell which track a round
 *  number belongs to. Wider than the link stage's own table (src/ingest/link/track-words.ts), which
 *  links an event to a round by venue: the engine also reads the committee's shorthand and its drafting
 *  body, and Sochi only by the 2018 congress's names, since the resort also hosted Astana-format rounds. */
export const TRACK_WORDS: Record<string, string[]> = {
  // The Astana names come first, in ASTANA_NAMES' order: the city patterns take that many.
  astana: [...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS],
  geneva: GENEVA_NAMES,
  // «الدستورية» alone: a headline's shorthand for the committee.
  'constitutional-committee': [...COMMITTEE_NAMES, 'الدستورية', ...COMMITTEE_PHRASES],
  sochi: CONGRESS_NAMES,
};

/** Words of negotiations: with a track's name, they show an article is about the talks. Wider than the
 *  link stage's list of the same name, which asks whether one clause speaks of a round. */
export const TALKS_WORDS = [...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...MEETING_NOUNS, ...definite(MEETING_NOUNS), 'اجتماع', 'الاجتماع', ...FORMAT_WORDS, 'بصيغة', 'المبعوث', 'وفد المعارضة', 'مؤتمر'];
/** The head of a body's name («اللجنة العسكرية المشتركة»، «لجنة المصالحة»): a round of a body whose name no
 *  track's is (Libya's 5+5 commission meets in Geneva too) is that body's. Written without the article. */
export const BODY_HEADS = ['لجنة'];
/** Words that make such a body the talks' own, named after its head («اللجنة السورية لمناقشة الدستور»، «اللجنة
 *  الوطنية لصياغة الدستور»، «اللجنة الثلاثية الضامنة لمسار أستانا»): the constitution's and the sponsors'
 *  (definite). Not «السورية» alone: a name may be miswritten, and other bodies meet in Geneva. */
export const SYRIAN_BODY_WORDS = [...CONSTITUTION_WORDS, ...SPONSOR_WORDS.filter((w) => w.startsWith('ال'))];
/** Words that may stand between a round and the track it belongs to («الجولة السابعة من اجتماعات اللجنة
 *  الدستورية»). Not «في»: «في جنيف» is a city, and Geneva hosts two tracks. */
export const ROUND_TRACK_LINKS = ['من', 'ضمن', ...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...TALKS_NOUNS.map((n) => `ل${n}`), 'اجتماعات', 'الاجتماعات', 'لاجتماعات', 'جولات',
  ...FORMAT_WORDS, 'بصيغة', 'وفق', ...PROCESS_WORDS, 'مؤتمر',
  // «الاجتماع الدولي الرابع عشر حول سوريا بصيغة أستانا»: the subject between the round and its track.
  'حول', 'بشأن', 'سوريا', 'سورية', 'السورية', 'الأزمة', 'الدولي'];

/** Names that show an article is about the talks on their own: a round number means nothing in a story
 *  without one of these or a track's name with a word of negotiations. */
export const TALKS_NAMES = [...SPONSOR_PHRASES, 'دي ميستورا', 'دي مستورا', 'بيدرسن', 'بيدرسون', ...COMMITTEE_NAMES, ...DRAFTING_BODY, ...Object.values(GENEVA_TABLE_WORDS).flat(), 'هيئة التفاوض', 'الهيئة العليا للمفاوضات', 'لافرنتييف', 'لافرينتيف', 'لافرينتييف'];
