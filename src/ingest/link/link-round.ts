import { edtfSpan, spansOverlap } from '../../lib/edtf.ts';
import type { RoundRef } from '../dating-contract.ts';
import { foldWords } from '../shared/fold-words.ts';
import { alternation } from '../../lib/alternation.ts';
import { OTHER_BODIES as OTHER_BODY_WORDS } from '../../lib/lexicon/talks.ts';
import { ORDINALS, SITTING_WORDS, TALKS_WORDS, TRACK_WORDS } from './track-words.ts';

export interface RoundLink {
  round?: string;
  /** How the round was found: the engine's round expression, a catalog alias, its track named and its
   *  dates, or only its dates. */
  by?: 'expression' | 'alias' | 'track' | 'date';
  flags: string[];
}

const PARTICLES = ['', 'و', 'ب', 'ل', 'في'];

// A list's one-word names as a set, each bare and with each particle written onto it, and its phrases
// apart, each with its first word and its whole text as they stand in the padded text after each
// particle: made once per list, so a text's words are each one lookup, and no string is built per call.
interface SplitList { words: Set<string>; phrases: Array<Array<{ first: string; padded: string }>> }
const splitLists = new WeakMap<readonly string[], SplitList>();
function splitList(list: readonly string[]): SplitList {
  let split = splitLists.get(list);
  if (!split) {
    const phrases = list.filter((w) => w.includes(' ')).map((phrase) => {
      const first = phrase.slice(0, phrase.indexOf(' '));
      return PARTICLES.map((p) => ({ first: `${p}${first}`, padded: ` ${p}${phrase} ` }));
    });
    split = { words: new Set(list.filter((w) => !w.includes(' ')).flatMap((w) => PARTICLES.map((p) => `${p}${w}`))), phrases };
    splitLists.set(list, split);
  }
  return split;
}

/**
 * Whether any name of a list, bare or with an attached particle, is in `padded` (folded words between
 * single spaces, see foldWords). The fewer of the text's words and the list's written forms are each
 * looked up among the others (a quote's few words in the list's set; a whole article's words put in a
 * set once, the list's forms looked up in it). A phrase is searched for in the text only when its first
 * word, with the particle, is one of the text's words (it always is when the phrase is there): a whole
 * article is not scanned again for every phrase. Each list is answered once per text (a quote is asked
 * for the talks' words twice).
 */
function namesIn(padded: string, words?: readonly string[]): (list: readonly string[]) => boolean {
  // The padded text's words but the empty one at either end, which no list's form is.
  const tokens = words ?? padded.split(' ');
  let tokenSet: Set<string> | undefined;
  const answers = new Map<readonly string[], boolean>();
  const anyOf = (list: readonly string[]): boolean => {
    const { words, phrases } = splitList(list);
    if (tokens.length <= words.size) {
      for (const t of tokens) if (words.has(t)) return true;
    } else {
      tokenSet ??= new Set(tokens);
      for (const w of words) if (tokenSet.has(w)) return true;
    }
    if (phrases.length === 0) return false;
    const known = (tokenSet ??= new Set(tokens));
    return phrases.some((forms) => forms.some(({ first, padded: phrase }) => known.has(first) && padded.includes(phrase)));
  };
  return (list) => {
    let found = answers.get(list);
    if (found === undefined) {
      found = anyOf(list);
      answers.set(list, found);
    }
    return found;
  };
}

// The tracks and their words listed once, not again for each quote that talks about a round.
const TRACK_LISTS = Object.entries(TRACK_WORDS);

function tracksNamed(anyIn: (list: readonly string[]) => boolean): Set<string> {
  const named = new Set<string>();
  for (const [track, words] of TRACK_LISTS) if (anyIn(words)) named.add(track);
  return named;
}

/**
 * The tracks a whole article names: a clause about a round's sitting with no track of its own is of one
 * of them. `folded` is foldWords(text), and `words` its words, when the caller has them: the same strings
 * the relevance judge looked up, whose hashes V8 keeps, so the set of them namesIn makes costs less.
 */
export function articleTracks(text: string, folded = foldWords(text), words: readonly string[] = folded.split(' ')): Set<string> {
  return tracksNamed(namesIn(` ${folded} `, words));
}

// Another body's sitting (the Security Council's, a parliament's) is not a round's.
const OTHER_BODIES = new RegExp(`(?:^| )(?:ل|و|ب)?(?:ال)?(?:${alternation(OTHER_BODY_WORDS)})(?= )`, 'u');

const CLAIMS: ReadonlyArray<[string, RegExp]> = Object.entries(TRACK_WORDS).map(([track, words]) => [
  track,
  new RegExp(` (?:ال)?(?:جوله|محادثات|مفاوضات|اجتماعات|مسار|صيغه) (?:من )?(?:محادثات |مفاوضات )?(?:${words.join('|')}) `, 'u'),
]);

// An ordinal of one word is named when it is one of the quote's words: looked up a word, not searched
// for in the quote once an ordinal (every event of a story about the talks asks).
const ORDINAL_WORD = new Map(Object.entries(ORDINALS).filter(([w]) => !w.includes(' ')));
const ORDINAL_PHRASES = Object.entries(ORDINALS).filter(([w]) => w.includes(' ')).map(([w, n]) => [` ${w} `, n] as const);

/** The round numbers a padded text names by their ordinals. */
function ordinalsIn(padded: string): Set<number> {
  const numbers = new Set<number>();
  for (const word of padded.split(' ')) {
    const n = ORDINAL_WORD.get(word);
    if (n !== undefined) numbers.add(n);
  }
  for (const [phrase, n] of ORDINAL_PHRASES) if (padded.includes(phrase)) numbers.add(n);
  return numbers;
}

/** Tracks named right after "round/talks of" ("جولة جنيف", "محادثات أستانا"): the venue the text gives the event. */
function venuesClaimed(padded: string): Set<string> {
  return new Set(CLAIMS.filter(([, pattern]) => pattern.test(padded)).map(([track]) => track));
}

interface PreparedRounds {
  byId: Map<string, RoundRef>;
  spans: Map<string, [number, number]>;
  /** The days each round was held on and those it was announced for before it was put off. */
  told: Map<string, [number, number][]>;
  /** Folded aliases of two words or more (one word, "أستانا", names a track, not a round). */
  aliases: Map<string, RoundRef>;
  aliasPattern: RegExp | null;
  /** By an event's date: its days, and the rounds held on one of them (most events of a story share a few dates). */
  byDate: Map<string, { span: [number, number] | null; overlapping: RoundRef[] }>;
}

const prepared = new WeakMap<readonly RoundRef[], PreparedRounds>();

/** How far before a round news of it is told (its announcement: the corpus's ran up to four months
 *  ahead) and after its end (the last day's reports, the delegations' return). */
const TOLD_AHEAD_DAYS = 120;
const TOLD_AFTER_DAYS = 14;

function prepare(rounds: readonly RoundRef[]): PreparedRounds {
  let p = prepared.get(rounds);
  if (!p) {
    const spans = new Map<string, [number, number]>();
    const told = new Map<string, [number, number][]>();
    for (const r of rounds) {
      const s = edtfSpan(`${r.start}/${r.end}`);
      if (!s) continue;
      spans.set(r.id, s);
      told.set(r.id, [s, ...(r.scheduled ?? []).map((x) => edtfSpan(`${x.start}/${x.end}`)).filter((x): x is [number, number] => x !== null)]);
    }
    const aliases: Array<[string, RoundRef]> = [];
    for (const r of rounds) for (const a of [r.name_ar, ...r.aliases_ar]) { const f = foldWords(a); if (f.split(' ').length >= 2) aliases.push([f, r]); }
    const alternatives = aliases.map(([f]) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
    const byAlias = new Map(aliases);
    p = { byId: new Map(rounds.map((r) => [r.id, r])), spans, told, aliases: byAlias, aliasPattern: alternatives ? new RegExp(` (${alternatives}) `, 'u') : null, byDate: new Map() };
    prepared.set(rounds, p);
  }
  return p;
}

/** How many dates' rounds are kept: a long-lived process (the dev server) meets dates without end. */
const DATES_KEPT = 10_000;

/** The date's days and the rounds held on one of them, the catalog's order kept. */
function onDate(p: PreparedRounds, rounds: readonly RoundRef[], date: string): { span: [number, number] | null; overlapping: RoundRef[] } {
  let known = p.byDate.get(date);
  if (!known) {
    const span = edtfSpan(date);
    known = { span, overlapping: span ? rounds.filter((r) => { const s = p.spans.get(r.id); return s !== undefined && spansOverlap(s, span); }) : [] };
    if (p.byDate.size >= DATES_KEPT) p.byDate.clear();
    p.byDate.set(date, known);
  }
  return known;
}

/**
 * The catalog round an event belongs to: a round expression the date engine resolved, else a catalog
 * alias in the quote, else the one round of a named track (or, with none named, the only round)
 * whose dates hold the event's date when the quote talks about a round; a quote that names only a
 * sitting («الجلسة العامة», «البيان الختامي») takes the one round of the article's tracks
 * (`tracksOfArticle`) whose dates hold the event's. When the quote calls the
 * event a round of another venue than the one the dates match, the round is linked by date and a
 * `venue-conflict` flag keeps the disagreement visible. `folded` is the quote's foldWords, when the
 * caller has it already.
 */
export function linkRound(quote: string, date: string, roundIds: readonly string[], rounds: readonly RoundRef[], tracksOfArticle: ReadonlySet<string> = new Set(), folded = foldWords(quote)): RoundLink {
  const padded = ` ${folded} `;
  const p = prepare(rounds);
  const { byId, told, aliases, aliasPattern } = p;
  const { span, overlapping } = onDate(p, rounds, date);
  // A round named but not met on the event's date is the event's only when it was still to come, or
  // just over: «الجولة الأولى» of a story of February 2016 is not Astana's of January 2017. Announced for
  // days it was later put off from, it is near those too.
  const near = (r: RoundRef | undefined): r is RoundRef => {
    const days = r && told.get(r.id);
    return days !== undefined && (!span || days.some((s) => span[1] >= s[0] - TOLD_AHEAD_DAYS && span[0] <= s[1] + TOLD_AFTER_DAYS));
  };
  const named = roundIds.map((id) => byId.get(id));
  let round: RoundRef | undefined = named.find((r) => r && overlapping.includes(r)) ?? named.find(near);
  let by: RoundLink['by'] = round ? 'expression' : undefined;
  // The aliases' pattern (every catalog alias of two words or more) is scanned over the quote only when
  // the engine's expression named no round: its answer is read for nothing else.
  const alias = round ? undefined : aliasPattern?.exec(padded)?.[1];
  if (!round && alias && near(aliases.get(alias))) { round = aliases.get(alias); by = 'alias'; }
  const anyIn = namesIn(padded);
  const sitting = !anyIn(TALKS_WORDS) && anyIn(SITTING_WORDS) && !OTHER_BODIES.test(padded);
  if (!round && sitting) {
    // Only a round of a track the article names, the one its dates hold.
    const candidates = overlapping.filter((r) => tracksOfArticle.has(r.track));
    if (candidates.length === 1) [round, by] = [candidates[0], 'track'];
  } else if (!round && anyIn(TALKS_WORDS)) {
    by = 'date';
    const named = tracksNamed(anyIn);
    const numbers = ordinalsIn(padded);
    let candidates = overlapping.filter((r) => numbers.size === 0 || (r.number !== null && numbers.has(r.number)));
    const onNamed = candidates.filter((r) => named.has(r.track));
    if (onNamed.length > 0) { candidates = onNamed; by = 'track'; }
    if (candidates.length === 1) round = candidates[0];
  }
  if (!round) return { flags: [] };
  const flags: string[] = [];
  const claimed = venuesClaimed(padded);
  const others = [...claimed].filter((t) => t !== round.track).sort();
  if (others.length > 0) {
    flags.push(`venue-conflict: the text calls it a round of ${others.join(', ')} but the date matches ${round.id}`);
  }
  return { round: round.id, by, flags };
}
