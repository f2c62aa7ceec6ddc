// Rounds named without a number: "جولة جديدة من محادثات أستانا"، "الجولة المقبلة من مفاوضات جنيف"،
// "الاجتماع السابق بصيغة أستانا", and a track's talks as such ("محادثات أستانا"، "اجتماعات اللجنة
// الدستورية"). They mean some round of that track: the candidates are all of its rounds, narrowed by
// the qualifier (next, previous) and by the days the text ties to them. A track's talks named with no
// round word are `loose`: they date nothing unless an opening or closing is told of them.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { unitClass } from '../../shared/unit-class.ts';
import { WORD_END, WORD_START, alternation, foldedLookup, withLam } from '../constants.ts';
import { ORD_RE, ORDS } from './pieces.ts';
import { MEETING_VERBS, formsOf } from '../../../lib/lexicon/meeting-verbs.ts';
import { ASTANA_NAMES, CITY_DESCRIPTIONS, COMMITTEE_NAMES, COMMITTEE_WORK, DIALOGUE_NOUNS, DRAFTING_BODY, FORMAT_WORDS, HOSTED_TALKS_WORDS, MEETING_NOUNS, NUR_SULTAN_NAMES, PROCESS_WORDS, ROUND_LINK_WORDS, ROUND_QUALIFIERS, ROUND_WORDS, SPONSOR_WORDS, SYRIA_NAMES, TALKS_NAMES, TALKS_NOUNS, TRACK_ADJECTIVES, TRACK_OWN_WORK, TRACK_WORDS, definite } from '../../../lib/lexicon/talks.ts';
import { COMPLEMENTIZERS, GOVERNING_PREPOSITIONS, RELATIVE_PRONOUNS } from '../../../lib/lexicon/clause-words.ts';
import { PLACE_PREPOSITIONS, TOPIC_PREPOSITIONS, WITH_WORDS } from '../../../lib/lexicon/prepositions.ts';
import { DAYS, WEEKDAYS } from '../../shared/relative-time.ts';

const QUALIFIER = foldedLookup(ROUND_QUALIFIERS);
/** A city hosting the talks names a round of its track: the hosting verbs in every tense. */
const HOSTING = MEETING_VERBS.filter((v) => v.perfect === 'احتضن' || v.perfect === 'استضاف').flatMap((v) => { const f = formsOf(v); return [...f.past, ...f.present, ...f.future]; });
const NOUNS = [...TALKS_NOUNS, ...MEETING_NOUNS];
/** The holding verbs in every tense and the passive («يعقد»، «عقد»، «سيعقد»). */
const HOLDING = new Set(MEETING_VERBS.filter((v) => v.perfect === 'عقد' || v.perfect === 'انعقد').flatMap((v) => { const f = formsOf(v); return [...f.past, ...f.present, ...f.future]; }).map((w) => foldArabic(w)));
const TALKS_WORDS = [...NOUNS, ...definite(NOUNS), ...NOUNS.map((w) => `ل${w}`), ...FORMAT_WORDS, ...PROCESS_WORDS];
/** Words that may stand between the round and its track: a link, a talks noun, the subject. */
const LINKS = [...ROUND_LINK_WORDS, ...TALKS_WORDS];
const TRACKS: [string, string[]][] = [
  ['astana', [...ASTANA_NAMES, ...NUR_SULTAN_NAMES]],
  ['geneva', TRACK_WORDS.geneva!],
  ['constitutional-committee', [...withLam(COMMITTEE_NAMES), ...DRAFTING_BODY]],
];
const TRACK_OF = new Map<string, string>();
for (const [track, words] of TRACKS) for (const w of words) TRACK_OF.set(foldArabic(w).replace(/\s+/g, ' '), track);
const TRACK_RE = alternation(TRACKS.flatMap(([, w]) => w));
/** Not "أستانا 9" or "جنيف-8" (the numbered round parser reads those), nor a dateline "أستانا 14 مايو".
 *  A number on the next line is not the name's (a headline ending «أستانة» above the stamp «11/01/2017»). */
const NO_NUMBER = '(?![^\\S\\n]*[-–ـ]?[^\\S\\n]*\\d)';

const fold = (ws: string[]): Set<string> => new Set(ws.flatMap((w) => foldArabic(w).split(/\s+/)));
const ROUND_WORD = fold(ROUND_WORDS);
const QUALIFIER_WORD = fold(Object.keys(ROUND_QUALIFIERS));
const LINK = fold(LINKS);
const TALKS = fold(TALKS_WORDS);
const FORMAT = fold([...FORMAT_WORDS, ...FORMAT_WORDS.map((w) => `ب${w}`)]);
const HOSTED = fold(HOSTED_TALKS_WORDS);
const HOSTS = fold(HOSTING);
const RELATIVE = fold(RELATIVE_PRONOUNS);
const PLACE_IN = new Set([foldArabic('في')]);
/** «وصل الوفد إلى أستانا للمشاركة في المحادثات»: the city a delegation goes to is where the talks after
 *  it are held. */
const PLACE_TO = fold(PLACE_PREPOSITIONS);
const SPONSORS = fold(SPONSOR_WORDS);
const CITY_DESCRIPTION = fold(CITY_DESCRIPTIONS);
/** How far before the track's name a round word may open. */
const REACH = 160;

/** `joined`: only spaces, quotation marks or a day's brackets between it and the next word; `comma`: a
 *  comma and spaces alone between them («اليوم الأربعاء، في العاصمة»). */
interface Word { w: string; start: number; joined: boolean; comma: boolean }

const WORD_CHAR = /[\p{L}\p{N}]/u;
// The words before every track name are read a character at a time: by code, each unit's class learnt
// once, not a regex test on a one-character string at each step.
const isWordUnit = unitClass(WORD_CHAR);
const isWordChar = (text: string, i: number): boolean => isWordUnit(text.charCodeAt(i));

/** Whether a gap joins a word to the one after it: spaces, quotation marks, or brackets around a day. */
function joins(gap: string, w: string, after: string | undefined): boolean {
  const bracket = /[()]/u.test(gap);
  return /^[\s"“”«»()]+$/u.test(gap) && (!bracket || DAY_WORD.has(w) || DAY_WORD.has(after ?? ''));
}

/** The words before `end`, read backwards on demand (most track names are preceded by nothing that
 *  makes a round, and are dismissed at the first word). */
function wordsBefore(text: string, end: number): (k: number) => Word | undefined {
  const words: Word[] = [];
  let at = end;
  const limit = Math.max(0, end - REACH);
  return (k) => {
    while (words.length <= k && at > limit) {
      let i = at - 1;
      while (i >= limit && !isWordChar(text, i)) i--;
      if (i < limit) { at = limit; break; }
      // «بصيغة “أستانة”»: quotation marks around a name join it to the word before as spaces do, and so
      // do brackets around a day («انطلقت المفاوضات اليوم (الأربعاء)، في آستانة»), not around an aside
      // («المحادثات (التي لم تنعقد) في جنيف»).
      const gap = text.slice(i + 1, at);
      let j = i;
      while (j >= limit && isWordChar(text, j)) j--;
      const w = text.slice(j + 1, i + 1);
      // One space, as most words are apart: joined, with no regex asked.
      const joined = gap === ' ' || joins(gap, w, words[words.length - 1]?.w);
      words.push({ w, start: j + 1, joined, comma: !joined && /^[^\S\n]*\)?[^\S\n]*[،,][^\S\n]*$/u.test(gap) });
      at = j + 1;
    }
    return words[k];
  };
}

// A word with «و» or «ف» written onto it, and with «ب», «ل» or «ك» after that: asked of every word read
// back, so the particles are looked at by code (as /^[وف]/ and /^[وف]?[بلك]/ strip them).
const AND = (unit: number) => unit === 0x0648 || unit === 0x0641;
const PREPOSITION = (unit: number) => unit === 0x0628 || unit === 0x0644 || unit === 0x0643;
const has = (set: Set<string>, w: string): boolean => set.has(w) || (AND(w.charCodeAt(0)) && set.has(w.slice(1)));
function opens(set: Set<string>, w: string): boolean {
  if (has(set, w)) return true;
  const k = AND(w.charCodeAt(0)) ? 1 : 0;
  return PREPOSITION(w.charCodeAt(k)) && set.has(w.slice(k + 1));
}

interface Found { start: number; end?: number; q?: string; loose: boolean; place?: boolean }

/** How many words before the city the talks noun of its clause may stand («عادت المفاوضات بين الحكومة
 *  السورية والمعارضة إلى الانعقاد اليوم في جنيف»). */
const PLACE_CLAUSE_WORDS = 9;
const COMPLEMENTIZER = fold(COMPLEMENTIZERS);
/** «اجتماعات اللجنة الدستورية في جنيف»: talks named by their track are that track's, not the city's. */
const TRACK_WORD = fold(TRACKS.flatMap(([, w]) => w));
const HELD_TALKS = fold([...TALKS_WORDS, ...DIALOGUE_NOUNS]);
/** The words that end a day told in a clause («اليوم»، «أمس»، a weekday's name). */
const DAY_WORD = new Set([...WEEKDAYS, ...DAYS]);

/** "محادثات السلام السورية في أستانا"، "عادت المفاوضات … إلى الانعقاد اليوم في جنيف"، "المشاورات التي
 *  تجريها … في العاصمة الكازاخستانية أستانا": talks whose clause names the city as their place are a
 *  round held there, of whichever track meets in it (a city owns no round). The talks noun is the
 *  nearest one back in the clause: no punctuation, reported clause or track's name between. The
 *  expression is the talks' name up to the city when only their subject stands between, else the noun
 *  alone, so that a day said between («اليوم في جنيف») stays a reading of its own. */
/** How many words back from the city its clause before it starts, past the preposition that names it as
 *  a place, or -1 when none does: «في جنيف», «في العاصمة الكازاخستانية أستانا», «بجنيف» (`prefixed`),
 *  «بالعاصمة الكازاخستانية» (the preposition written onto the name or its description). */
function placeAt(ws: (k: number) => Word | undefined, prefixed: boolean, prepositions: Set<string>): number {
  let i = 0;
  for (let w = ws(0); i < 2 && w && w.joined && opens(CITY_DESCRIPTION, w.w); w = ws(++i));
  const onto = i === 0 ? prefixed : /^[وف]?ب/u.test(ws(i - 1)!.w) && !has(CITY_DESCRIPTION, ws(i - 1)!.w);
  if (onto) return i;
  const before = ws(i);
  return before && before.joined && has(prepositions, before.w) ? i + 1 : -1;
}

function talksHeldThere(ws: (k: number) => Word | undefined, prefixed: boolean, sponsors: (k: number) => boolean): Found | null {
  const at = placeAt(ws, prefixed, PLACE_IN);
  if (at < 0) return null;
  let subjectOnly = true;
  for (let j = at; j < at + PLACE_CLAUSE_WORDS; j++) {
    const w = ws(j);
    // «انطلقت المفاوضات اليوم الأربعاء، في العاصمة القازاقية آستانة»: a day set off by a comma before the
    // place is an aside of the clause, which goes on after it; any other comma ends it.
    if (!w || !(w.joined || (j === at && w.comma && has(DAY_WORD, w.w))) || has(COMPLEMENTIZER, w.w) || opens(TRACK_WORD, w.w)) return null;
    if (opens(HELD_TALKS, w.w)) return sponsors(j + 1) ? null : { start: w.start, ...(subjectOnly ? {} : { end: w.start + w.w.length }), loose: true, place: true };
    if (!HOSTED.has(w.w)) subjectOnly = false;
  }
  return null;
}

/** The UN's seat hosts many talks (Yemen's, Libya's, Sudan's): talks held in Geneva are Syria's only
 *  when their sentence names Syria or a name of its talks (its envoy, its opposition's negotiators). */
const SYRIAN = new RegExp(foldArabic(`(?<![\\p{L}])[وفبل]?(?:${alternation(withLam([...SYRIA_NAMES, ...TALKS_NAMES]))})(?![\\p{L}])`), 'u');
const SENTENCE_END = /[.!؟\n]/u;
function syrianSentence(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return SYRIAN.test(text.slice(from, to));
}
const heldElsewhere = (track: string, text: string, at: number): boolean => track === 'geneva' && !syrianSentence(text, at);

/** Reads the words before a track's name backwards: a qualified round word ("جولة جديدة من محادثات"),
 *  talks a city hosts ("المحادثات التي تحتضنها"), or the track's talks alone ("محادثات"). */
function roundBefore(ws: (k: number) => Word | undefined, city: boolean, prefixed: boolean): Found | null {
  const first = ws(0);
  if (!first || !first.joined) return null;
  // A qualified round word, one to eight linking words before the name.
  let i = 0;
  for (let w = ws(0); i < 8 && w && w.joined && has(LINK, w.w); w = ws(++i));
  const q = ws(i);
  const r = ws(i + 1);
  if (i >= 1 && q && r && q.joined && r.joined && has(QUALIFIER_WORD, q.w) && opens(ROUND_WORD, r.w)) return { start: r.start, q: q.w, loose: false };
  // Talks a city hosts: a round held there, of whichever track meets in it.
  i = 0;
  for (let w = ws(0); i < 2 && w && w.joined && has(CITY_DESCRIPTION, w.w); w = ws(++i));
  const host = ws(i);
  const rel = ws(i + 1);
  if (host && rel && host.joined && rel.joined && /(?:ها|ه)$/u.test(host.w) && HOSTS.has(host.w.replace(/(?:ها|ه)$/u, '')) && RELATIVE.has(rel.w)) {
    let j = i + 2;
    for (let w = ws(j); j < i + 5 && w && w.joined && HOSTED.has(w.w); w = ws(++j));
    const talks = ws(j);
    if (talks && talks.joined && opens(TALKS, talks.w)) return { start: talks.start, loose: false, ...(city ? { place: true } : {}) };
  }
  // The track's talks alone, maybe through صيغة or مسار; not the states that sponsor them («الدول
  // الضامنة لمحادثات أستانا»: a summit of theirs is no round of the talks).
  const sponsors = (k: number): boolean => { const w = ws(k); return w !== undefined && w.joined && has(SPONSORS, w.w); };
  const second = ws(1);
  // «اجتماع بصيغة أستانا»، «اجتماع يُعقد بصيغة "أستانا"»: a meeting of the format, one round of it (its
  // number untold), not the process named in passing.
  if (second && has(FORMAT, first.w) && second.joined) {
    const third = ws(2);
    if (opens(ROUND_WORD, second.w)) return { start: second.start, loose: false };
    if (HOLDING.has(second.w) && third && third.joined && opens(ROUND_WORD, third.w)) return { start: third.start, loose: false };
  }
  if (opens(TALKS, first.w)) return sponsors(1) ? null : { start: first.start, loose: true };
  const held = city ? talksHeldThere(ws, prefixed, sponsors) : null;
  if (held) return held;
  if (second && has(FORMAT, first.w) && second.joined && opens(TALKS, second.w)) return sponsors(2) ? null : { start: second.start, loose: true };
  return null;
}

/** "جولة جديدة من محادثات أستانا، هي الثامنة": a new round numbered after its track. Not the first:
 *  "هي الأولى منذ مقتل …" counts from another event. A count since another event is not its number
 *  either, only one since the talks began. */
const NUMBERED_AFTER = new RegExp(foldArabic(`^[^.!؟\n]{0,60}?(?<![\\p{L}])و?هي\\s+(?<ord>${ORD_RE})(?![\\p{L}])(?<next>\\s+منذ\\s+\\S+)?`), 'u');
const SINCE_START = new RegExp(foldArabic(`^\\s+منذ\\s+(?:بدء|بدايه|انطلاق|إطلاق|تشكيل|تشكيلها|تأسيس|تأسيسها)`), 'u');

function numberAfter(text: string, end: number): number | undefined {
  const m = NUMBERED_AFTER.exec(text.slice(end, end + 120));
  const n = m?.groups?.ord ? ORDS.get(m.groups.ord.replace(/\s+/g, ' ')) : undefined;
  if (n === undefined || n < 2) return undefined;
  return m!.groups!.next && !SINCE_START.test(m!.groups!.next) ? undefined : n;
}

/** The track's own work after its name, a verb at most between: "تبدأ اللجنة الدستورية السورية
 *  أعمالها"، "اللجنة الدستورية تختتم اجتماعاتها". The track is the subject: its round, opened or
 *  closed by the verb of the clause. */
const OWN_WORK = fold(TRACK_OWN_WORK);
const WORK = fold(COMMITTEE_WORK);
const TRACK_ADJECTIVE = fold(TRACK_ADJECTIVES);
const AFTER_REACH = 60;

function ownWorkAfter(text: string, end: number): number | null {
  const words = text.slice(end, end + AFTER_REACH).split(/(?=\s)/u);
  let at = end;
  let verbs = 0;
  for (let i = 0; i < words.length && i < 4; i++) {
    const raw = words[i]!;
    const w = raw.trim();
    // Punctuation ends the phrase: "اللجنة الدستورية، التي …" is another clause.
    if (!/^[\p{L}]+$/u.test(w)) return null;
    if (OWN_WORK.has(w)) return at + raw.length;
    // Another adjective ("اللجنة الدستورية الليبية") is another committee; one verb may stand between.
    if (!TRACK_ADJECTIVE.has(w) && (w.startsWith('ال') || ++verbs > 1)) return null;
    at += raw.length;
  }
  return null;
}

/** "تحتضن أستانة في بداية الأسبوع الأخير من الشهر الجاري مفاوضات بين …": the city, subject of a hosting
 *  verb, with the talks it hosts later in the clause, is a round held there (Geneva's of either of its
 *  tracks). */
const HOSTED_REACH = 80;
function hostsTalksAfter(before: (k: number) => Word | undefined, text: string, end: number): boolean {
  const verb = before(0);
  if (!verb || !verb.joined || !has(HOSTS, verb.w)) return false;
  const clause = text.slice(end, end + HOSTED_REACH).split(/[.!؟\n،,:«"]/u)[0]!;
  return clause.split(/\s+/u).some((w) => w !== '' && opens(TALKS, w));
}

/** "بدأت في العاصمة الكازاخستانية نور سلطان اليوم الخميس جولة جديدة من المحادثات": the city named as
 *  the place first, the talks after it in the clause (verb, place, time, subject). The talks noun, or
 *  a round word with a talks noun a few words on («جولة جديدة من المحادثات»; a «جولة» alone may be a
 *  minister's tour), within a few words and with no reported clause or track's name between. */
const PLACE_AFTER_WORDS = 6;
const TOPIC = fold([...TOPIC_PREPOSITIONS, ...GOVERNING_PREPOSITIONS]);
/** «محادثات مع نظيريه»: talks with someone are a meeting of theirs, not a round. */
const WITH = fold(WITH_WORDS);
const TALKS_AFTER_ROUND_WORD = 3;
const CLAUSE_END = /[.!؟\n،,:«"؛]/u;
function talksAfterPlace(before: (k: number) => Word | undefined, prefixed: boolean, text: string, end: number): { start: number; end: number } | null {
  if (placeAt(before, prefixed, PLACE_TO) < 0) return null;
  const tail = text.slice(end, end + 120);
  const cut = tail.search(CLAUSE_END);
  const clause = cut < 0 ? tail : tail.slice(0, cut);
  const all = [...clause.matchAll(/[\p{L}\p{N}]+/gu)];
  // A track named later in the clause («جولة جديدة من المفاوضات … بصيغة محادثات أستانة») is read from
  // its own name.
  if (all.some((x) => opens(TRACK_WORD, x[0]))) return null;
  const words = all.slice(0, PLACE_AFTER_WORDS);
  const next = (k: number): string => all[k + 1]?.[0] ?? '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]![0];
    if (has(COMPLEMENTIZER, w)) return null;
    const at = end + words[k]!.index;
    // The subject's own noun («… اليوم المحادثات»), not one after a preposition (a topic, a destination).
    if (has(HELD_TALKS, w)) return (k > 0 && has(TOPIC, words[k - 1]![0])) || has(WITH, next(k)) ? null : { start: at, end: at + w.length };
    if (opens(ROUND_WORD, w)) {
      const talks = words.slice(k + 1, k + 1 + TALKS_AFTER_ROUND_WORD).find((x) => opens(HELD_TALKS, x[0]));
      if (talks) return { start: at, end: end + talks.index + talks[0].length };
    }
  }
  return null;
}

/** «جولة أستانا المقبلة»، «اجتماعات أستانا القادمة»، «جولة جنيف السابقة»: the qualifier after the track's
 *  name, the round or talks word right before it, makes a round of that track as it does before. */
const QUALIFIER_AFTER = /^[^\S\n]+(\p{L}+)/u;
function qualifierAfter(before: (k: number) => Word | undefined, text: string, end: number): { start: number; end: number; rel: -1 | 0 | 1 } | null {
  const word = before(0);
  if (!word || !word.joined || !(opens(ROUND_WORD, word.w) || opens(TALKS, word.w))) return null;
  const m = QUALIFIER_AFTER.exec(text.slice(end, end + 24));
  const rel = m ? QUALIFIER.get(m[1]!) : undefined;
  return rel === undefined ? null : { start: word.start, end: end + m![0].length, rel };
}

/** The track's name is matched first (it is rare), then the words before it are read backwards:
 *  far cheaper than trying a long pattern at every round word and talks noun. */
export const unnumberedRound: Parser = {
  name: 'unnumbered-round',
  pattern: () => new RegExp(foldArabic(`${WORD_START}(?<t>${TRACK_RE})${NO_NUMBER}${WORD_END}`), 'gu'),
  // The names alone, found by a plain scan; the pattern, which opens with a look behind, is then tried
  // only where one starts (a match starts at the name), not at every character of the article.
  trigger: { re: new RegExp(foldArabic(TRACK_RE), 'gu'), lookback: 0 },
  extract(m, ctx): Parsed | null {
    const track = TRACK_OF.get((m.groups?.t ?? '').replace(/\s+/g, ' '));
    if (!track) return null;
    // "بأستانا": the preposition is part of the name's word.
    const end = /[بل]$/u.test(ctx.folded.slice(m.index - 1, m.index)) && /[\p{L}]/u.test(ctx.folded[m.index - 2] ?? ' ') === false ? m.index - 1 : m.index;
    const before = wordsBefore(ctx.folded, end);
    const after = qualifierAfter(before, ctx.folded, m.index + m[0].length);
    if (after) return { start: after.start, end: after.end, kind: 'round', parser: 'unnumbered-round', stated: { track, rel: after.rel } };
    const found = roundBefore(before, track !== 'constitutional-committee', end < m.index);
    if (found?.place && heldElsewhere(track, ctx.folded, m.index)) return null;
    if (!found && track !== 'constitutional-committee' && hostsTalksAfter(before, ctx.folded, m.index + m[0].length) && !heldElsewhere(track, ctx.folded, m.index)) {
      return { start: before(0)!.start, end: m.index + m[0].length, kind: 'round', parser: 'unnumbered-round', stated: { track, place: true } };
    }
    const placed = !found && track !== 'constitutional-committee' ? talksAfterPlace(before, end < m.index, ctx.folded, m.index + m[0].length) : null;
    if (placed && !heldElsewhere(track, ctx.folded, m.index)) return { ...placed, kind: 'round', parser: 'unnumbered-round', stated: { track, loose: true, place: true } };
    if (!found) {
      if (track !== 'constitutional-committee') return null;
      const work = before(0);
      if (work && work.joined && has(WORK, work.w)) return { start: work.start, end: m.index + m[0].length, kind: 'round', parser: 'unnumbered-round', stated: { track, loose: true } };
      const own = ownWorkAfter(ctx.folded, m.index + m[0].length);
      return own === null ? null : { start: m.index, end: own, kind: 'round', parser: 'unnumbered-round', stated: { track, loose: true } };
    }
    const rel = found.q ? QUALIFIER.get(found.q) : undefined;
    const round = rel === 0 ? numberAfter(ctx.folded, m.index + m[0].length) : undefined;
    if (round !== undefined) return { start: found.start, end: m.index + m[0].length, kind: 'round', parser: 'unnumbered-round', stated: { round, track } };
    return {
      start: found.start, end: found.end ?? m.index + m[0].length, kind: 'round', parser: 'unnumbered-round',
      stated: { track, ...(rel !== undefined ? { rel } : {}), ...(found.loose ? { loose: true } : {}), ...(found.place ? { place: true } : {}) },
    };
  },
};

/** "بدأت في أستانا جولة جديدة من المحادثات السورية، هي الثانية": a new round of talks no track is named
 *  for, numbered after them. The number is the round's; the place beside it chooses the track (a
 *  track named in between is the parser above's). */
const TALKS_NOUN_RE = alternation([...TALKS_NOUNS, ...definite(TALKS_NOUNS)]);
const NEW_ROUND = new RegExp(foldArabic(`${WORD_START}(?:جولة|الجولة)\\s+(?:جديدة|الجديدة)\\s+(?:من|ضمن|في)\\s+(?:${TALKS_NOUN_RE})(?<rest>[^.!؟\n،,]{0,40}?)(?=\\s*[،,]?\\s*و?هي\\s)`), 'gu');
const NAMES_TRACK = new RegExp(foldArabic(`(?<![\\p{L}])[وفبل]?(?:${TRACK_RE})(?![\\p{L}])`), 'u');

export const newRoundNumbered: Parser = {
  name: 'new-round-numbered',
  pattern: () => NEW_ROUND,
  trigger: { re: new RegExp(foldArabic('جديده?'), 'gu'), lookback: 12 },
  extract(m, ctx): Parsed | null {
    if (NAMES_TRACK.test(m.groups?.rest ?? '')) return null;
    const end = m.index + m[0].length;
    const round = numberAfter(ctx.folded, end);
    return round === undefined ? null : { start: m.index, end, kind: 'round', parser: 'new-round-numbered', stated: { round } };
  },
};
