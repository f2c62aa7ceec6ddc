import { foldLine, foldLines as folded } from '../shared/fold-line.ts';
import { alternation } from '../../lib/alternation.ts';
import { lamForm } from '../../lib/lam-form.ts';
import { ORDINALS } from '../../lib/lexicon/numbers.ts';
import { SYRIA_ONLY_ERA_NAMES, TALKS_BODY_NAMES } from '../../lib/lexicon/eras.ts';
import { ASTANA_NAMES, NUR_SULTAN_NAMES, TALKS_CITY_NAMES, COMMITTEE_NAMES, CONGRESS_NAMES, DETAINEE_TASKS, DETAINEE_WORDS, FORMAT_WORDS, MEETING_NOUNS, NEGOTIATION_BODY_SHORT, ROUND_NOUNS_SINGULAR, ROUND_TRACK_LINKS, SHARED_TALKS_WORDS, SPONSOR_PHRASES, OTHER_TALKS_PARTIES, SYRIA_NAMES, SYRIA_PLACES, SYRIA_TALKS_PAIRS, TALKS_AIMS, TALKS_NOUNS, UN_ENVOY_TITLES, WORKING_GROUP_WORDS, definite } from '../../lib/lexicon/talks.ts';

// Talks vocabulary, folded. STRONG terms belong to the peace process itself; WEAK ones also occur in
// other news (a "round" of a football league, "the opposition" of another country, consultations on
// a government). Every spelling of the tracks' names counts («مسار آستانة» as «مسار أستانا»).
const STRONG = folded([
  ...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...SPONSOR_PHRASES, ...COMMITTEE_NAMES, ...DETAINEE_TASKS,
  ...FORMAT_WORDS.flatMap((f) => ASTANA_NAMES.map((a) => `${f} ${a}`)),
  ...UN_ENVOY_TITLES, ...TALKS_AIMS, ...CONGRESS_NAMES, ...TALKS_BODY_NAMES,
]);
const WEAK = folded([...ROUND_NOUNS_SINGULAR, ...SHARED_TALKS_WORDS, ...MEETING_NOUNS, ...definite(MEETING_NOUNS), ...DETAINEE_WORDS, ...WORKING_GROUP_WORDS]);
// The Astana format is Syria's alone: a story that names it need not say «سوريا» (a Syrian outlet rarely
// does); so are the bodies, groups and terms only its war and its talks have («الهيئة العليا للمفاوضات»،
// «مناطق خفض التصعيد»، «القرار 2254»). Its sponsors' phrase is not: Cyprus has guarantor states too.
const SYRIA = folded([...SYRIA_NAMES, ...SYRIA_PLACES, ...FORMAT_WORDS.flatMap((f) => ASTANA_NAMES.map((a) => `${f} ${a}`)), ...SYRIA_ONLY_ERA_NAMES]);

// Two names of Syria's talks together, each another's talks' too when alone, name Syria as surely as its
// word: de Mistura and the committee, Pedersen and the Astana talks. Not in a story that names another
// country whose talks share them (Libya's committee, de Mistura in Western Sahara).
const PAIRS = folded([...SYRIA_TALKS_PAIRS.flat(), ...NEGOTIATION_BODY_SHORT]);
/** Of those names, the ones that need no second: the opposition's negotiating body. */
const ALONE = new Set(folded(NEGOTIATION_BODY_SHORT));
const PAIR_OF = new Map(SYRIA_TALKS_PAIRS.flatMap((names, i) => folded(names).map((n) => [n, i] as const)));
const OTHERS = folded(OTHER_TALKS_PARTIES);

export interface Relevance {
  relevant: boolean;
  strong: string[];
  weak: number;
  /** Syria is named: the word, a town, the format, a `syria_only` name. */
  syria: boolean;
}

interface Term { words: string[]; term: string }

/** A list's terms (and each defined one's form after ل, counted as its term), longest first: the order a
 *  regex alternation of them tries them in. */
function termsOf(list: readonly string[]): Term[] {
  const canonical = new Map<string, string>();
  for (const t of list) { canonical.set(t, t); if (t.startsWith('ال')) canonical.set(lamForm(t), t); }
  return [...canonical.keys()].sort((a, b) => b.length - a.length).map((form) => ({ words: form.split(' '), term: canonical.get(form)! }));
}

/**
 * A list's terms that start with one word, by the word after it: the terms whose second word it is, with
 * the one-word terms among them, in list order; `single`, the one-word terms alone (for a second word no
 * term has, or none: the text's last word). A term of two words or more is found only where its second
 * word follows, so the first found among these is the first found among all: the catalog has 210 round
 * names starting «الجولة», and each «الجولة» of a story tried every one of them.
 */
interface ByNext { single: Term[]; next: Map<string, Term[]> }

/** For lists asked together: by a term's first word, each list's terms that start with it (in list order). */
type TermIndex = Map<string, Array<ByNext | undefined>>;

function byNextWord(terms: readonly Term[]): ByNext {
  const next = new Map<string, Term[]>();
  for (const t of terms) if (t.words.length > 1 && !next.has(t.words[1]!)) next.set(t.words[1]!, []);
  for (const t of terms) {
    if (t.words.length === 1) for (const list of next.values()) list.push(t);
    else next.get(t.words[1]!)!.push(t);
  }
  return { single: terms.filter((t) => t.words.length === 1), next };
}

function indexLists(lists: ReadonlyArray<readonly string[]>): TermIndex {
  const byFirst = new Map<string, Term[][]>();
  lists.forEach((list, l) => {
    for (const t of termsOf(list)) {
      let byList = byFirst.get(t.words[0]!);
      if (!byList) byFirst.set(t.words[0]!, (byList = []));
      (byList[l] ??= []).push(t);
    }
  });
  const index: TermIndex = new Map();
  for (const [first, byList] of byFirst) index.set(first, Array.from(byList, (terms) => (terms ? byNextWord(terms) : undefined)));
  return index;
}

/** The first of `terms` whose words are the text's from word i on (the first word given apart: it may have lost a prefix). */
function termAt(terms: ByNext | undefined, words: readonly string[], i: number): Term | undefined {
  if (!terms) return undefined;
  const left = words.length - i;
  for (const t of terms.next.get(words[i + 1]!) ?? terms.single) {
    const n = t.words.length;
    if (n > left) continue;
    let k = 1;
    while (k < n && words[i + k] === t.words[k]) k++;
    if (k === n) return t;
  }
  return undefined;
}

/**
 * The distinct terms of each list found in the text's words (a folded line split at its spaces), each
 * word tried with و ب ل in front taken off, then whole: for each list, what a scan by the regex
 * `(?<=^| )[وبل]?(term|…)(?= |$)`, longest term first, finds (a word a list's term ends on is not the
 * start of another of that list's), in one pass over the words for all the lists, one or two lookups
 * a word, instead of every character of the text tried against each list's hundreds of alternatives.
 */
function distinctHits(words: readonly string[], lists: ReadonlyArray<readonly string[]>, index: TermIndex): string[][] {
  const hits = lists.map(() => new Set<string>());
  const next = lists.map(() => 0);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    const bare = index.get(w);
    const prefixed = c === 0x648 || c === 0x628 || c === 0x644 ? index.get(w.slice(1)) : undefined;
    if (!bare && !prefixed) continue;
    for (let l = 0; l < lists.length; l++) {
      if (next[l]! > i) continue;
      const found = termAt(prefixed?.[l], words, i) ?? termAt(bare?.[l], words, i);
      if (!found) continue;
      hits[l]!.add(found.term);
      next[l] = i + found.words.length;
    }
  }
  return hits.map((h) => [...h].sort());
}

const BODIES = new Set(folded([...TALKS_BODY_NAMES]));
/** A round of the Astana format named by its number («أستانا 9»، «آستانة-13»): the format is Syria's alone,
 *  as its «مسار» and «صيغة» are. (A year after the city names something else: «أستانا 2017», the expo.) */
const ASTANA_ROUND = new RegExp(`^(?:${[...new Set(folded([...ASTANA_NAMES, ...NUR_SULTAN_NAMES]))].join('|')}) ?-?\\d{1,2}$`, 'u');
/** A round of the Astana talks by its ordinal, told as theirs («الجولة العاشرة من محادثات أستانا»): no other
 *  talks in the city have been counted so. Not a round «في أستانا», where any talks may meet. */
const ASTANA_NTH_ROUND = new RegExp(`(?:^| )[وبل]?(?:${alternation(ROUND_NOUNS_SINGULAR)}) (?:${alternation(Object.keys(ORDINALS))}|\\d{1,2})(?: (?:${alternation(ROUND_TRACK_LINKS)}))+ (?:${alternation([...ASTANA_NAMES, ...NUR_SULTAN_NAMES])})(?= |$)`, 'u');
const AIMS = new Set(folded([...TALKS_AIMS]));
/** The talks' host cities in every spelling: a brief naming one («نور سلطان») names a city, not the talks. */
const CITIES = new Set(folded(TALKS_CITY_NAMES));
/** Fewer words than this make a brief: a headline and a lead, or an agency's few lines. */
const BRIEF_WORDS = 150;

// The lists judged, the catalog's two among them: indexed once per catalog (one empty list for none).
const NO_NAMES: readonly string[] = [];
const NO_SAME: ReadonlyMap<string, string> = new Map();
const indexes = new WeakMap<readonly string[], WeakMap<readonly string[], TermIndex>>();

function listsIndex(catalogNames: readonly string[], syriaNames: readonly string[]): TermIndex {
  let bySyria = indexes.get(catalogNames);
  if (!bySyria) indexes.set(catalogNames, (bySyria = new WeakMap()));
  let index = bySyria.get(syriaNames);
  if (!index) bySyria.set(syriaNames, (index = indexLists([STRONG, catalogNames, WEAK, syriaNames, SYRIA, PAIRS, OTHERS])));
  return index;
}

/**
 * Is the article about the Syria talks? Distinct talks terms (plus the catalog's round and actor names,
 * folded) against generic ones, and a mention of Syria: the word, or a name only Syria's news uses (the
 * catalog's `syria_only` actors, folded, as `syriaNames`). Counting distinct terms, not occurrences,
 * keeps a long unrelated article from passing on one repeated word; `sameAs` takes each spelling of an
 * actor's name to one (pipeline-context.ts). `folded` is foldLine(text), and `words` its words, when the caller has them.
 */
export function judgeRelevance(text: string, catalogNames: readonly string[], folded = foldLine(text), syriaNames: readonly string[] = NO_NAMES, sameAs: ReadonlyMap<string, string> = NO_SAME, words: readonly string[] = folded.split(' ')): Relevance {
  const [strongTerms, found, weakTerms, named, syriaTerms, pairTerms, others] = distinctHits(words, [STRONG, catalogNames, WEAK, syriaNames, SYRIA, PAIRS, OTHERS], listsIndex(catalogNames, syriaNames)) as [string[], string[], string[], string[], string[], string[], string[]];
  // «هاكان فيدان» and «فيدان» are one man: a story naming a minister twice has one talks term, not two.
  const catalogTerms = found.map((t) => sameAs.get(t) ?? t);
  const strong = [...new Set([...strongTerms, ...catalogTerms])];
  const weak = weakTerms.length;
  const noOthers = others.length === 0;
  const paired = noOthers && (pairTerms.some((t) => ALONE.has(t)) || new Set(pairTerms.map((t) => PAIR_OF.get(t))).size >= 2);
  const word = syriaTerms.length > 0 || catalogTerms.some((t) => ASTANA_ROUND.test(t)) || paired || (noOthers && ASTANA_NTH_ROUND.test(folded));
  const syria = word || named.length > 0;
  // A name that alone tells of Syria does not also count as talks news: the talks' terms must be others.
  const namedAs = new Set(named.map((t) => sameAs.get(t) ?? t));
  const talks = word ? strong : strong.filter((t) => !namedAs.has(t));
  // A brief (a headline and a lead, an agency's few lines) has room for one talks term: a name of more
  // than one word will do there («المبعوث الأممي»، «مؤتمر سوتشي»، «دي ميستورا»), not a bare noun that
  // other talks share («المحادثات») nor a city the talks met in. Not an aim of the talks either («وقف
  // إطلاق النار» is as often a front's news), nor a body of theirs alone («الهيئة العليا للمفاوضات»
  // electing its head).
  const brief = words.length < BRIEF_WORDS && talks.some((t) => t.includes(' ') && !BODIES.has(t) && !AIMS.has(t) && !CITIES.has(t));
  return { relevant: syria && (talks.length >= 2 || (talks.length >= 1 && weak >= 2) || brief), strong, weak, syria };
}
