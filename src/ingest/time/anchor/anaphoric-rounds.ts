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

/** Rounds a noun may stand for at most: the three sessions of «جنيف 3», a meeting named by its city. */
const MOST_ANTECEDENTS = 4;

const NOUNS = THE_MEETING_WORDS.map(foldArabic);
/** The noun with و or ف, and with ب or ك before its article («بالمحادثات التي افتتحت أمس»); not with
 *  ل, where it is most often a name's complement («الهيئة العليا للمفاوضات»), not the round told of. */
const NOUN_G = new RegExp(`${atWordStart(`[وف]?[بك]?(?:${alternation(NOUNS)})`)}(?![\\p{L}])`, 'gu');
/** What after the noun makes it another round than the story's («الجولة المقبلة»، «الجولة الثانية»،
 *  «الجولة 9») or another meeting («المحادثات مع نظيره»، «الاجتماع التحضيري»). */
const OTHER_AFTER = new Set([...Object.keys(ROUND_QUALIFIERS), ...Object.keys(ORDINALS).map((w) => w.split(' ')[0]!), ...WITH_WORDS, ...SIDE_MEETING_ADJECTIVES].map(foldArabic));
const NEXT_WORD = /^[\s«»"“”]*([\p{L}\p{N}]+)/u;

/** The rounds the text names narrowly (a number, a name; not «محادثات أستانا» nor «الجولة المقبلة»),
 *  each once with its likeliest reading; none when they are more than a noun can safely stand for. */
function antecedents(exprs: Expr[]): RoundCandidate[] {
  const byId = new Map<string, RoundCandidate>();
  for (const e of exprs) {
    if (e.kind !== 'round' || e.candidates.length === 0 || e.candidates.length > MOST_ANTECEDENTS) continue;
    if ((e.stated.loose && !e.stated.roundIds) || e.stated.rel !== undefined) continue;
    for (const c of e.candidates) {
      if (c.planned) continue;
      const seen = byId.get(c.round.id);
      if (!seen || c.prior > seen.prior) byId.set(c.round.id, c);
    }
  }
  return byId.size > MOST_ANTECEDENTS ? [] : [...byId.values()];
}

/** The story's round named by a noun with the article, outside every expression the parsers read, each
 *  with the rounds the text names as its candidates. */
export function anaphoricRounds(folded: string, exprs: Expr[], spans: [number, number][], tenseOf: (start: number, end: number, sentence: [number, number]) => Tense): Expr[] {
  const candidates = antecedents(exprs);
  if (candidates.length === 0) return [];
  const out: Expr[] = [];
  NOUN_G.lastIndex = 0;
  for (let m = NOUN_G.exec(folded); m; m = NOUN_G.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exprs.some((e) => e.start < end && start < e.end)) continue;
    const next = NEXT_WORD.exec(folded.slice(end, end + 30))?.[1];
    if (next && (OTHER_AFTER.has(next) || /^\p{N}/u.test(next))) continue;
    const sentence = sentenceAt(spans, start);
    out.push({
      start, end, kind: 'round', parser: 'anaphoric-round', stated: { loose: true, roundIds: candidates.map((c) => c.round.id) },
      index: -1 - out.length, sentence, tense: tenseOf(start, end, sentence), candidates,
    });
  }
  return out;
}
