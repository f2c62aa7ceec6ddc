// Which actor a name in Arabic text names, shared by the build (src/ingest/link: an entry's actors and
// places) and the site (src/lib/search-names.ts: the actor filters a page is tagged with), so both read
// the same names with the same guards: not-variants («حافظ الأسد»), a title on someone's behalf
// («مبعوث الرئيس الروسي»), a qualified body noun («النظام الداخلي»), a family name after another first
// name («منذر الأسد»). Pure: no Astro, no file access.
import { foldArabic } from './arabic-fold.ts';
import { BODY_NOUN_COMPOUNDS, GOVERNING_NOUNS, NOT_ADJECTIVES, PARTICLES, VERBS_BEFORE_A_NAME } from './lexicon/name-words.ts';

export interface MatchableActor {
  id: string;
  kind: string;
  name_ar: string;
  variants: readonly string[];
  not_variants?: readonly string[] | undefined;
}

export interface ActorMatcher<A extends MatchableActor = MatchableActor> {
  pattern: RegExp | null;
  /** Folded variant → actor; null for a phrase that holds a variant but names someone else («حافظ الأسد»). */
  byVariant: Map<string, A | null>;
  /** Verbs besides the built-in list that stand before a named subject (the build's action words). */
  isVerb: (word: string) => boolean;
}

/** Folded text with punctuation turned to single spaces, for whole-word matching. */
export function foldWords(text: string, fold: (s: string) => string = foldArabic): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression over every folded name variant of the catalog (longest first, so
 * "ستيفان دي ميستورا" wins over "دي ميستورا", and «حافظ الأسد», a not-variant, wins over «الأسد»),
 * allowing the attached و ف ب ل ك and the article ال.
 */
export function actorMatcher<A extends MatchableActor>(actors: readonly A[], options: { isVerb?: (word: string) => boolean } = {}): ActorMatcher<A> {
  const byVariant = new Map<string, A | null>();
  const isVerb = options.isVerb ?? (() => false);
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const actor of sorted) {
    for (const name of actor.not_variants ?? []) {
      const folded = foldWords(name);
      if (folded.length >= 2) byVariant.set(folded, null);
    }
  }
  for (const actor of sorted) {
    for (const name of [actor.name_ar, ...actor.variants]) {
      const folded = foldWords(name);
      if (folded.length >= 2 && !byVariant.has(folded)) byVariant.set(folded, actor);
    }
  }
  if (byVariant.size === 0) return { pattern: null, byVariant, isVerb };
  const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
  return { pattern: new RegExp(`(?<=^| )(?:[وفبلك]{0,2}(?:ال)?)?(${alternatives})(?= |$)`, 'gu'), byVariant, isVerb };
}

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
// A bare family name («الأسد») right after a personal first name names another member of the family
// («منذر الأسد», «رفعت الأسد»). A first name is a word without the article that is neither a title or a
// noun governing the name, nor a verb or a particle (name-words.ts).
// An imperfect verb of the third person («يريد الأسد», «يواجه الأسد») is read as a verb, never a name.
const IMPERFECT = /^[وف]?ي\S{3,}$/u;
const withoutPrefix = (w: string) => [w, w.replace(/^[وفلبس]/u, ''), w.replace(/^[وف][لبس]/u, '')];

/** Whether a folded word standing before a family name is a personal first name («منذر», «ماهر»), not a title, a verb or a particle. */
export function isFirstName(word: string, isVerb: (w: string) => boolean = () => false): boolean {
  if (!/^\p{L}{2,}$/u.test(word) || /^(?:[وفبك]?ال|لل)/u.test(word)) return false;
  if (IMPERFECT.test(word)) return false;
  return !withoutPrefix(word).some((w) => GOVERNING_NOUNS.has(w) || PARTICLES.has(w) || VERBS_BEFORE_A_NAME.has(w) || isVerb(w));
}

/** Whether the folded word after a bare body noun («النظام») qualifies it into something else. */
export function isQualifier(word: string): boolean {
  return BODY_NOUN_COMPOUNDS.has(word) || (RELATIONAL_ADJECTIVE.test(word) && !NOT_ADJECTIVES.has(word));
}

export interface Mention<A extends MatchableActor = MatchableActor> {
  /** Offsets of the whole match (with any attached particle) in the folded text. */
  start: number;
  end: number;
  /** The actor named, or null when the phrase names someone else or a guard rejects it. */
  actor: A | null;
}

/**
 * Every name of the catalog in folded text (see foldWords), with the actor it names after the guards.
 * The matcher's own pattern is run from where the last match ended: `matchAll` would copy it first, and
 * a copy of a pattern of every name (5,000 characters) costs five times the scan of a quote (the link
 * stage asks for every event's quote).
 */
export function* mentions<A extends MatchableActor>(folded: string, matcher: ActorMatcher<A>): Generator<Mention<A>> {
  const pattern = matcher.pattern;
  if (!pattern) return;
  // Set before each search, not kept on the pattern: another search may run between two yields.
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(folded);
    if (!m) return;
    const start = m.index;
    const end = m.index + m[0].length;
    // No name is empty; were one, the next search starts a character on, as matchAll's would.
    from = end > start ? end : end + 1;
    const actor = matcher.byVariant.get(m[1]!) ?? null;
    yield { start, end, actor: actor && accepted(folded, m[0], m[1]!, start, end, actor, matcher) ? actor : null };
  }
}

/** The word right before `start` (a space between), or ''. */
const wordBefore = (folded: string, start: number): string => /(?:^| )(\S+) $/u.exec(folded.slice(Math.max(0, start - 40), start))?.[1] ?? '';
/** The word right after `end` (a space between), or ''. */
const wordAfter = (folded: string, end: number): string => /^ (\S+)/u.exec(folded.slice(end, end + 40))?.[1] ?? '';

// The words around a name are read only for a bare one-word variant, the only names their guards judge:
// read for every name found, the word before cost a pattern tried at each of 40 places.
function accepted(folded: string, whole: string, variant: string, start: number, end: number, actor: MatchableActor, matcher: ActorMatcher<MatchableActor>): boolean {
  if (actor.kind === 'person' && TITLE.test(variant) && ON_BEHALF.test(folded.slice(Math.max(0, start - 12), start))) return false;
  if (!BARE_WORD.test(variant)) return true;
  if (actor.kind === 'person') return !(whole === variant && isFirstName(wordBefore(folded, start), matcher.isVerb));
  return !isQualifier(wordAfter(folded, end));
}
