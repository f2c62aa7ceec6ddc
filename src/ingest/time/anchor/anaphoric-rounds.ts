// «وصل الوفد لينضم إلى المحادثات التي افتتحها المبعوث أمس … الجولة المعروفة بـ"جنيف 3"»: news names its
// round once and then says «المحادثات»، «الجولة»، «الاجتماع». Such a noun with the article is the story's
// round, whichever the text names: an opening, a close or a holding told of it with its day dates the
// story as a tie to the named round would. Only when the rounds the text names are few (one meeting,
// or the sessions of one conference): with several, which one the noun means is a guess.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { ROUND_QUALIFIERS, SIDE_MEETING_ADJECTIVES, THE_MEETING_WORDS } from '../../../lib/lexicon/talks.ts';
import { WITH_WORDS } from '../../../lib/lexicon/prepositions.ts';
import type { Expr, RoundCandidate, Tense } from '../types.ts';
import { alternation, atWordStart } from '../constants.ts';
import { sentenceAt } from './sentences.ts';
import { heldIn, placesNamed } from './round-candidates.ts';

/** Rounds a mention may stand for at most to be the story's round: the three sessions of «جنيف 3», a
 *  meeting named by its city. */
const MOST_ANTECEDENTS = 4;

const NOUNS = THE_MEETING_WORDS.map(foldArabic);
/** The noun with و or ف, and with ب or ك before its article («بالمحادثات التي افتتحت أمس»); not with
 *  ل, where it is most often a name's complement («الهيئة العليا للمفاوضات»), not the round told of. */
const NOUN_G = new RegExp(`${atWordStart(`[وف]?[بك]?(?:${alternation(NOUNS)})`)}(?![\\p{L}])`, 'gu');
/** What after the noun makes it another round than the story's («الجولة المقبلة»، «الجولة الثانية»،
 *  «الجولة 9») or another meeting («المحادثات مع نظيره»، «الاجتماع التحضيري»). */
const OTHER_AFTER = new Set([...Object.keys(ROUND_QUALIFIERS), ...Object.keys(ORDINALS).map((w) => w.split(' ')[0]!), ...WITH_WORDS, ...SIDE_MEETING_ADJECTIVES].map(foldArabic));
const NEXT_WORD = /^[\s«»"“”]*([\p{L}\p{N}]+)/u;

/** Whether a round told in one tense may be the one a noun told in another means: «اختتمت الجولة
 *  الثامنة … وقال إن المحادثات ستستأنف الشهر المقبل» speaks of the next round, not of the eighth. */
const sameTime = (a: Tense, b: Tense): boolean => a === null || b === null || a === b;

/** The story's round, as the text names it narrowly (a number, a name; not «محادثات أستانا» nor «الجولة
 *  المقبلة») in a tense a noun told in `tense` may share: the rounds every such mention may be (a bare
 *  «الجولة الثامنة» is Astana's, Geneva's or the committee's; «أستانا 8» beside it, Astana's), each with
 *  its likeliest reading. None when the mentions name different rounds: which one the noun means is then
 *  a guess. */
function antecedents(exprs: Expr[], tense: Tense): RoundCandidate[] {
  let shared: Map<string, RoundCandidate> | null = null;
  for (const e of exprs) {
    if (e.kind !== 'round' || e.candidates.length === 0 || e.candidates.length > MOST_ANTECEDENTS || !sameTime(e.tense, tense)) continue;
    if ((e.stated.loose && !e.stated.roundIds) || e.stated.rel !== undefined) continue;
    const own = new Map<string, RoundCandidate>();
    for (const c of e.candidates) {
      if (c.planned) continue;
      const seen = own.get(c.round.id);
      if (!seen || c.prior > seen.prior) own.set(c.round.id, c);
    }
    if (shared === null) { shared = own; continue; }
    const kept = new Map<string, RoundCandidate>();
    for (const [id, c] of shared) {
      const other = own.get(id);
      if (other) kept.set(id, other.prior > c.prior ? other : c);
    }
    shared = kept;
    if (shared.size === 0) return [];
  }
  return shared ? [...shared.values()] : [];
}

/** The story's round named by a noun with the article, outside every expression the parsers read, each
 *  with the rounds the text names as its candidates. */
export function anaphoricRounds(folded: string, exprs: Expr[], spans: [number, number][], tenseOf: (start: number, end: number, sentence: [number, number]) => Tense): Expr[] {
  const byTense = new Map<Tense, RoundCandidate[]>();
  const candidatesFor = (tense: Tense): RoundCandidate[] => {
    let found = byTense.get(tense);
    if (!found) byTense.set(tense, (found = antecedents(exprs, tense)));
    return found;
  };
  if (candidatesFor(null).length === 0 && candidatesFor('past').length === 0 && candidatesFor('future').length === 0) return [];
  const out: Expr[] = [];
  NOUN_G.lastIndex = 0;
  for (let m = NOUN_G.exec(folded); m; m = NOUN_G.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exprs.some((e) => e.start < end && start < e.end)) continue;
    const sentence = sentenceAt(spans, start);
    if (namesRound(exprs, sentence)) continue;
    const next = NEXT_WORD.exec(folded.slice(end, end + 30))?.[1];
    if (next && (OTHER_AFTER.has(next) || /^\p{N}/u.test(next))) continue;
    const tense = tenseOf(start, end, sentence);
    const candidates = candidatesFor(tense);
    if (candidates.length > 0) out.push(anaphor(start, end, sentence, tense, candidates, out.length));
  }
  // «سيلتقي الوزراء في جنيف السبت القادم», where the text names a meeting held there: a meeting to come in
  // its city is that meeting. Only to come: one told past in the city may be any meeting before it.
  for (const place of placesNamed(folded)) {
    if (exprs.some((e) => e.start < place.end && place.start < e.end)) continue;
    const sentence = sentenceAt(spans, place.start);
    if (namesRound(exprs, sentence)) continue;
    const tense = tenseOf(place.start, place.end, sentence);
    if (tense !== 'future') continue;
    const there = candidatesFor(tense).filter((c) => heldIn(c.round, new Set([place.city])));
    if (there.length > 0) out.push(anaphor(place.start, place.end, sentence, tense, there, out.length));
  }
  return out;
}

/** A sentence that names a round itself: its days are that round's to take, by the rules its own ties
 *  follow (a day before it may be another verb's), and a noun or a city in it adds no second reading. */
const namesRound = (exprs: Expr[], sentence: [number, number]): boolean =>
  exprs.some((e) => e.kind === 'round' && e.candidates.length > 0 && e.start >= sentence[0] && e.end <= sentence[1]);

function anaphor(start: number, end: number, sentence: [number, number], tense: Tense, candidates: RoundCandidate[], k: number): Expr {
  return {
    start, end, kind: 'round', parser: 'anaphoric-round', stated: { loose: true, roundIds: candidates.map((c) => c.round.id) },
    index: -1 - k, sentence, tense, candidates,
  };
}
