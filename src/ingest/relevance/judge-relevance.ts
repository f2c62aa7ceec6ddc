import { foldLine, foldLines as folded } from '../shared/fold-line.ts';
import { lamForm } from '../../lib/lam-form.ts';
import { SYRIA_ONLY_ERA_NAMES, TALKS_BODY_NAMES } from '../../lib/lexicon/eras.ts';
import { ASTANA_NAMES, COMMITTEE_NAMES, CONGRESS_NAMES, DETAINEE_TASKS, DETAINEE_WORDS, FORMAT_WORDS, MEETING_NOUNS, ROUND_NOUNS_SINGULAR, SHARED_TALKS_WORDS, SPONSOR_PHRASES, SYRIA_NAMES, SYRIA_PLACES, TALKS_AIMS, TALKS_NOUNS, UN_ENVOY_TITLES, WORKING_GROUP_WORDS, definite } from '../../lib/lexicon/talks.ts';

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

export interface Relevance {
  relevant: boolean;
  strong: string[];
  weak: number;
  /** Syria is named: the word, a town, the format, a `syria_only` name. */
  syria: boolean;
}

const compiled = new WeakMap<readonly string[], { pattern: RegExp; canonical: Map<string, string> }>();

/** One pass over the text per term list: a regex of every term (longest first) with و ب ل allowed in
 *  front, a defined term also in its form after ل; each hit is counted as its term. */
function distinctHits(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  let found = compiled.get(terms);
  if (!found) {
    const canonical = new Map<string, string>();
    for (const t of terms) { canonical.set(t, t); if (t.startsWith('ال')) canonical.set(lamForm(t), t); }
    const alternatives = [...canonical.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    found = { pattern: new RegExp(`(?<=^| )[وبل]?(${alternatives})(?= |$)`, 'gu'), canonical };
    compiled.set(terms, found);
  }
  const hits = new Set<string>();
  for (const m of text.matchAll(found.pattern)) hits.add(found.canonical.get(m[1]!)!);
  return [...hits].sort();
}

/**
 * Is the article about the Syria talks? Distinct talks terms (plus the catalog's round and actor names,
 * folded) against generic ones, and a mention of Syria: the word, or a name only Syria's news uses (the
 * catalog's `syria_only` actors, folded, as `syriaNames`). Counting distinct terms, not occurrences,
 * keeps a long unrelated article from passing on one repeated word. `folded` is foldLine(text), when
 * the caller has it.
 */
export function judgeRelevance(text: string, catalogNames: readonly string[], folded = foldLine(text), syriaNames: readonly string[] = []): Relevance {
  const strong = [...new Set([...distinctHits(folded, STRONG), ...distinctHits(folded, catalogNames)])];
  const weak = distinctHits(folded, WEAK).length;
  const named = distinctHits(folded, syriaNames);
  const word = distinctHits(folded, SYRIA).length > 0;
  const syria = word || named.length > 0;
  // A name that alone tells of Syria does not also count as talks news: the talks' terms must be others.
  const talks = word ? strong : strong.filter((t) => !named.includes(t));
  return { relevant: syria && (talks.length >= 2 || (talks.length >= 1 && weak >= 2)), strong, weak, syria };
}
