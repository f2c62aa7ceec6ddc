import type { ActorMatcher } from './actor-matcher.ts';
import { ACTION_WORDS } from '../events/action-words.ts';
import { foldWords } from './fold-words.ts';

// "مبعوث الرئيس الروسي", "نائب وزير الخارجية": the person named after these words is not the one acting.
const ON_BEHALF = /(?:^| )(?:ال)?(?:مبعوث|موفد|ممثل|مستشار|مساعد|مساعدي|نائب|الخاص) $/u;
// A person named by office ("الرئيس الروسي", "وزير الخارجية"), not by name.
const TITLE = /^(?:ال)?(?:رييس|وزير|ملك|امير|مرشد)/u; // folded: رئيس → رييس
// A bare noun with the article standing for a body («النظام») names it only on its own: followed by a
// relational adjective («النظام الداخلي», «النظام الدولي», «النظام الإيراني», «النظام العالمي») or in a
// known compound («النظام العام») it is something else. Any other defined word after it is the verb's
// object or an adverb («واتهم النظام المعارضة», «رفض النظام المقترح الأممي»): it is still the body.
const BARE_WORD = /^ال\S+$/u;
const RELATIONAL_ADJECTIVE = /^ال\S{2,}(?:ي|يه)$/u; // folded: ـية → ـيه
const NOT_ADJECTIVES = new Set(['الذي', 'التي', 'اللذي']);
const COMPOUNDS = new Set(['العام']);
// A bare family name («الأسد») right after a personal first name names another member of the family
// («منذر الأسد», «رفعت الأسد»). A first name is a word without the article that is neither a title or a
// noun governing the name («الرئيس الأسد», «قوات الأسد», «عهد الأسد»), nor a verb or a particle
// («وقال الأسد», «بحث الأسد», «وكان الأسد»).
const GOVERNING_NOUNS = new Set([
  'رييس', 'نظام', 'قوات', 'حكومه', 'عهد', 'جيش', 'وفد', 'حكم', 'حزب', 'سلطه', 'سلطات', 'دوله', 'ميليشيات', 'مليشيات', 'شبيحه',
  'نظامه', 'عائله', 'ال', 'اسره', 'مخابرات', 'اجهزه', 'انصار', 'مويدي', 'موالي', 'مناصري', 'حلفاء', 'رحيل', 'سقوط', 'بقاء', 'تنحي',
  'مصير', 'دور', 'حليف', 'خطاب', 'كلمه', 'لقاء', 'مرسوم', 'اسقاط', 'ضد', 'لصالح', 'صور', 'صوره', 'رحيله', 'معارضي', 'وزير',
]);
const PARTICLES = new Set([
  'ان', 'كان', 'كانت', 'قد', 'لقد', 'مع', 'عن', 'علي', 'الي', 'في', 'من', 'بين', 'لدي', 'بعد', 'قبل', 'حول', 'منذ', 'عند', 'لان', 'كما',
  'اما', 'ثم', 'او', 'حتي', 'لكن', 'بل', 'لا', 'لم', 'لن', 'ما', 'هل', 'اذا', 'اذ', 'انه', 'انها', 'غير', 'سوي', 'دون', 'نحو', 'تجاه',
  'امام', 'خلال', 'عبر', 'يا', 'ليس', 'مثل', 'الا', 'اي', 'كل', 'بان', 'لكي', 'كي', 'عندما', 'حين', 'بينما', 'لما', 'وفق', 'حسب',
  'ظل', 'بات', 'اصبح', 'مازال', 'لايزال', 'يزال', 'زال', 'ايضا', 'سابقا', 'اليوم', 'امس', 'غدا', 'لاحقا',
]);
// Verbs that open a sentence before a named subject, besides those the events read (ACTION_WORDS).
const VERBS = new Set([
  'قال', 'قالت', 'اكد', 'اعلن', 'بحث', 'استقبل', 'التقي', 'اعتبر', 'راي', 'يري', 'وصف', 'اشار', 'اعرب', 'شدد', 'هنا', 'ابلغ', 'استبعد',
  'نفي', 'ترأس', 'تراس', 'امر', 'اصدر', 'عين', 'قرر', 'توجه', 'وجه', 'بعث', 'ابرق', 'تلقي', 'اجري', 'هاتف', 'القي', 'خاطب', 'زار',
  'يعتبر', 'يقول', 'اكد', 'دعا', 'طالب', 'حذر', 'رفض', 'وافق', 'اتهم', 'انتقد', 'هاجم', 'رحب', 'ثمن', 'جدد', 'عبر', 'لفت', 'تابع',
  'اضاف', 'اوضح', 'كشف', 'ذكر', 'افاد', 'نقل', 'صرح', 'وعد', 'تعهد', 'اقر', 'اعترف', 'ظهر', 'غادر', 'وصل', 'عاد', 'يستقبل', 'يلتقي',
  'يبحث', 'يوكد', 'يعلن', 'اجتمع', 'شارك', 'حضر', 'منح', 'اقال', 'كلف', 'سمح', 'فوض', 'يرفض', 'يطالب', 'تحدث', 'يتحدث', 'تمسك',
  'سيطر', 'حكم', 'ورث', 'خلف', 'يحكم', 'وقع', 'يوقع', 'صادق', 'اكتفي', 'ناقش', 'يناقش', 'ربط', 'اتفق', 'سعي', 'يسعي', 'حاول', 'يحاول',
]);
// An imperfect verb of the third person («يريد الأسد», «يواجه الأسد») is read as a verb, never a name.
const IMPERFECT = /^[وف]?ي\S{3,}$/u;
const withoutPrefix = (w: string) => [w, w.replace(/^[وفلبس]/u, ''), w.replace(/^[وف][لبس]/u, '')];

/** Whether a folded word standing before a family name is a personal first name («منذر», «ماهر»), not a title, a verb or a particle. */
export function isFirstName(word: string, isVerb: (w: string) => boolean = () => false): boolean {
  if (!/^\p{L}{2,}$/u.test(word) || /^(?:[وفبك]?ال|لل)/u.test(word)) return false;
  if (IMPERFECT.test(word)) return false;
  return !withoutPrefix(word).some((w) => GOVERNING_NOUNS.has(w) || PARTICLES.has(w) || VERBS.has(w) || isVerb(w));
}

/** Whether the folded word after a bare body noun («النظام») qualifies it into something else. */
export function isQualifier(word: string): boolean {
  return COMPOUNDS.has(word) || (RELATIONAL_ADJECTIVE.test(word) && !NOT_ADJECTIVES.has(word));
}

/** Actors and places (catalog ids) named in a quote, each once, in sorted order. */
export function linkActors(quote: string, matcher: ActorMatcher): { actors: string[]; places: string[] } {
  const actors = new Set<string>();
  const places = new Set<string>();
  if (!matcher.pattern) return { actors: [], places: [] };
  const folded = foldWords(quote);
  for (const m of folded.matchAll(matcher.pattern)) {
    const actor = matcher.byVariant.get(m[1]!);
    if (!actor) continue;
    const before = /(?:^| )(\S+) $/u.exec(folded.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '';
    const after = /^ (\S+)/u.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1] ?? '';
    if (actor.kind === 'person' && TITLE.test(m[1]!) && ON_BEHALF.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (actor.kind === 'person' && BARE_WORD.test(m[1]!) && m[0] === m[1] && isFirstName(before, (w) => ACTION_WORDS.has(w))) continue;
    if (actor.kind !== 'person' && BARE_WORD.test(m[1]!) && isQualifier(after)) continue;
    (actor.kind === 'place' ? places : actors).add(actor.id);
  }
  return { actors: [...actors].sort(), places: [...places].sort() };
}
