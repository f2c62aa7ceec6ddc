// Names in use only during a period, and what each says of the article's date: a city renamed, an
// envoy or a minister in office (weak: a past one can be recalled), a body or a term that did not exist
// before a day (a bound on one side only: `to` is open). The engine reads `names`; the English sentence
// is its diagnostic, the Arabic one the reader's, both from this one row.

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
}

const since = (what: string, day: string): string => `${what} exists since ${day}`;

export const ERAS: Era[] = [
  { id: 'nur-sultan', names: ['نور سلطان', 'نورسلطان', 'نور-سلطان', 'نور ـ سلطان', 'نور – سلطان'], from: '2019-03-20', to: '2022-09-17', weight: 2,
    en: 'Kazakhstan\'s capital was called Nur-Sultan from 2019-03-20 to 2022-09-17', ar: 'سُمّيت عاصمة كازاخستان «نور سلطان» من {from} إلى {to}.',
    notBefore: ['الرئيس', 'رئيس'], notAfter: ['نزارباييف', 'نزاربايف', 'نزار باييف', 'نزارباي', 'نزرباييف', 'نزارباييف،'] },
  // UN envoys in office: weak evidence, but it separates 2017 from 2022.
  { id: 'envoy-annan', names: ['كوفي أنان', 'كوفي عنان'], from: '2012-02-23', to: '2012-08-31', weight: 1, en: 'Kofi Annan was UN envoy from 2012-02-23 to 2012-08-31', ar: 'كان كوفي أنان المبعوث الأممي من {from} إلى {to}.' },
  { id: 'envoy-brahimi', names: ['الأخضر الإبراهيمي'], from: '2012-08-17', to: '2014-05-31', weight: 1, en: 'Lakhdar Brahimi was UN envoy from 2012-08-17 to 2014-05-31', ar: 'كان الأخضر الإبراهيمي المبعوث الأممي من {from} إلى {to}.' },
  { id: 'envoy-de-mistura', names: ['دي ميستورا', 'دي مستورا', 'ديميستورا'], from: '2014-07-10', to: '2018-12-31', weight: 1, en: 'Staffan de Mistura was UN envoy from 2014-07-10 to 2018-12-31', ar: 'كان ستافان دي ميستورا المبعوث الأممي من {from} إلى {to}.' },
  { id: 'envoy-pedersen', names: ['بيدرسن', 'بيدرسون', 'بيدرسين'], from: '2019-01-07', to: '2025-12-31', weight: 1, en: 'Geir Pedersen was UN envoy from 2019-01-07', ar: 'كان غير بيدرسن المبعوث الأممي منذ {from}.' },
  // Foreign ministers of the guarantor states and the host, in office.
  { id: 'fm-zarif', names: ['جواد ظريف'], from: '2013-08-15', to: '2021-08-25', weight: 1, en: 'Mohammad Javad Zarif was Iran\'s foreign minister from 2013-08-15 to 2021-08-25', ar: 'كان محمد جواد ظريف وزير خارجية إيران من {from} إلى {to}.' },
  { id: 'fm-cavusoglu', names: ['جاويش أوغلو', 'تشاووش أوغلو', 'جاووش أوغلو', 'تشاوش أوغلو', 'جاويش اوغلو'], from: '2014-08-29', to: '2023-06-04', weight: 1, en: 'Mevlut Cavusoglu was Turkey\'s foreign minister from 2014-08-29 to 2023-06-04', ar: 'كان مولود جاويش أوغلو وزير خارجية تركيا من {from} إلى {to}.' },
  { id: 'fm-abdrakhmanov', names: ['عبد الرحمانوف', 'عبدالرحمانوف'], from: '2016-12-28', to: '2019-02-18', weight: 1, en: 'Kairat Abdrakhmanov was Kazakhstan\'s foreign minister from 2016-12-28 to 2019-02-18', ar: 'كان خيرت عبد الرحمانوف وزير خارجية كازاخستان من {from} إلى {to}.' },
  // Bodies and terms that did not exist before a day.
  { id: 'hnc', names: ['الهيئة العليا للمفاوضات'], from: '2015-12-10', weight: 1, en: since('The High Negotiations Committee', '2015-12-10'), ar: 'تأسست «الهيئة العليا للمفاوضات» في {from}.' },
  { id: 'snc', names: ['هيئة التفاوض السورية'], from: '2017-11-22', weight: 1, en: since('The Syrian Negotiation Commission', '2017-11-22'), ar: 'تأسست «هيئة التفاوض السورية» في {from}.' },
  { id: 'sdf', names: ['قوات سوريا الديمقراطية', 'قسد'], from: '2015-10-10', weight: 1, en: since('The Syrian Democratic Forces', '2015-10-10'), ar: 'تأسست «قوات سوريا الديمقراطية» في {from}.' },
  { id: 'jabhat-fateh-al-sham', names: ['جبهة فتح الشام'], from: '2016-07-28', weight: 1, en: since('Jabhat Fateh al-Sham', '2016-07-28'), ar: 'ظهر اسم «جبهة فتح الشام» في {from}.' },
  { id: 'hts', names: ['هيئة تحرير الشام'], from: '2017-01-28', weight: 1, en: since('Hayat Tahrir al-Sham', '2017-01-28'), ar: 'تأسست «هيئة تحرير الشام» في {from}.' },
  // The Astana memorandum of 4 May 2017 named the zones; the plan was reported a fortnight before.
  { id: 'de-escalation-zones', names: ['مناطق خفض التصعيد', 'منطقة خفض التصعيد', 'منطقة لخفض التصعيد', 'مناطق لخفض التصعيد', 'مناطق تخفيف التوتر', 'منطقة تخفيف التوتر'], from: '2017-04-20', weight: 1, en: since('The term de-escalation zones', '2017-04-20'), ar: 'ظهرت تسمية «مناطق خفض التصعيد» نحو {from}.' },
  // Proposed in the run-up to the Sochi congress (January 2018).
  { id: 'constitutional-committee', names: ['اللجنة الدستورية'], from: '2017-11-01', weight: 1, en: since('The Syrian constitutional committee', '2017-11-01'), ar: 'طُرحت فكرة «اللجنة الدستورية» نحو {from}.' },
  { id: 'small-body', names: ['الهيئة المصغرة'], from: '2019-09-23', weight: 1, en: since('The constitutional committee\'s small body', '2019-09-23'), ar: 'أُعلنت «الهيئة المصغرة» للجنة الدستورية في {from}.' },
];
