// Shapes of a headline that is a piece of a sentence, read on its words alone (folded): who acted is
// missing, what a verb needs is cut off, it opens inside a relative clause, or it ends on a part whose
// whole is cut off. Each is a reason in titleFaults.
import { foldLetters } from './fold-letters.ts';
import { wordsOf } from './text-words.ts';
import { POSSESSIVE, stemsBeforePronoun } from './stems-before-pronoun.ts';
import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';
import { SPEECH_VERBS } from '../../lib/lexicon/reporting-verbs.ts';
import { ORDINAL_WORDS } from './relative-time.ts';
import {
  ADJUNCT_PREPOSITIONS, ADJUNCT_TIME_WORDS, DANGLING, DEMONSTRATIVES, HAPPENING_VERBS, HAS_DAYS, PERSON_TITLES, PLACE_HEADS, RELATIVES, THE_LATTER,
} from '../../lib/lexicon/title-words.ts';
import { complementForms } from '../../lib/lexicon/complement-verbs.ts';
import { DURING_PART_WORDS } from '../../lib/lexicon/round-parts.ts';
import { formsOf, meetingForms } from '../../lib/lexicon/meeting-verbs.ts';
import { ACTION_VERBS } from '../../lib/lexicon/action-verbs.ts';

type Needs = { words: Set<string>; prefixes: string[]; orObject: boolean } | 'object';

// Every title word folded, through the per-word memo: the same words come back in every title checked.
const fold = foldLetters;
const noAnd = (w: string) => (w.length > 3 && /^[وف]/u.test(w) ? w.slice(1) : w);
const defined = (w: string) => /^(?:ال|لل)/u.test(w);

/** «على هامش», «في إطار»: a preposition opening a setting, not what a verb needs. */
const SETTING_NOUNS = new Set(DURING_PART_WORDS.map(fold));

const COMPLEMENTS = complementForms().map((c) => ({
  forms: new Set(c.forms.map(fold)),
  nouns: new Set(c.nouns.map(fold)),
  complement: (c.complement === 'object' ? 'object' : { words: new Set(c.complement.words.map(fold)), prefixes: c.complement.prefixes.map(fold), orObject: c.complement.orObject === true }) as Needs,
}));

// Finite verbs: every tense of the lexicon's verbs and the action words told in the future («ستشارك»).
const tensed = [meetingForms(['start', 'held', 'continue', 'end', 'expect', 'announce']), ...ACTION_VERBS.map(formsOf)];
const FINITE = new Set([
  ...tensed.flatMap((f) => [...f.past, ...f.present, ...f.future]).map(fold),
  ...[...ACTION_WORDS].filter((w) => /^س[يتن]/u.test(w)),
  // «يصل», «سيصل»: the imperfects of the action words and their future.
  ...[...ACTION_WORDS].filter((w) => /^ي/u.test(w)).flatMap((w) => [w, `س${w}`]),
  ...[...ACTION_WORDS].filter((w) => /^ت/u.test(w)).map((w) => `س${w}`),
  ...[...SPEECH_VERBS].filter((w) => !/^(?:ب|تحت)/u.test(w)),
  ...COMPLEMENTS.flatMap((c) => [...c.forms]),
]);
// A passive of happening names what happened after the place («تم في العاصمة التوقيع على …»): its
// subject is not missing. «الأخير» after a defined noun («الجولة الأخيرة») or one with a pronoun
// («اجتماعهم الأخير») is an adjective, and stands for no one.

const PLURAL_PERSON = /^(?:س?[يت]\S+(?:ون|ان)|\S+وا|س?ن\S{3,})$/u;

/** Index of the first word after the phrases of place, time or manner that open at `i` («في مدينة جنيف السويسرية»). */
function pastAdjuncts(w: readonly { f: string; comma: boolean }[], i: number): number {
  let k = i;
  while (k < w.length) {
    const x = w[k]!.f;
    const attached = !defined(x) && /^[بل]/u.test(x) && !ADJUNCT_PREPOSITIONS.has(x) && x.length >= 4;
    if (!ADJUNCT_PREPOSITIONS.has(x) && !attached && !ADJUNCT_TIME_WORDS.has(x) && !/^\d+$/u.test(x)) break;
    if (w[k]!.comma) return k + 1;
    k++;
    // «في مبنى الأمم المتحدة», «في مدينة جنيف السويسرية»: a chain of nouns up to a defined one, and the
    // defined ones after it; after a single name («في جنيف | الدورة الخامسة») a defined word is who acted.
    if (!attached) {
      const from = k;
      while (k < w.length && !defined(w[k]!.f) && !ADJUNCT_PREPOSITIONS.has(w[k]!.f) && !w[k - 1]!.comma) k++;
      const chain = k - from >= 2 || (k > from && PLACE_HEADS.has(w[from]!.f));
      if (k < w.length && !ADJUNCT_PREPOSITIONS.has(w[k]!.f) && (k === from || chain) && !w[k - 1]!.comma) k++;
      else if (k > from) {
        // «في سوتشي الروسية»: an adjective of the place (a defined word ending in «ي»), not who acted.
        while (k < w.length && defined(w[k]!.f) && /يه?$/u.test(w[k]!.f) && !w[k - 1]!.comma) k++;
        continue;
      }
    }
    while (k < w.length && defined(w[k]!.f) && !w[k - 1]!.comma) k++;
    if (k > 0 && w[k - 1]!.comma) return k;
  }
  return k;
}

/**
 * «ستشارك في …», «أعلن في مؤتمر صحافي …», «سيلتقون»: a verb first with no one doing it, either told by
 * its person («they», «we») or with nothing but where and when after it.
 */
function missingSubject(w: readonly { f: string; comma: boolean }[]): string | null {
  const verb = noAnd(w[0]?.f ?? '');
  if (!FINITE.has(verb) || HAPPENING_VERBS.has(verb)) return null;
  if (PLURAL_PERSON.test(verb)) return `no subject but the person of «${w[0]!.f}»`;
  if (!ADJUNCT_PREPOSITIONS.has(w[1]?.f ?? '') && !w[0]!.comma) return null;
  return pastAdjuncts(w, 1) >= w.length ? `no subject after «${w[0]!.f} ${w[1]?.f ?? ''}»` : null;
}

/** «تأكيد الأخير …»: «الأخير» names someone only the sentences before it name. */
function latterWithoutReferent(w: readonly string[]): string | null {
  const k = w.findIndex((x, i) => THE_LATTER.has(x) && (i === 0 || !defined(w[i - 1]!) && !POSSESSIVE.test(w[i - 1]!)));
  return k === -1 ? null : `«${w[k]}» without whom it stands for`;
}

/** «المحادثات التي تتولى رعايتها …»: a title that opens with a noun and its relative clause. */
function opensWithRelative(w: readonly string[]): string | null {
  // «وهذه المحادثات التي …»: a demonstrative before the noun.
  const k = DEMONSTRATIVES.has((w[0] ?? '').replace(/^و/u, '')) ? 1 : 0;
  return RELATIVES.has(w[k] ?? '') || RELATIVES.has(w[k + 1] ?? '') ? 'opens with a relative clause' : null;
}

/** «… سيحضر اليوم الثاني»: a day of something that the title does not name. */
function partWithoutWhole(w: readonly string[]): string | null {
  const [a, b] = w.slice(-2);
  if (w.length < 2 || noAnd(a!) !== 'اليوم' || !ORDINAL_WORDS.has(b!)) return null;
  // «أنهت اللجنة الدستورية أعمال اليوم الرابع»: the body that met is named.
  return w.slice(0, -2).some((x) => HAS_DAYS.has(noAnd(x))) ? null : `«${a} ${b}» of nothing`;
}

// A preposition written onto a noun, not a name that begins with its letter («ليبيا», «بيروت»).
const opens = (c: { words: Set<string>; prefixes: string[] }, x: string) =>
  c.words.has(x) || (!DANGLING.has(x) && x.length >= 4 && c.prefixes.some((p) => x.startsWith(p) && x[p.length] !== 'ي'));

/**
 * What is intended, after who intends it. A pronoun written onto the noun («عزمه») is who, and the
 * word after it is what; a verb («تعتزم») has who, then what; after a bare noun («نية»), what is a
 * defined word after a name, not after a title or a place («نية مبعوث الأمم المتحدة الخاص إلى سورية»
 * has who, not what).
 */
function hasObject(w: readonly string[], at: number, how: 'suffixed' | 'verb' | 'noun'): boolean {
  const after = w.slice(at + 1);
  if (how === 'suffixed') return after.length >= 1 && !ADJUNCT_PREPOSITIONS.has(after[0]!);
  if (how === 'verb') return after.length >= 2;
  return after.some((x, i) => {
    if (i < 2 || !defined(x)) return false;
    const prev = after[i - 1]!;
    return !defined(prev) && !PERSON_TITLES.has(prev) && !DANGLING.has(prev) && !ADJUNCT_PREPOSITIONS.has(after[i - 2]!);
  });
}

/** Every class's forms and nouns, and its nouns alone: what a word or its stem must be among to need anything. */
const COMPLEMENT_NOUNS = new Set(COMPLEMENTS.flatMap((c) => [...c.nouns]));
const COMPLEMENT_WORDS = new Set([...COMPLEMENT_NOUNS, ...COMPLEMENTS.flatMap((c) => [...c.forms])]);

/** «طالب المبعوث الدول الضامنة», «توصلت روسيا وإيران»: a verb cut off from what it needs. */
function cutComplement(w: readonly string[]): string | null {
  for (let at = 0; at < w.length; at++) {
    const x = noAnd(w[at]!);
    const stems = stemsBeforePronoun(x);
    // Most words are no verb or noun of any class: one lookup says so, not two or three in each class.
    if (!COMPLEMENT_WORDS.has(x) && !stems.some((n) => COMPLEMENT_NOUNS.has(n))) continue;
    for (const c of COMPLEMENTS) {
      // A word that is both («عزم»: he resolved, the resolve) is read as the noun, which needs more.
      const how = c.nouns.has(x) ? 'noun' : c.forms.has(x) ? 'verb' : stems.some((n) => c.nouns.has(n)) ? 'suffixed' : null;
      if (how === null) continue;
      const needs = c.complement;
      // With its owner written onto it («عزمه على»), what it needs comes next; «على هامش» opens a setting.
      const opensAt = (j: number): boolean => opens(needs as Exclude<Needs, 'object'>, w[j]!) && !SETTING_NOUNS.has(w[j + 1] ?? '');
      const reached = needs !== 'object' && (how === 'suffixed' ? at + 1 < w.length && opensAt(at + 1) : w.slice(at + 1).some((_, k) => opensAt(at + 1 + k)));
      const lacks = needs === 'object' ? !hasObject(w, at, how) : !reached && !(needs.orObject && hasObject(w, at, how));
      if (lacks) return `«${w[at]}» without what it needs`;
    }
  }
  return null;
}

/** Reasons `title` is a fragment of a sentence, not a headline. */
export function fragmentFaults(title: string): string[] {
  // The words titleFaults has just split: the same runs of non-spaces, folded by the same memo.
  const tokens = wordsOf(title).filter((x) => x.folded !== '').map((x) => ({ f: x.folded, comma: /[،,؛;:]$/u.test(x.raw) }));
  const w = tokens.map((x) => x.f);
  return [missingSubject(tokens), latterWithoutReferent(w), opensWithRelative(w), partWithoutWhole(w), cutComplement(w)].filter((x): x is string => x !== null);
}
