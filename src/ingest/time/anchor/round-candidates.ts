// Which catalog rounds a round reference may mean. "أستانا-9" names its track; a bare "الجولة الثامنة"
// exists in several tracks, so each gets a prior from the words around it: a track name close to the
// reference, in its sentence, and how often the article names each track.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { rememberRecent } from '../../../lib/remember-recent.ts';
import { roundDays, type RoundDays } from './round-days.ts';
import type { Expr, Parsed, RoundCandidate, RoundRef } from '../types.ts';
import { alternation, atWordStart, withLam } from '../constants.ts';
import { DURATION_UNITS, ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { ASTANA_MEETING_HEAD, ASTANA_MEETING_SUBJECTS, ASTANA_NAMES, BODY_HEADS, SYRIAN_BODY_WORDS, OTHER_COMMITTEE_QUALIFIERS, CITY_DESCRIPTIONS, CITY_NOUN, GENEVA_NAMES, GENEVA_TABLE_WORDS, KAZAKHSTAN_WORDS, MEETING_CITIES, MEETING_NAME_HEADS, ROUND_FRAME_WORDS, CONSTITUTION_WORDS, NUR_SULTAN_NAMES, OTHER_ROUND_OWNERS, OTHER_TALKS_CITIES, PEACE_TALKS_WORDS, ROUND_NOUNS, ROUND_TRACK_LINKS, SEAT_WORDS, SOCHI_NAMES, TRACK_WORDS } from '../../../lib/lexicon/talks.ts';
import { AFTER_WORDS, BEFORE_WORDS, FROM_PLACE, PLACE_PREPOSITIONS, SINCE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { ERAS, PREDECESSOR_WORDS } from '../../../lib/lexicon/eras.ts';
import { SEPARATE_PREPOSITIONS } from '../../../lib/lexicon/title-words.ts';
import { formerAround } from './former-holder.ts';
import { namesOtherTalks } from './other-talks.ts';
import { recallsIn, yearsIn } from './recalled.ts';
import { HOSTING_VERBS, MEETING_VERBS, formsOf } from '../../../lib/lexicon/meeting-verbs.ts';
import { COMPLEMENTIZERS, CONCURRENT_WORDS, NEXT_CLAUSE_WORDS, RELATIVE_PRONOUNS } from '../../../lib/lexicon/clause-words.ts';

const TRACK_NAME = `[وفبل]?(?:${alternation(withLam(Object.values(TRACK_WORDS).flat()))})`;
const TRACK_RE = new RegExp(`${atWordStart(TRACK_NAME)}(?![\\p{L}])`, 'gu');
const TRACK_OF = new Map<string, string>();
for (const [track, words] of Object.entries(TRACK_WORDS)) for (const w of withLam(words)) TRACK_OF.set(foldArabic(w).replace(/\s+/g, ' '), track);

export interface TrackMention { start: number; end: number; track: string }
const COMMITTEE_TRACK = 'constitutional-committee';
const OTHER_COUNTRY_AFTER = new RegExp(`^\\s+(?:${alternation(OTHER_COMMITTEE_QUALIFIERS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** Every track name in the folded text. */
export function trackMentions(folded: string): TrackMention[] {
  const out: TrackMention[] = [];
  TRACK_RE.lastIndex = 0;
  for (let m = TRACK_RE.exec(folded); m; m = TRACK_RE.exec(folded)) {
    const word = m[0].replace(/\s+/g, ' ');
    const track = TRACK_OF.get(word) ?? TRACK_OF.get(word.slice(1));
    // «اللجنة الدستورية الليبية»: another country's committee.
    if (track === COMMITTEE_TRACK && OTHER_COUNTRY_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (track) out.push({ start: m.index, end: m.index + m[0].length, track });
  }
  return out;
}

// Each round's days by the round, once per catalog: a candidate was a search of every round's days.
const DAYS_BY_ROUND = new WeakMap<RoundRef[], Map<RoundRef, RoundDays>>();

function candidate(round: RoundRef, prior: number, rounds: RoundRef[]): RoundCandidate | null {
  let byRound = DAYS_BY_ROUND.get(rounds);
  if (!byRound) {
    byRound = new Map();
    // The first of a round given twice, as the search found it.
    for (const d of roundDays(rounds)) if (!byRound.has(d.round)) byRound.set(d.round, d);
    DAYS_BY_ROUND.set(rounds, byRound);
  }
  const days = byRound.get(round);
  return days ? { round, prior, start: days.start, end: days.end } : null;
}

/** Link words, and the quotes that set off a track's name («أولى جلسات "اللجنة الدستورية"»). */
const LINKS_ONLY = new RegExp(`^[\\s"“”«»]*(?:(?:${alternation(ROUND_TRACK_LINKS)})[\\s"“”«»]+)*$`, 'u');

/** The track a round reference is attached to: "الجولة السابعة من اجتماعات اللجنة الدستورية". A track
 *  merely named in the sentence ("في جنيف" is the city of two tracks) does not choose the track. */
export function attachedTrack(expr: { end: number }, mentions: TrackMention[], folded: string): string | undefined {
  return attachedMention(expr, mentions, folded)?.track;
}

/** The track's name a round reference is attached to, with only link words between. */
function attachedMention(expr: { end: number }, mentions: TrackMention[], folded: string): TrackMention | undefined {
  const t = mentions.find((m) => m.start >= expr.end && m.start - expr.end <= 40);
  return t && LINKS_ONLY.test(folded.slice(expr.end, t.start)) ? t : undefined;
}

/** «الجولة الثالثة من مفاوضات "جنيف 3"»: a conference's name right after a numbered round word, only link
 *  words between, names the conference that round is a session of: it is part of that mention, not a
 *  second one (its sessions are the round's candidates and more). */
export function nestedName(inner: Expr, outer: Expr, folded: string): boolean {
  if (inner === outer || inner.kind !== 'round' || outer.kind !== 'round' || !inner.stated.byName || outer.stated.byName || outer.stated.round === undefined) return false;
  if (inner.start < outer.end || inner.start - outer.end > 40 || !LINKS_ONLY.test(folded.slice(outer.end, inner.start))) return false;
  const ids = new Set(inner.candidates.map((c) => c.round.id));
  return outer.candidates.length > 0 && outer.candidates.every((c) => ids.has(c.round.id));
}

/** «واصلت اليوم الهيئة المصغرة للجنة الدستورية اجتماعاتها … ضمن جولتها الخامسة»: the track a round word's
 *  pronoun takes its track from (the nearest mention before it, no other round between) is the round's
 *  owner, not another round told of the day. */
export function ownerOf(owner: Expr, r: Expr, exprs: readonly Expr[]): boolean {
  if (owner === r || owner.kind !== 'round' || r.stated.trackFrom !== 'owner' || owner.stated.round !== undefined || owner.end > r.start || r.start - owner.end > 120) return false;
  if (exprs.some((e) => e !== owner && e !== r && e.kind === 'round' && e.start >= owner.end && e.end <= r.start)) return false;
  const ids = new Set(owner.candidates.map((c) => c.round.id));
  return r.candidates.length > 0 && r.candidates.every((c) => ids.has(c.round.id));
}

/** «جنيف 3»: the number right after a track's name. */
const CONFERENCE_NUMBER = /^[^\S\n]*(?:-|–|ـ)?[^\S\n]*(\d{1,2})(?!\d)/u;
const conferenceOf = (t: TrackMention, folded: string): number | undefined => {
  const m = CONFERENCE_NUMBER.exec(folded.slice(t.end, t.end + 8));
  return m ? Number(m[1]) : undefined;
};
/** «… من مفاوضات جنيف 3»: the conference named right after the track attached to a round word. */
function conferenceAfter(expr: { end: number }, mentions: TrackMention[], folded: string): number | undefined {
  const t = attachedMention(expr, mentions, folded);
  return t ? conferenceOf(t, folded) : undefined;
}
/** Every conference the article names by its track and number, as "track number". */
function conferencesNamed(mentions: TrackMention[], folded: string): Set<string> {
  const out = new Set<string>();
  for (const t of mentions) { const n = conferenceOf(t, folded); if (n !== undefined) out.add(`${t.track} ${n}`); }
  return out;
}

/** Track whose city hosts other tracks too → every track that meets there. */
// Peace talks in Geneva are the UN's: the committee's sittings are never called so.
const TABLE_WORDS = Object.entries({ ...GENEVA_TABLE_WORDS, geneva: [...GENEVA_TABLE_WORDS.geneva, ...PEACE_TALKS_WORDS] }).map(([track, words]) => [track, new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(words)})(?![\\p{L}])`, 'u')] as const);
const SHARED_CITIES = new Map([['geneva', ['geneva', 'constitutional-committee']]]);
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation([...PLACE_PREPOSITIONS, ...FROM_PLACE, ...CITY_NOUN, ...SEAT_WORDS])})\\s+$`, 'u');
const NUMBER_AFTER = new RegExp(`^\\s*(?:-|–|ـ)?\\s*(?:\\d|(?:${alternation(Object.keys(ORDINALS).filter((o) => o.startsWith('ال')))})(?![\\p{L}]))`, 'u');

/** A city that hosts several tracks, named as a place ("في جنيف"، "بجنيف"), not as the talks ("محادثات جنيف"، "جنيف 8"). */
function isPlaceOnly(t: TrackMention, folded: string): boolean {
  if (!SHARED_CITIES.has(t.track)) return false;
  if (NUMBER_AFTER.test(folded.slice(t.end, t.end + 16))) return false;
  return /^[بل]/u.test(folded.slice(t.start, t.end)) || PLACE_BEFORE.test(folded.slice(Math.max(0, t.start - 16), t.start));
}

/** «في إطار محادثات جنيف»: the talks a round is set within, named after it. */
const FRAME_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(ROUND_FRAME_WORDS)})\\s+(?:\\p{L}+\\s+)?$`, 'u');
const FRAME_REACH = 24;
const CONSTITUTION_RE = new RegExp(`(?<![\\p{L}])[وبل]?(?:${alternation(CONSTITUTION_WORDS)})(?![\\p{L}])`, 'u');

/** «جنيف - انطلقت اليوم …»، «جنيف (رويترز) -»، «جنيف/ الأناضول -»: a city opening its line before a dash
 *  or a colon, an agency between, is where the story was filed, not the talks named. */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,24}\)|[/،,][^-–—:\n]{0,24})?\s*[-–—:]/u;
function isDateline(t: TrackMention, folded: string): boolean {
  return (t.start === 0 || folded[t.start - 1] === '\n') && DATELINE_AFTER.test(folded.slice(t.end, t.end + 32));
}

/** One key per city however it is spelled or was renamed (Astana, Nur-Sultan); the country too, as
 *  every round Kazakhstan hosted met in its capital («الجولة السادسة … في كازاخستان»). */
const ASTANA_CITY = new Set([...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS].map((w) => foldArabic(w).replace(/\s+/g, ' ')));
/** Where a track meets when a catalog entry does not say. */
const USUAL_CITY: Record<string, string[]> = { astana: [ASTANA_NAMES[0]!], geneva: [GENEVA_NAMES[0]!], 'constitutional-committee': [GENEVA_NAMES[0]!], sochi: [SOCHI_NAMES[0]!] };
const GENEVA_CITY = new Set(GENEVA_NAMES.map(foldArabic));
function cityKey(folded: string): string {
  const w = folded.replace(/\s+/g, ' ').trim();
  return ASTANA_CITY.has(w) ? 'astana' : GENEVA_CITY.has(w) ? foldArabic(GENEVA_NAMES[0]!) : w;
}
const CITY_RE = alternation([...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS, ...GENEVA_NAMES, ...SOCHI_NAMES, ...OTHER_TALKS_CITIES]);
const CITY_AT = new RegExp(`^(?:${CITY_RE})(?![\\p{L}])`, 'u');
/** The key of the city a folded text opens with («جنيف …»), if it opens with one of the talks' cities. */
export function cityOpening(text: string): string | undefined {
  const m = CITY_AT.exec(text);
  return m ? cityKey(m[0]) : undefined;
}
/** A city after one of `words` or a preposition written onto it, a description or two between («في العاصمة
 *  الكازاخستانية أستانا»). */
const placeAfter = (words: string[], joined: string, cities = CITY_RE): RegExp => new RegExp(`(?<![\\p{L}])(?:(?:${alternation(words)})\\s+|[${joined}])(?:(?:${alternation(CITY_DESCRIPTIONS)})\\s+){0,2}(?<city>${cities})(?![\\p{L}])`, 'gu');
/** «استضاف منتجع سوتشي الروسي اليوم قمة ثلاثية»، «تحتضن العاصمة الكازاخية أستانا الجولة»: the city that hosts
 *  a meeting is where it is held, as one after «في» is. */
const HOSTING = MEETING_VERBS.filter((v) => HOSTING_VERBS.includes(v.perfect)).flatMap((v) => { const f = formsOf(v); return [...f.past, ...f.present, ...f.future, ...f.nouns]; });
const PLACE_RE = placeAfter([...PLACE_PREPOSITIONS, ...CITY_NOUN], 'بل');
const HOST_RE = placeAfter(HOSTING, '');
/** Another meeting, or a meeting told alongside, between a host's city and the meeting named. */
const OTHER_OBJECT = new RegExp(`(?<![\\p{L}])(?:[وفبل]?(?:ال)?(?:${alternation(MEETING_NAME_HEADS)})(?:ا|ًا|اً)?|${alternation(CONCURRENT_WORDS)}|${alternation(BEFORE_WORDS)}|${alternation(AFTER_WORDS)})(?![\\p{L}])`, 'u');
/** How far before a meeting its host may stand: the verb opens the clause, a time and the city between. */
const HOST_REACH = 80;
/** Only where a meeting was held: «في» or «ب» before the city, not «إلى» or «ل» («أول مشاركة لطهران»). */
const HELD_BEFORE = [PLACE_PREPOSITIONS[0]!, ...CITY_NOUN];
const HELD_JOINED = 'ب';
const HELD_RE = placeAfter(HELD_BEFORE, HELD_JOINED);
/** Where a meeting of a name several share was held, in a city of the meetings around the talks: only
 *  after «في» or «ب», and only to choose among them («مؤتمر الحوار الوطني السوري الذي اختتم أمس في دمشق»). */
const MEETING_HELD_RE = placeAfter(HELD_BEFORE, HELD_JOINED, alternation(MEETING_CITIES));

/** Where the round's clause ends after it: «أن»/«إن» and their kin, «على أن»، «فيما» (not a comma: «،
 *  اليوم الأربعاء،» is set off by two). */
const OTHER_CLAUSE = new RegExp(`[؛]|(?<![\\p{L}])(?:${alternation([...COMPLEMENTIZERS, ...NEXT_CLAUSE_WORDS].map(foldArabic))})(?![\\p{L}])`, 'u');
/** A clause's end, or a time counted off another event («قمة سوتشي بعد أسابيع من لقائهما في طهران»): past
 *  it a place is that event's, and says nothing of where this one was not held. */
const OTHER_TIME_OR_CLAUSE = new RegExp(`${OTHER_CLAUSE.source}|(?<![\\p{L}])[وف]?(?:${alternation([...BEFORE_WORDS, ...AFTER_WORDS, ...SINCE_PREPOSITIONS].map(foldArabic))})(?![\\p{L}])`, 'u');
/** Cities named as a place (after في، ب، إلى) within a few words of a round reference, in its sentence. */
function placesBeside(expr: { start: number; end: number }, sentence: [number, number], folded: string, re = PLACE_RE, clauseEnd = OTHER_CLAUSE, before = true): Set<string> {
  const from = before ? Math.max(sentence[0], expr.start - 40) : expr.start;
  // «… القمة الثلاثية اليوم الأربعاء أن قمتهم المقبلة ستعقد في طهران»: a place past a reported or a next
  // clause is that clause's (another meeting's), not where this one met.
  const after = folded.slice(expr.end, Math.min(sentence[1], expr.end + 50));
  const cut = clauseEnd.exec(after);
  const text = folded.slice(from, expr.end) + (cut ? after.slice(0, cut.index) : after);
  // Not a host whose object is another meeting («استضافت أنقرة اليوم اجتماعاً لمجلس الأمن القومي تزامناً مع القمة»).
  const hostText = before && re === PLACE_RE ? folded.slice(Math.max(sentence[0], expr.start - HOST_REACH), expr.start) : '';
  const hosts = hostText ? placesNamed(hostText, HOST_RE).filter((p) => !OTHER_OBJECT.test(hostText.slice(p.end))) : [];
  return new Set([...placesNamed(text, re), ...hosts].map((p) => p.key));
}

/** Each city the text names as a place («في طهران»، «بجنيف»، «في العاصمة الكازاخستانية أستانا»): where the
 *  phrase stands, and the city's key. */
export function placesNamed(text: string, re = PLACE_RE): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, key: cityKey(m.groups!.city!) });
  return out;
}

// A round's cities as keys, once per round: heldIn asks them of every round of a track (every summit,
// for a meeting held elsewhere) for each round reference beside a place, and folding them each time was
// 1.3 % of a worker's time in the ingest of 10,000 generated articles.
const CITY_KEYS = new WeakMap<RoundRef, string[]>();

/** Whether the catalog puts the round in one of the cities (keys of placesNamed). */
export function heldIn(r: RoundRef, places: Set<string>): boolean {
  let keys = CITY_KEYS.get(r);
  if (!keys) CITY_KEYS.set(r, (keys = (r.city_ar ? r.city_ar.split('/') : USUAL_CITY[r.track] ?? []).map((c) => cityKey(foldArabic(c)))));
  return keys.some((k) => places.has(k));
}

/** The catalog's track of the summits and ministers' meetings around the rounds. */
const AROUND_TRACK = 'summits';

/** The prior of a round of a track the article never names, beside one its sentence names by its words. */
const UNNAMED_PRIOR = 0.05;

/** «الجولة الثامنة من التصفيات الآسيوية»: a contest named right after the round owns it. */
const OWNED_ELSEWHERE = new RegExp(`^\\s+(?:من|في|ضمن)\\s+(?:${alternation(OTHER_ROUND_OWNERS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** A body named after a round and its link words, by its head and an adjective of its own («الجولة الرابعة
 *  من محادثات اللجنة العسكرية المشتركة»، «للجنة الأمنية»; a ل may take the article's alif). A head alone
 *  («الدورة السادسة للجنة الاثنين المقبل») is the body the story named before. */
const BODY_AFTER = new RegExp(`^[\\s"“”«»]*(?:(?:${alternation(ROUND_TRACK_LINKS.map(foldArabic))})[\\s"“”«»]+)*(?:ال|ل)?(?:${alternation(BODY_HEADS.map(foldArabic))})\\s+ال\\p{L}{2,}يه?(?![\\p{L}])`, 'u');
const BODY_REACH = 60;
/** Whether the round belongs to a body that is no track: its name is none of the tracks' («اللجنة
 *  الدستورية» is one). */
function ownedByOtherBody(expr: Parsed, sentence: [number, number], mentions: TrackMention[], folded: string): boolean {
  const body = BODY_AFTER.exec(folded.slice(expr.end, Math.min(sentence[1], expr.end + BODY_REACH)));
  if (body === null || mentions.some((t) => t.start >= expr.end && t.start < expr.end + body[0].length)) return false;
  const named = folded.slice(expr.end + body.index, Math.min(sentence[1], expr.end + body.index + body[0].length + SYRIAN_BODY_REACH));
  return !SYRIAN_BODY.test(named);
}
/** How far past a body's head and adjective the words that make it Syria's are looked for. */
const SYRIAN_BODY_REACH = 24;
// The article as written or taken by a preposition («للدستور»، «بالدستور»).
const SYRIAN_BODY = new RegExp(`(?<![\\p{L}])(?:ال|لل|بال)(?:${alternation(SYRIAN_BODY_WORDS.map((w) => foldArabic(w).replace(/^ال/u, '')))})(?![\\p{L}])`, 'u');

const STRONG_ROUND_WORD = new RegExp(`^(?:${alternation(ROUND_NOUNS)})`, 'u');

export function roundCandidates(
  expr: Parsed, sentence: [number, number], mentions: TrackMention[], rounds: RoundRef[], folded: string,
): RoundCandidate[] {
  const s = expr.stated;
  if (s.roundId) {
    const r = rounds.find((x) => x.id === s.roundId);
    const c = r && candidate(r, 1, rounds);
    return c ? [c] : [];
  }
  if (s.roundIds) {
    // Meetings a name shares («قمة سوتشي»، a summit of the three): the city named as its place keeps those
    // held there, and one told after it as where it is held («في»، «ب») and none of them met leaves none
    // (one before it may be another meeting's: «محادثات جنيف إلى المشاركة في مؤتمر الحوار الوطني»): «وزراء خارجية روسيا وتركيا وإيران وأذربيجان
    // وأرمينيا في طهران» is another format's meeting, not the deputies' of Moscow its weekday fits.
    const named = rounds.filter((r) => s.roundIds!.includes(r.id));
    // A city of the meetings around the talks only chooses: later in the clause it is as often another
    // act's («… القمة الثلاثية بمتابعة في دمشق»), and none met there leaves those named.
    const places = new Set([...placesBeside(expr, sentence, folded), ...placesBeside(expr, sentence, folded, MEETING_HELD_RE)]);
    const held = placesBeside(expr, sentence, folded, HELD_RE, OTHER_TIME_OR_CLAUSE, false);
    const there = places.size > 0 ? named.filter((r) => heldIn(r, places)) : [];
    if (there.length === 0 && held.size > 0) return [];
    return (there.length > 0 ? there : named).map((r) => candidate(r, 1, rounds)).filter((c): c is RoundCandidate => c !== null);
  }
  if (s.round === undefined) {
    // A round without a number: some round of its track; "المقبلة" one after the article, "السابقة" one before (tense does that).
    if (!s.track) return [];
    // A city owns no round: talks held in Geneva are the UN talks' or the committee's.
    const tracks = s.place ? SHARED_CITIES.get(s.track) ?? [s.track] : [s.track];
    const own = rounds.filter((r) => tracks.includes(r.track));
    // "وزراء خارجية صيغة أستانا سيجتمعون في الدوحة": a track's meeting named with another city as its
    // place is one held there, its own or one of the meetings around the rounds.
    const places = placesBeside(expr, sentence, folded);
    const there = places.size > 0 ? own.filter((r) => heldIn(r, places)) : [];
    // Another meeting held there only by a place after the track's («… سيجتمعون في الدوحة»): one before it is
    // most often another act's («بحث المبعوث في طهران سبل استئناف اجتماعات اللجنة الدستورية»).
    const placesAfter = there.length === 0 && places.size > 0 ? placesBeside(expr, sentence, folded, PLACE_RE, OTHER_CLAUSE, false) : places;
    const around = placesAfter.size > 0 && there.length === 0 ? rounds.filter((r) => r.track === AROUND_TRACK && heldIn(r, placesAfter)) : [];
    const pool = there.length > 0 ? there : around.length > 0 ? around : own;
    return pool.map((r) => candidate(r, 1, rounds)).filter((c): c is RoundCandidate => c !== null);
  }
  if (!s.track && OWNED_ELSEWHERE.test(folded.slice(expr.end, expr.end + 40))) return [];
  if (namesOtherTalks(expr, sentence, folded, s.byName ? 'name' : 'round') || (!s.byName && ownedByOtherBody(expr, sentence, mentions, folded))) return [];
  const formatName = !s.track && isAstanaMeetingName(expr, folded);
  // "الدورة الثانية"، "الاجتماع الثامن" name many things: a round of talks only beside a track's name.
  const inSentence = mentions.some((t) => t.start >= sentence[0] && t.end <= sentence[1]);
  if (!s.track && !inSentence && !formatName && !STRONG_ROUND_WORD.test(folded.slice(expr.start, expr.end))) return [];
  let track = s.track ?? attachedTrack(expr, mentions, folded) ?? (formatName ? 'astana' : undefined);
  if (!track && s.trackFrom === 'owner') {
    // "تعقد اللجنة الدستورية ... اجتماعها الأول": the nearest track before it in its sentence owns it.
    // A city named as the place ("في جنيف") owns nothing.
    track = mentions.filter((t) => t.end <= expr.start && t.start >= sentence[0] && expr.start - t.end <= 120 && !isPlaceOnly(t, folded)).sort((a, b) => b.end - a.end)[0]?.track;
  }
  // "أول اجتماع"، "جولتها الثامنة" name a round of talks only with their track.
  if (!track && s.trackFrom !== undefined) return [];
  // «الجولة الثانية من مفاوضات جنيف 3»: a round word's ordinal counts a conference's sessions, the
  // conference's number after its track's name choosing the conference; with none after it, only the
  // sessions of a conference the article names («جنيف 3» in its headline). A conference's number is
  // never a round word's ordinal: «الجولة الثانية» is not «جنيف 2».
  // Only a conference that met in sessions: «محادثات أستانا 14 و15 أيلول» names days, «جنيف 4» a round.
  const sessions = new Set(rounds.filter((r) => r.session !== undefined).map((r) => `${r.track} ${r.number}`));
  const after = track && !s.byName ? conferenceAfter(expr, mentions, folded) : undefined;
  const conference = after !== undefined && sessions.has(`${track} ${after}`) ? after : undefined;
  const conferences = conference === undefined && !s.byName ? new Set([...conferencesNamed(mentions, folded)].filter((c) => sessions.has(c))) : null;
  const numbered = (r: RoundRef): boolean => {
    if (conference !== undefined) return r.number === conference && r.session === s.round;
    if (s.byName || r.session === undefined) return r.number === s.round;
    return r.session === s.round && conferences!.has(`${r.track} ${r.number}`);
  };
  let pool = rounds.filter((r) => numbered(r) && (!track || r.track === track));
  // «الجولة الثالثة من محادثات جنيف» in April 2016: a track whose rounds of that number met only as a
  // conference's sessions (Geneva II's two, Geneva III's three; the numbered rounds began at 4) names a
  // session of one of them when the article names none and tells of its time: the envoy who chaired it
  // or its year. Other talks in Geneva count their rounds too (Iran's, Libya's, the committee's third
  // round of August 2020), and a story of theirs names neither.
  if (track && pool.length === 0 && conference === undefined && !s.byName && conferences!.size === 0) pool = rounds.filter((r) => r.track === track && r.session === s.round && toldOfItsTime(r, folded));
  // «أعلنت الهيئة تعليق مشاركتها في محادثات جنيف، بعد خمسة أيام من انطلاق الجولة الثالثة»: a round word
  // with no track of its own, after its sentence names a track whose rounds of that number met only as a
  // conference's sessions, may be such a session; the other tracks' rounds of that number stay candidates,
  // and the weekday, the envoy or the year chooses. Not talks named after it as its background («في أول
  // ثمرة لمحادثات جنيف منذ سنوات»), only as its frame («، في إطار محادثات جنيف»).
  if (!track && conference === undefined && !s.byName && conferences!.size === 0) {
    // A round about the constitution, or seating the committee's three lists, is the committee's whatever
    // talks frame it («الجولة الأولى من النقاشات حول الدستور، في إطار محادثات جنيف»).
    const said = folded.slice(sentence[0], sentence[1]);
    const committee = seatsOnly(said, COMMITTEE_TRACK) || CONSTITUTION_RE.test(said);
    const framed = (t: TrackMention): boolean => !committee && t.start >= expr.end && FRAME_BEFORE.test(folded.slice(Math.max(expr.end, t.start - FRAME_REACH), t.start));
    const told = new Set(mentions.filter((t) => t.start >= sentence[0] && t.end <= sentence[1] && (t.end <= expr.start || framed(t)) && !isPlaceOnly(t, folded) && !isDateline(t, folded)).map((t) => t.track));
    const sessionsOf = rounds.filter((r) => told.has(r.track) && r.session === s.round && !pool.some((p) => p.track === r.track));
    if (sessionsOf.length > 0) pool = [...pool, ...sessionsOf];
  }
  // «اختتمت اليوم في جنيف الجولة الأولى من المفاوضات برعاية الأخضر الإبراهيمي»: with no track named, such a
  // session held in the city named beside the round is a candidate with the numbered rounds of every
  // track, when its envoy or year is told, not as what is counted from («… في أول لقاء مباشر منذ مفاوضات
  // عام 2014») nor in a sentence that recalls it years back («وكان آخر لقاء قد جرى برعاية الإبراهيمي قبل خمس
  // سنوات»): a story of the committee recalls the old talks so. Told only outside the round's sentence, not
  // when that sentence seats the committee's three lists («بين وفود الحكومة والمعارضة والمجتمع المدني»).
  const places = placesBeside(expr, sentence, folded);
  if (!track && places.size > 0 && conference === undefined && !s.byName && conferences!.size === 0) {
    const said = folded.slice(sentence[0], sentence[1]);
    const own = said.replace(SINCE_PHRASE, ' ');
    const told = seatsOnly(said, COMMITTEE_TRACK) ? '' : toldNow(folded);
    // «تبدأ اليوم الاثنين في جنيف الجولة الثانية من المفاوضات بين النظام السوري والمعارضة»: in a story that
    // never names the committee, its round of that number is no likelier than the sessions of that number:
    // all stay candidates, and only a weekday, the envoy or the year chooses. Not a session whose envoy or
    // year the story tells only as recalled or counted from: the story is of a later time.
    const committeeUnnamed = !seatsOnly(said, COMMITTEE_TRACK) && !mentions.some((t) => t.track === COMMITTEE_TRACK && !isPlaceOnly(t, folded));
    const recalledOnly = (r: RoundRef): boolean => toldOfItsTime(r, folded);
    // Nor one another envoy's term holds: the envoy named, not as a predecessor, is the one in office.
    const envoys = chairsInOffice(folded);
    const otherEnvoy = (r: RoundRef): boolean => envoys.length > 0 && !envoys.some((c) => chairs(c, r));
    pool = [...pool, ...rounds.filter((r) => r.session === s.round && heldIn(r, places) && (toldOfItsTime(r, own) || toldOfItsTime(r, told) || (committeeUnnamed && !recalledOnly(r) && !otherEnvoy(r))))];
  }
  // «افتتح المبعوث الدولي الأخضر الإبراهيمي اليوم الجولة الثانية من المفاوضات»: with no track named, the
  // envoy the round's own sentence names in office is in office when it meets. A round of another envoy's
  // term is not it, and a conference's session of that number in his term is, wherever the city is named
  // (a dateline's «جنيف -» is not beside the round).
  if (!track && conference === undefined && !s.byName && conferences!.size === 0) {
    const inOffice = chairsInOffice(folded.slice(sentence[0], sentence[1]));
    const held = (r: RoundRef): boolean => inOffice.some((c) => chairs(c, r));
    const kept = [...pool, ...rounds.filter((r) => r.session === s.round && !pool.includes(r))].filter(held);
    if (inOffice.length > 0 && kept.length > 0) pool = kept;
  }
  if (track) return pool.map((r) => candidate(r, 1, rounds)).filter((c): c is RoundCandidate => c !== null);
  // "في جنيف" is where the Geneva talks and the Constitutional Committee both meet: it supports both.
  // «اجتماعات الهيئة المصغرة للجنة الدستورية في جنيف ضمن الجولة الثانية»: the place supports the track
  // its sentence names by its own words, and both only when the sentence names neither.
  const inSentenceOf = (t: TrackMention): boolean => t.start >= sentence[0] && t.end <= sentence[1];
  const ownWords = new Set(mentions.filter((t) => inSentenceOf(t) && !isPlaceOnly(t, folded)).map((t) => t.track));
  // «تجتمع الوفود الثلاثة اليوم في جنيف في الجولة الرابعة»: who sits at the table tells which track.
  const said = folded.slice(sentence[0], sentence[1]);
  for (const [track, re] of TABLE_WORDS) if (re.test(said)) ownWords.add(track);
  const named = mentions.flatMap((t) => {
    if (!isPlaceOnly(t, folded)) return [t];
    const shared = SHARED_CITIES.get(t.track) ?? [];
    const told = inSentenceOf(t) ? shared.filter((track) => ownWords.has(track)) : [];
    return (told.length > 0 ? told : shared).map((track) => ({ ...t, track }));
  });
  const total = named.length || 1;
  const gap = (t: TrackMention): number => Math.min(Math.abs(t.start - expr.end), Math.abs(expr.start - t.end));
  const close = named
    .filter((t) => t.start >= sentence[0] && t.end <= sentence[1])
    .filter((t) => (t.start >= expr.end && t.start - expr.end <= 60) || (t.end <= expr.start && expr.start - t.end <= 30));
  const nearest = Math.min(...close.map(gap));
  const nearTracks = new Set(close.filter((t) => gap(t) === nearest).map((t) => t.track));
  // "بدأت في جنيف جولة سابعة"، "انطلقت في العاصمة الكازاخستانية أستانا ،أمس، الجولة الثامنة": the city
  // named beside the round as its place keeps the rounds held there (when the catalog has any).
  const held = places.size > 0 ? pool.filter((r) => heldIn(r, places)) : [];
  const out: RoundCandidate[] = [];
  for (const r of held.length > 0 ? held : pool) {
    const inSentence = named.some((t) => t.track === r.track && t.start >= sentence[0] && t.end <= sentence[1]);
    const share = named.filter((t) => t.track === r.track).length / total;
    // A track the article never names stays a candidate, far less likely once the sentence names one.
    const base = share === 0 && ownWords.size > 0 ? UNNAMED_PRIOR : 0.2;
    const prior = base + (nearTracks.has(r.track) ? 0.5 : 0) + (inSentence ? 0.2 : 0) + 0.3 * share;
    const c = candidate(r, Math.min(1, prior), rounds);
    if (c) out.push(c);
  }
  // Word counts are weak evidence: tracks the text supports nearly as well as the best are equally
  // likely, so only other clues (a weekday, a date) can choose between them, and else none is chosen.
  const best = Math.max(0, ...out.map((c) => c.prior));
  return out.map((c) => (c.prior >= 0.8 * best ? { ...c, prior: best } : c));
}

/** The text without its sentences that recall years back («وكان آخر لقاء قد جرى … قبل خمس سنوات») and its
 *  «منذ» phrases: what it tells of its own time. */
// Asked of the whole article for each round expression: split into sentences and read once.
const toldNow = rememberRecent(tellsNow, 4);
function tellsNow(folded: string): string {
  return folded.split(/(?<=[.!؟\n])/u).filter((x) => !(recallsIn(x) && YEARS_BACK.test(x))).join(' ').replace(SINCE_PHRASE, ' ');
}
/** «قبل خمس سنوات»: years back from the telling. */
const YEARS_BACK = new RegExp(`(?<![\\p{L}])(?:${foldArabic('قبل')})\\s+(?:[\\p{L}\\d]+\\s+)?(?:${alternation(Object.entries(DURATION_UNITS).filter(([, u]) => u.unit === 'year').map(([w]) => foldArabic(w)))})(?![\\p{L}])`, 'u');

/** Whether the table words of `track` alone are said (the committee's three lists, and not the two
 *  delegations of the UN talks). */
function seatsOnly(said: string, track: string): boolean {
  const seated = TABLE_WORDS.filter(([, re]) => re.test(said)).map(([t]) => t);
  return seated.length === 1 && seated[0] === track;
}

/** «منذ مفاوضات عام 2014»: what is counted from, up to a stop or a comma. */
const SINCE_PHRASE = new RegExp(`${atWordStart(`(?:${alternation(SINCE_PREPOSITIONS.map(foldArabic))})`)}(?![\\p{L}])[^،,.؛]*`, 'gu');

const ASTANA_HEAD = foldArabic(ASTANA_MEETING_HEAD);
const ASTANA_SUBJECT_AFTER = new RegExp(`^\\s+(?:${alternation(ASTANA_MEETING_SUBJECTS.map(foldArabic))})(?![\\p{L}])`, 'u');
/** «الاجتماع الدولي الثامن حول سورية»: a round named as the Astana format names its own. */
function isAstanaMeetingName(expr: { start: number; end: number }, folded: string): boolean {
  return folded.startsWith(ASTANA_HEAD, expr.start) && ASTANA_SUBJECT_AFTER.test(folded.slice(expr.end, expr.end + 16));
}

/** The envoys who chaired the talks, each with the days of his term, folded. */
/** The UN envoys, each with the words that make his name someone else's thing, as his era reads them
 *  («ورقة دي ميستورا»: a paper named after him). */
const CHAIRS = ERAS.filter((e) => e.chair).map((e) => ({
  names: e.names.map(foldArabic), from: e.from, to: e.to,
  notBefore: e.notBefore ? new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(e.notBefore.map(foldArabic))})\\s+$`, 'u') : null,
}));
/** Whether the text names the envoy in office when round `r` met, or its year. */
/** «سلفه ستافان دي ميستورا»: an envoy named as a predecessor, a past one. (Not «السابق»: «المقترح السابق
 *  للمبعوث دي ميستورا» is his earlier proposal, told in his time.) */
// The name right after the word, a title before it or not; not «سلفها مع دي ميستورا» (a preposition between;
// the title words' list is written folded).
// Not across a present verb: «وعلى عكس سلفه يراهن بيدرسن» names the envoy in office after it.
export const PREDECESSOR = new RegExp(`(?<![\\p{L}])(?:${alternation(PREDECESSOR_WORDS.map(foldArabic))})\\s+(?!(?:${alternation([...SEPARATE_PREPOSITIONS])})(?![\\p{L}]))(?:(?![يت]\\p{L}{2,}\\s)\\p{L}+\\s+){0,2}\\p{L}+`, 'gu');
function toldOfItsTime(r: RoundRef, text: string): boolean {
  const folded = text.replace(PREDECESSOR, ' ');
  const year = r.start.slice(0, 4);
  if (new RegExp(`(?<![\\p{N}])${year}(?![\\p{N}])`, 'u').test(folded)) return true;
  return chairsNamed(folded).some((c) => chairs(c, r));
}
/** The envoys the text names, not as a predecessor. */
const chairsNamed = (text: string): typeof CHAIRS => { const folded = text.replace(PREDECESSOR, ' '); return CHAIRS.filter((c) => c.names.some((n) => folded.includes(n))); };
/** The envoys the text names as in office: not as a predecessor, nor in a sentence that recalls (a pluperfect,
 *  background, a year) nor in a relative clause before the name («بيان جنيف الذي صاغه كوفي عنان»، «مؤتمر جنيف
 *  الذي أشرف عليه الأخضر الإبراهيمي»). */
// Asked of the whole article (and of a round's sentence) for each round expression: read once a text.
// The list is only read by the callers.
const chairsInOffice = rememberRecent(findChairsInOffice, 4);
function findChairsInOffice(text: string): typeof CHAIRS {
  const told = text.split(/(?<=[.!؟\n])/u).filter((x) => !recallsIn(x) && yearsIn(x).length === 0).join(' ').replace(PREDECESSOR, ' ');
  return CHAIRS.filter((c) => c.names.some((n) => {
    // «المبعوث الأممي السابق الأخضر الإبراهيمي»: a past holder is not in office.
    for (let at = told.indexOf(n); at >= 0; at = told.indexOf(n, at + 1)) if (!RELATIVE_BEFORE.test(told.slice(Math.max(0, at - 24), at)) && !c.notBefore?.test(told.slice(Math.max(0, at - 16), at)) && !formerAround(told, at + n.lastIndexOf(' ') + 1)) return true;
    return false;
  }));
}
/** A relative pronoun within three words before a name: the name is the relative clause's, of another time. */
const RELATIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(RELATIVE_PRONOUNS.map(foldArabic))})(?:\\s+\\p{L}+){0,3}\\s+$`, 'u');
/** Whether the envoy's term holds the round's opening. */
const chairs = (c: (typeof CHAIRS)[number], r: RoundRef): boolean => c.from <= r.start && (c.to === undefined || r.start <= c.to);
