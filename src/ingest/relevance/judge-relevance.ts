import { foldLine, foldLines as folded } from '../shared/fold-line.ts';
import { ASTANA_NAMES, COMMITTEE_NAMES, CONGRESS_NAMES, DETAINEE_TASKS, DETAINEE_WORDS, FORMAT_WORDS, MEETING_NOUNS, ROUND_NOUNS_SINGULAR, SHARED_TALKS_WORDS, SPONSOR_PHRASES, SYRIA_NAMES, SYRIA_PLACES, TALKS_AIMS, TALKS_NOUNS, UN_ENVOY_TITLES, WORKING_GROUP_WORDS, definite } from '../../lib/lexicon/talks.ts';

// Talks vocabulary, folded. STRONG terms belong to the peace process itself; WEAK ones also occur in
// other news (a "round" of a football league, "the opposition" of another country, consultations on
// a government). Every spelling of the tracks' names counts («مسار آستانة» as «مسار أستانا»).
const STRONG = folded([
  ...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...SPONSOR_PHRASES, ...COMMITTEE_NAMES, ...DETAINEE_TASKS,
  ...FORMAT_WORDS.flatMap((f) => ASTANA_NAMES.map((a) => `${f} ${a}`)),
  ...UN_ENVOY_TITLES, ...TALKS_AIMS, ...CONGRESS_NAMES,
]);
const WEAK = folded([...ROUND_NOUNS_SINGULAR, ...SHARED_TALKS_WORDS, ...MEETING_NOUNS, ...definite(MEETING_NOUNS), ...DETAINEE_WORDS, ...WORKING_GROUP_WORDS]);
// The Astana format is Syria's alone: a story that names it need not say «سوريا» (a Syrian outlet rarely
// does). Its sponsors' phrase is not: Cyprus has guarantor states too.
const SYRIA = folded([...SYRIA_NAMES, ...SYRIA_PLACES, ...FORMAT_WORDS.flatMap((f) => ASTANA_NAMES.map((a) => `${f} ${a}`))]);

export interface Relevance {
  relevant: boolean;
  strong: string[];
  weak: number;
  /** Syria is named: the word, a town, the format, a `syria_only` name. */
  syria: boolean;
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** One pass over the text per term list: a regex of every term (longest first) with و ب ل allowed in front. */
function distinctHits(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  let pattern = compiled.get(terms);
  if (!pattern) {
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(`(?<=^| )[وبل]?(${alternatives})(?= |$)`, 'gu');
    compiled.set(terms, pattern);
  }
  const hits = new Set<string>();
  for (const m of text.matchAll(pattern)) hits.add(m[1]!);
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
  const syria = distinctHits(folded, SYRIA).length > 0 || distinctHits(folded, syriaNames).length > 0;
  return { relevant: syria && (strong.length >= 2 || (strong.length >= 1 && weak >= 2)), strong, weak, syria };
}
