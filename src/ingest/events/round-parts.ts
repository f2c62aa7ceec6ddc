import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import { formatDay } from '../../lib/calendar.ts';
import { edtfSpan, formatSpan } from '../../lib/edtf.ts';
import { CLOSING_PART_WORDS, DURING_PART_WORDS, OPENING_PART_WORDS, PART_PREPOSITIONS } from '../../lib/lexicon/round-parts.ts';
import { meetingForms } from '../../lib/lexicon/meeting-verbs.ts';
import type { TimeExpression } from '../dating-contract.ts';
import { TRACK_PHRASE_WORDS } from '../time/constants.ts';
import { ORDINALS } from '../../lib/lexicon/numbers.ts';
import { LAST_DAY_WORDS } from '../../lib/lexicon/talks.ts';

export type RoundPart = 'opening' | 'closing' | 'during' | number;

const folded = (list: readonly string[]) => new Set(list.map((w) => foldArabic(w).replace(/^ال/u, '')));
const OPENING = folded([...meetingForms(['start']).nouns, ...OPENING_PART_WORDS]);
const CLOSING = folded([...meetingForms(['end']).nouns, ...CLOSING_PART_WORDS]);
const DURING = folded(DURING_PART_WORDS);
const PREPOSITIONS = folded(PART_PREPOSITIONS);
const DAY_ORDINALS = new Map(Object.entries(ORDINALS).map(([w, n]) => [foldArabic(w), n]));
/** «والأخير» after the ordinal: the day is still counted («اليوم الثاني والأخير»). */
const LAST_DAY = new Set(LAST_DAY_WORDS.map((w) => foldArabic(`و${w}`)));

/** A noun without «و», a preposition written onto it or its article: «وبختام» → «ختام». */
const stem = (w: string) => w.replace(/^و?[بلف]?(?:ال)?/u, '');

const isPreposition = (w: string) => PREPOSITIONS.has(w.replace(/^و/u, ''));

/**
 * Which part of the round a time phrase right before a round reference names, when a preposition
 * makes it the clause's time: «في ختام» closing, «في افتتاح» opening, «على هامش»/«خلال» during,
 * «في اليوم الثالث من» its third day; with where the phrase starts in `before`. Null when the words
 * before are no such phrase.
 */
export function roundPartBefore(before: string): { part: RoundPart; at: number } | null {
  const clauseStart = Math.max(...[...before.matchAll(/[،,.:؛;!?؟«»"()]/gu)].map((m) => m.index + 1), 0);
  const found = [...before.slice(clauseStart).matchAll(/[\p{L}\p{M}]+|\d+/gu)];
  const words = found.map((m) => foldArabic(m[0]));
  const at = (k: number) => clauseStart + found[k]!.index;
  const n = words.length;
  // «في اليوم الثالث من الجولة», «في اليوم الثاني والأخير من الجولة»
  const o = LAST_DAY.has(words[n - 2] ?? '') ? n - 3 : n - 2;
  if (o >= 2 && words[n - 1] === 'من' && DAY_ORDINALS.has(words[o]!) && stem(words[o - 1]!) === 'يوم' && isPreposition(words[o - 2]!)) {
    return { part: DAY_ORDINALS.get(words[o]!)!, at: at(o - 2) };
  }
  const last = words[n - 1];
  if (last === undefined) return null;
  const noun = stem(last);
  // «في ختام», «على هامش», or the preposition written onto the noun («بختام»)
  const prepared = n >= 2 && isPreposition(words[n - 2]!) ? n - 2 : /^و?ب/u.test(last) ? n - 1 : -1;
  if (DURING.has(noun) && isPreposition(last)) return { part: 'during', at: at(n - 1) };
  if (prepared < 0) return null;
  if (DURING.has(noun)) return { part: 'during', at: at(prepared) };
  if (OPENING.has(noun)) return { part: 'opening', at: at(prepared) };
  if (CLOSING.has(noun)) return { part: 'closing', at: at(prepared) };
  return null;
}

/** Where the round's name ends, past the words that name its track («… من محادثات أستانا»). */
function roundNameEnd(text: string, end: number): number {
  let at = end;
  for (const m of text.slice(end, end + 80).matchAll(/\s*([\p{L}\p{M}]+|\d+|[-–])/gyu)) {
    const w = foldArabic(m[1]!).replace(/^[لب](?=ال|محادثات|مفاوضات|اجتماعات)/u, '');
    if (!TRACK_PHRASE_WORDS.has(w) && !/^\d+$|^[-–]$/u.test(w)) break;
    at = end + m.index + m[0].length;
  }
  return at;
}

/** The days of `part` of a round held on `edtf` (its span in the catalog), as an EDTF and how sure. */
function partDate(edtf: string, part: RoundPart): { edtf: string; certainty: 'exact' | 'range' } | null {
  const span = edtfSpan(edtf);
  if (!span) return null;
  const [first, last] = span;
  if (part === 'opening') return { edtf: formatDay(first), certainty: 'exact' };
  if (part === 'closing') return { edtf: formatDay(last), certainty: 'exact' };
  if (part === 'during') return { edtf: formatSpan(span), certainty: first === last ? 'exact' : 'range' };
  return first + part - 1 <= last ? { edtf: formatDay(first + part - 1), certainty: 'exact' } : null;
}

/**
 * A round reference placed by a time phrase («وعلى هامش الجولة العاشرة من محادثات أستانا التقى …»)
 * dates its clause by the catalog: the same expression, resolved to that part of the round and marked
 * with `stated.roundPart` and where its time phrase starts (`stated.partStart`, `stated.partEnd`). Every other expression is returned as it is.
 */
export function placeRoundParts(text: string, expressions: readonly TimeExpression[]): TimeExpression[] {
  return expressions.map((e) => {
    if (e.kind !== 'round' || !e.resolved || !e.roundId) return e;
    const from = Math.max(0, e.start - 60);
    const found = roundPartBefore(text.slice(from, e.start));
    const date = found && partDate(e.resolved.edtf, found.part);
    if (!found || !date) return e;
    return {
      ...e,
      stated: { ...e.stated, roundPart: found.part, partStart: from + found.at, partEnd: roundNameEnd(text, e.end) },
      resolved: { ...date, how: `${e.resolved.how}; ${found.part} of the round` },
    };
  });
}
