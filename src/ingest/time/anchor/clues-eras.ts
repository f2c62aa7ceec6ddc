// Era clues: a name in use only during a period dates the article to it (Nur-Sultan 2019-2022;
// more weakly, the UN envoy or a minister of the day; a body that did not exist before a day).
import { parseDay } from '../../../lib/calendar.ts';
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Clue } from '../types.ts';
import { alternation, withLam } from '../constants.ts';
import { CHAIR_TITLES, ERAS as LEXICON_ERAS } from '../../../lib/lexicon/eras.ts';
import { formerAround } from './former-holder.ts';
import type { ClueContext } from './clue-context.ts';
import { isLetterUnit, isSpaceUnit } from '../../shared/unit-class.ts';
import { wordTrie, wordsAt as namesAt, type WordNode } from '../word-trie.ts';
import { HELD_TIE_WEIGHT, roundTie } from './clues-rounds.ts';
import { PREDECESSOR } from './round-candidates.ts';
import { recallsIn, yearsIn } from './recalled.ts';
import { PLUPERFECT_AUXILIARIES } from '../../../lib/lexicon/clause-words.ts';
import { sentenceAt, sentenceSpans } from './sentences.ts';

/** The last word of each of an era's names, folded: a text holding none of them cannot match, and a
 *  substring test costs far less than the era's pattern (sixty eras, run on every article). */
const lastWords = (names: string[]): string[] => [...new Set(names.map((n) => foldArabic(n).trim().split(/\s+/u).pop()!))];

/** How many runs of spaces a match of one of the names can hold: one a space of the name, at most. */
const mostSpaces = (names: string[]): number => Math.max(...names.map((n) => foldArabic(n).split(' ').length - 1));

/** An era's names, and each defined one after ل («للجنة الدستورية»، «للإدارة السورية الجديدة»), where the
 *  preposition takes the article's alef and so is not a prefix the pattern can strip. */
const namesOf = (era: (typeof LEXICON_ERAS)[number]): string[] => withLam(era.names);

/** An era's pattern: its names (or some of them), not after or before the words that make them someone else's. */
const eraSource = (era: (typeof LEXICON_ERAS)[number], names = namesOf(era)): string =>
  (era.notBefore ? `(?<!(?:${alternation(era.notBefore)})\\s+)` : '') +
  `(?<![\\p{L}])[وفبل]?(?:${alternation(names)})(?![\\p{L}])` +
  (era.notAfter ? `(?!\\s*(?:${alternation(era.notAfter)}))` : '');

const KEYS = LEXICON_ERAS.map((era) => lastWords(namesOf(era)));

/** The first two units of an era's names, as its pattern reads them (folded, a space any run of spaces),
 *  as one number; null when a name is shorter or a space is one of them, and so may open anywhere. */
function opensOf(names: string[]): Set<number> | null {
  const written = names.map((n) => foldArabic(n).replace(/ +/g, ' '));
  if (written.some((w) => w.length < 2 || w[0] === ' ' || w[1] === ' ')) return null;
  return new Set(written.map((w) => pair(w, 0)));
}
const pair = (text: string, q: number): number => text.charCodeAt(q) * 0x10000 + text.charCodeAt(q + 1);
const PREFIX_UNITS = new Set([...'وفبل'].map((c) => c.charCodeAt(0)));

/** Whether a name may start at text[q], itself or after the one prefix letter the pattern allows: where
 *  none can, the pattern fails at once, and trying it there costs a call. */
function mayOpen(opens: Set<number> | null, text: string, q: number): boolean {
  if (opens === null) return true;
  return opens.has(pair(text, q)) || (PREFIX_UNITS.has(text.charCodeAt(q)) && opens.has(pair(text, q + 1)));
}

/** Every era's last words in one pattern: a single scan of the text says which eras may match, and where. */
const ALL_KEYS = [...new Set(KEYS.flat())];
const ANY_KEY = new RegExp(alternation(ALL_KEYS), 'gu');

/** Each era with the last words the scan may report where one of its own starts: its own and the longer
 *  ones that begin with one of them (the scan reports the longest word found at a place). Its pattern is
 *  built at the first text holding one of them: the 84 eras' names as tries cost a run that dates
 *  one article about 60 ms, and an article names a few. */
export const ERAS = LEXICON_ERAS.map((era, i) => {
  let re: RegExp | undefined;
  let at: RegExp | undefined;
  let trie: WordNode | null | undefined;
  const tried = new Map<string, RegExp>();
  const keys = KEYS[i]!;
  return {
    keys, heldIn: ALL_KEYS.filter((k) => keys.some((own) => k.startsWith(own))), reach: mostSpaces(namesOf(era)), opens: opensOf(namesOf(era)),
    from: parseDay(era.from)!, to: era.to === undefined ? undefined : parseDay(era.to)!, id: era.id, weight: era.weight ?? 2, chair: era.chair === true,
    get re(): RegExp { return (re ??= new RegExp(eraSource(era), 'u')); },
    /** The same pattern, sticky: tried at one place. */
    get at(): RegExp { return (at ??= new RegExp(this.re.source, 'uy')); },
    /**
     * What `at` finds at text[q], from the pattern of the names that stand there, itself or after the one
     * prefix letter: an era's names are up to 300, and its whole pattern, compiled for the first article
     * naming one, cost it 5-10 ms. Null where none stands (`at` fails there).
     */
    patternAt(text: string, q: number): RegExp | null {
      if (trie === undefined) trie = wordTrie([namesOf(era)], isSpaceUnit);
      if (!trie) return this.at;
      const here = namesAt(trie, text, q, isSpaceUnit)?.[0] ?? [];
      const after = PREFIX_UNITS.has(text.charCodeAt(q)) ? namesAt(trie, text, q + 1, isSpaceUnit)?.[0] ?? [] : [];
      if (here.length + after.length === 0) return null;
      const names = [...new Set([...here, ...after])].sort();
      const key = names.join('\n');
      let some = tried.get(key);
      if (!some) tried.set(key, (some = new RegExp(eraSource(era, names), 'uy')));
      return some;
    },
  };
});

export type EraPattern = (typeof ERAS)[number];

/** Where each last word of an era starts in `folded`, by the word found there (the longest, when two start at one place). */
export function lastWordsIn(folded: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  ANY_KEY.lastIndex = 0;
  // From the next character on, not the match's end: one key may sit inside another («بوتين» in a longer name).
  for (let m = ANY_KEY.exec(folded); m; m = ANY_KEY.exec(folded)) {
    const at = found.get(m[0]);
    if (at) at.push(m.index);
    else found.set(m[0], [m.index]);
    ANY_KEY.lastIndex = m.index + 1;
  }
  return found;
}

/** Where one of the era's last words starts, in order. */
export function eraWordsAt(era: EraPattern, found: Map<string, number[]>): number[] {
  return era.heldIn.flatMap((k) => found.get(k) ?? []).sort((a, b) => a - b);
}

/**
 * Where a match may start, from last to first: each place from `word` back to the start of the word
 * `spaces` runs of spaces before it, not below `floor` (the places before it were tried for an earlier
 * word), that follows the text's start or a unit that is no letter. Found in the walk back that finds
 * the window's start, each unit read once: most of a window's places are inside a word, and a second
 * pass over them to skip them cost as much as the walk.
 */
function opensBack(text: string, word: number, spaces: number, floor: number): number[] {
  const out: number[] = [];
  if (word < floor) return out;
  let runs = 0;
  let inSpaces = false;
  for (let i = word; ; i--) {
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (before < 0 || !isLetterUnit(before)) out.push(i);
    if (i === floor || before < 0) return out;
    if (isSpaceUnit(before)) {
      // A run of spaces past the last word the window holds: that word starts at i.
      if (!inSpaces && runs === spaces) return out;
      inSpaces = true;
    } else if (inSpaces) {
      runs++;
      inSpaces = false;
    }
  }
}

/**
 * The era's first match in `text`, what `era.re.exec(text)` finds, tried only where a match can start:
 * a match ends on one of the era's last words (which start at `wordsAt`, in order), so it starts at most
 * as many words before that word as a name has spaces, after no letter. A scan of the whole text tries
 * the pattern's hundreds of names at every character, and an era's last word is often a common one
 * («الخارجيه», «السلام») with no name before it.
 */
export function firstMatch(era: EraPattern, text: string, wordsAt: readonly number[]): RegExpExecArray | null {
  let next = 0;
  for (const word of wordsAt) {
    const places = opensBack(text, word, era.reach, next);
    for (let k = places.length - 1; k >= 0; k--) {
      const q = places[k]!;
      if (!mayOpen(era.opens, text, q)) continue;
      const at = era.patternAt(text, q);
      if (!at) continue;
      at.lastIndex = q;
      const m = at.exec(text);
      if (m) return m;
    }
    next = Math.max(next, word + 1);
  }
  return null;
}

// Writers keep an old name for a while after a renaming.
const GRACE = 180;
/** The far side of a bound from below: past any era the posterior considers. */
const OPEN_END = parseDay('2099-12-31')!;

/** An envoy is recalled from other days as often as named in office: weak evidence. Named in the
 *  sentence of a session the text ties to a day («عادت المفاوضات إلى الانعقاد اليوم في جنيف، إذ اجتمع
 *  الوسيط الدولي …»), he convenes it on or near the article's day (a day without its year is read
 *  from the article's): his term holds that day as surely as the round's days hold a day it is told
 *  held on, and weighs as that tie does. */
const CHAIR_WEIGHT = HELD_TIE_WEIGHT;
/** `at` is where the name's last word starts: the title after it begins past that word. */
const LAST_WORD = /^\p{L}*/u;

/** The chair named with his office («المبعوث الأممي إلى سوريا ستيفان دي ميستورا»، «دي ميستورا، مبعوث
 *  الأمم المتحدة») and not as its past holder: news gives a recalled envoy his title with «السابق» or
 *  none, so this is stronger than his name alone, though a text may still quote the title of a day
 *  it recalls. Below a tie to the day's session (CHAIR_WEIGHT). */
const TITLED_WEIGHT = 3;
/** How far before the name's last word its title may start (a title, «إلى سوريا», a first name), and after it. */
const TITLE_BEFORE = 48;
const TITLE_AFTER = 24;
const CHAIR_TITLE = new RegExp(`(?<![\\p{L}])(?:ال)?(?:${alternation(CHAIR_TITLES.map(foldArabic))})(?![\\p{L}])`, 'u');
function titledInOffice(folded: string, at: number): boolean {
  const after = at + LAST_WORD.exec(folded.slice(at))![0].length;
  return !formerAround(folded, at) && CHAIR_TITLE.test(folded.slice(Math.max(0, at - TITLE_BEFORE), after + TITLE_AFTER));
}

/** Whether the chair named at `at` is named at a session tied to a day, not as a past holder. */
function chairsTodaysSession(at: number[], ctx: ClueContext): boolean {
  const named = at.filter((p) => !formerAround(ctx.folded, p));
  return ctx.exprs.some((r) => r.kind === 'round' && r.candidates.length > 0 && named.some((p) => p >= r.sentence[0] && p < r.sentence[1]) && roundTie(r, ctx) !== null);
}

/** Where the text names a predecessor («سلفه دي ميستورا»), from the word to the name's end; kept for its text. */
let predecessorsOf = '';
let predecessorSpans: [number, number][] = [];
function predecessors(folded: string): [number, number][] {
  if (folded !== predecessorsOf) {
    predecessorsOf = folded;
    predecessorSpans = [...folded.matchAll(PREDECESSOR)].map((m) => [m.index, m.index + m[0].length]);
  }
  return predecessorSpans;
}

let spansOf = '';
let spans: [number, number][] = [];
/** A sentence opening on the pluperfect's auxiliary, its «قد» past a long subject («وكان رئيس الوزراء … ووزير
 *  الخارجية الفرنسي لوران فابيوس قد قادا»). */
const AUX_OPENS = new RegExp(`^[\\s\\p{P}]*(?:${alternation(PLUPERFECT_AUXILIARIES.map(foldArabic))})\\s[^.!؟]*(?<![\\p{L}])${foldArabic('قد')}(?![\\p{L}])`, 'u');
/** Whether the sentence at `at` recalls (background, a pluperfect) and names a year of the term from..to
 *  (day numbers): «منذ اندلاع الأزمة عام 2011» beside a minister of 2023 recalls no year of his. */
function recalledInTerm(folded: string, at: number, from: number, to: number): boolean {
  if (folded !== spansOf) { spansOf = folded; spans = sentenceSpans(folded); }
  const [a, b] = sentenceAt(spans, at);
  const sentence = folded.slice(a, b);
  const inTerm = yearsIn(sentence).some((y) => parseDay(`${y}-12-31`)! >= from && parseDay(`${y}-01-01`)! <= to);
  return inTerm && (recallsIn(sentence) || AUX_OPENS.test(sentence));
}

export function cluesEras(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const found = lastWordsIn(ctx.folded);
  if (found.size === 0) return clues;
  for (const era of ERAS) {
    if (!era.keys.some((k) => found.has(k))) continue;
    // «وكان سلفه ستافان دي ميستورا قد أشرف …»: a holder named as another's predecessor is of a past term,
    // and tells nothing of the story's.
    const at = eraWordsAt(era, found).filter((p) => !predecessors(ctx.folded).some(([a, b]) => p > a && p < b));
    if (at.length === 0) continue;
    const m = firstMatch(era, ctx.folded, at);
    if (!m) continue;
    // «وكان رئيس الوزراء القطري الشيخ حمد بن جاسم … قد قادا عام 2012 جهود الاعتراف»: a holder of a term
    // that ended, named in a sentence that recalls a year, is that year's, not the story's.
    if (!era.chair && era.to !== undefined && recalledInTerm(ctx.folded, m.index, era.from, era.to)) continue;
    const weight = !era.chair ? era.weight : chairsTodaysSession(at, ctx) ? CHAIR_WEIGHT : at.some((p) => titledInOffice(ctx.folded, p)) ? TITLED_WEIGHT : era.weight;
    const lo = era.from;
    // A name still in use bounds the article from below only.
    const hi = era.to === undefined ? OPEN_END : era.to + GRACE;
    clues.push({ weight, family: 'era', start: m.index, end: m.index + m[0].length, windows: [[lo, hi]], note: { code: 'era', era: era.id }, flat: true, score: (d) => (d >= lo && d <= hi ? 1 : 0) });
  }
  return clues;
}
