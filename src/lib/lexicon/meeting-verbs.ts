// The verbs news uses for a meeting's life (open, be held, go on, close) and for what is expected,
// each given once by its perfect and imperfect stems; every person, number and tense that reports
// write is generated from them, so "ينعقد", "تنعقد", "انعقدت", "ستنعقد" and "انعقاد" come from one
// entry instead of a hand list per inflection. Passives need no forms of their own: unvoweled, most
// are written like the actives (عُقدت = عقدت، يُختتم = يختتم); form X's with a hamza after «است» is not
// (استأنف → استُؤنِف: the damma before the hamza seats it on و), and is generated with the perfects.
// Not عاد: «يعود إلى عام 2011» dates back, it does not resume a round.

export type MeetingRole = 'start' | 'held' | 'continue' | 'conclude' | 'end' | 'expect' | 'announce';

export interface VerbEntry {
  role: MeetingRole;
  /** Third person masculine singular perfect: بدأ، انطلق، انتهى، عاد. */
  perfect: string;
  /** Imperfect without its prefix: يبدأ → "بدأ", ينتهي → "نتهي", يعود → "عود". */
  imperfect: string;
  /** Verbal nouns and participles: انطلاق، منعقد. */
  nouns?: string[];
  /** Perfect forms the stems do not give («توقفت», form V beside form IV's stems). */
  extra?: string[];
  /** A verb of taking up again (استأنف): a round of the talks said to resume, with no number, is a new
   *  round opening, not a day of one going on. */
  resumes?: true;
  /** Generated forms that are spelled like another word once folded. */
  omit?: string[];
}

export const MEETING_VERBS: VerbEntry[] = [
  { role: 'start', perfect: 'بدأ', imperfect: 'بدأ', nouns: ['بدء'] },
  { role: 'start', perfect: 'انطلق', imperfect: 'نطلق', nouns: ['انطلاق', 'انطلاقة'] },
  { role: 'start', perfect: 'افتتح', imperfect: 'فتتح', nouns: ['افتتاح'] },
  { role: 'held', perfect: 'عقد', imperfect: 'عقد', nouns: ['انعقاد'] },
  { role: 'held', perfect: 'انعقد', imperfect: 'نعقد', nouns: ['منعقد', 'منعقدة'] },
  // Folded, the bare perfect «التأم» is «التام» (complete): only its other forms are used.
  { role: 'held', perfect: 'التأم', imperfect: 'لتئم', nouns: ['التئام'], omit: ['التأم'] },
  // «جرياً على العادة» (as is customary), folded, is spelled like the dual «جريا».
  { role: 'held', perfect: 'جرى', imperfect: 'جري', omit: ['جريا'] },
  // A meeting «في إطار الجولة العاشرة» is on one of the round's days, whatever its tense.
  { role: 'continue', perfect: 'التقى', imperfect: 'لتقي' },
  { role: 'continue', perfect: 'اجتمع', imperfect: 'جتمع' },
  // «الاجتماع الذي جمعه اليوم بنظيريه»: a meeting that brought them together. «تجمع» is as often a
  // gathering (a noun), «جمعا» an adverb.
  { role: 'continue', perfect: 'جمع', imperfect: 'جمع', omit: ['تجمع', 'جمعا'] },
  // Who takes part in a round, on a day told, does so on one of its days: «يشارك الوفد اليوم في
  // الجولة»، «شهدت أستانا أمس الجولة»، «ترأس لافرنتييف اليوم الوفد إلى الجولة».
  { role: 'continue', perfect: 'شارك', imperfect: 'شارك' },
  { role: 'continue', perfect: 'شهد', imperfect: 'شهد' },
  { role: 'continue', perfect: 'ترأس', imperfect: 'ترأس' },
  { role: 'continue', perfect: 'استأنف', imperfect: 'ستأنف', nouns: ['استئناف'], resumes: true },
  { role: 'continue', perfect: 'استكمل', imperfect: 'ستكمل', nouns: ['استكمال'] },
  { role: 'continue', perfect: 'تواصل', imperfect: 'تواصل', nouns: ['متواصلة', 'متواصل'] },
  // «يواصل المؤتمر أعماله اليوم»: the meeting carries on its work (form III, with an object). Not its noun
  // «مواصلة», as often a strike's or a campaign's («مواصلة إضرابهم»); not «تواصل», spelled as form VI's
  // perfect above, whose tense is read as it was.
  { role: 'continue', perfect: 'واصل', imperfect: 'واصل', omit: ['تواصل'] },
  { role: 'continue', perfect: 'استمر', imperfect: 'ستمر', nouns: ['مستمرة', 'مستمر'] },
  { role: 'continue', perfect: 'احتضن', imperfect: 'حتضن', nouns: ['احتضان'] },
  { role: 'continue', perfect: 'استضاف', imperfect: 'ستضيف', nouns: ['استضافة'] },
  // An agreement or a memorandum is met by its signing: «وقع الرئيسان يوم الاثنين مذكرة سوتشي»، «اتفاق
  // سوتشي الذي أبرم الاثنين»، «توصلا أمس إلى اتفاق موسكو». A day told of it is the agreement's, as one
  // told of a round's holding is the round's. Unvoweled «وقع» is also «took place», which dates it too.
  // «توقع» (expects) is the expect verb's; «اتفاق» is an agreement's name, not its concluding.
  { role: 'conclude', perfect: 'وقع', imperfect: 'وقع', nouns: ['توقيع'], omit: ['توقع'] },
  { role: 'conclude', perfect: 'أبرم', imperfect: 'برم', nouns: ['إبرام'] },
  { role: 'conclude', perfect: 'توصل', imperfect: 'توصل' },
  { role: 'conclude', perfect: 'اتفق', imperfect: 'تفق' },
  // «تبنى الوزراء اليوم إعلان موسكو»، «القرار 2254 الذي تبناه مجلس الأمن»: a declaration or a resolution is
  // met by its adoption, as an agreement by its signing.
  { role: 'conclude', perfect: 'تبنى', imperfect: 'تبنى' },
  { role: 'end', perfect: 'اختتم', imperfect: 'ختتم', nouns: ['اختتام', 'ختام'] },
  { role: 'end', perfect: 'انتهى', imperfect: 'نتهي', nouns: ['انتهاء'] },
  // «انفضت الجولة دون نتائج»: the meeting broke up.
  { role: 'end', perfect: 'انفض', imperfect: 'نفض', nouns: ['انفضاض'] },
  // «أنهت الجولة أعمالها»: the round, or its hosts, bring it to its end.
  { role: 'end', perfect: 'أنهى', imperfect: 'نهي', nouns: ['إنهاء'] },
  { role: 'expect', perfect: 'ارتقب', imperfect: 'رتقب', nouns: ['المرتقب', 'المرتقبة', 'مرتقب', 'مرتقبة'] },
  { role: 'expect', perfect: 'ترقب', imperfect: 'ترقب' },
  { role: 'expect', perfect: 'توقع', imperfect: 'توقع', nouns: ['المتوقع', 'متوقع'] },
  { role: 'expect', perfect: 'انتظر', imperfect: 'نتظر', nouns: ['المنتظر', 'المنتظرة'] },
  // What is announced, planned or called for is still to come when the report is written.
  { role: 'announce', perfect: 'أعلن', imperfect: 'علن', nouns: ['إعلان'] },
  { role: 'announce', perfect: 'اعتزم', imperfect: 'عتزم', nouns: ['اعتزام', 'عزم', 'عزمه', 'عزمها'] },
  { role: 'announce', perfect: 'نوى', imperfect: 'نوي', nouns: ['نية'] },
  { role: 'announce', perfect: 'دعا', imperfect: 'دعو', nouns: ['الدعوة'] },
  { role: 'announce', perfect: 'حدد', imperfect: 'حدد', nouns: ['تحديد'] },
  // Not the noun «تنظيم»: «تنظيم الدولة» is a group, not a plan.
  { role: 'announce', perfect: 'نظم', imperfect: 'نظم', nouns: ['التحضير', 'التحضيرات', 'الإعداد', 'التمهيد'] },
];

/** The verbs whose subject is the city a meeting is held in («استضافت سوتشي القمة»، «تحتضن أستانا الجولة»). */
export const HOSTING_VERBS = ['استضاف', 'احتضن'];

export interface Forms { past: string[]; present: string[]; future: string[]; nouns: string[] }

/** Perfect forms: he, she, they (m.), the two (m., f.). */
export function perfects(p: string): string[] {
  // A final ى or ا (انتهى، دعا) drops before the endings; ى comes back as ي before the dual's ا (أجريا).
  if (p.endsWith('ى')) { const s = p.slice(0, -1); return [p, `${s}ت`, `${s}وا`, `${s}يا`, `${s}تا`]; }
  if (p.endsWith('ا')) { const s = p.slice(0, -1); return [p, `${s}ت`, `${s}وا`, `${s}تا`]; }
  // A final أ: the dual is «بدآ», which folded is «بدا» (it seemed): left out.
  if (p.endsWith('أ')) return [p, `${p}ت`, `${p}وا`, `${p.slice(0, -1)}ؤوا`, `${p}تا`];
  return [p, `${p}ت`, `${p}وا`, `${p}ا`, `${p}تا`];
}

/** Imperfect forms: he, she/they (f. pl. written with ت), we, they (m.), the two. Not "I": folded,
 *  «ألتقي» and «أنطلق» are spelled like the perfects «التقى» and «انطلق». */
function imperfects(i: string): string[] {
  const persons = ['ي', 'ت', 'ن'].map((x) => x + i);
  const stem = i.endsWith('ي') || i.endsWith('و') ? i.slice(0, -1) : i;
  return [...persons, `ي${stem}ون`, `ي${i}ان`, `ت${i}ان`];
}

/** The passive perfect when it is spelled otherwise than the active: form X with a hamza after «است»
 *  (استأنف → استؤنف). Other passives, unvoweled, are the active's letters. */
function passivePerfect(p: string): string | undefined {
  const passive = p.replace(/^استأ/u, 'استؤ');
  return passive === p ? undefined : passive;
}

export function formsOf(entry: Omit<VerbEntry, 'role'>): Forms {
  const keep = (w: string): boolean => !(entry.omit ?? []).includes(w);
  const present = imperfects(entry.imperfect).filter(keep);
  const passive = passivePerfect(entry.perfect);
  return {
    past: [...perfects(entry.perfect), ...(passive ? perfects(passive) : []), ...(entry.extra ?? [])].filter(keep),
    present,
    future: present.map((w) => `س${w}`),
    nouns: entry.nouns ?? [],
  };
}

/** Every form of the verbs of some roles, by tense. */
export function meetingForms(roles: MeetingRole[]): Forms {
  const out: Forms = { past: [], present: [], future: [], nouns: [] };
  for (const e of MEETING_VERBS) {
    if (!roles.includes(e.role)) continue;
    const f = formsOf(e);
    out.past.push(...f.past); out.present.push(...f.present); out.future.push(...f.future); out.nouns.push(...f.nouns);
  }
  return out;
}

/** All forms of some roles in one list (for matching, when the tense is read separately). */
export function allForms(roles: MeetingRole[]): string[] {
  const f = meetingForms(roles);
  return [...new Set([...f.past, ...f.present, ...f.future, ...f.nouns])];
}
