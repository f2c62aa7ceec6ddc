// Names in use only during a period, and what each says of the article's date: a city renamed, an
// envoy or a minister in office (weak: a past one can be recalled), a body or a term that did not exist
// before a day (a bound on one side only: `to` is open). The engine reads `names`; the English sentence
// is its diagnostic, the Arabic one the reader's, both from this one row.
import { ABDOLLAHIAN_NAMES, ARAGHCHI_NAMES, CAVUSOGLU_NAMES, DE_MISTURA_NAMES, FIDAN_NAMES, KAZAKH_ADJECTIVES, OTHER_COMMITTEE_QUALIFIERS, PEDERSEN_NAMES, ZARIF_NAMES } from './talks.ts';

export interface Era {
  /** Names the era in the evidence written with an article (`{ code: 'era', era: id }`); never renamed. */
  id: string;
  names: string[];
  from: string;
  /** Last day, or undefined for a name still in use. */
  to?: string;
  en: string;
  /** The reader's sentence; {from} and {to} become the days, written in Arabic. */
  ar: string;
  /** Words before or after a name that make it mean someone else («الرئيس نور سلطان نزارباييف»). */
  notBefore?: string[];
  notAfter?: string[];
  weight?: number;
  /** A name only Syria's news uses (its ministers, its armed groups, the terms of its war and of its
   *  talks): the relevance judge takes it for a mention of Syria, as it does a town of the war. */
  syriaOnly?: boolean;
  /** A body that exists for the talks alone: its name is a talks term for the relevance judge. */
  talksBody?: boolean;
  /** Who convenes the talks' sessions (the UN envoy): named at a session the text tells as the day's
   *  news, he holds the office on that day, not recalled from another time. */
  chair?: boolean;
}

const since = (what: string, day: string): string => `${what} exists since ${day}`;

/** A name with each of its titles before it, with or without a comma between («الرئيس التركي، أردوغان»). */
const titled = (titles: string[], names: string[]): string[] => titles.flatMap((t) => names.flatMap((n) => [`${t} ${n}`, `${t}، ${n}`]));
const US_PRESIDENT = ['الرئيس الأمريكي', 'الرئيس الأميركي', 'الرئيس'];
const IRAN_FM = ['وزير الخارجية الإيراني', 'وزير خارجية إيران', 'وزير الخارجية'];
const IRAN_SPOKES = ['المتحدث باسم الخارجية الإيرانية', 'المتحدث باسم وزارة الخارجية الإيرانية', 'المتحدث الرسمي باسم الخارجية الإيرانية', 'المتحدث باسم الخارجية'];
/** Kazakhstan's adjective after an office, in every spelling of it («الكازخستاني»، «القازاقي»). */
const KAZAKH_PRESIDENT = [...KAZAKH_ADJECTIVES.map((a) => `الرئيس ${a}`), 'رئيس كازاخستان', 'الرئيس'];
const KAZAKH_FM = [...KAZAKH_ADJECTIVES.map((a) => `وزير الخارجية ${a}`), 'وزير خارجية كازاخستان', 'وزير الخارجية'];
/** A name with a title before or after it: the host's ministers are told both ways («مختار تليوبردي، وزير الخارجية
 *  الكازاخستاني»). */
const titledEither = (titles: string[], names: string[]): string[] => [...titled(titles, names), ...names.flatMap((n) => titles.flatMap((t) => [`${n} ${t}`, `${n}، ${t}`]))];
/** Quotation marks news sets a name in, each pair as its opening and closing mark: Arabic guillemets,
 *  straight and curly quotes either way. */
const QUOTES = ['«»', '""', '“”', '”“'].map((pair) => [...pair] as [string, string]);
/** A name as news quotes it: bare, or all but its first word in quotation marks («عملية "نبع السلام"»). */
const quotedEither = (names: string[]): string[] => names.flatMap((n) => {
  const [head, ...rest] = n.split(' ');
  const tail = rest.join(' ');
  return rest.length === 0 ? [n] : [n, ...QUOTES.map(([open, close]) => `${head} ${open}${tail}${close}`)];
});
/** Before a minister's title, another office: the deputy or the first deputy was a different person. */
const DEPUTY = ['نائب', 'الأول', 'مساعد'];
/** The chair's titles («المبعوث الأممي»، «مبعوث الأمم المتحدة»، «الوسيط الدولي»), their first word:
 *  beside his name, with no word making him a past holder, they name him in office. */
export const CHAIR_TITLES = ['مبعوث', 'موفد', 'وسيط'];
/** A plan or paper named after the envoy who drew it («ورقة دي ميستورا»، «خطة عنان»، «نقاط الإبراهيمي»): his
 *  name says whose it is, not that he is in office. */
export const NAMED_WORKS = ['ورقة', 'خطة', 'مبادرة', 'نقاط', 'مبادئ', 'سلال', 'مسودة'];
/** The word that makes a title's holder a past one («المبعوث الأممي السابق»). */
export const FORMER_HOLDER = ['السابق'];
/** «سلفه دي ميستورا»: a holder named as another's predecessor, before the name. (Not «سلف» alone, a verb
 *  as often: «كما سلف وأعلن دي ميستورا».) */
export const PREDECESSOR_WORDS = ['سلفه', 'سلفها'];
/** After the title (its country's adjective between, when the shorter title matched), a past holder recalled. */
const FORMER = [...FORMER_HOLDER, ...KAZAKH_ADJECTIVES.map((a) => `${a} السابق`)];

/** Words after a title that make its holder a past one: with titles of several lengths, the rest of each
 *  longer title the shorter one leaves before them too («رئيس الائتلاف» in «… رئيس الائتلاف الوطني السوري
 *  السابق»: the pattern, when the longer form is refused, tries the shorter). */
const PAST = [...FORMER_HOLDER, 'الأسبق', 'المستقيل', 'المنتهية ولايته'];
const PAST_AFTER = new Map<string, string[]>([[PAST.join('|'), PAST]]);
const pastAfter = (titles: string[]): string[] => {
  const rests = titles.flatMap((t) => titles.filter((u) => u.startsWith(`${t} `)).flatMap((u) => PAST.map((w) => `${u.slice(t.length + 1)} ${w}`)));
  const words = [...new Set([...PAST, ...rests])];
  // One list for the same words: the rows of one office share it, as they share their titles.
  const key = words.join('|');
  if (!PAST_AFTER.has(key)) PAST_AFTER.set(key, words);
  return PAST_AFTER.get(key)!;
};
/** The titles no other of the list begins («رئيس الائتلاف», not «رئيس الائتلاف الوطني»). */
const shortest = (titles: string[]): string[] => titles.filter((t) => !titles.some((u) => u !== t && t.startsWith(`${u} `)));
/** Before an office's title, another office: its deputy, one of its deputies, an assistant. */
const OFFICE_DEPUTY = ['نائب', 'نواب', 'مساعد'];
/** An office-holder's row: named only with the office's title, before the name or after it, never after
 *  a deputy's word nor before a word of a past holder. After the name, a title's shortest form is enough
 *  (the rest of a longer one is read with the past holder's word), which keeps the names few. */
const office = (titles: string[], names: string[]): Pick<Era, 'names' | 'notBefore' | 'notAfter'> => ({
  names: [...titled(titles, names), ...names.flatMap((n) => shortest(titles).flatMap((t) => [`${n} ${t}`, `${n}، ${t}`]))],
  notBefore: OFFICE_DEPUTY, notAfter: pastAfter(titles),
});
/** The opposition coalition's president, as news titles him. */
const COALITION_HEAD = ['رئيس الائتلاف', 'رئيس الائتلاف الوطني', 'رئيس الائتلاف السوري', 'رئيس الائتلاف المعارض', 'رئيس الائتلاف السوري المعارض', 'رئيس الائتلاف الوطني السوري',
  'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', 'رئيس الائتلاف الوطني لقوى المعارضة السورية'];
/** The head of the opposition's negotiation body (its coordinator until November 2017, its president after). */
const NEGOTIATION_HEAD = ['رئيس هيئة التفاوض', 'رئيس هيئة التفاوض السورية', 'رئيس هيئة التفاوض السورية المعارضة', 'رئيس هيئة التفاوض العليا', 'رئيس الهيئة العليا للمفاوضات',
  'رئيس الهيئة العليا للتفاوض', 'رئيس هيئة المفاوضات'];
/** The negotiations committee's coordinator, called its head as often. */
const HNC_COORDINATOR = ['المنسق العام للهيئة العليا للمفاوضات', 'منسق الهيئة العليا للمفاوضات', 'المنسق العام للهيئة', 'منسق الهيئة', 'المنسق العام', 'رئيس الهيئة العليا للمفاوضات',
  'رئيس الهيئة العليا للتفاوض'];
/** The head of the opposition's delegation to a round. */
const OPPOSITION_DELEGATION_HEAD = ['رئيس وفد المعارضة', 'رئيس وفد المعارضة السورية', 'رئيس وفد الهيئة العليا للمفاوضات'];
const CHIEF_NEGOTIATOR = ['كبير المفاوضين', 'كبير مفاوضي المعارضة', 'كبير مفاوضي المعارضة السورية', 'كبير مفاوضي الهيئة العليا للمفاوضات'];
const FACTIONS_DELEGATION_HEAD = ['رئيس وفد الفصائل', 'رئيس وفد الفصائل المعارضة', 'رئيس وفد المعارضة المسلحة', 'رئيس وفد المعارضة'];
const CONSTITUTIONAL_CO_CHAIR = ['الرئيس المشترك للجنة الدستورية', 'الرئيس المشارك للجنة الدستورية', 'الرئيس المشترك للجنة الدستورية عن المعارضة', 'الرئيس المشارك للجنة الدستورية عن المعارضة',
  'الرئيس المشترك للجنة الدستورية السورية', 'الرئيس المشترك عن المعارضة', 'الرئيس المشارك عن المعارضة', 'الرئيس المشترك عن هيئة التفاوض'];
/** Syria's representative at the UN, «سوريا» and «سورية» both. */
const SYRIA_UN_REP = ['سوريا', 'سورية'].flatMap((c) => [`مندوب ${c}`, `مندوب ${c} الدائم`, `مندوب ${c} لدى الأمم المتحدة`, `مندوب ${c} الدائم لدى الأمم المتحدة`, `مندوب ${c} في الأمم المتحدة`])
  .concat(['المندوب السوري', 'المندوب السوري الدائم', 'المندوب السوري لدى الأمم المتحدة', 'المندوب السوري الدائم لدى الأمم المتحدة']);
const SYRIA_GOVERNMENT_DELEGATION_HEAD = ['رئيس الوفد الحكومي', 'رئيس الوفد الحكومي السوري', 'رئيس الوفد السوري', 'رئيس وفد الحكومة السورية', 'رئيس وفد النظام', 'رئيس وفد النظام السوري',
  'رئيس وفد الجمهورية العربية السورية'];
const SYRIA_DEPUTY_FM = ['نائب وزير الخارجية', 'نائب وزير الخارجية السوري', 'نائب وزير الخارجية والمغتربين', 'نائب وزير الخارجية والمغتربين السوري', 'نائب وزير الخارجية السورية'];
/** The Iranian foreign minister's senior assistant who led Iran's delegation to the Astana rounds. */
const IRAN_SENIOR_ASSISTANT = ['', ' الإيراني', ' الإيرانية'].flatMap((a) => [`كبير مساعدي وزير الخارجية${a}`, `كبير مساعدي وزير الخارجية${a} للشؤون السياسية الخاصة`])
  .concat(['كبير مساعدي وزير خارجية إيران', 'كبير مساعدي وزير خارجية إيران للشؤون السياسية الخاصة', 'رئيس الوفد الإيراني', 'رئيس وفد إيران']);
const US_SYRIA_ENVOY = ['الأمريكي', 'الأميركي'].flatMap((a) => [`المبعوث ${a}`, `المبعوث ${a} الخاص`, `المبعوث ${a} إلى سوريا`, `المبعوث ${a} الخاص إلى سوريا`, `المبعوث ${a} الخاص لسوريا`,
  `الموفد ${a}`]);
/** Syria's foreign minister, as news titles him («وزير الخارجية والمغتربين» since 2011 too). */
const SYRIA_FM = ['وزير الخارجية السوري', 'وزير خارجية سوريا', 'وزير الخارجية والمغتربين', 'وزير الخارجية والمغتربين السوري', 'وزير الخارجية'];
const US_SECRETARY = ['وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي', 'وزير خارجية الولايات المتحدة'];
const FRANCE_PRESIDENT = ['الرئيس الفرنسي', 'الرئيس'];
const FRANCE_FM = ['وزير الخارجية الفرنسي', 'وزير خارجية فرنسا', 'وزير الخارجية'];
const UK_FM = ['وزير الخارجية البريطاني', 'وزير خارجية بريطانيا', 'وزير الخارجية'];
const ARAB_LEAGUE_SG = ['الأمين العام لجامعة الدول العربية', 'الأمين العام للجامعة العربية', 'أمين عام جامعة الدول العربية', 'أمين عام الجامعة العربية', 'الأمين العام للجامعة'];
const TURKEY_FM_OR_PM = ['وزير الخارجية التركي', 'وزير خارجية تركيا', 'وزير الخارجية', 'رئيس الوزراء التركي', 'رئيس الحكومة التركية', 'رئيس الوزراء'];
const SAUDI_FM = ['وزير الخارجية السعودي', 'وزير خارجية السعودية', 'وزير الخارجية'];
const QATAR_FM_OR_PM = ['رئيس الوزراء وزير الخارجية القطري', 'رئيس مجلس الوزراء وزير الخارجية القطري', 'رئيس الوزراء القطري', 'وزير الخارجية القطري', 'وزير خارجية قطر', 'رئيس الوزراء وزير الخارجية', 'رئيس الوزراء', 'وزير الخارجية'];
const RUSSIA_UN_REP = ['المندوب الروسي', 'المندوب الروسي الدائم', 'المندوب الروسي لدى الأمم المتحدة', 'المندوب الروسي الدائم لدى الأمم المتحدة', 'مندوب روسيا', 'مندوب روسيا الدائم',
  'مندوب روسيا لدى الأمم المتحدة', 'مندوب روسيا الدائم لدى الأمم المتحدة', 'مندوب روسيا في الأمم المتحدة'];

export const ERAS: Era[] = [
  { id: 'nur-sultan', names: ['نور سلطان', 'نورسلطان', 'نور-سلطان', 'نور ـ سلطان', 'نور – سلطان'], from: '2019-03-20', to: '2022-09-17', weight: 2,
    en: 'Kazakhstan\'s capital was called Nur-Sultan from 2019-03-20 to 2022-09-17', ar: 'سُمّيت عاصمة كازاخستان «نور سلطان» من {from} إلى {to}.',
    notBefore: ['الرئيس', 'رئيس'], notAfter: ['نزارباييف', 'نزاربايف', 'نزار باييف', 'نزارباي', 'نزرباييف', 'نزارباييف،'] },
  // UN envoys in office: weak evidence, but it separates 2017 from 2022.
  { id: 'envoy-annan', chair: true, notBefore: NAMED_WORKS, names: ['كوفي أنان', 'كوفي عنان'], from: '2012-02-23', to: '2012-08-31', weight: 1, en: 'Kofi Annan was UN envoy from 2012-02-23 to 2012-08-31', ar: 'كان كوفي أنان المبعوث الأممي من {from} إلى {to}.' },
  { id: 'envoy-brahimi', chair: true, notBefore: NAMED_WORKS, names: ['الأخضر الإبراهيمي'], from: '2012-08-17', to: '2014-05-31', weight: 1, en: 'Lakhdar Brahimi was UN envoy from 2012-08-17 to 2014-05-31', ar: 'كان الأخضر الإبراهيمي المبعوث الأممي من {from} إلى {to}.' },
  { id: 'envoy-de-mistura', chair: true, notBefore: NAMED_WORKS, names: DE_MISTURA_NAMES, from: '2014-07-10', to: '2018-12-31', weight: 1, en: 'Staffan de Mistura was UN envoy from 2014-07-10 to 2018-12-31', ar: 'كان ستافان دي ميستورا المبعوث الأممي من {from} إلى {to}.' },
  // A successor is news from the day he is named: Pedersen was named on 31 October 2018 and took office on 7 January 2019.
  { id: 'envoy-pedersen', chair: true, notBefore: NAMED_WORKS, names: PEDERSEN_NAMES, from: '2018-10-31', to: '2025-12-31', weight: 1, en: 'Geir Pedersen was named UN envoy on 2018-10-31 (in office from 2019-01-07)', ar: 'سُمّي غير بيدرسن مبعوثاً أممياً إلى سوريا في {from}، وتولى مهامه في 7 كانون الثاني/يناير 2019.' },
  // Foreign ministers of the guarantor states and the host, in office.
  { id: 'fm-zarif', names: ZARIF_NAMES, from: '2013-08-15', to: '2021-08-25', weight: 1, en: 'Mohammad Javad Zarif was Iran\'s foreign minister from 2013-08-15 to 2021-08-25', ar: 'كان محمد جواد ظريف وزير خارجية إيران من {from} إلى {to}.' },
  { id: 'fm-cavusoglu', names: CAVUSOGLU_NAMES, from: '2014-08-29', to: '2023-06-04', weight: 1, en: 'Mevlut Cavusoglu was Turkey\'s foreign minister from 2014-08-29 to 2023-06-04', ar: 'كان مولود جاويش أوغلو وزير خارجية تركيا من {from} إلى {to}.' },
  { id: 'fm-abdrakhmanov', names: ['عبد الرحمانوف', 'عبدالرحمانوف'], from: '2016-12-28', to: '2019-02-18', weight: 1, en: 'Kairat Abdrakhmanov was Kazakhstan\'s foreign minister from 2016-12-28 to 2019-02-18', ar: 'كان خيرت عبد الرحمانوف وزير خارجية كازاخستان من {from} إلى {to}.' },
  // Heads of state and ministers in office, named with their title where the bare name also belongs
  // to another office they held (Erdogan as prime minister, Tokayev at the UN in Geneva). Weak, as
  // envoys are: a past holder can be recalled, though then usually as «السابق», which these forms skip.
  { id: 'sg-ban', names: ['بان كي مون', 'بان كي-مون', 'بان كيمون'], from: '2007-01-01', to: '2016-12-31', weight: 1, en: 'Ban Ki-moon was UN Secretary-General from 2007-01-01 to 2016-12-31', ar: 'كان بان كي مون الأمين العام للأمم المتحدة من {from} إلى {to}.' },
  { id: 'sg-guterres', names: titled(['الأمين العام للأمم المتحدة', 'أمين عام الأمم المتحدة', 'الأمين العام'], ['أنطونيو غوتيريش', 'أنطونيو غوتيريس', 'أنطونيو جوتيريش', 'أنطونيو جوتيريس', 'غوتيريش', 'غوتيريس', 'جوتيريش', 'جوتيريس']), from: '2017-01-01', weight: 1, en: 'Antonio Guterres has been UN Secretary-General since 2017-01-01', ar: 'أنطونيو غوتيريش أمين عام الأمم المتحدة منذ {from}.' },
  { id: 'us-obama', names: titled(US_PRESIDENT, ['باراك أوباما', 'أوباما']), from: '2009-01-20', to: '2017-01-20', weight: 1, en: 'Barack Obama was US president from 2009-01-20 to 2017-01-20', ar: 'كان باراك أوباما رئيس الولايات المتحدة من {from} إلى {to}.' },
  { id: 'us-trump', names: titled(US_PRESIDENT, ['دونالد ترامب', 'دونالد ترمب', 'ترامب', 'ترمب']), from: '2017-01-20', weight: 1, en: 'Donald Trump is called US president only from 2017-01-20', ar: 'لم يُلقَّب دونالد ترامب برئيس الولايات المتحدة قبل {from}.' },
  { id: 'us-biden', names: titled(US_PRESIDENT, ['جو بايدن', 'بايدن']), from: '2021-01-20', to: '2025-01-20', weight: 1, en: 'Joe Biden was US president from 2021-01-20 to 2025-01-20', ar: 'كان جو بايدن رئيس الولايات المتحدة من {from} إلى {to}.' },
  { id: 'us-kerry', names: ['جون كيري', ...titled(['وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي'], ['كيري'])], from: '2013-02-01', to: '2017-01-20', weight: 1, en: 'John Kerry was US Secretary of State from 2013-02-01 to 2017-01-20', ar: 'كان جون كيري وزير خارجية الولايات المتحدة من {from} إلى {to}.' },
  { id: 'us-tillerson', names: ['تيلرسون', 'تيليرسون'], from: '2017-02-01', to: '2018-03-31', weight: 1, en: 'Rex Tillerson was US Secretary of State from 2017-02-01 to 2018-03-31', ar: 'كان ريكس تيلرسون وزير خارجية الولايات المتحدة من {from} إلى {to}.' },
  { id: 'us-pompeo', names: ['بومبيو'], from: '2017-01-23', to: '2021-01-20', weight: 1, en: 'Mike Pompeo headed the CIA and then the State Department from 2017-01-23 to 2021-01-20', ar: 'تولى مايك بومبيو الاستخبارات المركزية الأمريكية ثم وزارة الخارجية من {from} إلى {to}.' },
  { id: 'us-blinken', names: ['بلينكن'], from: '2021-01-26', to: '2025-01-20', weight: 1, en: 'Antony Blinken was US Secretary of State from 2021-01-26 to 2025-01-20', ar: 'كان أنتوني بلينكن وزير خارجية الولايات المتحدة من {from} إلى {to}.' },
  { id: 'tr-erdogan-president', names: titled(['الرئيس التركي', 'الرئيس'], ['رجب طيب أردوغان', 'رجب طيب إردوغان', 'أردوغان', 'إردوغان']), from: '2014-08-28', weight: 1, en: 'Recep Tayyip Erdogan has been president of Turkey since 2014-08-28', ar: 'رجب طيب أردوغان رئيس تركيا منذ {from}.' },
  { id: 'ir-rouhani', names: ['حسن روحاني', ...titled(['الرئيس الإيراني', 'الرئيس'], ['روحاني'])], from: '2013-08-03', to: '2021-08-03', weight: 1, en: 'Hassan Rouhani was president of Iran from 2013-08-03 to 2021-08-03', ar: 'كان حسن روحاني رئيس إيران من {from} إلى {to}.' },
  { id: 'ir-raisi', names: ['إبراهيم رئيسي', ...titled(['الرئيس الإيراني'], ['رئيسي'])], from: '2021-08-03', to: '2024-05-19', weight: 1, en: 'Ebrahim Raisi was president of Iran from 2021-08-03 to 2024-05-19', ar: 'كان إبراهيم رئيسي رئيس إيران من {from} إلى {to}.' },
  { id: 'ir-pezeshkian', names: ['مسعود بزشكيان', 'بزشكيان'], from: '2024-07-28', weight: 1, en: 'Masoud Pezeshkian has been president of Iran since 2024-07-28', ar: 'مسعود بزشكيان رئيس إيران منذ {from}.' },
  { id: 'ir-abdollahian-fm', names: titled(IRAN_FM, ABDOLLAHIAN_NAMES), from: '2021-08-25', to: '2024-05-19', weight: 1, en: 'Hossein Amir-Abdollahian was Iran\'s foreign minister from 2021-08-25 to 2024-05-19', ar: 'كان حسين أمير عبد اللهيان وزير خارجية إيران من {from} إلى {to}.' },
  { id: 'ir-araghchi-fm', names: titled(IRAN_FM, ARAGHCHI_NAMES), from: '2024-08-21', weight: 1, en: 'Abbas Araghchi has been Iran\'s foreign minister since 2024-08-21', ar: 'عباس عراقجي وزير خارجية إيران منذ {from}.' },
  { id: 'tr-fidan-fm', names: titled(['وزير الخارجية التركي', 'وزير خارجية تركيا', 'وزير الخارجية'], FIDAN_NAMES), from: '2023-06-04', weight: 1, en: 'Hakan Fidan has been Turkey\'s foreign minister since 2023-06-04', ar: 'هاكان فيدان وزير خارجية تركيا منذ {from}.' },
  { id: 'ru-putin-president', names: titled(['الرئيس الروسي', 'الرئيس'], ['فلاديمير بوتين', 'بوتين']), from: '2012-05-07', weight: 1, en: 'Vladimir Putin has been president of Russia since 2012-05-07 (prime minister before, from 2008)', ar: 'فلاديمير بوتين رئيس روسيا منذ {from}.' },
  { id: 'ru-medvedev-president', names: titled(['الرئيس الروسي', 'الرئيس'], ['دميتري ميدفيديف', 'ديمتري ميدفيديف', 'ميدفيديف', 'مدفيديف']), from: '2008-05-07', to: '2012-05-07', weight: 1, en: 'Dmitry Medvedev was president of Russia from 2008-05-07 to 2012-05-07', ar: 'كان دميتري ميدفيديف رئيس روسيا من {from} إلى {to}.' },
  { id: 'sy-muallem', names: ['وليد المعلم'], from: '2006-02-11', to: '2020-11-16', weight: 1, en: 'Walid Muallem was Syria\'s foreign minister from 2006-02-11 to 2020-11-16', ar: 'كان وليد المعلم وزير خارجية سوريا من {from} إلى {to}.' },
  { id: 'sy-mekdad-fm', syriaOnly: true, names: titled(['وزير الخارجية السوري', 'وزير الخارجية والمغتربين', 'وزير الخارجية'], ['فيصل المقداد', 'المقداد']), notBefore: DEPUTY, notAfter: FORMER, from: '2020-11-22', to: '2024-12-08', weight: 1, en: 'Faisal Mekdad was Syria\'s foreign minister from 2020-11-22 to 2024-12-08', ar: 'كان فيصل المقداد وزير خارجية سوريا من {from} إلى {to}.' },
  { id: 'kz-nazarbayev-president', names: titled(KAZAKH_PRESIDENT, ['نور سلطان نزارباييف', 'نور سلطان نزاربايف', 'نزارباييف', 'نزاربايف']), from: '1991-12-10', to: '2019-03-19', weight: 1, en: 'Nursultan Nazarbayev was president of Kazakhstan until 2019-03-19', ar: 'كان نور سلطان نزارباييف رئيس كازاخستان حتى {to}.' },
  { id: 'kz-tokayev-president', names: titled(KAZAKH_PRESIDENT, ['قاسم جومارت توكاييف', 'قاسم جومارت توكايف', 'توكاييف', 'توكايف']), from: '2019-03-20', weight: 1, en: 'Kassym-Jomart Tokayev has been president of Kazakhstan since 2019-03-20', ar: 'قاسم جومارت توكاييف رئيس كازاخستان منذ {from}.' },
  // Iran's foreign ministry spokespeople speak of the talks every week; the bounds are a little wider
  // than the terms (a month's start or end) where the day of taking or leaving office is not sure.
  // «أفخم» alone is also «the most luxurious»: only with her first name or title.
  { id: 'ir-afkham-spokes', names: ['مرضية أفخم', 'مرضيه أفخم', ...titled(['المتحدثة باسم الخارجية الإيرانية', 'المتحدثة باسم وزارة الخارجية الإيرانية', 'المتحدثة باسم الخارجية'], ['أفخم'])], from: '2013-08-15', to: '2016-07-31', weight: 1, en: 'Marzieh Afkham was spokeswoman of Iran\'s foreign ministry under Zarif, from 2013 to July 2016', ar: 'كانت مرضية أفخم المتحدثة باسم الخارجية الإيرانية من {from} إلى {to}.' },
  { id: 'ir-qasemi-spokes', names: ['بهرام قاسمي', ...titled(IRAN_SPOKES, ['قاسمي'])], from: '2016-07-01', to: '2019-04-30', weight: 1, en: 'Bahram Qasemi was spokesman of Iran\'s foreign ministry from July 2016 to April 2019', ar: 'كان بهرام قاسمي المتحدث باسم الخارجية الإيرانية من {from} إلى {to}.' },
  { id: 'ir-mousavi-spokes', names: ['عباس موسوي', 'سيد عباس موسوي', ...titled(IRAN_SPOKES, ['موسوي'])], from: '2019-04-01', to: '2020-08-16', weight: 1, en: 'Abbas Mousavi was spokesman of Iran\'s foreign ministry from April 2019 to 2020-08-16', ar: 'كان عباس موسوي المتحدث باسم الخارجية الإيرانية من {from} إلى {to}.' },
  { id: 'ir-khatibzadeh-spokes', names: ['سعيد خطيب زاده', 'خطيب زاده', 'خطيب‌زاده'], from: '2020-08-16', weight: 1, en: 'Saeed Khatibzadeh became spokesman of Iran\'s foreign ministry on 2020-08-16', ar: 'صار سعيد خطيب زاده المتحدث باسم الخارجية الإيرانية في {from}.' },
  // Russia's voices on the talks: the Kremlin's envoy named weeks before Putin's visit to Tehran of
  // 23 November 2015, the ministry's spokeswoman from August 2015 (bounds from the month before).
  { id: 'ru-lavrentiev-envoy', names: ['لافرنتييف', 'لافرينتييف', 'لافرنتيف', 'لافرينتيف', 'لافرينتياف'], from: '2015-09-01', weight: 1, en: 'Alexander Lavrentiev has been the Russian president\'s envoy for Syria since autumn 2015', ar: 'ألكسندر لافرنتييف مبعوث الرئيس الروسي إلى سوريا منذ خريف 2015 (لم يعيَّن قبل {from}).' },
  { id: 'ru-zakharova-spokes', names: ['زاخاروفا', 'زخاروفا'], from: '2015-08-01', weight: 1, en: 'Maria Zakharova has been spokeswoman of Russia\'s foreign ministry since August 2015', ar: 'ماريا زاخاروفا المتحدثة باسم الخارجية الروسية منذ آب/أغسطس 2015 (لم تتولَّ المنصب قبل {from}).' },
  { id: 'kz-idrissov', names: ['إدريسوف', 'إيدريسوف'], from: '2012-09-28', to: '2016-12-28', weight: 1, en: 'Erlan Idrissov was Kazakhstan\'s foreign minister from 2012-09-28 to 2016-12-28', ar: 'كان يرلان إدريسوف وزير خارجية كازاخستان من {from} إلى {to}.' },
  // The host's foreign ministers announce each round. Atamkulov took over at the end of December 2018
  // and left in September 2019, when Tleuberdi, first deputy until then, followed; Nurtleu from 3 April
  // 2023 to 26 September 2025. Each held other offices before or after: only with the minister's title,
  // never after a deputy's nor before «السابق». Bounds a month wide of the days not sure.
  { id: 'kz-atamkulov-fm', names: titledEither(KAZAKH_FM, ['بيبوت أتامكولوف', 'أتامكولوف', 'اتامكولوف']), notBefore: DEPUTY, notAfter: FORMER, from: '2018-12-01', to: '2019-10-18', weight: 1, en: 'Beibut Atamkulov was Kazakhstan\'s foreign minister from December 2018 to September 2019', ar: 'كان بيبوت أتامكولوف وزير خارجية كازاخستان من كانون الأول/ديسمبر 2018 إلى أيلول/سبتمبر 2019 (لم يتولَّ المنصب قبل {from} ولا بعد {to}).' },
  { id: 'kz-tleuberdi-fm', names: titledEither(KAZAKH_FM, ['مختار تليوبردي', 'مختار تلاوبردي', 'مختار تلوبردي', 'مختار تليوبيردي', 'تليوبردي', 'تلاوبردي', 'تلوبردي', 'تليوبيردي']), notBefore: DEPUTY, notAfter: FORMER, from: '2019-08-18', to: '2023-05-03', weight: 1, en: 'Mukhtar Tleuberdi was Kazakhstan\'s foreign minister from September 2019 to April 2023', ar: 'كان مختار تليوبردي وزير خارجية كازاخستان من أيلول/سبتمبر 2019 إلى نيسان/أبريل 2023 (لم يتولَّ المنصب قبل {from} ولا بعد {to}).' },
  { id: 'kz-nurtleu-fm', names: titledEither(KAZAKH_FM, ['مراد نورتليو', 'مراد نورتلو', 'نورتليو', 'نورتلو']), notBefore: DEPUTY, notAfter: FORMER, from: '2023-03-03', to: '2025-10-26', weight: 1, en: 'Murat Nurtleu was Kazakhstan\'s foreign minister from 2023-04-03 to 2025-09-26', ar: 'كان مراد نورتليو وزير خارجية كازاخستان من نيسان/أبريل 2023 إلى أيلول/سبتمبر 2025 (لم يتولَّ المنصب قبل {from} ولا بعد {to}).' },
  { id: 'eg-fahmy', names: ['نبيل فهمي'], from: '2013-07-16', to: '2014-06-17', weight: 1, en: 'Nabil Fahmy was Egypt\'s foreign minister from 2013-07-16 to 2014-06-17', ar: 'كان نبيل فهمي وزير خارجية مصر من {from} إلى {to}.' },
  { id: 'eg-shoukry', names: ['سامح شكري'], from: '2014-06-17', to: '2024-07-03', weight: 1, en: 'Sameh Shoukry was Egypt\'s foreign minister from 2014-06-17 to 2024-07-03', ar: 'كان سامح شكري وزير خارجية مصر من {from} إلى {to}.' },
  { id: 'eg-sisi-president', names: titled(['الرئيس المصري', 'الرئيس'], ['عبد الفتاح السيسي', 'السيسي']), from: '2014-06-08', weight: 1, en: 'Abdel Fattah el-Sisi has been president of Egypt since 2014-06-08', ar: 'عبد الفتاح السيسي رئيس مصر منذ {from}.' },
  // The early talks' other office-holders (2012-2018): France's presidents and foreign ministers, the
  // British foreign secretary, the Arab League's secretaries-general, Turkey's Davutoglu, Saudi Arabia's and
  // Qatar's foreign ministers, Egypt's Morsi and the US secretary before Kerry. Each named only with a title
  // (heads of state with theirs before the name: a candidate or a former president is named bare). Sources:
  // Hollande: https://domain-b.com/economy/world-economy/hollande-sworn-in-as-president-of-france, http://www.cbsnews.com/news/francois-hollande-sworn-in-as-new-french-president/;
  // Macron: https://www.elysee.fr/en/the-inauguration-of-emmanuel-macron, http://tass.com/world/945795;
  // Fabius and Ayrault: http://www.france24.com/en/20160211-france-ayrault-new-foreign-minister-government-reshuffle,
  //   https://townhall.com/news/politics-elections/2016/02/11/french-president-names-new-foreign-minister-in-reshuffle-n2117991,
  //   https://franceintheus.org/spip.php?article7511 (Ayrault's handover speech, Fabius there nearly four years); Ayrault's end: Macron's inauguration above;
  // Hague: https://www.theguardian.com/politics/2010/may/12/william-hague-foreign-secretary, https://www.scotsman.com/news/uk/hammond-replaces-hague-as-cameron-shuffles-cabinet-1-3476717,
  //   http://www.aljazeera.com/news/europe/2014/07/philip-hammond-appointed-uk-foreign-minister-2014715102121693332.html;
  // the Arab League: http://saudigazette.com.sa/world/mena/al-chief-says-will-not-seek-new-term/, https://dailynewsegypt.com/2016/03/01/arab-league-to-hold-urgent-meeting-to-choose-new-secretary-general,
  //   https://dailynewsegypt.com/2016/03/12/newly-elected-arab-league-chief-pledges-to-enhance-collaboration-to-combat-regional-challenges;
  // Davutoglu: https://en.wikipedia.org/wiki/Ahmet_Davuto%C4%9Flu, https://feeds.bbci.co.uk/news/world-europe-28881055, https://iztok-zapad.eu/en/ahmet-davutoglu;
  // Saud al-Faisal and al-Jubeir: https://2009-2017.state.gov/secretary/remarks/2015/04/241327.htm, https://92newshd.tv/former-saudi-foreign-minister-saud-al-faisal-dies/,
  //   https://www.aljazeera.com/news/2018/12/28/saudi-king-demotes-foreign-minister-adel-al-jubeir-in-reshuffle/, https://www.dailysabah.com/mideast/2018/12/27/saudi-king-salman-orders-government-reshuffle-fm-jubeir-replaced;
  // Hamad bin Jassim: https://www.aljazeera.com/news/2013/6/26/qatar-set-to-get-new-prime-minister, https://www.worldtribune.com/archives/qatar-seeks-improved-ties-with-all-governments-as-political-upheaval-continues/;
  // Morsi: https://www.latimes.com/world/worldnow/la-fg-wn-egypt-morsi-president-timeline-20130703-story.html, https://english.alarabiya.net/perspective/profiles/2013/07/04/-Timeline-The-one-year-rule-of-Egypt-s-Mursi;
  // Clinton: https://voanews.com/amp/clinton-steps-down-as-secy-of-state-friday/1595021.html, http://www.upi.com/Top_News/US/2013/02/01/Clinton-leaves-post-Kerry-takes-over/UPI-26491359724688/.
  { id: 'fr-hollande-president', names: titled(FRANCE_PRESIDENT, ['فرانسوا هولاند', 'فرانسوا أولاند', 'فرنسوا هولاند', 'فرنسوا أولاند', 'فرانسوا أولوند', 'هولاند', 'أولاند']), from: '2012-05-15', to: '2017-05-14', weight: 1, en: 'Francois Hollande was president of France from 2012-05-15 to 2017-05-14', ar: 'كان فرانسوا هولاند رئيس فرنسا من {from} إلى {to}.' },
  { id: 'fr-macron-president', names: titled(FRANCE_PRESIDENT, ['إيمانويل ماكرون', 'إيمانوئيل ماكرون', 'ماكرون']), from: '2017-05-14', weight: 1, en: 'Emmanuel Macron has been president of France since 2017-05-14', ar: 'إيمانويل ماكرون رئيس فرنسا منذ {from}.' },
  { id: 'fr-fabius-fm', ...office(FRANCE_FM, ['لوران فابيوس', 'فابيوس']), from: '2012-05-16', to: '2016-02-11', weight: 1, en: 'Laurent Fabius was France\'s foreign minister from 2012-05-16 to 2016-02-11', ar: 'كان لوران فابيوس وزير خارجية فرنسا من {from} إلى {to}.' },
  { id: 'fr-ayrault-fm', ...office(FRANCE_FM, ['جان مارك إيرولت', 'جان مارك أيرولت', 'جان مارك آيرو', 'إيرولت', 'أيرولت']), from: '2016-02-11', to: '2017-05-17', weight: 1, en: 'Jean-Marc Ayrault was France\'s foreign minister from 2016-02-11 to 2017-05-17', ar: 'كان جان مارك إيرولت وزير خارجية فرنسا من {from} إلى {to}.' },
  { id: 'uk-hague-fm', ...office(UK_FM, ['وليام هيغ', 'ويليام هيغ', 'وليام هيج', 'ويليام هيج', 'هيغ']), from: '2010-05-12', to: '2014-07-14', weight: 1, en: 'William Hague was British foreign secretary from 2010-05-12 to 2014-07-14', ar: 'كان وليام هيغ وزير خارجية بريطانيا من {from} إلى {to}.' },
  { id: 'al-elaraby-sg', ...office(ARAB_LEAGUE_SG, ['نبيل العربي', 'الدكتور نبيل العربي']), from: '2011-07-01', to: '2016-07-01', weight: 1, en: 'Nabil Elaraby was secretary-general of the Arab League from 2011-07-01 to 2016-07-01', ar: 'كان نبيل العربي الأمين العام لجامعة الدول العربية من {from} إلى {to}.' },
  { id: 'al-aboul-gheit-sg', ...office(ARAB_LEAGUE_SG, ['أحمد أبو الغيط', 'أبو الغيط']), from: '2016-07-01', weight: 1, en: 'Ahmed Aboul Gheit has been secretary-general of the Arab League since 2016-07-01', ar: 'أحمد أبو الغيط الأمين العام لجامعة الدول العربية منذ {from}.' },
  { id: 'tr-davutoglu', ...office(TURKEY_FM_OR_PM, ['أحمد داود أوغلو', 'أحمد داوود أوغلو', 'داود أوغلو', 'داوود أوغلو']), from: '2009-05-01', to: '2016-05-22', weight: 1, en: 'Ahmet Davutoglu was Turkey\'s foreign minister from 2009-05-01, then its prime minister from 2014-08-28 to 2016-05-22', ar: 'كان أحمد داود أوغلو وزير خارجية تركيا ثم رئيس وزرائها من {from} إلى {to}.' },
  { id: 'sa-saud-faisal-fm', ...office(SAUDI_FM, ['سعود الفيصل', 'الأمير سعود الفيصل']), from: '1975-03-01', to: '2015-04-29', weight: 1, en: 'Saud al-Faisal was Saudi Arabia\'s foreign minister from 1975 to 2015-04-29', ar: 'كان سعود الفيصل وزير خارجية السعودية حتى {to}.' },
  { id: 'sa-jubeir-fm', ...office(SAUDI_FM, ['عادل الجبير', 'الجبير']), from: '2015-04-29', to: '2018-12-27', weight: 1, en: 'Adel al-Jubeir was Saudi Arabia\'s foreign minister from 2015-04-29 to 2018-12-27', ar: 'كان عادل الجبير وزير خارجية السعودية من {from} إلى {to}.' },
  { id: 'qa-hamad-bin-jassim', ...office(QATAR_FM_OR_PM, ['حمد بن جاسم', 'الشيخ حمد بن جاسم', 'حمد بن جاسم بن جبر آل ثاني']), from: '1992-09-01', to: '2013-06-26', weight: 1, en: 'Hamad bin Jassim was Qatar\'s foreign minister from 1992, also prime minister from 2007, until 2013-06-26', ar: 'كان حمد بن جاسم وزير خارجية قطر ورئيس وزرائها حتى {to}.' },
  { id: 'eg-morsi-president', names: titled(['الرئيس المصري', 'الرئيس'], ['محمد مرسي', 'مرسي']), from: '2012-06-30', to: '2013-07-03', weight: 1, en: 'Mohamed Morsi was president of Egypt from 2012-06-30 to 2013-07-03', ar: 'كان محمد مرسي رئيس مصر من {from} إلى {to}.' },
  { id: 'us-clinton', names: titled(US_SECRETARY, ['هيلاري كلينتون', 'هيلاري رودهام كلينتون', 'كلينتون']), from: '2009-01-21', to: '2013-02-01', weight: 1, en: 'Hillary Clinton was US Secretary of State from 2009-01-21 to 2013-02-01', ar: 'كانت هيلاري كلينتون وزيرة خارجية الولايات المتحدة من {from} إلى {to}.' },
  { id: 'sa-king-salman', names: ['الملك سلمان', 'خادم الحرمين الشريفين الملك سلمان'], from: '2015-01-23', weight: 1, en: 'Salman has been king of Saudi Arabia since 2015-01-23', ar: 'سلمان بن عبد العزيز ملك السعودية منذ {from}.' },
  { id: 'cc-kuzbari', names: ['أحمد الكزبري'], from: '2019-09-23', to: '2024-12-08', weight: 1, en: 'Ahmad Kuzbari co-chaired the constitutional committee from 2019-09-23 to 2024-12-08', ar: 'شارك أحمد الكزبري في رئاسة اللجنة الدستورية من {from} إلى {to}.' },
  // The opposition's and the talks' office-holders, named with the office: each term from the day of his
  // election to his successor's, bounds a month wide where the day is not sure. A holder of two terms
  // apart is bounded from the first to the last. Sources (at least two a row):
  // coalition presidents: https://en.wikipedia.org/wiki/National_Coalition_for_Syrian_Revolutionary_and_Opposition_Forces,
  //   https://www.akhbaralaan.net/news/arab-world/2012/11/11/syrian-opposition-facing-international-community-united-national-coalition,
  //   https://www.aljazeera.com/news/middleeast/2013/07/201376141532159316.html, https://jewishpress.com/news/breaking-news/syrian-rebels-elect-new-leader/2013/07/06,
  //   http://in.reuters.com/article/syria-crisis-opposition-idINL6N0PK0RT20140709, http://gulfnews.com/news/region/syria/syrian-national-coalition-elects-new-head-1.1357520,
  //   https://archives.lincolndailynews.com/2015/Jan/05/News/news_n.shtml, https://www.asiaone.com/world/syria-opposition-coalition-elects-new-chief,
  //   https://newarab.com/news/syrian-opposition-appoints-new-leader, https://alarbelyoum.com/?p=19304, https://ksa.ksa2day.com/Home/NewsDetails?NewsID=3028953,
  //   https://watan.fm/news/syria-news/39942, https://www.albawaba.com/ar/أخبار/رئيس-الائتلاف-السوري-يستقيل-من-منصبه-1100080,
  //   https://syria.news/d35685ac-07051812.html, https://new.mugtama.com/2018/05/07/2018-05-07-07-54-34/?amp=1, https://watan.fm/news/syria-news/126636,
  //   https://baladi-news.com/public/ar/articles/46878/أنس-العبدة-رئيساً-للائتلاف-الوطني-لقوى-الثورة-والمعارضة,
  //   https://syriacpress.com/blog/2020/07/13/general-assembly-of-syrian-national-coalition-elects-nasr-al-hariri-as-new-president/, https://radioalkul.com/p328064,
  //   https://syrianobserver.com/syrian-actors/salem-al-meslet-elected-head-of-the-opposition-coalition.html, https://syria.news/amp/7778b9f3-14072112.html,
  //   https://syriadirect.org/hadi-al-bahra-president-of-a-dead-institution/, https://syrianobserver.com/news/85053/hadi-al-bahra-as-head-of-opposition-coalition.html;
  // the negotiation body: https://newarab.com/english/news/2015/12/17/syrian-opposition-factions-choose-ex-pm-to-lead-talks, https://ksa.ksa2day.com/Home/NewsDetails?NewsID=2635480,
  //   https://www.trtworld.com/article/13098008, https://royanews.tv/news/141601, https://www.spa.gov.sa/viewfullstory.php?lang=en&newsid=1591362,
  //   https://breitbart.com/middle-east/2017/02/12/syria-opposition-picks-delegation-new-un-peace-talks/amp,
  //   https://www.reuters.com/article/us-mideast-crisis-syria-opposition/nasr-hariri-to-head-syrian-opposition-at-geneva-talks-spokesman-idUSKBN1DO2CC, https://watan.fm/news/politics/104552,
  //   https://sy-24.com/70044, https://baznews.net/للمرة-الثانية-أنس-العبدة-رئيساً-لـهي/, https://www.alaraby.co.uk/politics/انتخاب-بدر-جاموس-رئيساً-لهيئة-التفاوض-السورية-خلفاً-لأنس-العبدة,
  //   https://syrianobserver.com/foreign-actors/badr-jamous-elected-president-of-syrian-negotiating-body-to-succeed-anas-al-abda.html;
  // the chief negotiator: https://drrichswier.com/tag/dr-riad-hijab/ (HNC statement of 20 January 2016), https://www.abc.net.au/news/2016-05-30/syria-top-negotiator-mohammed-alloush-quits/7460460,
  //   http://en.chinagate.cn/2016-05/30/content_38559939.htm, https://www.thenews.com.pk/print/181128-Syrian-rebels-arrive-in-Astana-for-talks-with-regime,
  //   https://en.inform.kz/news/syrian-opposition-thanked-nazarbayev_a3000168/, https://syrianconstitution2017.wordpress.com/2017/05/03/syrian-opposition-delegation-arrived-in-kazakhstan-for-peace-talks/;
  // the constitutional committee's co-chair: https://enabbaladi.net/333919/, https://www.middleeastmonitor.com/20191010-syrian-opposition-chooses-hadi-al-bahra-to-head-constitutional-committee/,
  //   http://en.etilaf.org/date/2019/10/10.html?catid=16;
  // Jaafari: https://www.almasdarnews.com/article/syrian-president-appoints-faisal-miqdad-as-new-foreign-minister/, https://enabbaladi.net/458411/,
  //   https://zamanalwsl.net/news/article/149203/like, https://oopstop.com/sana-deputy-foreign-minister-bashar-al-jaafari-became-syrias-new-ambassador-to-russia/,
  //   https://syria.news/954fda11-21112212_m.html and https://ertikaznews.com/?p=117759 (Sousan led the government's delegation from 2021);
  // Iran's delegation heads: https://mustaqbalweb.com/webtv/video/30034-30034, http://www.shaam.org/news/syria-news/ظريف-يقيل-كبير-مساعديه-والمسؤول-عن-الملف-السوري.html,
  //   https://imlebanon.org/2016/06/19/mohammad-javad-zarif-emir-abdel-lahyan, https://darelhilal.com/News/1495269.aspx;
  // US envoys: http://www.trtworld.com/mea/new-us-special-envoy-syria-appointed-5067, https://www.al-akhbar.com/Arab/24565/, https://www.almasdarnews.com/article/us-special-envoy-to-syria-to-leave-post-by-end-of-month/,
  //   https://www.dailysabah.com/world/americas/james-jeffrey-steps-down-as-us-envoy-for-syria-daesh-coalition/amp, https://rudaw.net/english/middleeast/syria/07112020-amp,
  //   https://www.rudaw.net/english/middleeast/syria/12012021-amp, https://www.thenationalnews.com/world/exclusive-us-envoy-for-syria-joel-rayburn-to-leave-position-1.1144441;
  // Russia's UN ambassadors: http://tass.com/politics/958011, https://sg.news.yahoo.com/russia-appoints-ambassador-un-002541246.html, https://themoscowtimes.com/news/russia-appoints-temporary-ambassador-to-un-57262.
  { id: 'snc-khatib', ...office(COALITION_HEAD, ['أحمد معاذ الخطيب', 'معاذ الخطيب']), from: '2012-11-11', to: '2013-04-22', weight: 1, en: 'Moaz al-Khatib was president of the opposition coalition from 2012-11-11 to his resignation in April 2013', ar: 'كان معاذ الخطيب رئيس الائتلاف الوطني السوري من {from} إلى استقالته في نيسان/أبريل 2013.' },
  { id: 'snc-jarba', ...office(COALITION_HEAD, ['أحمد عاصي الجربا', 'أحمد الجربا']), from: '2013-07-06', to: '2014-07-09', weight: 1, en: 'Ahmad al-Jarba was president of the opposition coalition from 2013-07-06 to 2014-07-09', ar: 'كان أحمد الجربا رئيس الائتلاف الوطني السوري من {from} إلى {to}.' },
  { id: 'snc-bahra', ...office(COALITION_HEAD, ['هادي البحرة']), from: '2014-07-09', weight: 1, en: 'Hadi al-Bahra was president of the opposition coalition from 2014-07-09 to January 2015, and again from 2023-09-12', ar: 'تولى هادي البحرة رئاسة الائتلاف الوطني السوري من {from} إلى كانون الثاني/يناير 2015، ثم من 12 أيلول/سبتمبر 2023.' },
  { id: 'snc-khoja', ...office(COALITION_HEAD, ['خالد خوجة', 'خالد الخوجة', 'خالد خوجا']), from: '2015-01-04', to: '2016-03-05', weight: 1, en: 'Khaled Khoja was president of the opposition coalition from 2015-01-04 to 2016-03-05', ar: 'كان خالد خوجة رئيس الائتلاف الوطني السوري من {from} إلى {to}.' },
  { id: 'snc-abdeh', ...office(COALITION_HEAD, ['أنس العبدة']), from: '2016-03-05', to: '2020-07-11', weight: 1, en: 'Anas al-Abdeh was president of the opposition coalition from 2016-03-05 to 2017-05-06 and from 2019-06-29 to 2020-07-11', ar: 'تولى أنس العبدة رئاسة الائتلاف الوطني السوري من {from} إلى 6 أيار/مايو 2017، ثم من 29 حزيران/يونيو 2019 إلى {to}.' },
  { id: 'snc-seif', ...office(COALITION_HEAD, ['رياض سيف']), from: '2017-05-06', to: '2018-03-09', weight: 1, en: 'Riad Seif was president of the opposition coalition from 2017-05-06 to his resignation in March 2018', ar: 'كان رياض سيف رئيس الائتلاف الوطني السوري من {from} إلى استقالته في آذار/مارس 2018.' },
  { id: 'snc-mustafa', ...office(COALITION_HEAD, ['عبد الرحمن مصطفى', 'عبدالرحمن مصطفى']), from: '2018-03-08', to: '2019-06-29', weight: 1, en: 'Abdulrahman Mustafa led the opposition coalition from March 2018 (elected 2018-05-06) to 2019-06-29', ar: 'تولى عبد الرحمن مصطفى رئاسة الائتلاف الوطني السوري من آذار/مارس 2018 (وانتُخب في 6 أيار/مايو 2018) إلى {to}.' },
  { id: 'snc-hariri', ...office(COALITION_HEAD, ['نصر الحريري', 'ناصر الحريري']), from: '2020-07-11', to: '2021-07-12', weight: 1, en: 'Naser al-Hariri was president of the opposition coalition from 2020-07-11 to 2021-07-12', ar: 'كان نصر الحريري رئيس الائتلاف الوطني السوري من {from} إلى {to}.' },
  { id: 'snc-meslet', ...office(COALITION_HEAD, ['سالم المسلط']), from: '2021-07-12', to: '2023-09-12', weight: 1, en: 'Salem al-Meslet was president of the opposition coalition from 2021-07-12 to 2023-09-12', ar: 'كان سالم المسلط رئيس الائتلاف الوطني السوري من {from} إلى {to}.' },
  // Hijab coordinated the negotiations committee from its first weeks to his resignation; Hariri led its
  // delegation from February 2017 and the body from November 2017 (the two offices merged) to June 2020.
  { id: 'hnc-hijab', ...office(HNC_COORDINATOR, ['الدكتور رياض حجاب', 'رياض حجاب', 'حجاب']), from: '2015-12-17', to: '2017-11-20', weight: 1, en: 'Riad Hijab was general coordinator of the High Negotiations Committee from 2015-12-17 to 2017-11-20', ar: 'كان رياض حجاب المنسق العام للهيئة العليا للمفاوضات من {from} إلى {to}.' },
  { id: 'hnc-hariri', ...office([...NEGOTIATION_HEAD, ...OPPOSITION_DELEGATION_HEAD], ['نصر الحريري', 'ناصر الحريري']), from: '2017-02-12', to: '2020-06-30', weight: 1, en: 'Naser al-Hariri led the opposition\'s negotiation delegation from 2017-02-12 and its negotiation body from November 2017 to June 2020', ar: 'ترأس نصر الحريري وفد المعارضة المفاوض من {from} ثم هيئة التفاوض من تشرين الثاني/نوفمبر 2017 إلى حزيران/يونيو 2020.' },
  { id: 'snc-abdeh-negotiation', ...office(NEGOTIATION_HEAD, ['أنس العبدة']), from: '2020-06-01', to: '2022-06-12', weight: 1, en: 'Anas al-Abdeh was president of the Syrian Negotiation Commission from June 2020 to 2022-06-12', ar: 'كان أنس العبدة رئيس هيئة التفاوض السورية من حزيران/يونيو 2020 إلى {to}.' },
  { id: 'snc-jamous-negotiation', ...office(NEGOTIATION_HEAD, ['بدر جاموس']), from: '2022-06-12', weight: 1, en: 'Badr Jamous has been president of the Syrian Negotiation Commission since 2022-06-12', ar: 'بدر جاموس رئيس هيئة التفاوض السورية منذ {from}.' },
  { id: 'hnc-alloush', ...office([...CHIEF_NEGOTIATOR, ...FACTIONS_DELEGATION_HEAD], ['محمد علوش']), from: '2016-01-20', to: '2017-05-31', weight: 1, en: 'Mohammed Alloush was the opposition\'s chief negotiator from 2016-01-20 to May 2016 and led the factions\' delegation to Astana from January to May 2017', ar: 'كان محمد علوش كبير مفاوضي المعارضة من {from} إلى أيار/مايو 2016، وترأس وفد الفصائل إلى أستانا من كانون الثاني/يناير إلى أيار/مايو 2017.' },
  { id: 'cc-bahra', ...office(CONSTITUTIONAL_CO_CHAIR, ['هادي البحرة']), from: '2019-09-23', weight: 1, en: 'Hadi al-Bahra co-chaired the constitutional committee for the opposition, named in October 2019 after the committee was announced on 2019-09-23', ar: 'لم يكن هادي البحرة الرئيس المشترك للجنة الدستورية قبل {from}.' },
  // Jaafari was Syria's ambassador at the UN and led the government's delegation until November 2020,
  // then deputy foreign minister until his posting to Moscow in October 2022.
  { id: 'sy-jaafari-un', ...office([...SYRIA_UN_REP, ...SYRIA_GOVERNMENT_DELEGATION_HEAD], ['بشار الجعفري']), from: '2006-01-01', to: '2020-12-31', weight: 1, en: 'Bashar al-Jaafari was Syria\'s ambassador at the UN and head of its delegation to the talks until late 2020', ar: 'كان بشار الجعفري مندوب سوريا لدى الأمم المتحدة ورئيس وفدها إلى المحادثات حتى أواخر 2020.' },
  { id: 'sy-jaafari-deputy-fm', ...office(SYRIA_DEPUTY_FM, ['بشار الجعفري']), from: '2020-11-22', to: '2022-10-05', weight: 1, en: 'Bashar al-Jaafari was Syria\'s deputy foreign minister from 2020-11-22 to 2022-10-05', ar: 'كان بشار الجعفري نائب وزير الخارجية السوري من {from} إلى {to}.' },
  { id: 'ir-jaberi-ansari-astana', ...office([...IRAN_SENIOR_ASSISTANT, 'مساعد وزير الخارجية للشؤون العربية والأفريقية', 'مساعد وزير الخارجية الإيراني للشؤون العربية والأفريقية'], ['حسين جابري أنصاري', 'جابري أنصاري']), from: '2016-06-19', to: '2019-04-13', weight: 1, en: 'Hossein Jaberi Ansari was the Iranian foreign minister\'s assistant who led Iran\'s Astana delegation from June 2016 to 2019-04-13', ar: 'كان حسين جابري أنصاري مساعد وزير الخارجية الإيراني ورئيس وفد إيران إلى أستانا من حزيران/يونيو 2016 إلى {to}.' },
  { id: 'ir-khaji-astana', ...office(IRAN_SENIOR_ASSISTANT, ['علي أصغر خاجي', 'أصغر خاجي']), from: '2019-04-13', weight: 1, en: 'Ali Asghar Khaji has been the Iranian foreign minister\'s senior assistant leading Iran\'s Astana delegation since 2019-04-13', ar: 'علي أصغر خاجي كبير مساعدي وزير الخارجية الإيراني ورئيس وفد إيران إلى أستانا منذ {from}.' },
  { id: 'us-ratney-envoy', ...office(US_SYRIA_ENVOY, ['مايكل راتني', 'مايكل راتناي']), from: '2015-07-27', weight: 1, en: 'Michael Ratney was named US special envoy for Syria on 2015-07-27', ar: 'عُيّن مايكل راتني مبعوثاً أمريكياً خاصاً إلى سوريا في {from}.' },
  { id: 'us-jeffrey-envoy', ...office(US_SYRIA_ENVOY, ['جيمس جيفري']), from: '2018-08-01', to: '2020-11-30', weight: 1, en: 'James Jeffrey was the US special representative for Syria from August 2018 to November 2020', ar: 'كان جيمس جيفري المبعوث الأمريكي الخاص إلى سوريا من آب/أغسطس 2018 إلى تشرين الثاني/نوفمبر 2020.' },
  { id: 'us-rayburn-envoy', ...office(US_SYRIA_ENVOY, ['جويل رايبرن', 'جويل ريبورن']), from: '2018-07-23', to: '2021-01-20', weight: 1, en: 'Joel Rayburn was US special envoy for Syria from July 2018 to January 2021', ar: 'كان جويل رايبرن المبعوث الأمريكي الخاص إلى سوريا من تموز/يوليو 2018 إلى كانون الثاني/يناير 2021.' },
  { id: 'ru-churkin-un', ...office(RUSSIA_UN_REP, ['فيتالي تشوركين', 'تشوركين']), from: '2006-04-08', to: '2017-02-20', weight: 1, en: 'Vitaly Churkin was Russia\'s ambassador at the UN from 2006-04-08 to his death on 2017-02-20', ar: 'كان فيتالي تشوركين مندوب روسيا لدى الأمم المتحدة من {from} إلى وفاته في {to}.' },
  { id: 'ru-nebenzia-un', ...office(RUSSIA_UN_REP, ['فاسيلي نيبينزيا', 'فاسيلي نيبنزيا']), from: '2017-07-27', weight: 1, en: 'Vassily Nebenzia has been Russia\'s ambassador at the UN since 2017-07-27', ar: 'فاسيلي نيبينزيا مندوب روسيا لدى الأمم المتحدة منذ {from}.' },
  // Bodies and terms that did not exist before a day.
  // The resolution that frames the UN talks, adopted on 18 December 2015: named only after it.
  { id: 'un-res-2254', syriaOnly: true, names: ['القرار 2254', 'القرار رقم 2254', 'القرار الأممي 2254', 'القرار الدولي 2254', 'قرار مجلس الأمن 2254', 'قرار مجلس الأمن رقم 2254', 'قرار مجلس الأمن الدولي 2254', 'قرار مجلس الأمن الدولي رقم 2254'], from: '2015-12-18', weight: 1, en: since('UN Security Council resolution 2254', '2015-12-18'), ar: 'صدر قرار مجلس الأمن 2254 في {from}.' },
  // The Cairo platform, the follow-up body of the Cairo conference that closed on 9 June 2015 (the catalog's
  // cairo-opposition-2015-jun and its sources).
  { id: 'cairo-platform', names: ['منصة القاهرة', 'منصة القاهرة للمعارضة السورية'], from: '2015-06-09', weight: 1, en: since('The Cairo platform of the opposition', '2015-06-09'), ar: 'تشكلت «منصة القاهرة» بعد مؤتمر القاهرة للمعارضة الذي اختتم في {from}.' },
  // Turkey's operations in the north, each named on the day it began; the bare words are a peace
  // symbol («غصن الزيتون») or a river's shield: only as the operation.
  { id: 'op-euphrates-shield', syriaOnly: true, names: quotedEither(['عملية درع الفرات', 'قوات درع الفرات', 'فصائل درع الفرات', 'منطقة درع الفرات', 'مناطق درع الفرات']), from: '2016-08-24', weight: 1, en: since('Operation Euphrates Shield', '2016-08-24'), ar: 'بدأت عملية «درع الفرات» في {from}.' },
  { id: 'op-olive-branch', syriaOnly: true, names: quotedEither(['عملية غصن الزيتون']), from: '2018-01-20', weight: 1, en: since('Operation Olive Branch', '2018-01-20'), ar: 'بدأت عملية «غصن الزيتون» في {from}.' },
  { id: 'op-peace-spring', syriaOnly: true, names: quotedEither(['عملية نبع السلام']), from: '2019-10-09', weight: 1, en: since('Operation Peace Spring', '2019-10-09'), ar: 'بدأت عملية «نبع السلام» في {from}.' },
  // The pandemic by the names only it had: «كوفيد» and «جائحة كورونا» from early 2020. Bare «كورونا» was
  // also MERS in Saudi news of 2012-2015 («فيروس كورونا»، even «المستجد»). A site's own banner of the
  // pandemic is furniture the clean stage removes.
  { id: 'covid', names: ['كوفيد', 'كوفيد-19', 'كوفيد 19', 'كوفيد19', 'جائحة كورونا', 'جائحة فيروس كورونا', 'جائحة «كورونا»', 'جائحة "كورونا"'], from: '2020-01-01', weight: 1, en: since('The name Covid (the coronavirus pandemic)', '2020-01-01'), ar: 'لم تُعرف جائحة كورونا قبل {from}.' },
  // HTS's leader went by «أبو محمد الجولاني» until the offensive of late November 2024; his own name
  // and a president's title came after. Before, news gave it only as his real one («واسمه الحقيقي أحمد الشرع»).
  { id: 'sy-sharaa', syriaOnly: true, names: ['أحمد الشرع'], notBefore: ['الحقيقي', 'اسمه', 'واسمه', 'باسمه'], from: '2024-11-27', weight: 1, en: 'Ahmad al-Sharaa went by Abu Mohammad al-Julani until late November 2024', ar: 'لم يُعرف أحمد الشرع باسمه هذا قبل {from}، بل بأبي محمد الجولاني.' },
  // Syria after 8 December 2024, when Assad's rule fell: the new rulers' names and the words for the fallen
  // one. Before it the same men went by other names («أبو محمد الجولاني»), and «سقوط نظام الأسد» was a
  // wish or a hypothesis («بعد سقوط الأسد»): only the forms that count from a fall that happened.
  // Their real names came out in the days after the fall (Abu Qasra's in an interview of 17 December),
  // before their offices: from the fall itself.
  { id: 'sy-shaibani-fm', syriaOnly: true, names: ['أسعد الشيباني', 'أسعد حسن الشيباني', ...office(SYRIA_FM, ['الشيباني']).names, 'الوزير الشيباني'], notBefore: OFFICE_DEPUTY, from: '2024-12-08', weight: 1, en: 'Asaad al-Shaibani has been Syria\'s foreign minister since 2024-12-21; his name was not in the news before Assad\'s fall (2024-12-08)', ar: 'أسعد الشيباني وزير خارجية سوريا منذ 21 كانون الأول 2024، ولم يرد اسمه في الأخبار قبل سقوط نظام الأسد في {from}.' },
  { id: 'sy-abu-qasra', syriaOnly: true, names: ['مرهف أبو قصرة'], from: '2024-12-08', weight: 1, en: 'Murhaf Abu Qasra has been Syria\'s defence minister since 2024-12-21; known by a nom de guerre until Assad\'s fall (2024-12-08)', ar: 'مرهف أبو قصرة وزير دفاع سوريا منذ 21 كانون الأول 2024، ولم يُعرف باسمه هذا قبل سقوط نظام الأسد في {from}.' },
  // Not «الإدارة الجديدة في سوريا»: a new administration in Washington and its policy «في سوريا» read so.
  { id: 'sy-new-rulers', syriaOnly: true, names: ['الإدارة السورية الجديدة', 'السلطات السورية الجديدة'], from: '2024-12-08', weight: 1, en: since('Syria\'s new administration (after Assad\'s fall)', '2024-12-08'), ar: 'لم تقم الإدارة السورية الجديدة قبل سقوط نظام الأسد في {from}.' },
  // «منذ»: counted from a fall that happened; «عقب» and «إثر» were hypotheses as «بعد» was.
  { id: 'assad-fallen', syriaOnly: true, names: ['منذ سقوط نظام الأسد', 'منذ سقوط الأسد', 'منذ سقوط بشار الأسد', 'منذ سقوط نظام بشار الأسد', 'الرئيس المخلوع بشار الأسد', 'الرئيس السوري المخلوع', 'المخلوع بشار الأسد', 'الأسد المخلوع', 'نظام الأسد المخلوع', 'نظام الأسد البائد', 'النظام السوري البائد'], from: '2024-12-08', weight: 1, en: since('Assad\'s rule told as fallen', '2024-12-08'), ar: 'سقط نظام الأسد في {from}.' },
  // The United States' envoy to Syria from 23 May 2025, named its ambassador to Turkey on 10 December 2024
  // (confirmed in April 2025): spelt three ways. Before, news of Syria had no reason to name him.
  { id: 'us-barrack-envoy', names: ['توماس باراك', 'توم باراك', 'توماس بارك', 'توم بارك', 'توماس براك', 'توم براك'], from: '2024-12-10', weight: 1, en: 'Tom Barrack was named US ambassador to Turkey on 2024-12-10 and has been envoy to Syria since 2025-05-23', ar: 'سُمّي توماس باراك سفيراً للولايات المتحدة لدى تركيا في {from}، وهو مبعوثها إلى سوريا منذ أيار 2025.' },
  { id: 'us-rubio', names: titled(US_SECRETARY, ['ماركو روبيو', 'روبيو']), notBefore: OFFICE_DEPUTY, from: '2025-01-21', weight: 1, en: 'Marco Rubio has been US Secretary of State since 2025-01-21', ar: 'ماركو روبيو وزير خارجية الولايات المتحدة منذ {from}.' },
  // Neighbours' leaders and ministers who speak of Syria's talks, from the day they took office. Before
  // it they held other posts, so only with the office's title before the name: after it, the title may
  // be the next man's («انتقد السيناتور ماركو روبيو وزير الخارجية الأمريكي جون كيري»).
  { id: 'lb-aoun-president', names: titled(['الرئيس اللبناني', 'رئيس الجمهورية اللبنانية'], ['جوزيف عون']), notBefore: OFFICE_DEPUTY, from: '2025-01-09', weight: 1, en: 'Joseph Aoun has been president of Lebanon since 2025-01-09 (army commander before)', ar: 'جوزيف عون رئيس لبنان منذ {from}.' },
  { id: 'iq-sudani', names: titled(['رئيس الوزراء العراقي', 'رئيس الحكومة العراقية', 'رئيس مجلس الوزراء العراقي'], ['محمد شياع السوداني', 'السوداني']), notBefore: OFFICE_DEPUTY, from: '2022-10-27', weight: 1, en: 'Mohammed Shia al-Sudani has been prime minister of Iraq since 2022-10-27', ar: 'محمد شياع السوداني رئيس وزراء العراق منذ {from}.' },
  { id: 'sa-bin-farhan', names: ['فيصل بن فرحان', 'الأمير فيصل بن فرحان'], from: '2019-02-01', weight: 1, en: 'Prince Faisal bin Farhan has been Saudi Arabia\'s foreign minister since 2019-10-23, its ambassador to Germany from February 2019', ar: 'الأمير فيصل بن فرحان وزير خارجية السعودية منذ تشرين الأول 2019، وكان قبلها سفيرها لدى ألمانيا منذ {from}.' },
  { id: 'jo-safadi', names: titled(['وزير الخارجية الأردني', 'وزير خارجية الأردن', 'نائب رئيس الوزراء وزير الخارجية الأردني', 'وزير الخارجية وشؤون المغتربين الأردني'], ['أيمن الصفدي', 'الصفدي']), from: '2017-01-15', weight: 1, en: 'Ayman Safadi has been Jordan\'s foreign minister since 2017-01-15', ar: 'أيمن الصفدي وزير خارجية الأردن منذ {from}.' },
  { id: 'eg-abdelatty', names: titled(['وزير الخارجية المصري', 'وزير خارجية مصر'], ['بدر عبد العاطي', 'عبد العاطي']), notBefore: OFFICE_DEPUTY, from: '2024-07-03', weight: 1, en: 'Badr Abdelatty has been Egypt\'s foreign minister since 2024-07-03 (its spokesman years before)', ar: 'بدر عبد العاطي وزير خارجية مصر منذ {from}.' },
  // The opposition's coalition, founded in Doha on 11 November 2012.
  { id: 'coalition', syriaOnly: true, names: ['الائتلاف الوطني لقوى الثورة والمعارضة السورية', 'الائتلاف الوطني السوري', 'الائتلاف الوطني لقوى الثورة والمعارضة', 'ائتلاف قوى الثورة والمعارضة'], from: '2012-11-11', weight: 1, en: since('The National Coalition of Syrian Revolution and Opposition Forces', '2012-11-11'), ar: 'تأسس «الائتلاف الوطني لقوى الثورة والمعارضة السورية» في {from}.' },
  { id: 'hnc', syriaOnly: true, talksBody: true, names: ['الهيئة العليا للمفاوضات'], from: '2015-12-10', weight: 1, en: since('The High Negotiations Committee', '2015-12-10'), ar: 'تأسست «الهيئة العليا للمفاوضات» في {from}.' },
  { id: 'snc', syriaOnly: true, talksBody: true, names: ['هيئة التفاوض السورية'], from: '2017-11-22', weight: 1, en: since('The Syrian Negotiation Commission', '2017-11-22'), ar: 'تأسست «هيئة التفاوض السورية» في {from}.' },
  { id: 'sdf', syriaOnly: true, names: ['قوات سوريا الديمقراطية', 'قسد'], from: '2015-10-10', weight: 1, en: since('The Syrian Democratic Forces', '2015-10-10'), ar: 'تأسست «قوات سوريا الديمقراطية» في {from}.' },
  { id: 'jabhat-fateh-al-sham', syriaOnly: true, names: ['جبهة فتح الشام'], from: '2016-07-28', weight: 1, en: since('Jabhat Fateh al-Sham', '2016-07-28'), ar: 'ظهر اسم «جبهة فتح الشام» في {from}.' },
  { id: 'hts', syriaOnly: true, names: ['هيئة تحرير الشام'], from: '2017-01-28', weight: 1, en: since('Hayat Tahrir al-Sham', '2017-01-28'), ar: 'تأسست «هيئة تحرير الشام» في {from}.' },
  // The Astana memorandum of 4 May 2017 named the zones; the plan was reported a fortnight before.
  { id: 'de-escalation-zones', syriaOnly: true, names: ['مناطق خفض التصعيد', 'منطقة خفض التصعيد', 'منطقة لخفض التصعيد', 'مناطق لخفض التصعيد', 'مناطق تخفيف التوتر', 'منطقة تخفيف التوتر'], from: '2017-04-20', weight: 1, en: since('The term de-escalation zones', '2017-04-20'), ar: 'ظهرت تسمية «مناطق خفض التصعيد» نحو {from}.' },
  // Proposed in the run-up to the Sochi congress (January 2018).
  { id: 'constitutional-committee', names: ['اللجنة الدستورية'], notAfter: OTHER_COMMITTEE_QUALIFIERS, from: '2017-11-01', weight: 1, en: since('The Syrian constitutional committee', '2017-11-01'), ar: 'طُرحت فكرة «اللجنة الدستورية» نحو {from}.' },
  { id: 'small-body', talksBody: true, names: ['الهيئة المصغرة'], from: '2019-09-23', weight: 1, en: since('The constitutional committee\'s small body', '2019-09-23'), ar: 'أُعلنت «الهيئة المصغرة» للجنة الدستورية في {from}.' },
];

/** Names of the eras only Syria's news has, and of the talks' own bodies, as the relevance judge reads them. */
export const SYRIA_ONLY_ERA_NAMES = ERAS.filter((e) => e.syriaOnly).flatMap((e) => e.names);
export const TALKS_BODY_NAMES = ERAS.filter((e) => e.talksBody).flatMap((e) => e.names);
