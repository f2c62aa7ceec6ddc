// The guarantors meeting by themselves: "اجتمع وزراء خارجية روسيا وتركيا وإيران اليوم في جنيف"، "قمة
// روسيا وإيران وتركيا في طهران"، "القمة الروسية التركية الإيرانية"، "قمة تجمع زعماء الدول الضامنة".
// One of the summits and ministers' meetings around the rounds (the catalog's `summits` track): the
// place named beside it and the day tied to it choose which. A list of the three alone ("الدول الضامنة
// روسيا وتركيا وإيران") is no meeting: the ministers, leaders or summit must be named before them; so
// is "رؤساء الدول الضامنة" alone (a recall as often as a meeting) without a meeting word before it.
// A host meeting "his Russian and Turkish counterparts" («مع نظيريه الروسي لافروف والتركي») is the
// guarantors' meeting when the third state is the one named before them: a minister's or a president's,
// by which of the two the text names last before them.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { COUNTERPARTS_WORDS, FOREIGN_MINISTER_OF, FOREIGN_MINISTER_TITLES, GATHERING_VERBS, GUARANTOR_FOREIGN_MINISTERS, GUARANTOR_FORMAT_WORDS, GUARANTOR_LEADERS, GUARANTORS_GROUP, GUARANTOR_ADJECTIVES, GUARANTOR_MEETING_HEADS, GUARANTOR_STATES, LEADER_WORDS, MEETING_NAMES, MINISTERS_WORDS, MINISTER_WORDS, PRESIDENT_WORDS, SUMMIT_MEETING, SUMMIT_WORDS, TRILATERAL } from '../../../lib/lexicon/talks.ts';
import type { Parsed, Parser, RoundRef } from '../types.ts';
import { WORD_END, WORD_START, alternation } from '../constants.ts';
import { MEETING_VERBS, formsOf, meetingForms } from '../../../lib/lexicon/meeting-verbs.ts';
import { CLAUSE_CONNECTORS } from '../../../lib/lexicon/clause-words.ts';
import { REPORTING_VERBS } from '../../../lib/lexicon/reporting-verbs.ts';

const STATE = alternation(GUARANTOR_STATES);
const JOIN = '\\s*[،,]?\\s*و?\\s*';
const BY_STATES = `(?:${alternation(GUARANTOR_MEETING_HEADS)})\\s+(?:الدول\\s+الثلاث\\s+)?(?<states>(?:${STATE})(?:${JOIN}(?:${STATE})){2})`;
// "القمة الروسية التركية الإيرانية"، "اجتماع قمة روسي-تركي-إيراني": a summit by name, or a meeting
// that says it is one (a bare "اجتماع روسي تركي إيراني" is as often one of experts).
const ADJECTIVE = alternation(Object.values(GUARANTOR_ADJECTIVES).flat());
const ADJ_JOIN = '\\s*[-–،,]?\\s*و?\\s*';
const SUMMIT = alternation(SUMMIT_MEETING);
const BY_ADJECTIVES = `(?:${SUMMIT})(?:\\s+(?:${alternation(TRILATERAL)}))?\\s+(?<adjectives>(?:${ADJECTIVE})(?:${ADJ_JOIN}(?:${ADJECTIVE})){2})`;
/** A meeting word before the group: its noun, or the verbs of meeting in every person and tense. */
const MEETING_WORDS = [...MEETING_NAMES, ...MEETING_VERBS.filter((v) => v.perfect === 'اجتمع' || v.perfect === 'التقى').flatMap((v) => { const f = formsOf(v); return [...f.past, ...f.present, ...f.future]; })];
const BY_GROUP = `(?:${alternation(MEETING_WORDS)})(?:\\s+(?:${alternation(GATHERING_VERBS)}))?\\s+(?:${alternation(GUARANTOR_MEETING_HEADS)})\\s+(?:${alternation(GUARANTORS_GROUP)})`;
// Up to four words (a name) between the two counterparts' adjectives.
const BY_COUNTERPARTS = `(?:${alternation(COUNTERPARTS_WORDS)})\\s+(?<first>${ADJECTIVE})(?:\\s+[^\\s.،,؛]+){0,4}?\\s*[،,]?\\s+و\\s*(?<second>${ADJECTIVE})`;
const SOURCE = `${WORD_START}(?:${BY_STATES}|${BY_ADJECTIVES}|${BY_GROUP}|${BY_COUNTERPARTS})${WORD_END}`;
const STATE_WORD = new RegExp(alternation(GUARANTOR_STATES), 'gu');
const ADJECTIVE_STATE = new Map(Object.entries(GUARANTOR_ADJECTIVES).flatMap(([state, words]) => words.map((w) => [foldArabic(w), state] as const)));
const ADJECTIVE_WORD = new RegExp(ADJECTIVE, 'gu');

/** The states a match names: each of the three once ("روسيا وتركيا وروسيا" is a typo or another list). */
function statesNamed(groups: Record<string, string | undefined>): number {
  if (groups.first) return new Set([ADJECTIVE_STATE.get(groups.first), ADJECTIVE_STATE.get(groups.second!)]).size + 1;
  if (groups.states) return new Set(groups.states.match(STATE_WORD) ?? []).size;
  if (groups.adjectives) return new Set((groups.adjectives.match(ADJECTIVE_WORD) ?? []).map((w) => ADJECTIVE_STATE.get(w))).size;
  return 3;
}

// Which of the catalog's meetings around the rounds a match can be, by what its name says it is: the
// track also holds the ISSG meetings, the Riyadh conferences and the Russian-Turkish memoranda.
const SUMMIT_WORD = new RegExp(foldArabic(alternation(SUMMIT_WORDS)), 'u');
const LEADERS = new RegExp(foldArabic(alternation(LEADER_WORDS)), 'u');
const MINISTERS = new RegExp(foldArabic(alternation(MINISTERS_WORDS)), 'u');

/** The kind a meeting's name says it is: a summit (its word, or leaders) or a ministers' meeting. */
function kindOf(text: string): RegExp | null {
  return SUMMIT_WORD.test(text) || LEADERS.test(text) ? SUMMIT_WORD : MINISTERS.test(text) ? MINISTERS : null;
}

/** A meeting of the guarantors by its name: all three states, or the format's words («الدول الضامنة»،
 *  «صيغة أستانا»، «القمة الثلاثية»). The Istanbul four-way summit, the Arab League's and the Arab ministers'
 *  meetings are around the rounds too, but no meeting of theirs. */
const FORMAT_NAME = new RegExp(foldArabic(alternation(GUARANTOR_FORMAT_WORDS)), 'u');
const STATE_IN_NAME = Object.entries(GUARANTOR_ADJECTIVES).map(([state, words]) => new RegExp(foldArabic(alternation([state, ...words])), 'u'));
const isGuarantors = (name: string): boolean => FORMAT_NAME.test(name) || STATE_IN_NAME.every((re) => re.test(name));

function meetingsOfKind(kind: RegExp | null, rounds: RoundRef[]): string[] {
  if (!kind) return [];
  return rounds.filter((r) => { const name = foldArabic(r.name_ar); return r.track === 'summits' && kind.test(name) && isGuarantors(name); }).map((r) => r.id);
}

/** How far before the counterparts the host's state and office are looked for (a headline above). */
const HOST_LOOKBACK = 400;
const STATE_NAMES = new Map(Object.entries(GUARANTOR_ADJECTIVES).map(([state, words]) => [state, new RegExp(`(?<=^|[\\s\\p{P}])(?:${foldArabic(alternation([state, ...words]))})(?=$|[\\s\\p{P}])`, 'u')] as const));
const HOST_OFFICE = new RegExp(`(?<=^|[\\s\\p{P}])(?:(?<minister>${foldArabic(alternation(MINISTER_WORDS))})|(?<president>${foldArabic(alternation(PRESIDENT_WORDS))}))(?=$|[\\s\\p{P}])`, 'gu');

/** The counterparts' host: the third guarantor must be named before them, and the office named
 *  last there says which kind of meeting it is (a text naming neither office: none of the catalog's). */
function hostOf(groups: Record<string, string | undefined>, before: string): { kind: RegExp | null } | null {
  const named = new Set([ADJECTIVE_STATE.get(groups.first!), ADJECTIVE_STATE.get(groups.second!)]);
  const third = GUARANTOR_STATES.find((s) => !named.has(s))!;
  if (!STATE_NAMES.get(third)!.test(before)) return null;
  let kind: RegExp | null = null;
  for (const m of before.matchAll(HOST_OFFICE)) kind = m.groups!.minister ? MINISTERS : SUMMIT_WORD;
  return { kind };
}

const TRIGGER_WORDS = [...GUARANTOR_MEETING_HEADS.map((h) => h.split(' ')[0]!), ...MEETING_WORDS, ...COUNTERPARTS_WORDS];

export const guarantorsMeeting: Parser = {
  name: 'guarantors-meeting',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic(alternation(TRIGGER_WORDS)), 'gu'), lookback: 4 },
  extract(m, ctx): Parsed | null {
    if (statesNamed(m.groups ?? {}) !== 3) return null;
    let kind = kindOf(m[0]);
    if (m.groups?.first) {
      const host = hostOf(m.groups, ctx.folded.slice(Math.max(0, m.index - HOST_LOOKBACK), m.index));
      if (!host) return null;
      kind = host.kind;
    }
    const ids = meetingsOfKind(kind, ctx.rounds);
    return { start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'guarantors-meeting', stated: { track: 'summits', loose: true, ...(ids.length > 0 ? { roundIds: ids } : {}) } };
  },
};

/** «لقاءً ثلاثياً يجمع أردوغان وبوتين وروحاني»، «لقاء يضم لافروف ووزيري الخارجية التركي والإيراني»: a
 *  gathering verb and, in the words after it, the three states' presidents by surname or their foreign
 *  ministers by name or title (first names and titles between): their summit, or their ministers'
 *  meeting. Presidents and ministers mixed are no meeting of the catalog's kinds. */
const LEADERS_REACH = 90;
const SURNAMES = new Map(GUARANTOR_LEADERS.flatMap((names, i) => names.map((n) => [foldArabic(n), GUARANTOR_STATES[i]!] as const)));
const MINISTER_NAMES = new Map(GUARANTOR_FOREIGN_MINISTERS.flatMap((names, i) => names.map((n) => [foldArabic(n), GUARANTOR_STATES[i]!] as const)));
const NAMED = (names: Iterable<string>): RegExp => new RegExp(`(?<![\\p{L}])[و]?(?<n>${alternation([...names])})(?![\\p{L}])`, 'gu');
const SURNAME = NAMED(SURNAMES.keys());
const MINISTER_NAME = NAMED(MINISTER_NAMES.keys());
const TITLED_MINISTERS = new RegExp(`(?<![\\p{L}])[و]?(?:(?:${foldArabic(alternation(FOREIGN_MINISTER_TITLES))})\\s+(?<adjs>(?:${ADJECTIVE})(?:${ADJ_JOIN}(?:${ADJECTIVE})){0,2})|(?:${foldArabic(alternation(FOREIGN_MINISTER_OF))})\\s+(?<states>(?:${STATE})(?:${JOIN}(?:${STATE})){0,2}))(?![\\p{L}])`, 'gu');
const STATE_OF_FOLDED = new Map(GUARANTOR_STATES.map((st) => [foldArabic(st), st] as const));
/** The states whose heads a text names, each with the kinds of meeting its heads make, where the first
 *  name starts and where the last ends. */
function headsNamed(words: string): { kinds: Map<string, Set<RegExp>>; start: number; end: number } {
  const kinds = new Map<string, Set<RegExp>>();
  let start = words.length;
  let end = 0;
  const add = (state: string | undefined, kind: RegExp, from: number, to: number): void => {
    if (!state) return;
    kinds.set(state, (kinds.get(state) ?? new Set()).add(kind));
    start = Math.min(start, from);
    end = Math.max(end, to);
  };
  for (const n of words.matchAll(SURNAME)) add(SURNAMES.get(n.groups!.n!), SUMMIT_WORD, n.index, n.index + n[0].length);
  for (const n of words.matchAll(MINISTER_NAME)) add(MINISTER_NAMES.get(n.groups!.n!), MINISTERS, n.index, n.index + n[0].length);
  for (const t of words.matchAll(TITLED_MINISTERS)) {
    const states = t.groups!.adjs ? (t.groups!.adjs.match(ADJECTIVE_WORD) ?? []).map((w) => ADJECTIVE_STATE.get(w)) : (t.groups!.states!.match(STATE_WORD) ?? []).map((w) => STATE_OF_FOLDED.get(w));
    for (const st of states) add(st, MINISTERS, t.index, t.index + t[0].length);
  }
  return { kinds, start, end };
}

/** The meeting the three states' heads make: their presidents, a summit (the ministers who come with
 *  them, «قمة تجمع بوتين وأردوغان وروحاني بحضور لافروف …», change nothing); their ministers alone, the
 *  ministers' meeting; anything else, neither. */
function meetingOfHeads(kinds: Map<string, Set<RegExp>>): RegExp | null {
  if (kinds.size !== 3) return null;
  const all = [...kinds.values()];
  if (all.every((k) => k.has(SUMMIT_WORD))) return SUMMIT_WORD;
  return all.every((k) => k.has(MINISTERS) && !k.has(SUMMIT_WORD)) ? MINISTERS : null;
}

/** Words that open another clause after a comma: «يجمع لافروف ونظيره التركي، فيما التقى عبد اللهيان …»
 *  is two meetings, not one of three; «… بوتين، أردوغان، روحاني» is one list. */
const VERBS = meetingForms(MEETING_VERBS.map((v) => v.role));
const CLAUSE_OPENERS = new Set([...CLAUSE_CONNECTORS, ...REPORTING_VERBS, ...VERBS.past, ...VERBS.present, ...VERBS.future].map(foldArabic));
const SENTENCE_END = /[.!؟\n:؛]/u;
const AFTER_COMMA = /[،,]\s*(\p{L}+)(?:\s+(\p{L}+))?/gu;

/** The list of who meets: up to the sentence's or clause's end, or a comma that opens another clause. */
function listOf(tail: string): string {
  const stop = tail.search(SENTENCE_END);
  const text = stop < 0 ? tail : tail.slice(0, stop);
  AFTER_COMMA.lastIndex = 0;
  for (let m = AFTER_COMMA.exec(text); m; m = AFTER_COMMA.exec(text)) {
    const word = m[1]!;
    const two = m[2] ? `${word} ${m[2]}` : '';
    if (CLAUSE_OPENERS.has(word) || CLAUSE_OPENERS.has(word.replace(/^[وف]/u, '')) || CLAUSE_OPENERS.has(two)) return text.slice(0, m.index);
  }
  return text;
}

export const guarantorLeadersMeeting: Parser = {
  name: 'guarantor-leaders-meeting',
  pattern: () => new RegExp(foldArabic(`${WORD_START}(?:${alternation(GATHERING_VERBS)})${WORD_END}`), 'gu'),
  // The verbs alone, found by a plain scan: the pattern, which opens with a look-behind, is then tried
  // only where one starts, not at every character of the article.
  trigger: { re: new RegExp(foldArabic(alternation(GATHERING_VERBS)), 'gu'), lookback: 0 },
  extract(m, ctx): Parsed | null {
    const from = m.index + m[0].length;
    const tail = ctx.folded.slice(from, from + LEADERS_REACH);
    const words = listOf(tail);
    const { kinds, start, end } = headsNamed(words);
    const kind = meetingOfHeads(kinds);
    if (!kind) return null;
    const ids = meetingsOfKind(kind, ctx.rounds);
    // Told as the guarantors' meeting it is: the refiners and the clues read both parsers' alike. It
    // starts at the first head: a day between the verb and them («جمع أمس في جنيف وزراء …») is its own.
    return { start: from + start, end: from + end, kind: 'round', parser: 'guarantors-meeting', stated: { track: 'summits', loose: true, ...(ids.length > 0 ? { roundIds: ids } : {}) } };
  },
};
