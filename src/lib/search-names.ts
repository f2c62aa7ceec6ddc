// Actors' names for search. content/actors/*.yaml lists each actor's Arabic name and the variants outlets
// write (دي ميستورا، دي مستورا، ديميستورا; لافرنتييف، لافرينتيف …). Every page is tagged at build time
// with a Pagefind filter `actor:<id>` for each actor it names in any spelling (an entry also for the
// actors and places it lists). A query that contains one of the names is run as that filter (with the
// query's other words, if any), joined with the word search of the query with the name written as the
// actor's file writes it first (name_ar), so Pagefind's stemming still finds الروسي for روسيا. Both
// depend only on which actor the query names, so every spelling of a name finds the same pages. A page names an actor
// when it has one of the names with any particle attached (ولافروف), or with the name's last word
// continued as Pagefind continues a query word (الكازاخستانية for كازاخستان).
//
// The guards of the build's actor matcher (src/lib/actor-match.ts) hold here too: a phrase that holds a
// name but names someone else (an actor's not_variants, «حافظ الأسد») is listed under NO_ACTOR, so a
// query for it runs as words, not as a filter; and namesInText, given the shared matcher, leaves out
// every name the matcher rejects in the page's text («الرئيس الراحل حافظ الأسد», «النظام الداخلي»,
// «منذر الأسد»).
import { foldWithMap } from './arabic-fold.ts';
import { mentions, type ActorMatcher, type MatchableActor } from './actor-match.ts';
import { searchTerms, sharedWordForms } from './search-normalize.ts';

export interface NamedActor { id: string; name_ar: string; variants: readonly string[]; not_variants?: readonly string[] | undefined }

/** Each actor's id with its names as query terms, space-separated: what the search page loads. */
export type NameTable = [id: string, names: string[]][];

/** The table's id for phrases that hold a name but name no actor of the catalog («حافظ الأسد»). */
export const NO_ACTOR = '';

export function nameTable(actors: readonly NamedActor[]): NameTable {
  const terms = (n: string) => searchTerms(n).join(' ');
  const notNames = new Set(actors.flatMap((a) => (a.not_variants ?? []).map(terms)).filter(Boolean));
  const table = actors.map((a) => {
    const names = new Set([a.name_ar, ...a.variants].map(terms).filter((n) => n !== '' && !notNames.has(n)));
    return [a.id, [...names]] as [string, string[]];
  }).filter(([, names]) => names.length > 0);
  return notNames.size > 0 ? [...table, [NO_ACTOR, [...notNames]]] : table;
}

interface Phrase { terms: string[]; ids: string[] }

/** Phrases by their first term (one phrase may name several actors). */
function byFirstTerm(table: NameTable): Map<string, Phrase[]> {
  const phrases = new Map<string, Phrase>();
  for (const [id, names] of table) {
    for (const n of names) {
      const p = phrases.get(n) ?? { terms: n.split(' '), ids: [] };
      if (!p.ids.includes(id)) p.ids.push(id);
      phrases.set(n, p);
    }
  }
  const index = new Map<string, Phrase[]>();
  for (const p of phrases.values()) index.set(p.terms[0]!, [...(index.get(p.terms[0]!) ?? []), p]);
  for (const list of index.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return index;
}

export interface NameMatch {
  /** The query as words, with each name written as its actor's file writes it first. */
  canonical: string;
  /** One entry a name found in the query: the actors it names (usually one). */
  actors: string[][];
  /** The query terms outside those names, without repeats. */
  rest: string[];
}

/** The names in a query (longest first, not overlapping) and the terms left around them. */
export function matchNames(query: string, table: NameTable): NameMatch {
  const terms = searchTerms(query);
  const index = byFirstTerm(table);
  const actors: string[][] = [];
  const rest = new Set<string>();
  for (let i = 0; i < terms.length;) {
    const p = index.get(terms[i]!)?.find((c) => c.terms.every((t, j) => terms[i + j] === t));
    if (p && p.ids.includes(NO_ACTOR)) { for (const t of p.terms) rest.add(t); i += p.terms.length; } // «حافظ الأسد»: words only
    else if (p) { actors.push(p.ids); i += p.terms.length; } else { rest.add(terms[i]!); i += 1; }
  }
  const first = new Map(table.filter(([id]) => id !== NO_ACTOR).map(([id, names]) => [id, names[0]!]));
  const canonical = [...new Set([...actors.map((ids) => first.get(ids[0]!)!), ...rest])].join(' ');
  return { canonical, actors, rest: [...rest] };
}

/** A name's last word also matches a page word that continues it, as Pagefind continues a query word. */
const MIN_CONTINUED = 4;
const continues = (forms: ReadonlySet<string>, term: string) =>
  forms.has(term) || (term.length >= MIN_CONTINUED && [...forms].some((f) => f.startsWith(term)));

/** Every start of `forms` a name's first term could be: each form and its starts of MIN_CONTINUED letters or more. */
function starts(forms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const f of forms) for (let n = Math.min(f.length, MIN_CONTINUED); n <= f.length; n++) out.add(f.slice(0, n));
  return out;
}

/**
 * `text` with every name the shared matcher rejects blanked out: the not-variants («حافظ الأسد») and the
 * names its guards turn down («النظام الداخلي», «مبعوث الرئيس الروسي», «منذر الأسد»). The matcher reads
 * folded text with punctuation runs as single spaces; a map takes its offsets back to `text`.
 */
export function withoutRejectedNames(text: string, matcher: ActorMatcher): string {
  const { text: folded, map } = foldWithMap(text);
  // The words as runs joined once (appending a character at a time to a string and asking it endsWith()
  // flattened the whole string each time: quadratic, 30 s for a 1 MB article). at[k] is the offset in
  // `folded` of character k of `words`; a space stands for the run of other characters it replaces.
  const runs: string[] = [];
  const at: number[] = [];
  let end = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (runs.length > 0) at.push(end);
    for (let j = 0; j < m[0].length; j++) at.push(m.index + j);
    runs.push(m[0]);
    end = m.index + m[0].length;
  }
  const trailing = runs.length > 0 && end < folded.length;
  if (trailing) at.push(end);
  const words = runs.join(' ') + (trailing ? ' ' : '');
  // The rejected names' spans in `text`, in order, blanked in one pass.
  const out: string[] = [];
  let pos = 0;
  for (const m of mentions(words, matcher)) {
    if (m.actor) continue;
    const from = map[at[m.start]!]!;
    const to = map[at[m.end - 1]!]! + 1;
    out.push(text.slice(pos, from), ' '.repeat(to - from));
    pos = to;
  }
  out.push(text.slice(pos));
  return out.join('');
}

/**
 * The actors `text` names, in any spelling and with any particle attached (بدي ميستورا، ولافروف). With
 * the build's matcher, a name it rejects (withoutRejectedNames) names no one.
 */
// The phrase index of each table, built once: every page of a build asks with the same table.
const phraseIndexes = new WeakMap<NameTable, Map<string, Phrase[]>>();
function actorPhrases(table: NameTable): Map<string, Phrase[]> {
  let index = phraseIndexes.get(table);
  if (!index) {
    index = byFirstTerm(table.filter(([id]) => id !== NO_ACTOR));
    phraseIndexes.set(table, index);
  }
  return index;
}

interface FirstTerms { short: string | undefined; terms: Set<string> }
// Each distinct word's first terms once for the whole build, as its forms (sharedWordForms); cleared when full.
const FIRST_TERMS_KEPT = 100_000;
const firstTermsSeen = new Map<string, FirstTerms>();
function firstTermsOf(w: string): FirstTerms {
  let candidates = firstTermsSeen.get(w);
  if (!candidates) {
    if (firstTermsSeen.size >= FIRST_TERMS_KEPT) firstTermsSeen.clear();
    // A name of several words may carry a particle on a first word too short to strip on its own (ودي ميستورا).
    const short = /^[وفبلك]/.test(w) ? searchTerms(w.slice(1))[0] : undefined;
    candidates = { short, terms: new Set([...starts(sharedWordForms(w)), ...(short ? [short] : [])]) };
    firstTermsSeen.set(w, candidates);
  }
  return candidates;
}

export function namesInText(text: string, table: NameTable, matcher?: ActorMatcher<MatchableActor>): string[] {
  const index = actorPhrases(table);
  const read = matcher ? withoutRejectedNames(text, matcher) : text;
  const raw = [...read.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => m[0]);
  // Each distinct word's forms and first terms once: an article repeats its words thousands of times.
  const words = raw.map(sharedWordForms);
  const found = new Set<string>();
  raw.forEach((w, i) => {
    const candidates = firstTermsOf(w);
    const { short } = candidates;
    for (const f of candidates.terms) {
      for (const p of index.get(f) ?? []) {
        const last = p.terms.length - 1;
        const first = last === 0 ? continues(words[i]!, f) : words[i]!.has(f) || f === short;
        if (first && p.terms.every((t, j) => j === 0 || (j === last ? continues(words[i + j] ?? new Set(), t) : words[i + j]?.has(t)))) {
          for (const id of p.ids) found.add(id);
        }
      }
    }
  });
  return [...found];
}
