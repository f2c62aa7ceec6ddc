// Meetings of the catalog told in a writer's own words rather than by a name the catalog lists: «استضافت
// باريس الخميس مؤتمراً دولياً حول سوريا» for «مؤتمر باريس حول سوريا», «المؤتمر السنوي الثامن الذي تنظمه
// بروكسل» for «مؤتمر بروكسل الثامن». Outside the official agencies news seldom writes a meeting's name as
// the catalog does, least of all for the one-off conferences of recent years. A name's content words (its
// head, its city, its subject, its ordinal) standing in one clause around its head, in any order and
// inflection, tell the meeting that name does; an alias of two content words («قمة سوتشي») says too little
// when scattered, and is left to the name parser.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser, ParseContext, RoundRef } from '../types.ts';
import { WORD_START, WORD_END, alternation } from '../constants.ts';
import { ROUND_WORD_RE } from './pieces.ts';
import { COMPLEMENTIZERS, RELATIVE_PRONOUNS, RELATIVE_PRONOUNS_MORE } from '../../../lib/lexicon/clause-words.ts';
import { STOP_WORDS } from '../../../lib/lexicon/stop-words.ts';
import { GENERIC_MEETING_ADJECTIVES, HOLDING_NOUNS, MEETING_FORM_WORDS, MEETING_HEAD_PLURALS, MEETING_NOUN_VERBS, OTHER_OCCASIONS, RANK_WORDS, PARTY_ADJECTIVES, PRESS_MEETING_ADJECTIVES, SERIES_ADJECTIVES } from '../../../lib/lexicon/talks.ts';
import { ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { AFTER_WORDS, BEFORE_WORDS, JOINED_CONJUNCTIONS, JOINED_PREPOSITIONS, SINCE_PREPOSITIONS, TOPIC_PREPOSITIONS, PLACE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { NEXT_CLAUSE_WORDS } from '../../../lib/lexicon/clause-words.ts';
import { DAY_NUMBER_LEADS, WEEKDAY_LEADS, WEEKDAY_NAMES } from '../../../lib/lexicon/calendar.ts';
import { RELATIVE_DAYS, TIMES_OF_DAY } from '../../../lib/lexicon/time-words.ts';
import { MEETING_VERBS, formsOf as verbForms } from '../../../lib/lexicon/meeting-verbs.ts';
import { sentenceAround } from '../anchor/sentences.ts';
import { namesOtherTalks } from '../anchor/other-talks.ts';

/** Syria is written «سوريا» and «سورية» (folded «سوريه»), but «سورية» bare is as often the adjective
 *  («مجموعة عمل أردنية سورية أميركية»): it is the country with a conjunction or preposition written onto it,
 *  and bare where no other adjective of origin stands beside it («بشأن سورية»، «مستقبل سورية»). */
const SYRIA = foldArabic('سوريا');
const SYRIA_OTHER = foldArabic('سورية');

/** The forms a written word may be the same word in (`country`: a bare «سورية» is the country): without a conjunction, a preposition or the article
 *  written onto it, and without the accusative's alif («مؤتمراً»). Only forms of three letters or more. */
function formsOf(word: string, country: boolean): string[] {
  const out = new Set<string>();
  const add = (w: string, isCountry: boolean): void => {
    if (w.length < 3) return;
    out.add(w === SYRIA_OTHER && isCountry ? SYRIA : w);
    if (w.length > 4 && w.endsWith('ا') && w !== SYRIA) out.add(w.slice(0, -1));
  };
  add(word, country);
  for (const conj of ['', ...JOINED_CONJUNCTIONS]) {
    if (conj && !word.startsWith(conj)) continue;
    const a = word.slice(conj.length);
    add(a, country || conj !== '');
    // With the article it is the adjective («السورية»، «للسورية»), never the country.
    for (const prep of JOINED_PREPOSITIONS) if (a.startsWith(prep)) { add(a.slice(prep.length), prep !== 'لل'); if (prep !== 'لل' && a.startsWith(`${prep}ال`)) add(a.slice(prep.length + 2), false); }
    if (a.startsWith('ال')) add(a.slice(2), false);
  }
  return [...out];
}

/** Each word is met many times over a corpus: its forms are kept, in a store that forgets when it grows. */
const FORMS_KEPT = 20_000;
const kept = [new Map<string, string[]>(), new Map<string, string[]>()];
function wordForms(word: string, country = false): string[] {
  const store = kept[country ? 1 : 0]!;
  let forms = store.get(word);
  if (forms === undefined) {
    if (store.size >= FORMS_KEPT) store.clear();
    store.set(word, (forms = formsOf(word, country)));
  }
  return forms;
}

const NEVER = /(?!)/gu;
const ROUND_WORD_START = new RegExp(`^(?:${ROUND_WORD_RE})\\s`, 'u');
/** How many words before its head a name's other words may stand («استضافت باريس الخميس مؤتمراً»), and
 *  how many after it («مؤتمر وزاري خُصص لبحث مستقبل سوريا»). */
const WORDS_BEFORE = 5;
const WORDS_AFTER = 12;
/** The fewest content words a name needs to be recognized scattered. */
const MIN_WORDS = 3;

const fold = (words: readonly string[]): Set<string> => new Set(words.map(foldArabic));
const FUNCTION_WORDS = new Set([...STOP_WORDS, ...fold(TOPIC_PREPOSITIONS), ...fold(PLACE_PREPOSITIONS)]);
const BARRIERS = fold(COMPLEMENTIZERS);
const RELATIVES = fold([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE]);
const PRESS = fold(PRESS_MEETING_ADJECTIVES);
const OTHER_MEETINGS = new Set(MEETING_HEAD_PLURALS.map(foldArabic).flatMap((w) => wordForms(w)));
const DAY_WORDS = fold(WEEKDAY_LEADS);
const GENERIC = new Set(GENERIC_MEETING_ADJECTIVES.map(foldArabic).flatMap((w) => wordForms(w)));
const PLACE_WORDS = fold(PLACE_PREPOSITIONS.slice(0, 1));
const PLACE_OPENERS = new Set([...PLACE_WORDS].flatMap((w) => [w, ...JOINED_CONJUNCTIONS.map((c) => `${c}${w}`)]));
const LINK_WORDS = new Set([...fold(TOPIC_PREPOSITIONS), ...fold(PLACE_PREPOSITIONS)]);
/** How far after the head or a word of the name its ordinal may stand. */
const ORDINAL_REACH = 2;
const SERIES = new Set(SERIES_ADJECTIVES.map(foldArabic).flatMap((w) => wordForms(w)));
/** Prepositions before an ordinal that make it a day's or a list's, not a name's. */
const ORDINAL_LEADS = new Set([...fold(PLACE_PREPOSITIONS), ...fold(DAY_NUMBER_LEADS)]);
const PARTIES = new Set(PARTY_ADJECTIVES.map(foldArabic));
/** A nationality adjective's masculine stem («الإيرانية» → «ايراني»), or undefined for another word. */
const party = (word: string): string | undefined => {
  const stem = word.replace(/^[وف]?(?:ال)?/u, '').replace(/ه$/u, '');
  return PARTIES.has(stem) ? stem : undefined;
};
const HOLDING = new Set(HOLDING_NOUNS.map(foldArabic));
/** Each finite form of a meeting noun's verb, folded, to the noun («التقيا» → «لقاء»). */
const VERB_HEADS = new Map(MEETING_NOUN_VERBS.flatMap(([noun, perfect]) => {
  const entry = MEETING_VERBS.find((e) => e.perfect === perfect);
  if (!entry) return [];
  const f = verbForms(entry);
  return [...f.past, ...f.present, ...f.future].map((v) => [foldArabic(v), foldArabic(noun)] as const);
}));
/** How far after a verb its name's words may stand: its subject, its object and the place («التقى الرئيس
 *  التركي رجب طيب أردوغان، اليوم الأربعاء، نظيره الروسي فلاديمير بوتين في منتجع سوتشي»). */
const WORDS_AFTER_VERB = 16;
/** The widest span of the story's time other evidence may leave a name of a city, a form and Syria alone
 *  (an envoy's or a minister's term), and a meeting read from its verb (a president's: the Sochi meetings
 *  of Putin and Erdogan are told with «الرئيس التركي», in office from 2014; not the Olympics' Sochi of a
 *  prime minister Erdogan, nor a story with no time of its own). */
const GENERIC_BOUND = 6 * 366;
const VERB_BOUND = 13 * 366;
const OCCASIONS = OTHER_OCCASIONS.map(foldArabic);
const FORM = new Set(MEETING_FORM_WORDS.map(foldArabic).flatMap((w) => wordForms(w)));
const RANKS = new Set(RANK_WORDS.map(foldArabic).flatMap((w) => wordForms(w)));
/** Words past which a name's words are another clause's: a time counted off («قبل يومين من استقباله
 *  أردوغان»، «بعد ستة أسابيع من محادثاتهما في سوتشي») or a next clause. */
const REACH_STOPS = new Set([...BEFORE_WORDS, ...AFTER_WORDS, ...SINCE_PREPOSITIONS, ...NEXT_CLAUSE_WORDS.filter((w) => !w.includes(' '))].map(foldArabic).flatMap((w) => [w, ...JOINED_CONJUNCTIONS.map((c) => `${c}${w}`)]));
const DAY_PARTS = new Set(TIMES_OF_DAY.filter((w) => !w.includes(' ')).map(foldArabic));
const TIME_WORDS = new Set([...Object.keys(RELATIVE_DAYS).map(foldArabic), ...Object.values(WEEKDAY_NAMES).flat().map(foldArabic)]);

/** Words of ordinals («الثامن»، «الثانية والثلاثين»), folded and without the article. */
const ORDINAL_WORDS = new Set(Object.keys(ORDINALS).flatMap((k) => foldArabic(k).split(' ')).flatMap((w) => wordForms(w)));

/** A name's words after its head the text must hold, each as the set of its forms. `counted`: a name of a
 *  head, a city and a count alone («لقاء موسكو الثاني»), whose count holds only after the city or after a
 *  word of a series («المؤتمر السنوي الثامن»): «اللقاء الثاني في موسكو» is any second meeting held there.
 *  `generic`: a name of a city, a form and Syria alone, which needs other evidence of its time. */
interface Bag { ids: string[]; words: Set<string>[]; ordinals: Set<Set<string>>; counted: boolean; generic: boolean; least: string[][] }

/**
 * A word's forms that hold no other of its forms: a sentence holds one of the word's forms exactly when it
 * holds one of these (a form inside another is in every text the longer one is in), read for every head
 * a text names. «سوريا» stays: it stands for «سورية» too.
 */
const leastForms = (word: ReadonlySet<string>): string[] =>
  [...word].filter((f) => f === SYRIA || ![...word].some((g) => g !== f && f.includes(g)));

interface Index { re: RegExp; bagsByHead: Map<string, Bag[]>; headForms: Set<string>; cityOf: Map<string, string>; bagsOfHead: Map<string, Bag[]> }
const cache = new WeakMap<RoundRef[], Index | null>();

/** One key for a word of a name in any of its written forms: its shortest form (a number stays itself). */
const wordKey = (w: string): string => (/^\d+$/u.test(w) ? w : [...wordForms(w, true)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? w);
const isCount = (key: string): boolean => /^\d+$/u.test(key) || ORDINAL_WORDS.has(key);

function index(rounds: RoundRef[]): Index | null {
  const hit = cache.get(rounds);
  if (hit !== undefined) return hit;
  // Every name of every meeting, as the keys of its content words; with its city's, which a name may leave out.
  const names: { id: string; keys: Set<string>; city: string }[] = [];
  const byKey = new Map<string, { words: string[][]; keys: string[]; ids: string[] }>();
  for (const r of rounds) {
    const city = wordKey(foldArabic(r.city_ar ?? ''));
    for (const alias of [r.name_ar, ...r.aliases_ar]) {
      const folded = foldArabic(alias).replace(/[()«»"“”]/gu, ' ').replace(/\s+/g, ' ').trim();
      const content = folded.split(' ').filter((w) => !FUNCTION_WORDS.has(w) && (/\p{L}{3}/u.test(w) || /^\d+$/u.test(w)));
      names.push({ id: r.id, keys: new Set([...content.map(wordKey), ...(city ? [city] : [])]), city });
      // A number in a name is read by the round parser and the name parser, with the words it belongs to:
      // scattered, «مؤتمر جنيف 2» would be any conference in Geneva. A numbered round's names with a round
      // word are the round parser's.
      if (content.length < MIN_WORDS || /\d/.test(folded) || (r.number !== null && ROUND_WORD_START.test(folded))) continue;
      // A name's bare «سورية» is the country.
      const words = content.map((w) => [...wordForms(w, true)].sort());
      const keys = content.map(wordKey);
      const key = [...keys].sort().join(' ');
      const bag = byKey.get(key) ?? { words, keys, ids: [] };
      if (!bag.ids.includes(r.id)) bag.ids.push(r.id);
      byKey.set(key, bag);
    }
  }
  const bagsByHead = new Map<string, Bag[]>();
  const headForms = new Set<string>();
  const cities = cityKeys(rounds);
  // The names holding each key: a bag's series is looked for among those holding its rarest key, not
  // among all 1,111 names for each of 253 bags (10 ms of the first article dated).
  const namesWith = new Map<string, typeof names>();
  for (const n of names) {
    for (const k of n.keys) {
      const those = namesWith.get(k);
      if (those) those.push(n);
      else namesWith.set(k, [n]);
    }
  }
  for (const { words, keys, ids } of byKey.values()) {
    // A name without the count of the meetings it shares with others of a series («مؤتمر الرياض للمعارضة
    // السورية», the catalog's name of the first, when the second is «مؤتمر الرياض الثاني للمعارضة السورية»)
    // names any of them.
    const among = keys.reduce((few, k) => { const those = namesWith.get(k) ?? []; return those.length < few.length ? those : few; }, names);
    const series = among.filter((n) => keys.every((k) => n.keys.has(k)) && [...n.keys].every((k) => keys.includes(k) || isCount(k) || k === n.city));
    const all = [...new Set([...ids, ...series.map((n) => n.id)])].sort();
    const rest = words.slice(1).map((f) => new Set(f));
    const ordinals = new Set(rest.filter((w) => [...w].some((f) => ORDINAL_WORDS.has(f))));
    // A name of a city, a form and Syria (or Syrian) alone («مؤتمر باريس حول سوريا»، «الاجتماع الثلاثي في موسكو»،
    // «مؤتمر القاهرة للمعارضة السورية»).
    const generic = rest.every((w) => [...w].some((f) => cities.has(f) || FORM.has(f) || f === SYRIA || f === SYRIA_OTHER));
    const bag: Bag = { ids: all, words: rest, ordinals, counted: rest.length - ordinals.size <= 1, generic, least: rest.map(leastForms) };
    for (const form of words[0]!) {
      headForms.add(form);
      bagsByHead.set(form, [...(bagsByHead.get(form) ?? []), bag]);
    }
  }
  const cityOf = new Map(rounds.map((r) => [r.id, wordKey(foldArabic(r.city_ar ?? ''))]));
  const verbs = [...VERB_HEADS].filter(([, noun]) => bagsByHead.has(noun)).map(([verb]) => verb);
  const head = `(?:ال)?(?:${alternation([...headForms])})`;
  const verb = alternation(verbs.length ? verbs : ['(?!)']);
  // The pattern is scanned over the whole text: a head or a verb is looked for ahead first, and the word's
  // look-behind tried only where one starts (tried first, the look-behind ran at every character: the
  // scan was a worker's costliest regex). The look-ahead holds wherever a match starts: the same matches.
  const value = headForms.size ? { re: new RegExp(`(?=${head}|${verb})${WORD_START}(?:${head}ا?|${verb})${WORD_END}`, 'gu'), bagsByHead, headForms, cityOf, bagsOfHead: new Map() } : null;
  cache.set(rounds, value);
  return value;
}

/** The catalog's cities, as keys, once per catalog. */
const CITY_KEYS = new WeakMap<RoundRef[], Set<string>>();
const cityKeys = (rounds: RoundRef[]): Set<string> => {
  let keys = CITY_KEYS.get(rounds);
  if (!keys) CITY_KEYS.set(rounds, (keys = new Set(rounds.map((r) => wordKey(foldArabic(r.city_ar ?? ''))))));
  return keys;
};

/** `comma`: a comma stands between the word before and this one. */
interface Word { text: string; start: number; comma: boolean }

/** Whether the sentence last asked holds each form asked of it: a sentence often holds several heads. */
let heldOf: { folded: string; from: number; to: number; held: Map<string, boolean> } = { folded: '', from: 0, to: 0, held: new Map() };
function heldIn(folded: string, from: number, to: number): Map<string, boolean> {
  if (heldOf.folded !== folded || heldOf.from !== from || heldOf.to !== to) heldOf = { folded, from, to, held: new Map() };
  return heldOf.held;
}

/** The words of the sentence `[from, to)`, each with its offset. */
function sentenceWords(folded: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let last = from;
  for (const m of folded.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ text: m[0], start: from + m.index, comma: /[،,;]/u.test(folded.slice(last, from + m.index)) });
    last = from + m.index + m[0].length;
  }
  return out;
}

/** The word after a head that keeps it the same meeting: an adjective («مؤتمراً دولياً»، «المؤتمر السنوي»),
 *  a relative («الاجتماع الذي استضافته الرياض»), a preposition, a day, or a word of the name. A noun makes
 *  it another meeting («مؤتمر أصدقاء سوريا»، «اجتماع مجلس الأمن»، «اجتماع لنواب وزراء …» for the ministers'),
 *  and a press conference is no meeting. */
function keepsHead(word: string | undefined, bag: Bag): boolean {
  if (word === undefined) return true;
  const forms = wordForms(word);
  if (forms.some((f) => PRESS.has(f))) return false;
  if (RELATIVES.has(word) || LINK_WORDS.has(word) || forms.some((f) => TIME_WORDS.has(f))) return true;
  if (bag.words.some((w) => forms.some((f) => w.has(f)))) return true;
  return forms.some((f) => /\p{L}{2}ي(?:ه|ا|ين|ان)?$/u.test(f));
}

/** Whether the words around the head `h` hold every word of a name. The reach stops at a reported
 *  clause's opening («قال في باريس إن …») and at another meeting's head, whose words are its own
 *  («اجتماعاً في الرياض … على غرار اجتماع العقبة»). An ordinal counts only just after the head or after
 *  another of the name's words («المؤتمر السنوي الثامن»، «مؤتمر بروكسل الثامن»): before the head it counts
 *  meetings of any kind («أول لقاء علني بين البلدين»), and farther it is another thing's («الأول من أيار»). */
function holds(bag: Bag, words: Word[], forms: string[][], breaks: Set<number>, h: number, headForms: Set<string>, reach: number): boolean {
  const raw = words.map((w) => w.text);
  const own = (i: number): boolean => bag.words.some((w) => forms[i]!.some((f) => w.has(f)));
  const stops = (i: number): boolean => BARRIERS.has(raw[i]!) || REACH_STOPS.has(raw[i]!) || (forms[i]!.some((f) => headForms.has(f) || OTHER_MEETINGS.has(f)) && !own(i));
  const found = new Map<Set<string>, number[]>();
  const see = (i: number): void => { for (const w of bag.words) if (forms[i]!.some((f) => w.has(f))) found.set(w, [...(found.get(w) ?? []), i]); };
  // A day told between the name's words and its head («تستضيف السعودية مساء اليوم الجمعة اجتماعاً») does not
  // push them out of reach.
  const timeWord = (i: number): boolean => forms[i]!.some((f) => TIME_WORDS.has(f) || DAY_PARTS.has(f));
  for (let i = h - 1, left = WORDS_BEFORE; i >= 0 && left > 0 && !stops(i) && !breaks.has(i + 1); i--) {
    see(i);
    if (!timeWord(i)) left--;
  }
  for (let i = h + 1; i <= Math.min(forms.length - 1, h + reach) && !stops(i) && !breaks.has(i); i++) see(i);
  const named = new Set(bag.words.filter((w) => !bag.ordinals.has(w)).flatMap((w) => found.get(w) ?? []));
  return bag.words.every((w) => {
    const at = found.get(w);
    if (!at) return false;
    if (!bag.ordinals.has(w)) return true;
    const afterHead = (i: number): boolean => (bag.counted ? i === h + 2 && forms[h + 1]!.some((f) => SERIES.has(f)) : i > h && i - h <= ORDINAL_REACH);
    return at.some((i) => nameOrdinal(raw[i]!, raw[i - 1]) && (afterHead(i) || [...named].some((j) => i > j && i - j <= ORDINAL_REACH)));
  });
}

/** The commas a name's words do not cross: each word after one, unless the words between it and the next
 *  comma (or those between the one before and it) are a day or a place set off alone («استضافت باريس،
 *  الخميس، مؤتمراً»، «وفي الرياض، بدأت المعارضة اجتماعاً»), or a relative opens a clause of the head's
 *  («القمة، التي انطلقت في جدة»). «القمة العربية، ثم سافر إلى جدة» puts the city in another clause. */
function clauseBreaks(words: Word[]): Set<number> {
  const commas = words.flatMap((w, i) => (w.comma ? [i] : []));
  const aside = (from: number, to: number): boolean => to > from && to - from <= 3 && (PLACE_OPENERS.has(words[from]!.text) ||
    words.slice(from, to).every((w) => wordForms(w.text).some((f) => TIME_WORDS.has(f)) || DAY_WORDS.has(w.text)));
  const out = new Set<number>();
  commas.forEach((c, k) => {
    const previous = commas[k - 1] ?? 0;
    const next = commas[k + 1] ?? words.length;
    if (!aside(c, next) && !aside(previous, c) && !RELATIVES.has(words[c]!.text)) out.add(c);
  });
  return out;
}

/** A name's words followed by an adjective of a kind or an origin the name does not tell: «مؤتمر الحوار
 *  الوطني الكردي»، «الاجتماع التشاوري العربي حول غزة»، «القمة العربية الإسلامية» are other meetings. An
 *  adjective any meeting may take («الدولي»، «الموسع») does not make it another. */
function otherKind(bag: Bag, words: Word[], forms: string[][], h: number): boolean {
  for (let i = h + 1; i < forms.length; i++) {
    const f = forms[i]!;
    if (bag.words.some((w) => f.some((x) => w.has(x))) || f.some((x) => SERIES.has(x) || GENERIC.has(x))) continue;
    const w = words[i]!.text;
    return !RELATIVES.has(w) && /^ال\p{L}{2,}ي(?:ه)?$/u.test(w) && !f.some((x) => ORDINAL_WORDS.has(x));
  }
  return false;
}

/** An indefinite head after a verbal noun of holding: «لعقد مؤتمر»، «احتمال عقد مؤتمر». Not «عقد» opening
 *  its clause, unvoweled the passive verb («عُقد مؤتمر دولي حول سوريا»). */
function proposed(words: Word[], h: number): boolean {
  if (h === 0 || /^[وف]?(?:ال|لل)/u.test(words[h]!.text)) return false;
  const before = words[h - 1]!.text;
  if (before.startsWith('ل') && HOLDING.has(before.slice(1))) return true;
  return HOLDING.has(before) && h >= 2 && !/^[وف]$/u.test(words[h - 2]!.text);
}

/** Whether a bare «سورية» at `i` is the country: no nationality adjective before or after it. */
function countryAt(words: Word[], i: number): boolean {
  return party(words[i - 1]?.text ?? '') === undefined && party(words[i + 1]?.text ?? '') === undefined && !NISBA_BEFORE.test(words[i - 1]?.text ?? '');
}
/** An adjective of origin before it («أردنية سورية»), listed or not. */
const NISBA_BEFORE = /^\p{L}{3,}يه$/u;

/** The parties a head's adjectives name («القمة الروسية الإيرانية التركية»), when the name names its own:
 *  a party more is another meeting (the three's summit is no Russian-Turkish one). */
function sameParties(bag: Bag, words: Word[], h: number): boolean {
  const own = new Set(bag.words.flatMap((w) => [...w].map(party)).filter((x) => x !== undefined));
  if (!own.size) return true;
  for (let i = h + 1; i < words.length; i++) {
    const p = party(words[i]!.text);
    if (p === undefined) break;
    if (!own.has(p)) return false;
  }
  return true;
}

/** The catalog's cities told as a place («في سوتشي»، «بسوتشي») in the head's reach. */
function placesNear(words: Word[], h: number, cities: Set<string>): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, h - WORDS_BEFORE); i <= Math.min(words.length - 1, h + WORDS_AFTER); i++) {
    const w = words[i]!.text;
    if (i > 0 && PLACE_WORDS.has(words[i - 1]!.text) && cities.has(wordKey(w))) out.add(wordKey(w));
    const joined = /^[وف]?ب(\p{L}{3,})$/u.exec(w)?.[1];
    if (joined && cities.has(wordKey(joined))) out.add(wordKey(joined));
  }
  return out;
}

/** A name's ordinal has the article, and no preposition before it: «أول لقاء» is a first meeting of any
 *  kind, «في الأول من أيار» a day. */
function nameOrdinal(word: string, before: string | undefined): boolean {
  return /^[وف]?(?:ال|لل)/u.test(word) && (before === undefined || !ORDINAL_LEADS.has(before));
}

export const describedMeeting: Parser = {
  name: 'described-meeting',
  pattern: (ctx: ParseContext) => index(ctx.rounds)?.re ?? NEVER,
  extract(m, ctx): Parsed | null {
    const idx = index(ctx.rounds);
    if (!idx) return null;
    // Most heads stand in sentences holding no other word of a name: those are left before the words are read.
    const [from, to] = sentenceAround(ctx.folded, m.index);
    const sentence = ctx.folded.slice(from, to);
    const held = heldIn(ctx.folded, from, to);
    const holdsForm = (f: string): boolean => {
      let yes = held.get(f);
      if (yes === undefined) held.set(f, (yes = sentence.includes(f) || (f === SYRIA && sentence.includes(SYRIA_OTHER))));
      return yes;
    };
    // A meeting told by its verb («التقى بوتين وأردوغان في سوتشي») is its noun's names'.
    const verb = VERB_HEADS.get(m[0]);
    // The same few heads come back in every article: each one's bags are gathered once.
    let ofHead = idx.bagsOfHead.get(m[0]);
    if (!ofHead) idx.bagsOfHead.set(m[0], (ofHead = verb ? idx.bagsByHead.get(verb) ?? [] : wordForms(m[0]).flatMap((f) => idx.bagsByHead.get(f) ?? [])));
    const heads = ofHead.filter((b) => b.least.every((forms) => forms.some(holdsForm)));
    if (!heads.length || OCCASIONS.some((o) => sentence.includes(o))) return null;
    const words = sentenceWords(ctx.folded, from, to);
    const h = words.findIndex((w) => w.start <= m.index && m.index < w.start + w.text.length);
    if (h < 0) return null;
    const forms = words.map((w, i) => wordForms(w.text, w.text.endsWith(SYRIA_OTHER) && countryAt(words, i)));
    const present = new Set(forms.flat());
    const bags = heads.filter((b) => b.words.every((w) => [...w].some((f) => present.has(f))));
    if (!bags.length || namesOtherTalks({ start: m.index, end: m.index + m[0].length }, [from, to], ctx.folded, 'meeting') || (!verb && proposed(words, h))) return null;
    const breaks = clauseBreaks(words);
    const nounHead = (b: Bag): boolean => keepsHead(words[h + 1]?.text, b) && !otherKind(b, words, forms, h);
    // A rank the name lacks («نواب وزراء الخارجية»، «ممثلي الدول الضامنة») is another meeting's.
    const rank = (b: Bag): boolean => forms.some((f, i) => Math.abs(i - h) <= (verb ? WORDS_AFTER_VERB : WORDS_AFTER) && f.some((x) => RANKS.has(x)) && !b.words.some((w) => f.some((x) => w.has(x))));
    // A count with a city alone («المؤتمر السنوي الخامس في بروكسل») is any series' held there, unless Syria is
    // its subject.
    const counted = (b: Bag): boolean => b.counted && b.ordinals.size > 0 && !present.has(SYRIA);
    // Told by its verb, a meeting is its name's only with who met: a city and Syria are any meeting's there.
    const fits = bags.filter((b) => !rank(b) && !counted(b) && !(verb && b.generic) && (verb || nounHead(b)) && holds(b, words, forms, breaks, h, idx.headForms, verb ? WORDS_AFTER_VERB : WORDS_AFTER) && sameParties(b, words, h));
    const matched = [...new Set(fits.flatMap((b) => b.ids))].sort();
    // «… الأولى في سوتشي»: a place told near the head keeps the meetings held there.
    const places = placesNear(words, h, new Set(idx.cityOf.values()));
    const ids = places.size ? matched.filter((id) => places.has(idx.cityOf.get(id)!)) : matched;
    // Only a name of a city, a form and Syria matched: the story needs other evidence near the meeting.
    const generic = fits.filter((b) => b.ids.some((id) => ids.includes(id))).every((b) => b.generic);
    if (!ids.length) return null;
    const named = ids.map((id) => ctx.rounds.find((x) => x.id === id)!);
    const r = named[0]!;
    const track = named.every((x) => x.track === r.track) ? { track: r.track } : {};
    return {
      start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'described-meeting',
      ...(verb ? { bounded: VERB_BOUND } : generic ? { bounded: GENERIC_BOUND } : {}),
      stated: named.length === 1 ? { roundId: r.id, track: r.track, ...(r.number !== null ? { round: r.number } : {}) } : { roundIds: ids, ...track },
    };
  },
};
