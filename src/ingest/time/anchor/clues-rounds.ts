// Round clues: a round of talks tied to a day in its sentence ("يعقد غداً الخميس الجولة الثامنة",
// "انطلاق الجولة التاسعة ... الاثنين القادم", "اجتماعاً الخميس ... في افتتاح الجولة الثامنة") puts that
// day on the round's first (or last) day in the catalog. A round with no day only bounds the article
// loosely. Only in articles about the talks: sports use the same words.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { MEETING_VERBS, allForms, formsOf, meetingForms } from '../../../lib/lexicon/meeting-verbs.ts';
import { ANNIVERSARY_WORDS, ARRIVAL_NOUNS, ATTEND_NOUNS, PARTICIPANT_WORDS, HALT_WORDS, RESUME_WORDS, RETURN_WORDS, TRAVEL_WORDS, CLOSING_PART_WORDS, CONCLUDE_WORDS, DURING_PART_WORDS, EDGE_SESSION_WORDS, HELD_WORDS, INSIDE_PART_WORDS, LAST_DAY_PHRASES, MINISTERIAL_PART_WORDS, OPENING_PART_WORDS, PART_PREPOSITIONS, PHASE_NOUNS, ROUND_END_WORDS, ROUND_START_WORDS, SPEECH_BEFORE_WORD, SPEECH_NOUNS } from '../../../lib/lexicon/round-parts.ts';
import { COMING_WORDS, FUTURE_AUXILIARIES, FUTURE_PARTICLES, SCHEDULED_ADJECTIVES } from '../../../lib/lexicon/coming-words.ts';
import { addYears, weekdayAway, weekdayOf, weekdayOnOrAfter } from '../../../lib/calendar.ts';
import { formatSpan, spansOverlap } from '../../../lib/edtf.ts';
import type { Clue, DaySpan, Expr, RoundCandidate, RoundRef, Tense } from '../types.ts';
import type { RoundPoint } from '../../../lib/evidence/evidence-note.ts';
import type { DatingParams } from './fitted-params.ts';
import { NTH_OF_DAYS_AFTER, TRACK_PHRASE_WORDS, alternation, atWordStart } from '../constants.ts';
import { PAST_MARKERS, PAST_NEGATIONS } from '../../../lib/lexicon/tense-markers.ts';
import { ABOUT, CARDINALS, CARDINALS_BEYOND_TEN, COUNT_QUALIFIERS, LESS_THAN, MORE_THAN, DAYS_OFF_WORDS, DURATION_UNITS, IN_A_ROW, ORDINALS, ORDINAL_UNITS, SUB_DAY_UNITS } from '../../../lib/lexicon/numbers.ts';
import { ATTRIBUTION_OPENERS, RECALLING_OPENERS, SETTING_OPENERS, CLAUSE_CONNECTORS, COMPLEMENTIZERS, TIME_SUBORDINATORS, TODAY_FRAME_VERBS, CONCURRENT_WORDS, CONCURRENT_WORK, FIXING_NOUNS, TIME_SET_NOUNS, TIME_SET_ADJECTIVES, GOVERNING_PREPOSITIONS, ORIGIN_WORDS, PURPOSE_NOUNS, REFERENT_WORDS, OUTCOME_NOUNS, RELATIVE_PRONOUNS, RELATIVE_PRONOUNS_MORE, SCHEDULE_WORDS, SETTING_PREPOSITIONS, NEWS_FRAME_VERBS, PLUPERFECT_AUXILIARIES, THAT_ACT, CONCURRENT_PAST } from '../../../lib/lexicon/clause-words.ts';
import { REPORTING_VERBS } from '../../../lib/lexicon/reporting-verbs.ts';
import { AFTER_WORDS, BEFORE_AFTER, BEFORE_WORDS, COUNTED_FROM, NOT_COUNTED_AFTER_FROM, JUST_BEFORE_WORDS, PLACE_PREPOSITIONS, SINCE_PREPOSITIONS, TIME_PREPOSITIONS, UNTIL_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { BLAST_NOUNS, STRIKE_NOUNS } from '../../../lib/lexicon/event-kinds.ts';
import { BARE_ROUND_SUBJECTS, COMMITTEE_BODIES, DATED_DOCUMENT_HEADS, DAY_WORK_WORDS, DOCUMENT_NOUNS, DOCUMENT_OF_ITSELF, GATHERING_VERBS, INDEFINITE_MEETING_NOUNS, MEETING_NAME_HEADS, MEETING_WORD, PREPARATORY_ADJECTIVES, PREPARING_FOR, LAST_DAY_WORDS, ROUND_NOUNS_SINGULAR, ROUND_WORK_NOUNS, SYRIA_NAMES, TALKS_NOUNS, THE_MEETING_ITSELF } from '../../../lib/lexicon/talks.ts';
import { EARLIER_ADJECTIVES, FEW_WORDS, PERIOD_WORDS } from '../../../lib/lexicon/time-words.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import { REFERENT_BEFORE, SINCE_BEFORE, isRoundWork } from './tense-at.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import { near } from './clues-dates.ts';
import { roundDays, type RoundDays } from './round-days.ts';
import { cityOpening, heldIn, nestedName, ownerOf, placesNamed } from './round-candidates.ts';
import { inBackground, pluperfectPattern, isRecalled } from './recalled.ts';
import { roundWeek, weekFollows, weekSpan } from './round-weeks.ts';
import { isDayLevel, isPeriodLevel, type ClueContext } from './clue-context.ts';

const START_RE = new RegExp(`${atWordStart(`(?:[وف]?[بل])?[وف]?(?:ال)?(?:${alternation(ROUND_START_WORDS)})`)}(?:ها|ه)?(?![\\p{L}])`, 'u');
const END_RE = new RegExp(`${atWordStart(`(?:[وف]?[بل])?[وف]?(?:ال)?(?:${alternation(ROUND_END_WORDS)})`)}(?:ها|ه)?(?![\\p{L}])`, 'u');
const UNTIL_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(UNTIL_PREPOSITIONS)})`)}\\s*$`, 'u');
/** A round's opening or close named by a noun: the verbs' nouns and the edge sessions. */
const EDGE_NOUNS = meetingForms(['start', 'end']).nouns;
const EVENT_NOUN = new RegExp(`${atWordStart(`[وفبل]?(?:ال)?(?:${alternation([...EDGE_NOUNS, ...EDGE_SESSION_WORDS])})`)}(?![\\p{L}])`, 'u');
const HELD_RE = new RegExp(`^(?:[وف]?[بل])?[وف]?(?:ال)?(?:${alternation(HELD_WORDS)})(?:ها|ه)?$`, 'u');
/** «استؤنفت اليوم المفاوضات السورية في جنيف»: talks taken up again with no round named are a new round
 *  opening, not a day of one going on; «استؤنفت الجولة الثامنة» (a round named) may resume after a pause
 *  inside it, one of its days. */
const RESUME_RE = new RegExp(`^(?:[وف]?[بل])?[وف]?(?:ال)?(?:${alternation(RESUME_WORDS)})(?:ها|ه)?$`, 'u');
const resumesTalks = (word: string, r: Expr): boolean => r.stated.loose === true && RESUME_RE.test(word);
/** «عادت المفاوضات إلى الانعقاد اليوم»: a meeting's noun after «إلى», a verb of returning before it in the
 *  clause: the talks are taken up again, and the verb governing the noun is the round's own. */
const RETURN_RE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(RETURN_WORDS)})`)}(?![\\p{L}])`, 'u');
const TO_BEFORE = new RegExp(`(?<![\\p{L}])${foldArabic('إلى')}\\s+$`, 'u');
const returnsTo = (lead: string, clauseBefore: string): boolean => TO_BEFORE.test(lead) && RETURN_RE.test(clauseBefore);
const START_G = new RegExp(START_RE.source, 'gu');
const MAX_NEAR_CANDIDATES = 4;
/** The score an announced round's own first day keeps. */
const ON_THE_DAY = 0.5;
/** A day tied to a round's opening or close, and to one of its days while it is held (which of them is
 *  less sure). */
const EDGE_TIE_WEIGHT = 6;
export const HELD_TIE_WEIGHT = 4;
/** How far ahead of a round an announcement of it may come. */
const FAR_DAYS = 365;
/** A round announced, planned or called for ("دي ميستورا يعلن جولة تاسعة"، "عزمه تنظيم جولة"، a headline's
 *  "كازاخستان تعلن: الجولة الـ13 …"): to come. */
const ANNOUNCED = new RegExp(`${atWordStart(`[وف]?(?:ل|ب)?(?:ال)?(?:${alternation(allForms(['announce']))})`)}(?:ها|ه)?(?![\\p{L}])(?:\\s*:)?(?<between>[^،,.:؛]{0,40})$`, 'u');

/** The round is announced: an announcing word shortly before it, with no opening or closing between
 *  («أعلنت الوزارة اختتام الجولة» reports a close, it announces nothing to come). */
function announced(folded: string, from: number, at: number): boolean {
  const m = ANNOUNCED.exec(folded.slice(from, at));
  const between = m?.groups?.between ?? '';
  return m !== null && !START_RE.test(between) && !END_RE.test(between);
}
const END_G = new RegExp(END_RE.source, 'gu');
const FUTURE_AFTER = new RegExp(`^\\s*(?:\\S+\\s+){0,4}?(?:${alternation(COMING_WORDS)})(?![\\p{L}])`, 'u');

/** A round's days are few: its first to sixth, by the lexicon's masculine ordinals («اليوم الثالث»). */
const DAY_ORDINALS = ORDINAL_UNITS.slice(0, 6).map(([masculine]) => masculine);
/** "أعمال اليوم الأول" after a round: the round's Nth day, not its first or last; "اليوم الثاني والأخير"
 *  is still the second. */
const nthDaySource = (article: string): string => `${atWordStart(`(?:${alternation(DAY_WORK_WORDS)})?\\s*(?:${article})?يوم`)}(?<p>ها|ه|ا)?\\s+(?<n>${alternation(DAY_ORDINALS)})(?![\\p{L}])(?:\\s+و(?:${alternation(LAST_DAY_WORDS)})(?![\\p{L}]))?`;
const NTH_DAY = new RegExp(nthDaySource('ال'), 'u');
/** "أعمال اليوم الثاني من الجولة التاسعة": the Nth day named before the round it belongs to. */
const NTH_DAY_BEFORE = new RegExp(`${NTH_DAY.source}\\s+(?:من|ل)?\\s*(?:(?:${alternation(DAY_WORK_WORDS)})\\s+)?$`, 'u');
/** "لليوم الرابع على التوالي، مضى الوفد … ضمن جولتها الرابعة": a count of days in a row, anywhere in
 *  the round's sentence, is the round's count (the sentence says what goes on). */
const NTH_DAY_OR_FOR = new RegExp(nthDaySource('ال|لل'), 'u');
const NTH_DAY_IN_A_ROW = new RegExp(`${nthDaySource('ال|لل')}\\s*[،,]?\\s*(?:${alternation(IN_A_ROW)})`, 'u');
/** "تتواصل لليوم الثاني في نور سلطان اجتماعات الجولة": the Nth day told first, a place and the
 *  round's work between, with no verb of another event. */
const NTH_DAY_LEADS = new RegExp(`${nthDaySource('ال|لل')}(?:\\s+(?:في|ب)\\s*[\\p{L}]+(?:\\s+[\\p{L}]+)?)?\\s+(?:${alternation(ROUND_WORK_NOUNS)})\\s+$`, 'u');
/** A future verb form or particle: a round whose Nth day is told in it is still to come. */
const FUTURE_WORD = new RegExp(`${atWordStart(`(?:[وف]?س[يتن]\\p{L}{3,}|${alternation(FUTURE_AUXILIARIES)})`)}(?![\\p{L}])`, 'u');
/** Counts of days written in words («ثلاثة أيام»); the vague ones («بضعة») name no number. */
const SMALL_COUNTS: Record<string, number> = Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n > 0));
/** Counts of days off an edge run past ten («بعد أربعة عشر يوماً على»); of weeks, ten is far enough. */
const DAY_COUNTS: Record<string, number> = { ...SMALL_COUNTS, ...CARDINALS_BEYOND_TEN };
/** "بعد يومين من اختتام الجولة"، "قبل ثلاثة أيام من انطلاق"، "بعد مرور أسبوع على اختتام": a count of days off a round's edge. */
/** The count itself, up to its «من» or «على»: what the count patterns below build on. */
const DAYS_OFF_COUNT = `(?=${alternation(BEFORE_AFTER)})(?<![\\p{L}])(?<dir>${alternation(BEFORE_AFTER)})\\s+(?:${alternation(DAYS_OFF_WORDS.elapsing)}\\s+)?(?:(?<one>${alternation(DAYS_OFF_WORDS.oneDay)})|(?<two>${alternation(DAYS_OFF_WORDS.twoDays)})|(?<week>${alternation(DAYS_OFF_WORDS.week)})|(?<twoWeeks>${alternation(DAYS_OFF_WORDS.twoWeeks)})|(?<n>\\d{1,2}|${alternation(Object.keys(DAY_COUNTS))})\\s+(?:${alternation(DAYS_OFF_WORDS.dayUnit)})|(?<weeks>\\d{1,2}|${alternation(Object.keys(SMALL_COUNTS))})\\s+(?:${alternation(DAYS_OFF_WORDS.weekUnit)}))\\s+(?:${alternation(COUNTED_FROM)})`;
/** «بعد ساعات من انطلاقها»، «قبل ساعات قليلة من اختتام الجولة»: hours off an edge, its own day. Only off an
 *  edge: a count of hours set off by commas («، بعد ساعات من …») still opens a clause of its own. */
const HOURS_OFF_COUNT = `(?=${alternation(BEFORE_AFTER)})(?<![\\p{L}])(?<dir>${alternation(BEFORE_AFTER)})\\s+(?<hours>(?:\\d{1,2}\\s+)?(?:${alternation(SUB_DAY_UNITS)})(?:\\s+(?:${alternation(FEW_WORDS)}))?)\\s+(?:${alternation(COUNTED_FROM)})`;
/** «قبل أسبوعين من موعد انعقاد»: the time the edge is set for, between the count and the edge, counts off the edge. */
const TIME_SET = `(?:\\s+(?:${alternation(TIME_SET_NOUNS.map(foldArabic))})|\\s+ال(?:${alternation(TIME_SET_NOUNS.map(foldArabic))})\\s+(?:${alternation(TIME_SET_ADJECTIVES.map(foldArabic))}))?`;
const DAYS_OFF = new RegExp(`(?:${DAYS_OFF_COUNT}|${HOURS_OFF_COUNT})${TIME_SET}\\s+$`, 'u');
/** The same with a count that says no number ("بعد أيام من اختتام"، "قبل أسابيع من") or a hedged one ("بعد
 *  أقل من شهر على انتهاء"): no day can be tied. */
const VAGUE_OFF = new RegExp(`${atWordStart(`(?:${alternation(BEFORE_AFTER)})`)}\\s+(?:${alternation(DAYS_OFF_WORDS.elapsing)}\\s+)?(?:(?:${alternation([...ABOUT, ...MORE_THAN, ...LESS_THAN].map(foldArabic))})\\s+)?(?:[\\p{L}\\d]+\\s+){1,2}(?:${alternation(COUNTED_FROM)})${TIME_SET}\\s+$`, 'u');
// A sentence holds several clauses: "انطلقت أمس الجولة الثامنة، وذلك قبيل الجلسة الختامية التي ستعقد
// اليوم" ties the round to "أمس", not to the closing session's "اليوم". A round is tied only to a day
// of its own clause, and a report's own day ("قالت الوزارة في بيان نشرته الجمعة، إن الاجتماع ...")
// is in another clause than the reported meeting, and so is the report's "أعلنت ... أمس" from the
// "أن الجلسة الختامية ... ستعقد يوم 31" it reports.
// The words are looked for before the look-behinds: a look-behind put first is tried at every place the
// scan passes, and the scan took four times as long (assertions at one place commute: the same breaks).
// «قال روحاني اليوم الخميس، بعد يوم من القمة الثلاثية في سوتشي، إن …»: a count of days set off by commas
// times the clause's own act, and opens no other clause; a count that names no number («بعد أشهر من»، «بعد
// أكثر من خمس سنوات على») does. «، وذلك بعد أسبوعين من اتفاق سوتشي»: «وذلك» takes up the act just told, and
// the count times it as well.
const COUNT_OFF_AHEAD = `(?:(?:${alternation(THAT_ACT)})\\s+)?${DAYS_OFF_COUNT}\\s`;
const CLAUSE_BREAK = new RegExp(`[،,]\\s*(?=(?:${alternation([...CLAUSE_CONNECTORS, ...COMPLEMENTIZERS])})(?![\\p{L}]))(?!${COUNT_OFF_AHEAD})|[،,]\\s*(?=[وف]?(?:${alternation(PLUPERFECT_AUXILIARIES.map(foldArabic))})\\s+قد(?![\\p{L}]))|(?=(?:${alternation(COMPLEMENTIZERS)})(?![\\p{L}]))(?<![\\p{L}])(?<!(?:${alternation(SCHEDULE_WORDS)})\\s+)|(?=[وف]?(?:${alternation(REPORTING_VERBS)})(?![\\p{L}]))(?<![\\p{L}])`, 'gu');
/** «قبل يومين من استقباله أردوغان وروحاني في»: a count of days off an act, the act's words after it. */
const DAYS_OFF_ACT = new RegExp(`${DAYS_OFF_COUNT}\\s+(?<act>\\p{L}+)(?<rest>(?:\\s+[\\p{L}\\d]+){0,6}?)\\s+$`, 'u');
/** An anniversary ending right before, with up to `gap` words between (an ordinal, «السنوية»), and the ل
 *  written onto the round's name («الذكرى الثانية لمؤتمر الحوار الوطني»). */
const anniversaryBefore = (gap: number): RegExp => new RegExp(`${atWordStart(`[وفب]?(?:${alternation(ANNIVERSARY_WORDS.map(foldArabic))})`)}(?:\\s+\\p{L}+){0,${gap}}\\s+(?:لل|ل)?$`, 'u');
/** «الذكرى الخامسة لانطلاق»: the anniversary of an edge. */
const ANNIVERSARY_BEFORE = anniversaryBefore(2);
/** «قبل انطلاق»، «قبيل مؤتمر سوتشي»: ahead of the edge or the meeting, by no count. */
const BEFORE_EDGE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(BEFORE_WORDS.map(foldArabic))})`)}\\s+$`, 'u');
/** How far ahead, told after the round: «بعشرة أيام»، «بيومين»، «بعد أكثر من أسبوعين» (days, weeks, months). */
const SHORT_UNITS = Object.keys(DURATION_UNITS).filter((w) => DURATION_UNITS[w]!.unit !== 'year').map(foldArabic);
// Not a count from something else («بعد شهرين من الجولة الخامسة»، «بعد أسابيع من المشاورات») nor «بين
// يومين وثلاثة» (how long the round lasts).
const UNIT_WORD = new RegExp(`(?<![\\p{L}])(?:ب(?:\\d{1,2}\\s+|(?:${alternation(Object.keys(SMALL_COUNTS).map(foldArabic))})\\s+)?|${foldArabic('بعد')}\\s+(?:\\p{L}+\\s+){0,3})(?:${alternation(SHORT_UNITS)})(?![\\p{L}])(?!\\s+(?:${alternation(COUNTED_FROM.map(foldArabic))})(?![\\p{L}]))`, 'u');
const JUST_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(JUST_BEFORE_WORDS.map(foldArabic))})`)}\\s+$`, 'u');
/** «بعد انتهاء»، «عقب اختتام»: after the edge, by no count. */
/** «بعد أسبوعين من اختتام جنيف 8»، «عقب انتهاء الجولة»: a round counted after, or after its close. */
const PAST_EDGE_BEFORE = new RegExp(`(?:${DAYS_OFF_COUNT}|${atWordStart(`(?:${alternation(AFTER_WORDS.map(foldArabic))})`)})(?:\\s+(?:ال)?(?:${alternation(ROUND_END_WORDS)}))?\\s+$`, 'u');
/** How far before a round its count or «بعد» is looked for: «بعد مرور أربعة عشر يوماً على اختتام». */
const PAST_EDGE_REACH = 48;

/** A round told after its close is over, whatever a later clause says is to come («…، فيما تستعد موسكو
 *  لمؤتمر سوتشي الشهر المقبل»): never "upcoming" (hunt 30, W3). */
function toldOver(r: Expr, folded: string): boolean {
  const m = PAST_EDGE_BEFORE.exec(folded.slice(Math.max(r.sentence[0], r.start - PAST_EDGE_REACH), r.start));
  return m !== null && (m.groups?.dir === undefined || m.groups.dir === foldArabic(AFTER_WORDS[0]!));
}
const AFTER_EDGE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(AFTER_WORDS.map(foldArabic))})`)}\\s+$`, 'u');
const COUNT_OF = new Map(Object.entries(DAY_COUNTS).map(([w, n]) => [foldArabic(w), n]));
/** A count written in digits or words, as matched (folded); 0 for none. */
const countWord = (w: string | undefined): number => (w === undefined ? 0 : Number(w) || COUNT_OF.get(w) || 0);

/** What ends right before a clause's opening word: nothing, punctuation, a conjunction or «إن/أن». */
const OPENS_CLAUSE = new RegExp(`(?:^|[\\p{P}]|(?<![\\p{L}])(?:${alternation(COMPLEMENTIZERS.map(foldArabic))}|[وف]))\\s*$`, 'u');
/** «قبل عامين» right before an edge word: how long ago it was, its count and unit («قبل», not «قبيل»). */
const UNIT_OF = new Map(Object.keys(DURATION_UNITS).map((w) => [foldArabic(w), w]));
// A hedged count («قبل نحو أسبوعين»، «قبل أكثر من أسبوع») or one of no number («قبل بضعة أيام») is read too:
// unread, the edge was taken for the day's news.
const AGO_COUNT = `${atWordStart(`(?:${alternation(BEFORE_WORDS.filter((w) => !JUST_BEFORE_WORDS.includes(w)).map(foldArabic))})`)}\\s+(?:(?<hedge>${alternation([...ABOUT, ...MORE_THAN].map(foldArabic))})\\s+)?(?:(?<n>\\d{1,2}|${alternation(Object.keys(CARDINALS).map(foldArabic))})\\s+)?(?<u>${alternation([...UNIT_OF.keys()])})`;
const AGO = new RegExp(`${AGO_COUNT}\\s+$`, 'u');
/** The same told after the edge's verb and its round («اختتمت الجولة الحادية عشرة قبل عشرة أيام»); not a
 *  count off something else («قبل عشرة أيام من موعدها»، «قبل يوم واحد من موعدها»). */
const AGO_AFTER = new RegExp(`${AGO_COUNT}(?![\\p{L}])(?!(?:\\s+(?:${alternation(COUNT_QUALIFIERS.map(foldArabic))}))?\\s+(?:${alternation(COUNTED_FROM.map(foldArabic))})(?![\\p{L}])(?!\\s+(?:${alternation(NOT_COUNTED_AFTER_FROM.map(foldArabic))})(?![\\p{L}])))`, 'u');
/** How far after the edge's word its «قبل N أيام» is looked for: the round's name between. */
const AGO_AFTER_REACH = 80;

const ONE_DAY = new Set(DAYS_OFF_WORDS.oneDay.map(foldArabic));
/** How long ago the edge was, as a shift to the story's day: days and weeks count, longer spans and «قبل
 *  أيام» (no count) say nothing of the day. */
function agoShift(ago: Record<string, string | undefined>, from: EdgeShift['from']): EdgeShift | 'vague' {
  const unit = DURATION_UNITS[UNIT_OF.get(ago.u!)!]!;
  // «قبل يوم (واحد)»: the singular day is one.
  const n = unit.count ?? (ago.n ? Number(ago.n) || COUNT_OF.get(ago.n) || 0 : ONE_DAY.has(ago.u!) ? 1 : 0);
  // «قبل بضعة أيام»، «قبل عدة أيام»: three days to nine.
  if (unit.unit === 'day' && ago.n !== undefined && FEW.has(ago.n)) return { from, days: FEW_DAYS[0], hedge: { kind: 'few', spread: [0, FEW_DAYS[1] - FEW_DAYS[0]] } };
  const days = unit.unit === 'day' ? n : unit.unit === 'week' ? 7 * n : 0;
  if (days === 0) return 'vague';
  return ago.hedge ? { from, days, hedge: hedgeOf(ago.hedge, days, unit.unit === 'week') } : { from, days };
}

/** «… التي اختتمت قبل عشرة أيام»، «وكانت الجولة قد انتهت قبل أسبوع»، «منذ انتهاء الجولة الخامسة … قبل أسبوع»:
 *  Arabic tells the time after the verb; how long ago, right after the round's name (the edge's word before
 *  the round) or right after the edge's word (after it). Only the rest of the name («من محادثات أستانا»،
 *  «للجنة الدستورية»), a place («في جنيف») or «قد» between: the phrase of another thing there has the count
 *  for its own («ببيان يشبه البيان الصادر قبل ستة أشهر»، «في فندق … المفتتح قبل يومين»، «التي بدأت قبل …»). */
function agoAfter(ctx: Pick<ClueContext, 'folded'>, r: Expr, at: number, wordEnd: number, clauseEnd: number, ends: boolean): EdgeShift | 'vague' | undefined {
  const from = at < r.start ? r.end : wordEnd;
  // «منذ انتهاء الجولة قبل عشرة أيام، في إشارة إلى الجولة الحادية عشرة»: a bare round noun before the round
  // named is that round.
  const ago = agoWithin(ctx.folded.slice(from, Math.min(clauseEnd, from + AGO_AFTER_REACH)), nameTailOnly) ??
    (at < r.start ? agoWithin(ctx.folded.slice(wordEnd, r.start), (gap) => BARE_ROUND_GAP.test(gap)) : undefined);
  return ago && agoShift(ago, ends ? 'end' : 'start');
}
const agoWithin = (text: string, gapFits: (gap: string) => boolean): Record<string, string | undefined> | undefined => {
  const m = AGO_AFTER.exec(text);
  return m?.groups && gapFits(text.slice(0, m.index)) ? m.groups : undefined;
};
const BARE_ROUND_GAP = new RegExp(`^\\s+(?:${alternation(BARE_ROUND_SUBJECTS.map(foldArabic))})\\s+$`, 'u');
/** Words that may follow a round's name before its time: «من»/«في» and up to three words, or a «لل» noun
 *  and one more, then «قد». */
const NAME_TAIL = /^(?:\s+(?:(?:من|في)(?:\s+\p{L}+){1,3}|لل\p{L}+(?:\s+\p{L}+)?))?(?:\s+قد)?\s+$/u;
const nameTailOnly = (gap: string): boolean => gap.trim() === '' || NAME_TAIL.test(gap);

/** The shift of an edge's word at `at`: named before it, or how long ago told after it. */
function edgeShift(ctx: Pick<ClueContext, 'exprs' | 'folded'>, r: Expr, clause: [number, number], at: number, word: string, ends: boolean): EdgeShift | 'vague' | 'after' | undefined {
  const before = shiftBefore(ctx, clause[0], at, ends, isFiniteVerb(word)) ?? (sinceEdge(ctx.folded, r, clause, at) ? 'after' : undefined);
  return before !== undefined && before !== 'after' ? before : agoAfter(ctx, r, at, at + word.length, clause[1], ends) ?? before;
}

const SINCE_EDGE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(SINCE_PREPOSITIONS.map(foldArabic))})`)}\\s+$`, 'u');
/** «لم يتغير شيء منذ انتهاء الجولة الخامسة»: time has passed since the round's edge, so the story is
 *  after it, never on it: a day before the edge's word is the saying's. Only an edge named before its
 *  round: «في مؤتمر بروكسل التاسع، … منذ انطلاقه» counts from the conference's series, and the day
 *  before is the ninth's own. (A year told for the round, «منذ انطلاق الجولة الأولى عام 2017», already
 *  keeps its edge from being the lead's news.) */
function sinceEdge(folded: string, r: Expr, clause: [number, number], at: number): boolean {
  return at < r.start && SINCE_EDGE.test(folded.slice(Math.max(clause[0], at - SINCE_REACH), at));
}

/** A day named off a round's edge, counted from its first day (`from: 'start'`) or its last. */
interface EdgeShift { from: 'start' | 'end'; days: number; hedge?: Hedge }
/** A hedged count: about so many («نحو أسبوعين»: half a week either way, a quarter of a count of days) or
 *  more («أكثر من أسبوع»: up to the next week, half again a count of days); the days it may be off. */
interface Hedge { kind: 'about' | 'more' | 'few'; spread: DaySpan }
const ABOUT_WORDS = new Set(ABOUT.map(foldArabic));
// Review 41: «نحو أسبوعين» was said of ten days and of eighteen; «أكثر من أسبوع» of sixteen.
function hedgeOf(word: string, days: number, weeks: boolean): Hedge {
  if (ABOUT_WORDS.has(word)) { const k = weeks ? 4 : Math.max(1, Math.ceil(days / 4)); return { kind: 'about', spread: [-k, k] }; }
  return { kind: 'more', spread: [1, weeks ? 9 : Math.max(2, Math.ceil(days / 2))] };
}
/** The cardinals of no number («بضعة»، «بضع»، «عدة»), folded, and the days they say. */
const FEW = new Set(Object.entries(CARDINALS).filter(([, n]) => n === 0).map(([w]) => foldArabic(w)));
const FEW_DAYS: DaySpan = [3, 9];

/** The shift named just before an opening word (`ends` false) or a closing word at `at`: the eve of the
 *  opening ("عشية انطلاق", parsed as an `eve` expression) is its first day -1, "غداة اختتام" its last
 *  day +1, "بعد يومين من انطلاق" its first day +2. 'vague' when a count is named that gives no
 *  number: then no day is tied; 'after' when the edge is only said to be past («بعد انتهاء»، «عقب
 *  اختتام»): no day is tied either, and the story is told after the edge. */
function shiftBefore(ctx: Pick<ClueContext, 'exprs' | 'folded'>, clauseStart: number, at: number, ends: boolean, verb = false): EdgeShift | 'vague' | 'after' | undefined {
  const from = ends ? 'end' : 'start';
  const eve = ctx.exprs.find((e) => e.kind === 'eve' && e.start >= clauseStart && e.end <= at && /^\s*$/u.test(ctx.folded.slice(e.end, at)));
  if (eve?.stated.offset !== undefined) return { from, days: eve.stated.offset };
  const lead = ctx.folded.slice(Math.max(clauseStart, at - 32), at);
  const counted = countedOff(lead);
  if (counted) return { from, days: counted.days };
  // «قبل يومين انطلقت الجولة»، «قبل عامين انطلقت …»: the edge that long ago, the story's day after it;
  // days and weeks count, longer spans say nothing of the day. Only before the edge's verb: «قبل يومين
  // انطلاق الجولة» (a headline) is two days before it, «حددت قبل ثلاثة أيام انطلاق …» another verb's.
  // Only where «قبل» opens its clause (after «إن» too): «… لقاءات عقدها دي ميستورا قبل يومين انطلقت
  // الجولة» is the meetings'.
  const agoM = verb ? AGO.exec(lead) : null;
  const ago = agoM && OPENS_CLAUSE.test(ctx.folded.slice(clauseStart, Math.max(clauseStart, at - lead.length + agoM.index))) ? agoM.groups : undefined;
  if (ago) return agoShift(ago, from);
  return VAGUE_OFF.test(lead) || ANNIVERSARY_BEFORE.test(lead) ? 'vague' : AFTER_EDGE.test(lead) ? 'after' : undefined;
}

/** The days counted off what follows `lead` («بعد يومين من»، «قبل أسبوع من»), after it when positive. */
function countedOff(lead: string): { days: number; after: boolean } | undefined {
  const m = DAYS_OFF.exec(lead);
  return m?.groups ? countOf(m.groups) : undefined;
}

/** The days a matched count says (DAYS_OFF_COUNT's groups), after what follows when positive. */
function countOf(groups: Record<string, string | undefined>): { days: number; after: boolean } | undefined {
  // «بعد ساعات من انطلاقها»، «قبل ساعات قليلة من اختتام»: hours off an edge are its own day; «بعد 48 ساعة
  // من» is two days.
  if (groups.hours !== undefined) {
    const days = Math.floor(Number(/\d+/u.exec(groups.hours)?.[0] ?? 0) / 24);
    const after = groups.dir === foldArabic('بعد');
    return { days: after ? days : -days, after };
  }
  // A count stays one of the unit it governs: «ثلاثة أسابيع» is twenty-one days.
  const n = groups.one ? 1 : groups.two ? 2 : groups.week ? 7 : groups.twoWeeks ? 14 : groups.weeks ? 7 * countWord(groups.weeks) : countWord(groups.n);
  if (n === 0) return undefined;
  const after = groups.dir === foldArabic('بعد');
  return { days: after ? n : -n, after };
}

/** How far after an edge's noun its object, another round, may start: a round noun between («انتهاء جولة جنيف الثامنة»). */
const EDGE_OBJECT_REACH = 12;
/** Between them only spaces and at most one word: no stop, no line's end («التي اختتمت أمس؟ ⏎ ج: في الجولة …»). */
const EDGE_OBJECT_GAP = /^[^\S\n]+(?:\p{L}+[^\S\n]+)?$/u;
/** How far before a round a count off an act at it is looked for: the count and six words of the act. */
const ACT_REACH = 96;
const AT_ROUND = foldArabic(PLACE_PREPOSITIONS[0]!);

/** A count of days off an act that is not the round's own edge, ending right before the round: where the
 *  count starts in `gap`, and whether the act is told at the round («في» right before it). */
function countedOffAct(gap: string): { days: number; after: boolean; from: number; atRound: boolean } | undefined {
  const m = DAYS_OFF_ACT.exec(gap);
  if (!m?.groups) return undefined;
  if (START_RE.test(m.groups.act!) || END_RE.test(m.groups.act!) || HELD_RE.test(m.groups.act!)) return undefined;
  const counted = countOf(m.groups);
  if (!counted) return undefined;
  const last = (m.groups.rest!.trim().split(/\s+/u).pop() ?? m.groups.act)!;
  return { ...counted, from: m.index, atRound: last === AT_ROUND };
}

/** «في ثالث أيام الجولة»: the ordinal without its article, in construct with the days, right before the round. */
const BARE_DAY_ORDINALS = DAY_ORDINALS.map((w) => w.replace(/^ال/u, ''));
const NTH_DAYS_BEFORE = new RegExp(`(?<![\\p{L}])(?<n>${alternation(BARE_DAY_ORDINALS)})\\s+(?:${alternation(DAYS_OFF_WORDS.dayUnit)})\\s+(?:من\\s+)?(?:(?:${alternation(DAY_WORK_WORDS)})\\s+)?$`, 'u');
/** «في يومها الثالث، واصلت الجولة الثامنة …»: the round's Nth day by its pronoun, fronted before a comma at
 *  the sentence's start, the round a few words after it. */
// The round right after the clause's verb (a particle before it: «لم تحقق»), its subject: not «في يومها
// الثاني، رفض المحتجون الجولة» (the protest's day, the round its object).
const NTH_DAY_FRONTED = new RegExp(`^[\\s\\p{P}]*(?:في\\s+)?${atWordStart('يوم')}(?:ها|ه)\\s+(?<n>${alternation(DAY_ORDINALS)})(?![\\p{L}])\\s*[،,]\\s*(?:\\p{L}{1,2}\\s+)?\\p{L}+\\s+$`, 'u');
/** The Nth day by the round's pronoun after it («واصلت الجولة أعمالها اليوم في يومها الثالث»). */
const NTH_DAY_OWN = new RegExp(`${atWordStart('يوم')}(?:ها|ه)\\s+(?<n>${alternation(DAY_ORDINALS)})(?![\\p{L}])`, 'u');
const NTH = new Map([...DAY_ORDINALS, ...BARE_DAY_ORDINALS].map((w, i) => [foldArabic(w), (i % DAY_ORDINALS.length) + 1]));

const SETTING_APART = new RegExp(`[،,]\\s*[وف]?(?:${alternation(SETTING_OPENERS)})(?![\\p{L}])`, 'u');
/** A comma and a setting's opener between the round and a day, not opening the round's own edge («، مع
 *  انطلاقها الخميس المقبل»، «، وقت انعقادها»): that is the round's time said again. */
function settingApart(between: string): boolean {
  const m = SETTING_APART.exec(between);
  if (!m) return false;
  // The edge's own pronoun makes it the round's («انطلاقها»); «مع انتهاء إجازة العيد» ends another thing.
  const next = /^\s*(\p{L}+(?:ها|ه))(?![\p{L}])/u.exec(between.slice(m.index + m[0].length))?.[1] ?? '';
  return !(START_RE.test(next) || END_RE.test(next) || HELD_RE.test(next));
}
/** «…، مع بدء سريان هدنة جديدة»: an edge's noun a setting's preposition governs past a comma. */
const SETTING_NOUN_LEAD = new RegExp(`[،,]\\s*[وف]?(?:${alternation(SETTING_PREPOSITIONS)})\\s+$`, 'u');
/** Whether an edge's noun past the round is another event's: «أكد الوفد اليوم مشاركته في الجولة الخامسة، مع
 *  بدء سريان هدنة جديدة الأربعاء», past a comma and «مع»/«وسط», the setting of the news (not with the round's
 *  pronoun on it, nor with the round's own work after it: «، مع انطلاقها»، «، مع انطلاق أعمالها غداً»، «، مع
 *  انطلاق النقاشات»); «انطلقت الجولة
 *  الثانية، قبل أسبوع من استئناف محادثات جنيف», with another city's talks for its object. */
function edgeOfAnother(r: Expr, word: string, at: number, folded: string): boolean {
  const after = folded.slice(at + word.length, at + word.length + 40);
  const talks = OTHER_TALKS_OBJECT.exec(after);
  const city = talks ? cityOpening(after.slice(talks[0].length)) : undefined;
  if (city !== undefined && !metIn(r, city)) return true;
  if (!SETTING_NOUN_LEAD.test(folded.slice(Math.max(0, at - 16), at))) return false;
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1] ?? '';
  return !ownPronoun(word) && !isRoundWork(next);
}
// A folded ه is a pronoun or a ة («مهلة»): only on an edge's noun or on the round's work it is the round's.
const ownPronoun = (word: string): boolean => /ها$/u.test(word) || (/ه$/u.test(word) && VERBAL_NOUNS.has(word.slice(0, -1)));
/** Talks with a city's name after them, in construct or after «في» («محادثات جنيف»، «المفاوضات في جنيف»):
 *  another track's when none of the round's candidates met there. */
const OTHER_TALKS_OBJECT = new RegExp(`^\\s+(?:ال)?(?:${alternation(TALKS_NOUNS.map(foldArabic))})\\s+(?:${AT_ROUND}\\s+)?`, 'u');
const SETTING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(SETTING_OPENERS)})\\s+(?:\\p{L}+\\s+)?$`, 'u');

/** The round's Nth day its clause tells (after it, right before it, fronted in its sentence, or, with
 *  `inARow`, a count in a row anywhere in the sentence), and whose it is: `own` when named right before the
 *  round, fronted, or after it by its pronoun with no other verb between; `setting` when the round is the
 *  setting of another act («… بالتزامن مع الجولة الخامسة لليوم الثاني» counts a sit-in's days); `row` when
 *  a count in a row told it. */
function nthDayTold(r: Expr, clause: [number, number], folded: string, inARow = false): { n: number; own: boolean; setting: boolean; row: boolean } | undefined {
  const lead = folded.slice(Math.max(clause[0], r.start - 48), r.start);
  const after = folded.slice(r.end, clause[1]);
  const before = NTH_DAY_BEFORE.exec(lead) ?? NTH_DAY_LEADS.exec(lead) ?? NTH_DAYS_BEFORE.exec(lead) ?? NTH_DAY_FRONTED.exec(folded.slice(r.sentence[0], r.start));
  const row = inARow ? NTH_DAY_IN_A_ROW.exec(folded.slice(r.sentence[0], r.sentence[1])) : null;
  const m = NTH_DAY_OR_FOR.exec(after) ?? before ?? row;
  const n = m?.groups?.n ? NTH.get(m.groups.n) : undefined;
  if (n === undefined) return undefined;
  // «… على جدول أعمال الجولة الرابعة، في يومه الخامس»: a pronoun that does not agree with the round's own
  // noun («الجولة» takes «ها»، «الاجتماع» «ه») counts another noun's days (the strike's).
  if (m !== before && m!.groups!.p !== undefined && otherGender(m!.groups!.p, r, folded)) return undefined;
  const pronoun = NTH_DAY_OWN.exec(after);
  const own = before !== null || (pronoun !== null && !otherVerbBetween(after.slice(0, pronoun.index)));
  return { n, own, setting: SETTING_BEFORE.test(lead), row: row !== null };
}

// A sentence's clause breaks, each found once per text: each round expression asks for its clause (its
// tie, its edge, its announcement, the clause after it), and each call scanned its sentence again with
// CLAUSE_BREAK's look-arounds, up to the first break past the place asked about. The breaks found are
// kept with where the scan stopped, and a call scans on from there only when it needs a later break.
interface SentenceBreaks { end: number; text: string; breaks: number[]; next: number; done: boolean }
let breaksText = '';
/** By a sentence's start. */
let breaksBySentence = new Map<number, SentenceBreaks>();

function sentenceBreaks(folded: string, sentence: [number, number]): SentenceBreaks {
  if (folded !== breaksText) {
    breaksText = folded;
    breaksBySentence = new Map();
  }
  let known = breaksBySentence.get(sentence[0]);
  if (known?.end !== sentence[1]) {
    known = { end: sentence[1], text: folded.slice(sentence[0], sentence[1]), breaks: [], next: 0, done: false };
    breaksBySentence.set(sentence[0], known);
  }
  return known;
}

/** The sentence's next break found and kept (offset by the sentence's start); false past the last. */
function scanOn(s: SentenceBreaks, start: number): boolean {
  if (s.done) return false;
  CLAUSE_BREAK.lastIndex = s.next;
  const m = CLAUSE_BREAK.exec(s.text);
  if (!m) {
    s.done = true;
    return false;
  }
  if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  s.next = CLAUSE_BREAK.lastIndex;
  s.breaks.push(start + m.index);
  return true;
}

/** The clause of `pos` within `sentence`. */
function clauseAt(folded: string, sentence: [number, number], pos: number): [number, number] {
  let lo = sentence[0];
  let hi = sentence[1];
  const s = sentenceBreaks(folded, sentence);
  for (let k = 0; k < s.breaks.length || scanOn(s, sentence[0]); k++) {
    const at = s.breaks[k]!;
    if (at <= pos) lo = Math.max(lo, at); else { hi = Math.min(hi, at); break; }
  }
  return [lo, hi];
}

/** `during`: "عقدت الجولة ... في 22 ديسمبر" says the day is one of the round's days, not which one. */
/** `ahead`: "اجتمع الوفد اليوم قبل انطلاق الجولة" says the day is at most that many days before the
 *  opening, or its own day (hours before it); before the close («قبل اختتام»), a day of the round. */
/** `week`: «… أسبوعها الثاني» says the day is one of the round's Nth week's. */
/** `arrival`: «يصل اليوم … للمشاركة في القمة» says the day is the eve or the first day. */
/** `resumed`: «استؤنفت اليوم المفاوضات» says the round opening is not the talks' first. */
export interface RoundTie { day: Expr; ends: boolean; nth?: number; during?: boolean; shift?: number; hedge?: Hedge; ahead?: number; week?: number; arrival?: boolean; resumed?: boolean }
/** How far before an edge a day said to be ahead of it may be: «قبل» a week, «قبيل» (just before) a day. */
const AHEAD_DAYS = 7;
const JUST_AHEAD_DAYS = 1;

/** The catalog days a tie points at for a candidate round: its first, its last, its Nth, or any of its days. */
export function tieTarget(c: { start: number; end: number }, tie: RoundTie): DaySpan {
  if (tie.nth !== undefined) { const d = Math.min(c.end, c.start + tie.nth - 1); return [d, d]; }
  // (The rounds a tie of a week binds all ran that long: cluesRounds keeps no other.)
  if (tie.week !== undefined) return weekSpan(c, tie.week) ?? [c.start, c.end];
  if (tie.arrival) return [c.start - 1, c.start];
  if (tie.during) return [c.start, c.end];
  // Before the close is a day of the round, however long it ran (Geneva 8's seventeen days).
  if (tie.ahead !== undefined) return tie.ends ? [c.start, c.end] : [c.start - tie.ahead, c.start];
  const d = (tie.ends ? c.end : c.start) + (tie.shift ?? 0);
  return tie.hedge ? [d + tie.hedge.spread[0], d + tie.hedge.spread[1]] : [d, d];
}

/**
 * The day expression a round is tied to: the nearest day of its clause after it, else before it, when
 * an opening or closing word stands in the clause.
 */
export function roundTie(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'> & Partial<Pick<ClueContext, 'headlineEnd' | 'leadEnd'>>): RoundTie | null {
  // The clues and, once the article is dated, the choice of rounds ask for the same ties.
  const known = TIES.get(r);
  if (known !== undefined && known.exprs === ctx.exprs) return known.tie;
  const tie = findTie(r, ctx);
  TIES.set(r, { exprs: ctx.exprs, tie });
  return tie;
}

const TIES = new WeakMap<Expr, { exprs: Expr[]; tie: RoundTie | null }>();

function findTie(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'> & Partial<Pick<ClueContext, 'headlineEnd' | 'leadEnd'>>): RoundTie | null {
  const own = clauseAt(ctx.folded, r.sentence, r.start);
  const tie = tieInClause(r, own, ctx) ?? headlineTie(r, ctx) ?? leadTie(r, ctx);
  if (tie || own[1] >= r.sentence[1]) return tie;
  // "تعقد اللجنة ... اجتماعها الأول، وذلك بعد الافتتاح الرسمي الذي عقد أمس": the next clause names the
  // round's opening by a noun; it speaks of this round when it names no other.
  const next = clauseAt(ctx.folded, r.sentence, own[1] + 1);
  if (ctx.exprs.some((e) => e.kind === 'round' && e.start >= next[0] && e.end <= next[1])) return null;
  if (!EVENT_NOUN.test(ctx.folded.slice(next[0], next[1]))) return null;
  return tieInClause(r, next, ctx);
}

/** A word of a round's name (a link, a talks noun, a track), with و ب ل or لل written onto it. */
const nameWord = (w: string): boolean => TRACK_PHRASE_WORDS.has(w) || TRACK_PHRASE_WORDS.has(w.replace(/^[وبل]/u, '')) || TRACK_PHRASE_WORDS.has(w.replace(/^لل/u, 'ال'));

/** A headline without a verb, "الجولة الثامنة من محادثات أستانا غداً"، "جولة جديدة للجنة الدستورية
 *  الأسبوع المقبل": the time right after the round's name is when it is held, a day its opening. */
function headlineTie(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'> & Partial<Pick<ClueContext, 'headlineEnd'>>): RoundTie | null {
  const end = ctx.headlineEnd ?? 0;
  if (r.end > end) return null;
  const next = ctx.exprs.filter((e) => e !== r && e.start >= r.end && e.end <= end && (isDayLevel(e) || isPeriodLevel(e))).sort((a, b) => a.start - b.start)[0];
  // Only a time counted from the article ("غداً"، "الاثنين المقبل"): "الجولة الـ13 … أول أغسطس" gives
  // the round's day, which the catalog knows, and says nothing of how far ahead the headline is.
  if (!next || !KIND_TRAITS[next.kind].relative) return null;
  // «قمة ثلاثية في طهران الثلاثاء المقبل»: where it meets may stand between (the city of one of the
  // meetings it may be; «مؤتمر للمعارضة حول الجولة الثامنة في الرياض غداً» is another meeting's place).
  let between = ctx.folded.slice(r.end, next.start);
  for (const p of placesNamed(between).reverse()) if (metIn(r, p.key)) between = `${between.slice(0, p.start)} ${between.slice(p.end)}`;
  const gap = between.split(/[^\p{L}]+/u).filter(Boolean);
  if (gap.length > 5 || !gap.every(nameWord)) return null;
  return isDayLevel(next) ? { day: next, ends: false } : { day: next, ends: false, during: true };
}

/** «مؤتمر سوتشي للحوار الوطني ⏎ انطلقت اليوم الثلاثاء أعمال المؤتمر»: the lead's definite noun of the
 *  headline's meeting («المؤتمر»، «القمة»، «الجولة») is that meeting, when the lead names no meeting of its
 *  own; its day there is the headline's meeting's. */
function leadTie(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'> & Partial<Pick<ClueContext, 'headlineEnd' | 'leadEnd'>>): RoundTie | null {
  const end = ctx.headlineEnd ?? 0;
  const leadEnd = ctx.leadEnd ?? 0;
  if (r.end > end || leadEnd <= end) return null;
  const head = ctx.folded.slice(r.start, r.end).split(' ')[0]!.replace(/^(?:[وفبل]|لل)?(?:ال)?/u, '');
  // «أستانا 8 تحدد موعد مؤتمر سوتشي ⏎ اختتمت اليوم … المحادثات حول سوريا»: a round of the talks named in
  // the headline by its track and number is the lead's «الجولة» or «المحادثات» too.
  const ofTalks = r.stated.round !== undefined && r.candidates.length > 0 && r.candidates.every((c) => TALKS_TRACKS.has(c.round.track));
  const heads = ofTalks ? TALKS_ANAPHORS : ANAPHOR_HEADS.has(head) ? [head] : [];
  if (heads.length === 0) return null;
  // The lead may name no meeting of its own that the noun could be: of the talks, no round of them but
  // the noun itself read as a round of no number («المحادثات» in Astana); other meetings («وأعلنت الدول
  // الضامنة عقد مؤتمر سوتشي») are not what «المحادثات» calls.
  const generic = (e: Expr): boolean => e.stated.round === undefined && e.stated.roundId === undefined && e.stated.rel === undefined &&
    e.candidates.some((c) => r.candidates.some((h) => h.round.id === c.round.id));
  const rival = (e: Expr): boolean => !ofTalks || (!generic(e) && (e.candidates.length === 0 || e.candidates.some((c) => TALKS_TRACKS.has(c.round.track))));
  if (ctx.exprs.some((e) => e.kind === 'round' && e.start >= end && e.start < leadEnd && rival(e))) return null;
  // The meeting must be what the headline is about: its first words, an edge's noun before it at most
  // («انطلاق الجولة الثامنة …»), and no other of its kind named («مؤتمر دمشق … نسخة من مؤتمر سوتشي؟»).
  // Not one compared or recalled («هل يكرر الشرع تجربة مؤتمر سوتشي؟»، «بعد مؤتمر سوتشي»).
  const lineStart = ctx.folded.lastIndexOf('\n', r.start - 1) + 1;
  const before = ctx.folded.slice(lineStart, r.start).split(/[^\p{L}]+/u).filter(Boolean);
  if (!before.every((w) => EVENT_NOUN.test(w))) return null;
  const headline = ctx.folded.slice(lineStart, end);
  const anyHead = alternation(heads);
  // Another meeting of its kind in the headline may be the one meant: of the talks, another round of them.
  if (ofTalks ? ctx.exprs.some((e) => e !== r && e.kind === 'round' && e.start >= lineStart && e.end <= end && e.candidates.some((c) => TALKS_TRACKS.has(c.round.track)))
    : (headline.match(new RegExp(`(?<![\\p{L}])(?:[وفبل]|لل)?(?:ال)?${head}`, 'gu')) ?? []).length > 1) return null;
  // With the article, or «لل» that took its alif («للمؤتمر»).
  const found = new RegExp(`(?<![\\p{L}])[وف]?(?:لل|[بل]?ال)(?:${anyHead})(?:ات)?(?![\\p{L}])`, 'u').exec(ctx.folded.slice(end, leadEnd));
  if (!found) return null;
  const at = end + found.index;
  // «المؤتمر الوطني الكردي»، «المؤتمر العام للحزب»: a definite word after the noun that the headline's
  // name does not hold makes it another meeting (the next two read: «الوطني» may be the name's), and
  // «المحادثات الروسية التركية» other talks; «المحادثات السورية» are these.
  const name = new Set([...ctx.folded.slice(r.start, r.end).split(/\s+/u), ...(ofTalks ? SYRIAN_ADJECTIVES : [])]);
  const next = /^(?:\s+(ال\p{L}+))?(?:\s+(ال\p{L}+))?/u.exec(ctx.folded.slice(at + found[0].length, at + found[0].length + 40))!;
  if ([next[1], next[2]].some((w) => w !== undefined && !name.has(w))) return null;
  const sentence = ctx.exprs.find((e) => e.start >= end && e.start < leadEnd)?.sentence ?? ([end, leadEnd] as [number, number]);
  const proxy: Expr = { ...r, start: at, end: at + found[0].length, sentence };
  const clause = clauseAt(ctx.folded, proxy.sentence, proxy.start);
  // «… افتتح الرئيس التركي اليوم القمة في أنقرة»: a city in the lead that none of the meetings met in.
  // Of the talks, only in the noun's clause up to the next meeting it names («… المحادثات بإعلان عقد
  // مؤتمر الحوار في سوتشي»: Sochi is the congress's).
  const other = ctx.exprs.find((e) => e.kind === 'round' && e.start > proxy.end && e.start < clause[1]);
  const where = ofTalks ? ctx.folded.slice(clause[0], other?.start ?? clause[1]) : ctx.folded.slice(end, leadEnd);
  if (placesNamed(where).some((p) => !metIn(r, p.key))) return null;
  return tieInClause(proxy, ofTalks && other ? [clause[0], other.start] : clause, ctx);
}
/** Whether one of the meetings a round expression may be met in the city of this key. */
const metIn = (r: Expr, key: string): boolean => r.candidates.some((c) => heldIn(c.round, new Set([key])));
/** The heads a lead calls its headline's meeting by, with the article: «المؤتمر»، «القمة»، «الجولة» … */
const ANAPHOR_HEADS = new Set(MEETING_NAME_HEADS.map(foldArabic));
/** The tracks of the talks proper, whose rounds a lead calls «الجولة» or «المحادثات» whatever the headline
 *  named them by. */
const TALKS_TRACKS = new Set(['astana', 'geneva', 'constitutional-committee']);
/** What a lead calls the round its headline names (folded, without the article; a plural's «ات» is added
 *  by the pattern): «الجولة»، «المحادثات»، «المفاوضات»، «المباحثات»، «الاجتماعات». */
const TALKS_ANAPHORS = [...new Set([...ROUND_NOUNS_SINGULAR.filter((w) => !w.startsWith('ال')), ...TALKS_NOUNS, ...MEETING_WORD].map((w) => foldArabic(w).replace(/ات$/u, '')))];
/** «المحادثات السورية»: the adjective of Syria after the talks' noun keeps them these talks. */
const SYRIAN_ADJECTIVES = SYRIA_NAMES.filter((w) => w.startsWith('ال')).map(foldArabic);

/** A preposition right before a meeting's word makes it a verbal noun («إلى عقد»، «عن انطلاق»). */
const GOVERNED_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(GOVERNING_PREPOSITIONS)})`)}\\s+$`, 'u');
/** «اتفاق لعقد الجولة»، «تمهيداً لانطلاق الجولة»: a meeting's word with the ل of purpose after a noun of
 *  preparing or settling is what that act is for, governed as the words after إلى are. */
const MEETING_FORMS = new Set([...ROUND_START_WORDS, ...ROUND_END_WORDS].map(foldArabic));
const PURPOSE_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(PURPOSE_NOUNS.map(foldArabic))})`)}\\s+$`, 'u');
/** A meeting's word, with its pronoun or without («لعقدها»). */
const isMeetingForm = (w: string): boolean => MEETING_FORMS.has(w) || MEETING_FORMS.has(w.replace(/(?:ها|ه)$/u, ''));
const forPurpose = (word: string, before: string): boolean => {
  const core = word.replace(/^[وف]/u, '');
  if (!core.startsWith('ل') || MEETING_FORMS.has(core) || !PURPOSE_BEFORE.test(before)) return false;
  // «للاختتام» is ل with ال.
  return isMeetingForm(core.startsWith('لل') ? core.slice(2) : core.slice(1).replace(/^ال/u, ''));
};
/** «التعجيل بانطلاق المفاوضات»، «رحب بانطلاق الجولة»: a meeting's noun with ب written onto it is the
 *  object of the word before it (an urging, a welcome), governed as the words after إلى are. */
const withBa = (word: string): boolean => {
  const core = word.replace(/^[وف]/u, '');
  // «بالبدء»: with the article too.
  return core.startsWith('ب') && !MEETING_FORMS.has(core) && isMeetingForm(core.slice(1).replace(/^ال/u, ''));
};
const DEFINITE_NEXT = /^\s+(?:ال|لل)\p{L}/u;
/** A noun's object joined by ب right after it («البدء بصياغة»، «البدء بالجولة»); not a pronoun («البدء
 *  بها»), which is most often the round's. */
const OBJECT_WITH_BA = /^\s+ب(?!(?:ها|ه|هما|هم)(?!\p{L}))(?=\p{L})/u;
/** «بدء اجتماعات الهيئة المصغرة»، «انطلاق أعمال الهيئة الموسعة»: an edge whose object is one of the round's bodies. */
const BODY_MEETINGS = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${alternation(COMMITTEE_BODIES)})(?![\\p{L}])`, 'u');
const THE_MEETING = alternation(THE_MEETING_ITSELF.map(foldArabic));
const OBJECT_IS_MEETING = new RegExp(`^\\s+(?:${THE_MEETING})(?![\\p{L}])`, 'u');
/** The same, or talks and rounds named again («قبل يوم من استئناف محادثات السلام»). */
const OBJECT_IS_TALKS = new RegExp(`^\\s+(?:${THE_MEETING}|(?:ال)?(?:${alternation([...TALKS_NOUNS, ...ROUND_NOUNS_SINGULAR].map(foldArabic))}))(?![\\p{L}])`, 'u');
/** Whether an object joined by ب follows at `end` that is neither the meeting itself nor a time. */
function hasBaObject(end: number, ctx: Pick<ClueContext, 'exprs' | 'folded'>): boolean {
  const withBa = OBJECT_WITH_BA.exec(ctx.folded.slice(end, end + 8));
  if (!withBa) return false;
  const at = end + withBa[0].length;
  if (OBJECT_IS_MEETING.test(' ' + ctx.folded.slice(at, at + 24))) return false;
  return !ctx.exprs.some((e) => e.start <= at && e.end > at);
}
/** «المحادثات التي ستحتضنها أستانا … سعياً إلى إنهاء الصراع»: a governed meeting's noun after the round,
 *  with no article or pronoun of its own and a definite noun right after it that is no time or round, has
 *  that noun for its object: it is not the round's edge («عادت المحادثات إلى الانعقاد اليوم» is). */
function hasOwnObject(word: string, end: number, ctx: Pick<ClueContext, 'exprs' | 'folded'>): boolean {
  const core = word.replace(/^[وف]?[بل]?/u, '');
  // «اتفقنا على البدء بصياغة المسودة»: a definite one's object follows with ب; it is the round's edge
  // only when that object is the meeting itself («البدء بالجولة») or a time.
  if (core.startsWith('ال')) return hasBaObject(end, ctx);
  if (/(?:ها|ه)$/u.test(core) && !MEETING_FORMS.has(core)) return false;
  const next = DEFINITE_NEXT.exec(ctx.folded.slice(end, end + 8));
  if (!next) return false;
  // «تمهيداً لانطلاق المحادثات غداً»: the object is the meeting itself, and the edge still the round's.
  if (OBJECT_IS_MEETING.test(ctx.folded.slice(end, end + 24))) return false;
  const at = end + next[0].length - 3;
  return !ctx.exprs.some((e) => e.start <= at && e.end > at);
}
/** Signing or reaching an agreement («وقع»، «أبرم»، «توصلا إلى»): a day of a meeting the catalog names. */
const CONCLUDE_G = new RegExp(`${atWordStart(`[وف]?(?:${alternation(CONCLUDE_WORDS)})`)}(?:ها|ه)?(?![\\p{L}])`, 'gu');
const SCHEDULED_WORD = atWordStart(`[وف]?(?:${alternation(SCHEDULED_ADJECTIVES.map(foldArabic))})`);
/** «المقررة الأسبوع المقبل»: a round's scheduling adjective with its time right after it (no word between:
 *  «المقرر انطلاقتها الخميس» is read by the opening's own noun). */
const SCHEDULED_G = new RegExp(`${SCHEDULED_WORD}(?![\\p{L}])`, 'gu');
/** A word of schedule just before a date («المقررة من 25 إلى 29 نوفمبر»، «المقرر يومي 4 و5 يوليو»). */
const SCHEDULED_BEFORE = new RegExp(`${SCHEDULED_WORD}(?:\\s+(?:في|يوم|يومي|من|بين|ل|خلال))*\\s*$`, 'u');
const RIGHT_AFTER = /^\s+(?:في\s+)?$/u;
/** The words that tie a day to a round, and to a meeting the catalog names (an agreement, too). */
/** «أعلن دي ميستورا اليوم الأربعاء تعليق الجولة الحالية من محادثات جنيف»: a round halted on the day told,
 *  one of its days (not its close: the committee's third round met again three days after its halt). */
const HALT_G = new RegExp(`${atWordStart(`[وف]?(?:ل|ب)?(?:ال)?(?:${alternation(HALT_WORDS)})`)}(?:ها|ه)?(?![\\p{L}])`, 'gu');
const ROUND_WORD_KINDS = [[START_G, 'start'], [END_G, 'end'], [HALT_G, 'halt']] as const;
/** Between a halt and the round it halts: at most its participation and the halting party («تعليق مشاركة
 *  الوفد في»), never «على» (a comment on it). */
const HALT_OBJECT_GAP = new RegExp(`^\\s+(?:(?!${foldArabic('على')}(?![\\p{L}]))\\p{L}+\\s+){0,3}$`, 'u');
const AGREEMENT_WORD_KINDS = [...ROUND_WORD_KINDS, [CONCLUDE_G, 'conclude']] as const;
/** «لقاء قمة ثلاثي يضم أردوغان … وروحاني، في الرابع من أبريل»: what gathers the guarantors' leaders holds
 *  their summit, as a verb of holding does. */
const GATHER_G = new RegExp(`${atWordStart(`[وف]?(?:${alternation(GATHERING_VERBS)})`)}(?![\\p{L}])`, 'gu');
const SUMMIT_WORD_KINDS = [...ROUND_WORD_KINDS, [GATHER_G, 'gather']] as const;
const wordKinds = (r: Expr) => (r.parser === 'named-meeting' ? AGREEMENT_WORD_KINDS : r.parser === 'guarantors-meeting' ? SUMMIT_WORD_KINDS : ROUND_WORD_KINDS);

/** Past verbs of news that are not a round's own opening, holding or closing words; with those of
 *  announcing («وحدد المبعوث التاسع من نيسان موعداً للجولة المقبلة»), which mark no tense (what they fix is
 *  to come) but end the clause a round's day is read in. */
const OTHER_VERBS = new Set([...PAST_MARKERS, ...meetingForms(['announce']).past].map(foldArabic).filter((w) => !START_RE.test(w) && !END_RE.test(w) && !HELD_RE.test(w)));

/** «بحسب ما أعلنته الوزارة»: the opener and a verb of saying, its object pronoun written onto it; not «وفق
 *  ما هو مقرر يوم الأربعاء» (as scheduled: the day is the round's). */
/** The longest meeting (its last day less its first) whose eve is the eve of its first day and a journey
 *  to which is on its eve or first day: a summit, an Astana round; not a round of Geneva nor a conference
 *  of weeks. */
const SHORT_MEETING_SPAN = 3;
/** A definite adjective of a state or people right after a meeting's name («القمة الثلاثية المصرية»). */
const NISBA_AFTER = /^\s+ال\p{L}{2,}(?:ية|يه)(?![\p{L}])/u;
const ATTEND_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?لل?(?:${alternation(ATTEND_NOUNS.map((w) => w.replace(/^ال/u, '')))})\\s+(?:(?:في|ب)\\s*)?(?:(?:${alternation(DAY_WORK_WORDS)})\\s+)?$`, 'u');
/** «… بالوصول»، «… بالتوافد إلى جنيف»: a verb of beginning's object, the arrivals it starts. */
const BEGUN_ARRIVALS = new RegExp(`${atWordStart(`بال?(?:${alternation(ARRIVAL_NOUNS.map(foldArabic))})`)}(?![\\p{L}])`, 'u');
/** «الوفود المشاركة في الجولة»: those taking part named right before the round. */
const PARTICIPANTS_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(PARTICIPANT_WORDS.map(foldArabic))})`)}\\s+في\\s+$`, 'u');
const TRAVEL_RE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(TRAVEL_WORDS)})`)}(?![\\p{L}])`, 'u');
const ATTRIBUTED = new RegExp(`${atWordStart(`[وف]?(?:${alternation(ATTRIBUTION_OPENERS)})`)}\\s+(?:${alternation(REPORTING_VERBS)})(?:ه|ها|ته|تها)?(?![\\p{L}])`, 'u');
const ATTRIBUTION_CLOSED = new RegExp(`${ATTRIBUTED.source}[^،,.؛\\n]*[،,]`, 'gu');
const SUBORDINATOR = new RegExp(`${atWordStart(`[وف]?(?:${alternation(TIME_SUBORDINATORS)})`)}(?![\\p{L}])`, 'u');
/** Whether the text holds a past verb of another event ("وكان … وصل"، "واستقبل"), or opens a clause of
 *  another event's time («، بعدما التقى …»). */
function otherVerbBetween(given: string, agreement = false): boolean {
  // «تنطلق الجولة …، بحسب ما أعلنته الخارجية الكازاخية، غداً الأربعاء»: an attribution closed by its comma
  // is an aside; the day after it is still the round's. Open to the end, the day is the saying's.
  const text = given.replace(ATTRIBUTION_CLOSED, ' ');
  if (SUBORDINATOR.test(text) || ATTRIBUTED.test(text)) return true;
  for (const w of text.match(/[\p{L}]+/gu) ?? []) {
    const bare = w.replace(/^[وف]/u, '');
    if (agreement && (CONCLUDE_FORMS.has(w) || CONCLUDE_FORMS.has(bare))) continue;
    if (OTHER_VERBS.has(w) || OTHER_VERBS.has(bare)) return true;
  }
  return false;
}
/** The signing of an agreement the catalog names is its own verb, not another event's. */
const CONCLUDE_FORMS = new Set(CONCLUDE_WORDS.map(foldArabic));

const RELATIVE_G = new RegExp(`${atWordStart(`[وف]?(?:${alternation([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE].map(foldArabic))})`)}\\s+(?<verb>\\p{L}+)`, 'gu');

/** How far after the round its relative clause may open («الذي عقد», «… من محادثات أستانا التي تنطلق»). */
const RELATIVE_REACH = 48;
/** Whether a relative clause opens right after the round with a verb of the round's and tells a time of its
 *  own (any expression but a round) before the clause ends. */
function relativeWithTime(r: Expr, clause: [number, number], inClause: Expr[], folded: string): boolean {
  RELATIVE_G.lastIndex = 0;
  const m = RELATIVE_G.exec(folded.slice(r.end, clause[1]));
  if (!m || m.index > RELATIVE_REACH || !(START_RE.test(m.groups!.verb!) || END_RE.test(m.groups!.verb!) || HELD_RE.test(m.groups!.verb!))) return false;
  const opens = r.end + m.index;
  // «… التي تعقد للمرة الأولى منذ عام 2019»: a time counted from is an earlier occasion's, not the round's.
  return inClause.some((e) => e.kind !== 'round' && e.start > opens && !SINCE_BEFORE.test(folded.slice(Math.max(opens, e.start - 12), e.start)));
}

/** A preposition of time and the noun it governs («قبيل الجلسة», «بعد المؤتمر»): a relative clause after
 *  them is that noun's. */
const NOUN_OF_TIME_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(TIME_PREPOSITIONS.map(foldArabic))})`)}\\s+ال\\p{L}+`, 'u');

/** Whether a relative clause about another noun opens in the text, with no word of the round's after
 *  it: «تحتضن أستانة … مفاوضات … وهما العاصمتان اللتان رعتا هدنة … منذ 30 كانون الأول» (the day is
 *  the truce's). One whose verb is the round's own («الجولة التي تنطلق الخميس») is no other clause. */
function otherRelativeBetween(text: string, from: number, roundWordAt: number[]): boolean {
  RELATIVE_G.lastIndex = 0;
  for (let m = RELATIVE_G.exec(text); m; m = RELATIVE_G.exec(text)) {
    const verb = m.groups!.verb!;
    // «الجولة … قبيل الجلسة الختامية التي تلتئم اليوم»: the clause is the nearer noun's, a meeting verb or not.
    if (START_RE.test(verb) || END_RE.test(verb) || HELD_RE.test(verb)) {
      if (NOUN_OF_TIME_BEFORE.test(text.slice(0, m.index))) return true;
      continue;
    }
    const at = from + m.index;
    if (!roundWordAt.some((w) => w > at)) return true;
  }
  return false;
}

/** A part of the round named right before it, with its preposition («على هامش الجولة»، «خلال الجولة»،
 *  «في مستهل الجولة»، «في نهاية أعمال الجولة»): the clause's day is one of its days, its first or its
 *  last, as a verb of the round would say. */
const PHASE = `(?:\\s+(?:${foldArabic(alternation(PHASE_NOUNS))})\\s+(?:ال)?\\p{L}+\\s+من)?`;
const partBefore = (words: readonly string[]): RegExp => new RegExp(`${atWordStart(`[وف]?(?:(?:${foldArabic(alternation(PART_PREPOSITIONS))})\\s+)?(?:ال)?(?:${foldArabic(alternation(words))})`)}(?:\\s+(?:ال)?(?:${foldArabic(alternation(ROUND_WORK_NOUNS))}))?${PHASE}\\s*$`, 'u');
/** A part that puts another event inside the round, right before it. */
const INSIDE_BEFORE = partBefore(INSIDE_PART_WORDS);
/** «في كلمته أمام مؤتمر بروكسل»: a speech before the meeting, given at it. */
const SPEECH_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${foldArabic(alternation(SPEECH_NOUNS))})`)}\\s+${foldArabic(SPEECH_BEFORE_WORD)}\\s+$`, 'u');
/** «في اليوم الأخير من (أعمال) الجولة»: its last day, with من or ل between. */
const LAST_DAY_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:(?:${foldArabic(alternation(PART_PREPOSITIONS))})\\s+)?(?:${foldArabic(alternation(LAST_DAY_PHRASES))})`)}\\s+(?:من\\s+|ل)?(?:(?:ال)?(?:${foldArabic(alternation(ROUND_WORK_NOUNS))})\\s+)?$`, 'u');
/** «انطلق اليوم الاثنين الاجتماع الوزاري لمؤتمر بروكسل الثامن»: the ministers' part opens on one of the
 *  conference's days; read as the conference's opening, its Monday printed the day before the conference. */
const MINISTERIAL_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(MINISTERIAL_PART_WORDS.map(foldArabic))})`)}\\s+(?:ل|لل|من\\s+)?$`, 'u');
const PARTS: [RegExp, { ends: boolean; held: boolean }][] = [
  [partBefore(DURING_PART_WORDS), { ends: false, held: true }],
  [MINISTERIAL_BEFORE, { ends: false, held: true }],
  [SPEECH_BEFORE, { ends: false, held: true }],
  [partBefore(OPENING_PART_WORDS), { ends: false, held: false }],
  [partBefore(CLOSING_PART_WORDS), { ends: true, held: false }],
  [LAST_DAY_BEFORE, { ends: true, held: false }],
];
/** How far before the round its part may be named. */
const PART_REACH = 32;
/** Whether an eve or a morrow frames its sentence: it opens the sentence, or a comma sets it off after a
 *  first clause that is no pluperfect's (a story recalled). */
const SET_OFF_BEFORE = /(?:^|[،,])\s*$/u;
const PLUPERFECT_IN = pluperfectPattern();
function framesSentence(eve: Expr, sentence: [number, number], folded: string): boolean {
  const before = folded.slice(sentence[0], eve.start);
  return SET_OFF_BEFORE.test(before) && !PLUPERFECT_IN.test(before);
}

/** A relative pronoun as a word of its own («التي»، «والذي»). */
const RELATIVE_WORD = `${atWordStart(`[وف]?(?:${alternation([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE].map(foldArabic))})`)}(?![\\p{L}])`;
const PART_BROKEN = new RegExp(`["“”«»]|${RELATIVE_WORD}`, 'u');

/** An indefinite noun's «earlier» («ترتيبات سابقة»). */
const EARLIER = new RegExp(`${atWordStart(`(?:${alternation(EARLIER_ADJECTIVES.map(foldArabic))})`)}(?![\\p{L}])`, 'u');

/** A noun of the round's time or place right before it, a meeting's noun or ل between them allowed
 *  («على موعد الجولة»، «مكان وموعد انعقاد الجولة»، «موعداً للجولة»). */
const FIXING_NOUN = `[وفبل]?(?:ال)?(?:${alternation(FIXING_NOUNS.map(foldArabic))})(?:ه|ها)?`;
const FIXING_BEFORE = new RegExp(`${atWordStart(`${FIXING_NOUN}(?:\\s+و${FIXING_NOUN})?`)}(?:\\s+(?:${alternation([...MEETING_FORMS])}))?\\s+(?:لل|ل)?$`, 'u');

/** «منذ» with what it counts from after it; not «منذ أسابيع»، «منذ عامين»: a duration closes the phrase,
 *  and a day after it is the clause's again («المؤجلة منذ أسابيع اليوم الخميس»). */
const SINCE_BETWEEN = new RegExp(`(?<![\\p{L}])(?:${alternation(SINCE_PREPOSITIONS.map(foldArabic))})(?![\\p{L}])(?!\\s+(?:\\S+\\s+)?(?:${alternation(Object.keys(DURATION_UNITS).map(foldArabic))})(?![\\p{L}]))`, 'u');
/** «… لتكتمل بذلك المناطق المنصوص عليها في مذكرة أيار الماضي»: a document named by the date right after it. */
const DOCUMENT_DATED = new RegExp(`${atWordStart(`[وفبل]?(?:ال)?(?:${alternation(DATED_DOCUMENT_HEADS.map(foldArabic))})`)}\\s+$`, 'u');
const DOCUMENT_BETWEEN = new RegExp(`${atWordStart(`[وفبل]?(?:${alternation(DOCUMENT_NOUNS.map(foldArabic))})`)}(?![\\p{L}])`, 'u');
const DOCUMENT_ITSELF = new Set(DOCUMENT_OF_ITSELF.map(foldArabic));
const PREPARATORY_BETWEEN = new RegExp(`${atWordStart(`[وف]?(?:${alternation(PREPARATORY_ADJECTIVES.map(foldArabic))})`)}(?![\\p{L}])`, 'u');
/** A word of preparing with the round its ل complement, a verbal noun between or none («تمهيداً للقمة»،
 *  «استعداداً لانطلاق الجولة»): not «بعد تحضيرات مكثفة الجولة», the round opened after them. */
const PREPARING_BETWEEN = new RegExp(`${atWordStart(`[وف]?(?:${alternation(PREPARING_FOR.map(foldArabic))})`)}\\s+(?:لل|ل\\p{L}*\\s+)$`, 'u');
/** A bare definite round noun, «قد» after it or not, right before a word («الجولة انطلقت»). */
const BARE_SUBJECT_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(BARE_ROUND_SUBJECTS.map(foldArabic))})`)}\\s+(?:قد\\s+)?$`, 'u');
const OTHER_MEETING_OBJECT = new RegExp(`${atWordStart(`(?:${alternation(INDEFINITE_MEETING_NOUNS.map(foldArabic))})`)}(?![\\p{L}])`, 'u');
/** Whether an indefinite meeting's noun with more words after it stands between a meeting's verb and the
 *  round: the verb holds that meeting, not the round («يعقد … مؤتمراً صحفياً في ختام الجولة»). The noun
 *  right before the round is the round's own («عقد اليوم اجتماع الجولة»). */
function heldOther(between: string): boolean {
  const m = OTHER_MEETING_OBJECT.exec(between);
  return m !== null && between.slice(m.index + m[0].length).trim().length > 0;
}
/** Whether the text between a meeting's word or day and the round names another thing that word or day
 *  is of: a signed text before a named agreement, a meeting held to prepare it. */
function otherThingBetween(between: string, agreement: boolean): boolean {
  // «وقع … وثيقة اتفاق إدلب»: the text's noun right before the name is the agreement's own (not a text
  // added to it: «ملحق مذكرة سوتشي»).
  const doc = agreement ? DOCUMENT_BETWEEN.exec(between) : null;
  const word = doc?.[0].trim() ?? '';
  if (doc && (between.slice(doc.index + doc[0].length).trim() !== '' || !(DOCUMENT_ITSELF.has(word) || DOCUMENT_ITSELF.has(word.replace(/^[وفبل]/u, ''))))) return true;
  // «… اجتماعهم التحضيري للقمة»، «اجتمعوا اليوم تمهيداً للقمة»: the preparing word qualifies the meeting
  // or the work the round is named with, close before it; one in an aside («عقب لقاءات تحضيرية مع
  // المبعوث، أعمال الجولة») does not.
  const near = between.slice(-PREPARATORY_REACH);
  if (PREPARING_BETWEEN.test(near)) return true;
  const prep = PREPARATORY_BETWEEN.exec(near);
  return prep !== null && !/[،,]/u.test(near.slice(prep.index));
}
/** How far before the round a preparing adjective qualifies its meeting («الاجتماعات التحضيرية للجولة»). */
const PREPARATORY_REACH = 24;

/** Whether a meeting's word before the round, at `at`, is another meeting's: a signed text or a preparing
 *  meeting between them, or (not for a word of signing or gathering) an indefinite meeting it holds. The
 *  tie and the lead's edge news read words alike. */
function wordOfOther(at: number, word: string, r: Expr, folded: string, holding = false): boolean {
  const between = folded.slice(at + word.length, r.start);
  return otherThingBetween(between, r.parser === 'named-meeting') || (!holding && heldOther(between));
}

/** «استكمالاً لمخرجات اجتماع عمّان»، «امتداداً لنتائج قمة جدة»: a referent word and the meeting's outcomes
 *  before it: the meeting is the ground of another act, as right after the referent word. Not its
 *  programme or its work («وفقاً لبرنامج القمة»): the meeting's own. */
const REFERENT_OUTCOME_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(REFERENT_WORDS.map(foldArabic))})\\s+(?:لل|ل)(?:${alternation(OUTCOME_NOUNS)})\\s+$`, 'u');

/** Where the words that make the round another act's concern start (a noun fixing its time, a model or
 *  ground it is named as), if such words govern it; -1 if none. */
function referentFrom(folded: string, from: number, r: Expr): number {
  const start = Math.max(from, r.start - 40);
  // «استؤنفت اليوم اجتماعات الهيئة استكمالاً للجولة الثامنة»، «وفقاً لبرنامج الجولة»: a numbered round
  // so named is the one going on, not a model.
  const m = FIXING_BEFORE.exec(folded.slice(start, r.start)) ?? (r.parser === 'round' ? null : REFERENT_BEFORE.exec(folded.slice(start, r.start)) ?? REFERENT_OUTCOME_BEFORE.exec(folded.slice(start, r.start)));
  return m ? start + m.index : -1;
}

/** «بدأت الوفود المشاركة في الجولة السابعة بالوصول إلى أستانا»: a verb of beginning whose subject is those
 *  taking part in the round and whose «ب» governs an arrival begins the arrivals, not the round. */
function beginsArrivals(at: number, r: Expr, clauseEnd: number, folded: string): boolean {
  if (at >= r.start || !PARTICIPANTS_BEFORE.test(folded.slice(at, r.start))) return false;
  // The verb's first complement, right after the round's name: not past its object («… أعمالهم اليوم وسط
  // تفاؤل بالوصول إلى صياغة»).
  const m = BEGUN_ARRIVALS.exec(folded.slice(r.end, clauseEnd));
  return m !== null && nameTailOnly(folded.slice(r.end, r.end + m.index));
}

function tieInClause(r: Expr, clause: [number, number], ctx: Pick<ClueContext, 'exprs' | 'folded'>): RoundTie | null {
  const text = ctx.folded.slice(clause[0], clause[1]);
  // «اختتمت الجولة الرابعة أمس دون اتفاق على موعد الجولة الخامسة»، «يعقد الوزراء اليوم اجتماعاً على غرار
  // اجتماع العقبة»: a round whose time is still to be fixed, or named as a model or ground, is none of the
  // words or days before those words: they are another act's.
  const fixing = referentFrom(ctx.folded, clause[0], r);
  const words: { at: number; ends: boolean; held: boolean; governed: boolean; shift?: EdgeShift | 'vague' | 'after' | 'before'; scheduled?: boolean; verb?: boolean; justBefore?: boolean; arrival?: boolean; resumes?: boolean }[] = [];
  for (const [re, kind] of wordKinds(r)) {
    const ends = kind === 'end';
    // Signing an agreement is its holding, as gathering the leaders is a summit's: no eve or morrow of it,
    // never governed.
    const holding = kind === 'conclude' || kind === 'gather' || kind === 'halt';
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const finite = isFiniteVerb(m[0]);
      const wordLead = text.slice(Math.max(0, m.index - 16), m.index);
      const shift = holding ? undefined : edgeShift(ctx, r, clause, clause[0] + m.index, m[0], ends) ?? (BEFORE_EDGE.test(wordLead) ? 'before' as const : undefined);
      const returning = kind === 'start' && r.stated.loose === true && returnsTo(wordLead, text.slice(0, m.index));
      const governed = !holding && !returning && governedAt(m[0], m.index, text);
      const at = clause[0] + m.index;
      if (fixing >= 0 && at < fixing) continue;
      // A halt is the round's only with the round its object, right after it («تعليق الجولة الحالية»،
      // «علّق المحادثات»): not a comment on it («في تعليق له على الجولة», the same word).
      if (kind === 'halt' && !(at < r.start && HALT_OBJECT_GAP.test(ctx.folded.slice(at + m[0].length, r.start)))) continue;
      if (kind === 'start' && beginsArrivals(at, r, clause[1], ctx.folded)) continue;
      // «مع بدء اجتماعات الهيئة المصغرة»: the start of one of the round's bodies, days into it, not its opening.
      if (BODY_MEETINGS.test(ctx.folded.slice(at + m[0].length, at + m[0].length + 48))) continue;
      if (at < r.start && weekFollows(ctx.folded.slice(at + m[0].length, r.start))) continue;
      // «وقع الرئيسان اليوم بروتوكولاً إضافياً لمذكرة سوتشي»، «يعقد الوزراء اليوم اجتماعهم التحضيري للقمة»،
      // «يعقد المبعوث اليوم مؤتمراً صحفياً في ختام الجولة»: that other text's or meeting's word.
      if (at < r.start && wordOfOther(at, m[0], r, ctx.folded, holding)) continue;
      // «وكانت الجولة انطلقت صباح أمس …، إذ انتهت الجولة الثانية …»: a verb right after a bare «الجولة»
      // has that for its subject (the round the story is about), not a round named after it.
      // A noun of the round's right before it is the round's own («عام من المحادثات اختتام الجولة الثامنة»).
      if (at < r.start && ctx.folded.slice(at + m[0].length, r.start).trim() !== '' && BARE_SUBJECT_BEFORE.test(ctx.folded.slice(Math.max(clause[0], at - 24), at))) continue;
      // «… الجولة الرابعة عشرة … قررنا البدء بمناقشة ملف المعتقلين»: a definite noun past the round is read
      // for an object of its own as a governed one is, preposition or none.
      if (!holding && at > r.end && edgeOfOther(m[0], governed, at, ctx)) continue;
      if (at > r.end && edgeOfAnother(r, m[0], at, ctx.folded)) continue;
      // «اختتمت الجولة … اليوم، أي قبل أسبوع من موعد انتهاء ولاية الوفد»: a count off an edge past the round is
      // off the round's only when the edge's object is the round (its pronoun, the meeting named again).
      if (at > r.end && typeof shift === 'object' && !/(?:ها|ه)$/u.test(m[0]) && !OBJECT_IS_TALKS.test(ctx.folded.slice(at + m[0].length, at + m[0].length + 24))) continue;
      // «تنطلق اليوم الخميس في أستانا الجولة الثامنة، بعد أسبوع من انتهاء جولة جنيف الثامنة»: an edge's noun
      // past the round whose object is another round is that round's edge.
      if (at > r.end && ctx.exprs.some((e) => e !== r && e.kind === 'round' && e.start >= at + m[0].length && e.start - (at + m[0].length) <= EDGE_OBJECT_REACH && EDGE_OBJECT_GAP.test(ctx.folded.slice(at + m[0].length, e.start)))) continue;
      // «… الجولة الـ13 أول أغسطس كشفت الوزارة … ستحتضن»: a round's word past another event's verb is
      // that clause's, not this round's (text run together with no stop between them).
      const [a, b] = at > r.end ? [r.end, at] : [at + m[0].length, r.start];
      if (a < b && otherVerbBetween(ctx.folded.slice(a, b))) continue;
      // «قبل أربع سنوات عقدت الجولة الثانية …، واليوم تنطلق الجولة الخامسة عشرة»: a word told ago with
      // another round between is that round's.
      if (at < r.start && ctx.exprs.some((e) => e !== r && e.kind === 'round' && e.start >= a && e.end <= b)) continue;
      const resumes = !ends && (resumesTalks(m[0], r) || returning);
      words.push({ at: at + m[0].length / 2, ends, held: holding || (!ends && HELD_RE.test(m[0]) && !resumes), ...(resumes ? { resumes } : {}), governed, ...(shift ? { shift } : {}), ...(shift === 'before' && JUST_BEFORE.test(wordLead) ? { justBefore: true } : {}), ...(finite && !RELATIVE_RIGHT_BEFORE.test(wordLead) ? { verb: true } : {}) });
    }
  }
  const ahead = scheduledAhead(r, clause, ctx);
  if (ahead) return { day: ahead, ends: false };
  SCHEDULED_G.lastIndex = 0;
  for (let m = SCHEDULED_G.exec(text); m; m = SCHEDULED_G.exec(text)) {
    const after = clause[0] + m.index + m[0].length;
    if (ctx.exprs.some((e) => e.start >= after && e.end <= clause[1] && RIGHT_AFTER.test(ctx.folded.slice(after, e.start)) && (isDayLevel(e) || isPeriodLevel(e)))) {
      words.push({ at: clause[0] + m.index + m[0].length / 2, ends: false, held: false, governed: false, scheduled: true });
    }
  }
  // «يصادف اليوم مرور عام على توقيع مذكرة خفض التصعيد في الجولة الرابعة»: the day is the anniversary's.
  // Not when the round's own verb comes after it («بعد ثماني سنوات على الحرب تنطلق اليوم الجولة»).
  const anniversary = anniversaryEnd(r, clause[0], ctx.folded);
  if (anniversary >= 0 && !words.some((w) => w.verb && w.at > anniversary && w.at < r.start)) return null;
  const lead = ctx.folded.slice(Math.max(clause[0], r.start - PART_REACH), r.start);
  const part = PARTS.find(([re]) => re.test(lead));
  if (part) words.push({ at: r.start - 1, ...part[1], governed: false });
  // "وتستمر حتى 4 ديسمبر": a day the round lasts until is not the day it opens or is held.
  const inClause = ctx.exprs.filter((e) => e !== r && e.start >= clause[0] && e.end <= clause[1] && !UNTIL_BEFORE.test(ctx.folded.slice(Math.max(clause[0], e.start - 12), e.start)));
  // «ستستأنف الاجتماعات منتصف الشهر الجاري»: talks resumed in a part of a month are one of the days of some
  // round then, as before; only a day told («اليوم الخميس») is the new round's opening.
  if (!inClause.some(isDayLevel)) for (const w of words) if (w.resumes) w.held = true;
  // «… تفاهمات اجتماع ميونيخ الذي عقد قبل أسبوعين»: a relative clause right after the round that tells its
  // own time holds the round's verb and its time; a day before the round is the main verb's.
  const ownTime = relativeWithTime(r, clause, inClause, ctx.folded);
  // «بعد أسبوع من مؤتمر باريس»، «قبل يومين من الجولة»: a count off the round itself, no edge word between,
  // is counted from its close when after it, from its opening when before; not when the round's own
  // clause tells its time («بعد يومين من الجولة الثامنة التي اختتمت الجمعة»): the count is the main
  // verb's day's, off that time.
  const off = part || ownTime ? undefined : countedOff(lead);
  // «التقى بوتين الأسد اليوم الاثنين قبل يومين من استقباله أردوغان وروحاني في قمة ثلاثية»: a count off
  // another act told at the round («في» right before it) is a count off the round; off an act not told at
  // it («بعد يومين من إعلانه موعد القمة»), a day before the count is that act's, not the round's.
  const actGap = off || part || ownTime ? '' : ctx.folded.slice(Math.max(clause[0], r.start - ACT_REACH), r.start);
  const act = actGap ? countedOffAct(actGap) : undefined;
  const actFrom = act ? r.start - actGap.length + act.from : -1;
  // Only a count before the act: an act after which days are counted («بعد يومين من تعليق مشاركته في الجولة
  // الثامنة») may fall on any day of a round, not its close.
  if (act?.atRound && !act.after) words.push({ at: r.start - 1, ends: false, held: false, governed: false, shift: { from: 'start', days: act.days } });
  // «عشية القمة الثلاثية»، «غداة مؤتمر سوتشي»: the eve of the meeting itself is the eve of its opening,
  // its morrow the morrow of its close, as with an edge's noun between («عشية انطلاق»).
  // Not a meeting of weeks whose main day is not its first (Brussels's Day of Dialogue, weeks before its
  // ministers), nor a shared name that the states after it make another meeting («عشية القمة الثلاثية
  // المصرية الأردنية العراقية»).
  const eve = off || part || ownTime || r.candidates.some((c) => c.round.number == null && c.end - c.start > SHORT_MEETING_SPAN) || NISBA_AFTER.test(ctx.folded.slice(r.end, r.end + 16)) ? undefined
    : ctx.exprs.find((e) => e.kind === 'eve' && e.end <= r.start && e.start >= clause[0] && /^\s*$/u.test(ctx.folded.slice(e.end, r.start)));
  if (eve?.stated.offset !== undefined) words.push({ at: r.start - 1, ends: eve.stated.offset > 0, held: false, governed: false, shift: { from: eve.stated.offset > 0 ? 'end' : 'start', days: eve.stated.offset } });
  // «يصل بوتين اليوم الثلاثاء إلى طهران للمشاركة في القمة»: a journey to a meeting of a few days is on its eve
  // or its first morning. Not to a meeting of more (a round of Geneva, a conference of weeks): a delegation
  // comes back to it, or comes late, any day, and a shorter candidate would win by its weekday alone.
  if (!off && !part && !ownTime && ATTEND_BEFORE.test(lead) && TRAVEL_RE.test(ctx.folded.slice(clause[0], r.start)) && r.candidates.every((c) => c.end - c.start <= SHORT_MEETING_SPAN)) words.push({ at: r.start - 1, ends: false, held: false, governed: false, shift: 'before', arrival: true });
  if (off) words.push({ at: r.start - 1, ends: off.after, held: false, governed: false, shift: { from: off.after ? 'end' : 'start', days: off.days } });
  else if (!part && BEFORE_EDGE.test(lead)) words.push({ at: r.start - 1, ends: false, held: false, governed: false, shift: 'before', ...(JUST_BEFORE.test(lead) ? { justBefore: true } : {}) });
  // The ministers' part closing is the conference closing (its ministers meet on its last day); opening,
  // it opens on one of its days.
  const inside = part !== undefined && (INSIDE_BEFORE.test(lead) || SPEECH_BEFORE.test(lead) || (MINISTERIAL_BEFORE.test(lead) && !words.some((w) => w.ends)));
  const opens = words.some((w) => !w.ends && !w.held);
  // «واصلت الجولة الثامنة أعمالها اليوم في يومها الثالث»: the round's Nth day told beside a day ties that
  // day, whatever verb tells it; only a day the round's own (its pronoun, or named right before it):
  // «يواصل الأهالي اعتصامهم اليوم بالتزامن مع الجولة الخامسة لليوم الثاني» counts the sit-in's days.
  if (words.length === 0 && nthDayTold(r, clause, ctx.folded)?.own) words.push({ at: r.start - 1, ends: false, held: true, governed: false });
  const held = words.some((w) => w.held);
  if (words.length === 0) return null;
  // "اختتمت اليوم الجمعة الجولة … وكان وفد المعارضة وصل يوم الأربعاء": a day past another event's verb
  // is that event's (unpunctuated text runs clauses together).
  // Not when the round is a time reference of that verb ("عشية انطلاق الجولة، وصل الوفد … اليوم").
  const reference = words.some((w) => w.shift !== undefined);
  const agreement = r.parser === 'named-meeting';
  const apart = (a: number, b: number): boolean => !reference && otherVerbBetween(ctx.folded.slice(a, b), agreement);
  // A relative clause only takes the days after it: one before the round is still the main verb's.
  const relativeApart = (a: number, b: number): boolean => !reference && otherRelativeBetween(ctx.folded.slice(a, b), a, words.map((w) => w.at).filter((w) => w > a && w < b));
  // «… الجولة السابعة، في أول جولة منذ بدء الحرب في 24 شباط»: a day past «منذ» is what is counted from.
  // «… في ختام الجولة السادسة … المنصوص عليها في مذكرة أيار الماضي»: a date naming a document is the
  // document's; not a day told from the article («في بيان اليوم الجمعة» is a statement of the day).
  const namesDocument = (e: Expr): boolean => !(KIND_TRAITS[e.kind].relative && isDayLevel(e)) && DOCUMENT_DATED.test(ctx.folded.slice(Math.max(r.end, e.start - 24), e.start));
  // «ستنطلق الجولة … أواخر الشهر الجاري، بحسب ما أعلنه الكرملين، اليوم الاثنين»: the round's own time told
  // before an attribution; a day after the attribution is the saying's.
  const saidAfterOwnTime = (e: Expr): boolean => {
    const m = ATTRIBUTED.exec(ctx.folded.slice(r.end, e.start));
    return m !== null && inClause.some((x) => x !== e && x.start >= r.end && x.end <= r.end + m.index);
  };
  const after = (level: (e: Expr) => boolean): Expr | undefined => inClause.filter((e) => level(e) && e.start >= Math.max(r.end, clause[0]) && !apart(r.end, e.start) && !relativeApart(r.end, e.start) && !SINCE_BETWEEN.test(ctx.folded.slice(r.end, e.start)) && !namesDocument(e) && !saidAfterOwnTime(e)).sort((x, y) => x.start - y.start)[0];
  // «أعلن الوزير اليوم عن عقد الجولة»: a day before a verbal noun governed by إلى, على or عن is the
  // governing verb's (the announcement's), not the round's.
  // A count off the round's edge («بعد مرور يومين على اختتام») is a tie of its own, not a governed noun.
  const governedAfter = (e: Expr): boolean => words.some((w) => w.governed && w.shift === undefined && w.at > e.end && w.at < r.start);
  // «وقع اليوم بروتوكولاً إضافياً لمذكرة سوتشي»: a day before another signed text (or a preparing meeting) is that one's.
  const documentAfter = (e: Expr): boolean => otherThingBetween(ctx.folded.slice(e.end, r.start), agreement);
  // «بدأت اليوم أعمال الجولة الثانية … التي تستمر من 25 إلى 29 تشرين الثاني الجاري»: with the round's own
  // opening or closing verb before it, the relative clause tells the round's schedule, and the day before
  // is that verb's: the round's.
  const edgeBefore = ownTime && words.some((w) => w.verb && w.at < r.start && !w.held && !w.governed && w.shift === undefined);
  const before = (level: (e: Expr) => boolean): Expr | undefined => ownTime && !edgeBefore ? undefined : inClause.filter((e) => level(e) && e.start > fixing && e.end <= Math.min(r.start, clause[1]) && !apart(e.end, r.start) && !governedAfter(e) && !documentAfter(e)).sort((x, y) => y.end - x.end)[0];
  // Arabic puts an event's time after it ("تنطلق الجولة ... الأسبوع المقبل"); a day before the round
  // ("أعلنت اليوم انطلاق الجولة") is more often the report's own day.
  // A date given with its year after the round's opening or holding word ("التي تبدأ الخميس 23 شباط
  // 2017") is the round's own: a relative day before the round then belongs to another verb ("سيتوجه
  // إلى جنيف الأحد المقبل للمشاركة في"). After a closing word ("لتنتهي في 3 آذار 2017") it is not.
  const dated = inClause.some((e) => e.start >= r.end && KIND_TRAITS[e.kind].day && e.stated.year !== undefined &&
    words.some((w) => !w.ends && w.at > r.end && w.at < e.start) && !words.some((w) => w.ends && w.at > r.end && w.at < e.start));
  // «انطلقت، الإثنين، أشغال الجولة الثانية، المقررة من 25 إلى 29 نوفمبر»: the dates the round was
  // scheduled for are the catalog's; a day counted from the article before the round is the news's.
  // Only a day named with its weekday, which the catalog's day is checked against, and only with a verb of
  // the round's own before it: «أعلن الوفد اليوم مشاركته في الجولة … المقررة يومي 15 و16» is the
  // announcement's day.
  const told = before(isDayLevel);
  const scheduledAfter = (e: Expr | undefined): boolean => e !== undefined && !KIND_TRAITS[e.kind].relative && SCHEDULED_BEFORE.test(ctx.folded.slice(Math.max(r.end, e.start - 24), e.start));
  const roundsOwn = (e: Expr): boolean => KIND_TRAITS[e.kind].relative && e.stated.weekday !== undefined && words.some((w) => !w.scheduled && w.at < r.start);
  const firstAfter = after(isDayLevel);
  // «تتواصل اليوم الخميس جلسات الجولة الثامنة لليوم الثالث، مع وصول الوفد الحكومي أمس»: a day past a comma
  // and a word that opens another act as the setting («مع»، «وسط»، «فيما») is that act's, when a day
  // before the round is there to be the round's.
  const setApart = firstAfter !== undefined && settingApart(ctx.folded.slice(r.end, firstAfter.start));
  const nearest = (edgeBefore || setApart ? told : undefined) ?? (told && roundsOwn(told) && scheduledAfter(firstAfter) ? told : undefined) ?? firstAfter ?? after(isPeriodLevel) ?? (dated ? undefined : told ?? before(isPeriodLevel));
  // «وصلت الوفود المشاركة في الجولة السابعة … اليوم السبت، استعداداً للاجتماعات التي ستعقد يومي الاثنين
  // والثلاثاء المقبلين»: the round's words all past the day, set apart from it by a comma or a relative
  // pronoun, tell their own time after them; the day before them is another act's (the delegations'
  // arrival). Only a time that tells its own side: a bare weekday after them («، مع انطلاقها الاثنين») takes
  // the tense of the clause, the arrival's, and the day before stays the nearer.
  const day = (nearest && wordsPastDay(nearest, r, words.map((w) => w.at), ctx.folded) ? dayAfterWords(words.map((w) => w.at), inClause, apart) : undefined) ?? nearest;
  // «قال الوزير اليوم إن اجتماعاً قد يعقد مطلع الشهر المقبل، بعد يومين من اختتام الاجتماع الرباعي»: a count set
  // off at the end of a reported clause times the saying, whatever time the reported act has.
  const timing = words.filter((w) => !holdingOnly(w));
  const reported = countSetOffReported(r, clause, timing, ctx.folded);
  if (!day || reported) return framedDay(r, clause, timing, reported, ctx);
  // Not when the round's own opening or closing verb tells the day («انطلقت اليوم … بعد يومين من وصول الوفود»).
  if (act && (!act.atRound || act.after) && day.end <= actFrom && !words.some((w) => !w.held && w.shift === undefined && w.at < actFrom)) return null;
  // «توصل الرئيسان اليوم إلى مذكرة جديدة … تحل محل ترتيبات سابقة أبرزها مذكرة إدلب»: a meeting named
  // after a word that calls what it is one of an earlier one is recalled, not the day's before it.
  if (day.end <= r.start && EARLIER.test(ctx.folded.slice(day.end, r.start))) return null;
  // "اتفق المشاركون في الجولة الثامنة على عقد مؤتمر الحوار … يومي 29 و30 كانون الثاني": a day past
  // another round is that round's. Not the conference the round is a session of, named right after it
  // («الجولة الثالثة من مفاوضات "جنيف 3"»), nor the talks a round's pronoun stands for («للجنة الدستورية
  // اجتماعاتها … ضمن جولتها الخامسة»). Nor past one the clause's act is about, when a count set off by a
  // comma after it times that act («بحث المبعوث اليوم سبل استئناف اجتماعات اللجنة الدستورية، قبل أسبوع من قمة
  // طهران»): the count is the act's distance from this round. When the act is a meeting's own opening or
  // close («انطلقت اليوم الجولة السادسة، بعد أسبوعين من اختتام الجولة الرابعة …»), the count is off that
  // meeting's edge, which the catalog knows, and no closer than the news says.
  // Nor when the count is the object meeting's own time: a word of schedule or a relative clause after the
  // comma («التحضيرات للجولة الثانية، المقررة بعد أسبوعين من اختتام الجولة الأولى»), or, with none, the
  // meeting's catalog opening where the count lands («التحضيرات لمؤتمر سوتشي، بعد ثلاثة أيام من اختتام جولة
  // فيينا»): the act is then on any day before the meeting, not the count's.
  const [lo, hi] = day.start > r.start ? [r.end, day.start] : [day.end, r.start];
  const countShift = timing.length === 1 && typeof timing[0]!.shift === 'object' ? timing[0]!.shift : undefined;
  const setOffCount = day.end <= r.start && countShift !== undefined && !meetingActIn(ctx.folded.slice(clause[0], r.start));
  // Only a count right after its comma: any word between («، المتوقع/المرجح/المفترض بعد ثلاثة أسابيع من …»)
  // is an adjective or participle of the meeting before the comma, which the count then times.
  const freed = (e: Expr): boolean => {
    const gap = ctx.folded.slice(e.end, r.start);
    const comma = gap.search(/[،,]/u);
    const last = Math.max(gap.lastIndexOf('،'), gap.lastIndexOf(','));
    return comma >= 0 && COUNT_RIGHT_AFTER_COMMA.test(gap.slice(last)) && !OBJECT_TIMED_AFTER.test(gap.slice(comma)) && !countLandsOn(e, r, countShift!);
  };
  if (ctx.exprs.some((e) => e !== r && e.kind === 'round' && e.start >= lo && e.end <= hi && !nestedName(e, r, ctx.folded) && !ownerOf(e, r, ctx.exprs) && !(setOffCount && freed(e)))) return null;
  // A part named with no verb of the round belongs to the verb before it: not to the day of a verb
  // whose clause a relative clause or a quotation leaves first («أكد أمس … “… التي برزت خلال الجولة
  // الأولى”»).
  if (part && words.length === 1 && PART_BROKEN.test(ctx.folded.slice(lo, hi))) return null;
  const found = { day };
  const ends = words.some((w) => w.ends);
  // The eve of the opening or the morrow of the close, when that is the only opening or closing word.
  let shifted = words.length === 1 ? words[0]!.shift : words.filter((w) => w.shift).length === 1 ? words.find((w) => w.shift)!.shift : undefined;
  // «عشية انطلاق مؤتمر بروكسل الرابع، الذي يبدأ غداً الاثنين»: the day the relative clause tells is the
  // edge's own, not its eve: the eve is the news's, the day no count off it.
  if (ownTime && day.start >= r.end && typeof shifted === 'object') shifted = undefined;
  // «قدم المبعوث اليوم إحاطته، قبل أسبوع من انطلاق الجولة السادسة الاثنين المقبل»: a day right after the
  // round counted off is the edge's own; the count is the clause's act's distance from it, not that day's.
  // Not an eve or a morrow, a day off, which the day after may be («غداة اختتام الجولة، الجمعة»); not a
  // day past a comma, another verb or «و» («قبل يومين من انطلاق الجولة، وصل الوفد اليوم»، «قبل أسبوع اختتمت
  // الجولة الثامنة من محادثات جنيف واليوم تنطلق في أستانا …»).
  // Only a day told of the edge itself, a coming or past weekday or a date: «اليوم» after it is still the
  // count's («قبل أسبوع من اختتام الجولة الثامنة اليوم الخميس»).
  if (typeof shifted === 'object' && Math.abs(shifted.days) >= 2 && day.start >= r.end && edgesOwnDay(day) && ownDayAfter(ctx.folded.slice(r.end, day.start))) shifted = undefined;
  // «قبل أسبوعين من موعد انعقاد الجولة العاشرة، تتكثف الاتصالات …، وسط توقعات بما تحمله الاجتماعات المقررة
  // يومي 30 و31 من الشهر الجاري»: a date the round is scheduled for is its own, not a day off it.
  if (typeof shifted === 'object' && scheduledAfter(day)) shifted = undefined;
  if (shifted === 'vague') return null;
  // «قال اليوم الأربعاء، عقب اختتام الجولة»: the day before is the saying's, after the edge by no count.
  // «بعد الافتتاح الرسمي الذي عقد أمس»: a day after the edge's noun is the edge's own.
  if (shifted === 'after') {
    if (day.end <= words.find((w) => w.shift === 'after')!.at) return null;
    shifted = undefined;
  }
  // «بدأ المبعوث اليوم اجتماعاً … قبل مؤتمر سوتشي»، «اجتمع الوفد أمس قبل انطلاق الجولة»: the day before is
  // the clause's own act's, in the week ahead of the opening by no count; «قبيل انطلاق الجولة اليوم», after
  // it, the edge's.
  if (shifted === 'before') {
    const w = words.find((x) => x.shift === 'before')!;
    if (day.end <= w.at) {
      // «… قبل الجولة الثامنة بعشرة أيام»، «… المقررة بعد أكثر من أسبوعين»: how far ahead is told after the
      // round; the week before is not it.
      if (UNIT_WORD.test(ctx.folded.slice(r.end, clause[1]))) return null;
      if (w.arrival) return { day: found.day, ends: false, arrival: true };
      return { day: found.day, ends: w.ends, ahead: w.justBefore ? JUST_AHEAD_DAYS : AHEAD_DAYS };
    }
    shifted = undefined;
  }
  if (shifted) return { day: found.day, ends: shifted.from === 'end', shift: shifted.days, ...(shifted.hedge && { hedge: shifted.hedge }) };
  // «… أعمال الجولة الثامنة لليوم الثاني»، «تواصلت لليوم الثاني أعمال الجولة»: with ل too, as the edge reading has it.
  const nthLead = ctx.folded.slice(Math.max(clause[0], r.start - 48), r.start);
  // Not a count beside a round that is another act's setting («يواصل الأهالي اعتصامهم اليوم بالتزامن مع
  // الجولة الخامسة لليوم الثاني»): the act's days, the round's as the edge reading has it.
  // «لليوم الرابع على التوالي، واصلت اليوم الهيئة … ضمن جولتها الخامسة»: a count in a row anywhere in the
  // sentence is the round's, as the edge reading has it; not beside a round that is its setting.
  const toldNth = nthDayTold(r, clause, ctx.folded, true);
  const nth = toldNth && (toldNth.own || !toldNth.setting) ? toldNth.n : undefined;
  if (nth !== undefined) return { day: found.day, ends: false, nth };
  // «انطلقت اليوم ثالث أيام المشاورات حول الجولة …»: today is the Nth day of something the round is not read
  // as owning; the day is no edge of the round.
  if (NTH_OF_DAYS_AFTER.test(ctx.folded.slice(found.day.end, found.day.end + 24))) return null;
  // «اختتمت الجولة الثامنة أسبوعها الأول اليوم الجمعة»: an edge told of a week of the round is that week's.
  const week = roundWeek(ctx.folded.slice(r.end, clause[1]), nthLead, feminineRound(r, ctx.folded))?.week;
  if (week !== undefined && r.candidates.some((c) => weekSpan(c, week))) return { day: found.day, ends: false, during: true, week };
  // «تعقد الهيئة غداً الخميس لقاءً بالمبعوث في إطار الجولة الثامنة»: the verb before is the meeting's
  // inside the round, whose day is one of the round's, whatever the verb says of its own start. Not a
  // day after the round, which its own verb may tell («ضمن الجولة السابعة التي بدأت أمس»).
  if (inside && found.day.end <= r.start) return { day: found.day, ends: false, during: true };
  // "انطلقت الثلاثاء الجولة …، وتختتم أعمالها اليوم"، "اختتمت اليوم الجمعة الجولة …، وكان دي ميستورا قد
  // افتتحها الاثنين": with both edges told, the day goes with the edge whose word stands nearest it.
  if (opens && ends) {
    const mid = (day.start + day.end) / 2;
    const edges = words.filter((w) => !w.held).map((w) => ({ ends: w.ends, gap: Math.abs(w.at - mid) })).sort((a, b) => a.gap - b.gap);
    if (edges.length > 1 && edges[0]!.gap < edges[1]!.gap) return { day: found.day, ends: edges[0]!.ends };
  }
  // A closing word wins over "تعقد" ("الجلسة الختامية ... ستعقد يوم 31"); "عقدت/تعقد" alone is any day of the round.
  if (ends && !opens) return { day: found.day, ends: true };
  if (opens) return { day: found.day, ends: false, ...(words.some((w) => w.resumes && !w.held) ? { resumed: true } : {}) };
  return held ? { day: found.day, ends: false, during: true } : null;
}

/** A comma or a relative pronoun: what stands after it is a clause of its own. */
const CLAUSE_SET_APART = new RegExp(`[،,]|${RELATIVE_WORD}`, 'u');

/** Whether every word of the round stands past the day after the round, in a clause set apart from it. */
function wordsPastDay(day: Expr, r: Expr, wordsAt: readonly number[], folded: string): boolean {
  if (day.start < r.end || wordsAt.some((at) => at < day.end)) return false;
  return CLAUSE_SET_APART.test(folded.slice(day.end, Math.min(...wordsAt)));
}

/** The first day told after the round's last word, in its clause (no other verb between), that tells its
 *  own side of the article: not a bare weekday. */
function dayAfterWords(wordsAt: readonly number[], inClause: readonly Expr[], apart: (a: number, b: number) => boolean): Expr | undefined {
  const last = Math.max(...wordsAt);
  const next = inClause.filter((e) => isDayLevel(e) && e.start > last && !apart(last, e.start)).sort((x, y) => x.start - y.start)[0];
  return next && !(next.kind === 'weekday' && next.stated.rel === undefined) ? next : undefined;
}

/** «التحضيرات لمؤتمر باريس حول سوريا، المقرر بعد أسبوع»: the meeting's scheduling adjective right after it
 *  (a comma and the words of its name between at most: «… من محادثات أستانا، المقررة»), with a count ahead
 *  from the story right after that: the meeting opens that far from the story's day. The count, not a day
 *  told before the meeting (the news's own), is its time. */
function scheduledAhead(r: Expr, clause: [number, number], ctx: Pick<ClueContext, 'exprs' | 'folded'>): Expr | undefined {
  SCHEDULED_G.lastIndex = 0;
  const m = SCHEDULED_G.exec(ctx.folded.slice(r.end, clause[1]));
  if (!m || !ctx.folded.slice(r.end, r.end + m.index).split(/[^\p{L}]+/u).filter(Boolean).every(nameWord)) return undefined;
  const after = r.end + m.index + m[0].length;
  return ctx.exprs.find((e) => e.kind === 'duration' && e.stated.rel === 1 && e.start >= after && e.end <= clause[1] && RIGHT_AFTER.test(ctx.folded.slice(after, e.start)));
}

/** Which of a round's days, with no key for what is not said (the note is written as it is). */
function roundPoint(ends: boolean, nth: number | undefined, shift: number | undefined, during: boolean | undefined, ahead?: number, week?: number, arrival?: boolean, hedge?: Hedge): RoundPoint {
  return { edge: ends ? 'close' : 'opening', ...(nth !== undefined && { nth }), ...(during && { during }), ...(shift && { shift }), ...(hedge && { hedge: hedge.kind }), ...(ahead !== undefined && { ahead }), ...(week !== undefined && { week }), ...(arrival && { arrival }) };
}

/** Whether the article's day d stands on the side of the round's days t that the tense allows. */
const toldSide = (tense: Expr['tense'], d: number, t: DaySpan): boolean => (tense === 'future' ? d <= t[1] : tense === 'past' ? d >= t[0] : true);

function bindingClue(r: Expr, e: Expr, target: (c: RoundCandidate) => DaySpan, point: RoundPoint, weight: number): Clue {
  const cands = r.candidates;
  const best = (f: (c: RoundCandidate, t: DaySpan) => boolean): number => cands.reduce((m, c) => (f(c, target(c)) ? Math.max(m, c.prior) : m), 0);
  const start = Math.min(r.start, e.start);
  const end = Math.max(r.end, e.end);
  const rounds = cands.map((c) => ({ id: c.round.id, span: formatSpan(target(c)), ...(c.planned ? { planned: true } : {}) }));
  const s = e.stated;
  const inside = (x: number, t: DaySpan): boolean => x >= t[0] && x <= t[1];
  if (e.kind === 'relative-day') {
    const k = s.offset ?? 0;
    const named = (day: number): boolean => s.weekday === undefined || weekdayOf(day) === s.weekday;
    // "تلتقي الوفود اليوم وغداً في إطار الجولة": both days fall within the round's days.
    const last = (t: DaySpan): number => (t[1] > t[0] ? s.offsetEnd ?? k : k);
    return {
      weight, family: 'tie', start, end, windows: cands.map((c) => { const t = target(c); return [t[0] - k, t[1] - last(t)] as DaySpan; }),
      note: { code: 'tie-offset', point, rounds, offset: k },
      // «انطلقت اليوم الاثنين …»: the weekday tells which day is meant. A round's day of another weekday is
      // not it; a day off, the catalog may be (the slack's reach); further off, the tie is misread.
      score: (d) => (named(d + k) ? best((_c, t) => inside(d + k, t) && inside(d + last(t), t)) : 0),
      ...(s.weekday !== undefined ? { slackDays: 1 } : {}),
    };
  }
  if (e.kind === 'weekday' && s.rel !== undefined) {
    const w = s.weekday!;
    const weeks = s.rel;
    // «السبت قبل الماضي»: a week further off than «السبت الماضي», so the article is a week further on.
    const further = 7 * (Math.abs(weeks) - 1);
    return {
      weight, family: 'tie', start, end, note: { code: 'tie-weekday', point, rounds, side: weeks > 0 ? 'coming' : 'past' },
      windows: cands.map((c) => (weeks > 0 ? [target(c)[0] - 7 - further, target(c)[1] - 1 - further] : [target(c)[0] + 1 + further, target(c)[1] + 7 + further]) as DaySpan),
      score: (d) => best((_c, t) => inside(weekdayAway(d, w, weeks), t)),
    };
  }
  if (e.kind === 'weekday') {
    // "بدأت، الأربعاء، الجولة": told in the past, the weekday is on or before the article; to come, on or after.
    const side = (d: number, w: number): boolean => (e.tense === 'past' ? w <= d : e.tense === 'future' ? w >= d : true);
    // «عقدت الجمعة قمة بوتين وأردوغان في سوتشي», a name of seven meetings: only those with a day of that
    // weekday can be meant, and the others' weeks get none of the tie's slack. Not for a weekday of no
    // tense (a digest's label, «الجمعة: انطلاق محادثات جنيف 3»): the week it is read within is unsure.
    const onWeekday = e.tense === null ? [] : cands.filter((c) => { const t = target(c); return weekdayOnOrAfter(t[0], s.weekday!) <= t[1]; });
    return {
      weight, family: 'tie', start, end, group: s.weekday!, note: { code: 'tie-weekday', point, rounds },
      windows: (onWeekday.length > 0 ? onWeekday : cands).map((c) => (e.tense === 'past' ? [target(c)[0], target(c)[1] + 6] : e.tense === 'future' ? [target(c)[0] - 6, target(c)[1]] : [target(c)[0] - 6, target(c)[1] + 6]) as DaySpan),
      score: (d, w) => (side(d, w) ? best((_c, t) => inside(w, t)) : 0),
    };
  }
  return {
    weight: weight * 0.7, family: 'tie', start, end, note: { code: 'tie-date', point, rounds },
    windows: cands.map((c) => near(e, target(c))),
    // «من المنتظر أن تحتضن أستانة … الأسبوع الأخير من الشهر الجاري»: a day told to come ties a round
    // not over on the article's day; one told past, a round begun by then.
    score: (d) => { const x = resolveAt(e, d, undefined, false); return x ? best((_c, t) => spansOverlap(t, x.span) && toldSide(e.tense, d, t)) : 0; },
  };
}

/** The latest day the text tells, in the past, with its year («في 23 أيلول/سبتمبر 2019، أعلن …»), or
 *  -Infinity: a report or a retrospect is written after it, whatever older rounds it recalls. A year
 *  alone is too loose to say where the story stands. */
function latestToldPast(ctx: ClueContext): number {
  let latest = -Infinity;
  for (const e of ctx.exprs) {
    if (e.tense !== 'past' || e.stated.year === undefined || e.stated.month === undefined || !KIND_TRAITS[e.kind].calendar) continue;
    // A past read beside a word of what is to come («وتقرر عقد الاجتماع المقبل في شباط 2019») may be a
    // verbal noun read as a verb: too unsure to silence the rounds before it.
    if (HEADLINE_FUTURE.test(ctx.folded.slice(e.sentence[0], e.sentence[1]))) continue;
    const r = resolveAt(e, 0, undefined, false);
    if (r && r.span[0] > latest) latest = r.span[0];
  }
  return latest;
}

/** The round with more candidates beside its held ones: each of `more`'s, from the catalog's days of a
 *  held candidate's round. */
function withMore(r: Expr, rounds: RoundRef[], more: (c: RoundCandidate, days: RoundDays) => RoundCandidate[]): Expr {
  const all = roundDays(rounds);
  const added = r.candidates.flatMap((c) => { const days = c.planned ? undefined : all.find((x) => x.round === c.round); return days ? more(c, days) : []; });
  return added.length === 0 ? r : { ...r, candidates: [...r.candidates, ...added] };
}
/** The days each round was announced for before it was put off: news written before the change ties a
 *  day to come to them, and is near them. A part of a month announced («أواخر تشرين الأول») holds the
 *  opening somewhere in it: a month or a part of one the text ties to the round may fall in it
 *  (`periods`), but neither a day («اليوم الثلاثاء»), a period counted from the story («الأسبوع القادم»)
 *  nor the story's nearness is placed by a span that wide. */
const withPlanned = (r: Expr, rounds: RoundRef[], periods: boolean): Expr =>
  withMore(r, rounds, (c, d) => [...d.planned, ...(periods ? d.plannedAround : [])].map(([start, end]) => ({ ...c, start, end, planned: true })));
/** The day a round was declared formally open after its first day, as its opening too: «انطلقت رسمياً»
 *  tells of it as the opening as much as the first meeting does. */
const withOpenings = (r: Expr, rounds: RoundRef[]): Expr => withMore(r, rounds, (c, d) => (d.opened === undefined ? [] : [{ ...c, start: d.opened }]));

/** How much likelier a launch told of a conference that met in sessions is its first session's. */
const LATER_SESSION = 0.2;
/** A conference's later sessions resumed it («استؤنفت محادثات جنيف 3»), its first launched it: a launch
 *  («الانطلاقة الرسمية لمحادثات جنيف»، «انطلقت اليوم الاثنين») is likelier the first session's, whose
 *  weekday or morrow a later session's may share. */
function launchedFirst(r: Expr): Expr {
  const key = (c: RoundCandidate): string => `${c.round.track} ${c.round.number}`;
  const opened = new Set(r.candidates.filter((c) => c.round.session === 1).map(key));
  if (opened.size === 0) return r;
  return { ...r, candidates: r.candidates.map((c) => ((c.round.session ?? 1) > 1 && opened.has(key(c)) ? { ...c, prior: c.prior * LATER_SESSION } : c)) };
}

/** Talks taken up again are not at their first round, nor a conference at its first session: «عادت
 *  المفاوضات إلى الانعقاد اليوم» in Geneva II's time is its second session, not its first. Read after
 *  launchedFirst: a conference's later session keeps the weight it has against a numbered round (full,
 *  B2n's «استؤنفت … المفاوضات السورية» of July 2017 was refused for Geneva II's and III's Mondays). */
function resumedLater(r: Expr): Expr {
  const later = r.candidates.filter((c) => (c.round.session ?? c.round.number) !== 1);
  return later.length === 0 || later.length === r.candidates.length ? r : { ...r, candidates: later };
}

/** Of the rounds a reference may be, those that lasted an Nth day: a sixth day in Geneva is Geneva 8's, not
 *  the last of the committee's five. When none did, a writer counts days the catalog does not («اختتمت
 *  الجولة السادسة أعمالها في يومها الثالث» of a round of two, its technical meetings first): its last. */
function lastedTo(r: Expr, nth: number): Expr {
  const lasted = r.candidates.filter((c) => c.end - c.start + 1 >= nth);
  return lasted.length === 0 || lasted.length === r.candidates.length ? r : { ...r, candidates: lasted };
}

/** One news item a clause can tell of a round: its opening or its close. */
const edgeKey = (r: Expr, ends: boolean, folded: string): string => `${clauseAt(folded, r.sentence, r.start)[0]} ${ends ? 'close' : 'opening'}`;

export function cluesRounds(ctx: ClueContext): Clue[] {
  if (!ctx.aboutTalks) return [];
  const clues: Clue[] = [];
  // A round over before a later day the text tells as past is background: the story is not near it.
  const after = latestToldPast(ctx);
  // A round named twice is one piece of evidence of closeness, not two; named once as still to come,
  // it is to come (a past reading elsewhere is more likely a tense misread than a second event).
  const near = new Map<string, { r: Expr; future: boolean }>();
  const edges = new Map<string, Clue>();
  const tiedEdges = new Map<string, Set<string>[]>();
  for (const r of ctx.exprs) {
    if (r.kind !== 'round' || r.candidates.length === 0) continue;
    // A conference's name inside a round's («الجولة الثالثة من مفاوضات "جنيف 3" اليوم») is that mention's,
    // which tells all it does: read alone, its day would be the opening of any of its sessions.
    if (ctx.exprs.some((o) => nestedName(r, o, ctx.folded))) continue;
    const tie = roundTie(r, ctx);
    if (tie) {
      const tied = tie.nth !== undefined ? lastedTo(r, tie.nth) : r;
      const point = roundPoint(tie.ends, tie.nth, tie.shift, tie.during, tie.ahead, tie.week, tie.arrival, tie.hedge);
      // A round in its Nth week is going on: not a day it was once announced for, and only a round that
      // ran that long.
      const week = tie.week;
      const planned = week !== undefined ? { ...tied, candidates: tied.candidates.filter((c) => weekSpan(c, week)) } : tie.day.tense === 'future' ? withPlanned(tied, ctx.rounds, !isDayLevel(tie.day) && !KIND_TRAITS[tie.day.kind].relative) : tied;
      const told = tie.ends || tie.nth !== undefined || tie.during ? planned : withOpenings(tie.resumed ? resumedLater(launchedFirst(planned)) : launchedFirst(planned), ctx.rounds);
      clues.push(bindingClue(told, tie.day, (c) => tieTarget(c, tie), point, tie.during ? HELD_TIE_WEIGHT : EDGE_TIE_WEIGHT));
      const key = edgeKey(r, tie.ends, ctx.folded);
      tiedEdges.set(key, [...(tiedEdges.get(key) ?? []), new Set(tied.candidates.map((c) => c.round.id))]);
      continue;
    }
    const future = r.stated.rel === 1 || (!toldOver(r, ctx.folded) && (r.tense === 'future' || FUTURE_AFTER.test(ctx.folded.slice(r.end, r.end + 40)) || announced(ctx.folded, Math.max(clauseAt(ctx.folded, r.sentence, r.start)[0], r.start - 60), r.start)));
    // «ما الذي تغير منذ الجولة الأولى؟»: a round counted from is over, recalled, no news of the day nor near it.
    const since = SINCE_BEFORE.test(ctx.folded.slice(Math.max(0, r.start - SINCE_REACH), r.start));
    const along = alongside(r, ctx.folded);
    // «تدخل مفاوضات جنيف أسبوعها الثاني»: a round told in its Nth week is going on, in that week, on the
    // story's day (no tie: «تدخل» is no verb of the round's edges).
    const week = future || since || inBackground(r, ctx.folded) ? undefined : weekOf(r, ctx.folded);
    const inWeek = week === undefined ? null : concurrentClue(r, ctx.params, undefined, week);
    if (inWeek) { clues.push(inWeek); continue; }
    // «تحل اليوم الثلاثاء الذكرى الأولى لانطلاق الجولة الأولى»: an anniversary dates the story from the
    // edge it recalls, years on; not one a sentence recalls («وكانت … قد احتفلت في الذكرى الأولى …»).
    const anniversary = !since && !isRecalled(r, ctx.folded) ? anniversaryTold(r, ctx) : undefined;
    const ofRounds = anniversary ? anniversaryRounds(r, anniversary.ends) : [];
    if (anniversary && ofRounds.length > 0) { clues.push(anniversaryClue(r, anniversary, ofRounds, ctx.params)); continue; }
    // «يصادف اليوم مرور عام على بدء مسار أستانا، حين انطلقت الجولة الأولى»: the lead's anniversary, anywhere
    // before the round in its sentence, is the news, not the round's edge.
    const edge = r.start < ctx.leadEnd && !since && !recallingHeadline(r, ctx) && !datedAfter(r, ctx) && !yearGiven(r, ctx) && !inBackground(r, ctx.folded) && !anniversaryOf(r, ctx.folded) && anniversaryEnd(r, r.sentence[0], ctx.folded) < 0 ? headlineNews(r, edgeVerb(r, ctx), ctx) : null;
    if (edge && edge.tense !== 'future') {
      // «ختام الجولة السابعة من مفاوضات السلام في جنيف 7»: one round named twice in the clause of one
      // edge is one piece of news, not two; the narrower reading of it stands.
      const key = edgeKey(r, edge.ends, ctx.folded);
      const told = edge.nth !== undefined ? lastedTo(r, edge.nth) : edge.ends ? r : withOpenings(launchedFirst(r), ctx.rounds);
      const clue = edgeClue(told, edge, ctx.params);
      const seen = edges.get(key);
      if (!seen || clue.windows.length < seen.windows.length) edges.set(key, clue);
    }
    // «فيما تتواصل في جنيف اجتماعات الجولة الخامسة»: a round said to go on now is going on on the article's day.
    else if (!edge && r.candidates.length <= MAX_NEAR_CANDIDATES && goesOnNow(r, ctx.folded)) {
      clues.push(concurrentClue(r, ctx.params));
    }
    // «بالتزامن مع انعقاد الجولة»: told alongside the news, the round is going on on its day.
    else if (!future && !edge && r.candidates.length <= MAX_NEAR_CANDIDATES && along !== null) {
      clues.push(concurrentClue(r, ctx.params, along === 'any' ? undefined : along));
    }
    // Closeness to "some round of Astana" (twenty candidates) says little and costs much: only a
    // round the text narrows to a few candidates weighs, and only one the text gives no time for: a
    // year («تلتئم الجولة الـ22 … في النصف الثاني من العام الجاري») says it need not be near. A meeting
    // named by what it is, not its track («مع نظيريه الروسي والتركي» in Geneva), is as narrow as a number.
    else if (!since && (!r.stated.loose || r.stated.roundIds) && r.stated.rel !== -1 && r.candidates.length <= MAX_NEAR_CANDIDATES && !yearGiven(r, ctx) && !ORIGIN_BEFORE.test(ctx.folded.slice(Math.max(0, r.start - ORIGIN_REACH), r.start)) && !anniversaryOf(r, ctx.folded) && !inBackground(r, ctx.folded)) {
      const key = r.candidates.map((c) => c.round.id).join(' ');
      const ahead = future || edge?.tense === 'future';
      if (!near.get(key)?.future) near.set(key, { r, future: ahead });
    }
  }
  // The same round's edge told with its day in the clause is that tie's news: no second clue of it
  // (but an edge that narrows a loose round's tie, «اجتماعات الهيئة المصغرة … ضمن الجولة الثامنة», stays).
  const told: Clue[] = [];
  for (const [key, clue] of edges) {
    const rounds = clue.note.code === 'edge-news' ? clue.note.rounds : [];
    if ((tiedEdges.get(key) ?? []).some((tied) => [...tied].every((id) => rounds.includes(id)))) continue;
    told.push(clue);
  }
  // A headline and its lead, or a lead repeated under its dateline, tell one piece of news twice: one clue,
  // the narrower reading of it.
  const pointOf = (c: Clue): string => (c.note.code === 'edge-news' ? JSON.stringify(c.note.point) : '');
  const roundsOf = (c: Clue): string[] => (c.note.code === 'edge-news' ? c.note.rounds : []);
  const within = (a: Clue, b: Clue): boolean => roundsOf(a).every((id) => roundsOf(b).includes(id));
  // A clue gives way to another of its point whose rounds are fewer, or the same and told first.
  told.forEach((clue, i) => {
    if (!told.some((o, j) => j !== i && pointOf(o) === pointOf(clue) && within(o, clue) && (j < i || !within(clue, o)))) clues.push(clue);
  });
  // «جولة تاسعة» named twice, once narrowed to Vienna's and once to it or Astana's ninth: one round
  // the story is near, not two; the narrower reading stands.
  const ids = (r: Expr): Set<string> => new Set(r.candidates.map((c) => c.round.id));
  const narrower = [...near.values()].filter((x) => ![...near.values()].some((y) => y !== x && ids(y.r).size < ids(x.r).size && [...ids(y.r)].every((id) => ids(x.r).has(id))));
  for (const { r, future } of narrower) {
    if (!future && r.candidates.every((c) => c.end < after)) continue;
    clues.push(nearClue(future ? withPlanned(r, ctx.rounds, false) : r, future, ctx.params));
  }
  return clues;
}

/** «في الذكرى السنوية الأولى لتوقيع اتفاق سوتشي»: a meeting whose anniversary is the news is a year or
 *  more back, not near the story. */
const ANNIVERSARY_REACH = 40;
const ANNIVERSARY_OF = anniversaryBefore(3);
/** «عام على انطلاق اللجنة الدستورية»، «عشر سنوات على جنيف 1»: years counted since the meeting, up to the
 *  story's day; its opening or close is that far back, not the day's news. The words of one year («عام»،
 *  «سنة») are also «general» and a sect («بشكل عام على»، «اتفاق عام على»): they count only at a line's or
 *  a clause's start, or after a word of counting («بعد مرور عام على»، «نحو عام على»). */
const YEAR_UNITS = Object.keys(DURATION_UNITS).filter((w) => DURATION_UNITS[w]!.unit === 'year');
const ONE_YEAR = YEAR_UNITS.filter((w) => DURATION_UNITS[w]!.count === 1);
const COUNTING = [...AFTER_WORDS, ...SINCE_PREPOSITIONS, ...DAYS_OFF_WORDS.elapsing, ...ABOUT, ...MORE_THAN];
const YEARS_SINCE = new RegExp(`(?:${atWordStart(`(?:${alternation(YEAR_UNITS.filter((w) => !ONE_YEAR.includes(w)).map(foldArabic))})`)}|(?:[\\n،,.:؛«"“]\\s*|(?<![\\p{L}])(?:${alternation(COUNTING.map(foldArabic))})\\s+)(?:${alternation(ONE_YEAR.map(foldArabic))}))\\s+(?:${alternation(COUNTED_FROM.map(foldArabic))})\\s+(?:\\p{L}+\\s+)?$`, 'u');
/** Whether the round is named as what an anniversary or a count of years is of. The text's start is a
 *  line's start. */
const anniversaryOf = (r: Expr, folded: string): boolean => {
  const from = r.start - ANNIVERSARY_REACH;
  const before = (from <= 0 ? '\n' : '') + folded.slice(Math.max(0, from), r.start);
  return ANNIVERSARY_OF.test(before) || YEARS_SINCE.test(before);
};
/** An anniversary's word, or years counted «على» something, anywhere in the round's clause before it
 *  («مرور عام على توقيع مذكرة خفض التصعيد في الجولة الرابعة»): an anniversary told of the round or of
 *  what was done at it. Not «بعد قرابة عام من المحادثات»: a year of talks, the round's close the news. */
const ANNIVERSARY_ANYWHERE = new RegExp(`${atWordStart(`[وفبل]?(?:${alternation(ANNIVERSARY_WORDS.map(foldArabic))})`)}(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(COUNTING.map(foldArabic))})\\s+(?:[\\p{L}\\d]+\\s+)?(?:${alternation(YEAR_UNITS.map(foldArabic))})\\s+(?:${foldArabic('على')})(?![\\p{L}])`, 'u');
const ANNIVERSARY_CLAUSE_REACH = 80;
/** Where the last anniversary before the round in its clause ends, or -1. */
function anniversaryEnd(r: Expr, clauseStart: number, folded: string): number {
  const from = Math.max(clauseStart, r.start - ANNIVERSARY_CLAUSE_REACH);
  const m = ANNIVERSARY_ANYWHERE.exec(folded.slice(from, r.start));
  return m ? from + m.index + m[0].length : -1;
}
/** «الذكرى (السنوية) الأولى لانطلاق»، «بعد (مرور) عام على انطلاق»، «مرور ثلاث سنوات على توقيع»: how many
 *  years, then at most the edge's noun with the ل written onto it, right before the meeting. The ordinals
 *  with their article only: «الذكرى السنوية» alone counts no years. */
const FOLDED_ORDINALS = new Map(Object.entries(ORDINALS).filter(([w]) => w.startsWith('ال')).map(([w, n]) => [foldArabic(w), n]));
const ANNIVERSARY_EDGE = `(?:\\s+(?:لل|ل)?(?:(?<end>${alternation(meetingForms(['end']).nouns)})|${alternation([...meetingForms(['start', 'held', 'conclude']).nouns])}))?\\s+(?:لل|ل)?$`;
const ANNIVERSARY_NTH = new RegExp(`${atWordStart(`[وفب]?(?:${alternation(ANNIVERSARY_WORDS.map(foldArabic))})`)}(?:\\s+\\p{L}+)?\\s+(?<ord>${alternation([...FOLDED_ORDINALS.keys()])})${ANNIVERSARY_EDGE}`, 'u');
const YEARS_COUNTED = new RegExp(`${atWordStart(`(?:${alternation([...AFTER_WORDS, ...DAYS_OFF_WORDS.elapsing])})`)}\\s+(?:(?:${alternation(DAYS_OFF_WORDS.elapsing)})\\s+)?(?:(?<n>\\d{1,2}|${alternation(Object.keys(SMALL_COUNTS))})\\s+)?(?<u>${alternation(YEAR_UNITS)})\\s+(?:${alternation(COUNTED_FROM)})${ANNIVERSARY_EDGE}`, 'u');
/** How far before the meeting its anniversary's words may start. */
const ANNIVERSARY_TOLD_REACH = 48;

/** An anniversary of the meeting's edge told right before it: how many years, of its opening or close,
 *  and whether «اليوم» right before the words makes the story's day the anniversary itself («تحل اليوم
 *  الثلاثاء الذكرى الأولى …»، «يصادف اليوم مرور عام على …»). */
interface Anniversary { years: number; ends: boolean; today: boolean }
function anniversaryTold(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'>): Anniversary | undefined {
  const from = Math.max(r.sentence[0], r.start - ANNIVERSARY_TOLD_REACH);
  const before = ctx.folded.slice(from, r.start);
  const m = ANNIVERSARY_NTH.exec(before) ?? YEARS_COUNTED.exec(before);
  const g = m?.groups;
  if (!g) return undefined;
  const years = g.ord !== undefined ? FOLDED_ORDINALS.get(g.ord) : g.u !== undefined ? DURATION_UNITS[UNIT_OF.get(g.u)!]?.count ?? countWord(g.n) : undefined;
  if (!years) return undefined;
  const at = from + m!.index;
  const today = ctx.exprs.some((e) => e.kind === 'relative-day' && e.stated.offset === 0 && e.start >= r.sentence[0] && e.end <= at && /^\s*$/u.test(ctx.folded.slice(e.end, at)));
  return { years, ends: g.end !== undefined, today };
}

/** The meetings an anniversary may be of: the candidates, or for talks named by their track alone their
 *  first round, whose opening is theirs («الذكرى الأولى لانطلاق محادثات أستانا»); the track's close is none
 *  of its rounds'. */
function anniversaryRounds(r: Expr, ends: boolean): RoundCandidate[] {
  if (!r.stated.loose) return r.candidates;
  if (ends) return [];
  const first = Math.min(...r.candidates.map((c) => c.start));
  return r.candidates.filter((c) => c.start === first);
}

/** An anniversary is the edge that many years on: that very day told «اليوم», else the week either side,
 *  fading as around a full date a story names (the dated clue's scale): the anniversary is news near it. */
const ANNIVERSARY_BAND = 7;
function anniversaryClue(r: Expr, a: Anniversary, cands: RoundCandidate[], params: DatingParams): Clue {
  const at = (c: RoundCandidate): number => addYears(a.ends ? c.end : c.start, a.years);
  const scale = params.dated.scale;
  const reach = a.today ? 0 : ANNIVERSARY_BAND;
  const tail = 1 / (1 - Math.exp(-1 / scale));
  return {
    weight: params.edge.weight, family: 'edge', start: r.start, end: r.end, windows: cands.map((c) => [at(c) - reach, at(c) + reach] as DaySpan),
    mass: cands.reduce((m, c) => m + c.prior * (a.today ? 1 : 2 * tail - 1), 0),
    note: { code: 'anniversary', years: a.years, edge: a.ends ? 'close' : 'opening', rounds: cands.map((c) => ({ id: c.round.id, span: formatSpan([at(c), at(c)]) })), today: a.today },
    score: (d) => cands.reduce((m, c) => (Math.abs(d - at(c)) > reach ? m : Math.max(m, c.prior * Math.exp(-Math.abs(d - at(c)) / scale))), 0),
    ...(a.today ? { slackDays: 1 } : {}),
  };
}

/** A meeting a body or a text came out of is recalled, not reported («المنبثقة عن مؤتمر "الرياض 2"»). */
const ORIGIN_REACH = 28;
const ORIGIN_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(ORIGIN_WORDS.map(foldArabic))})`)}\\s+(?:\\p{L}+\\s*)?["“«]?\\s*$`, 'u');

/** Words that put a headline's present tense in the future ("تنطلق غداً"، "تعقد الأسبوع المقبل"). */
const HEADLINE_FUTURE = new RegExp(`${atWordStart(`[وف]?(?:${alternation([...FUTURE_PARTICLES, ...COMING_WORDS])}|س[يتن]\\p{L}{3,})`)}(?![\\p{L}])`, 'u');

/** A headline tells the day's news in the present ("قمة أنقرة تنتهي بتوافق"): its present-tense
 *  verb is today's, not a round to come, unless a future word says so. */
function headlineNews(r: Expr, edge: EdgeVerb | null, ctx: ClueContext): EdgeVerb | null {
  if (!edge || edge.tense !== 'future' || r.start >= ctx.headlineEnd) return edge;
  const line = ctx.folded.slice(ctx.folded.lastIndexOf('\n', r.start) + 1, ctx.headlineEnd);
  return HEADLINE_FUTURE.test(line) ? edge : { ...edge, tense: 'present' };
}

/** How far after a round a year given for it may stand. */
const YEAR_REACH = 80;

/** How far before a round «منذ» may stand («منذ يوم», a word between). */
const SINCE_REACH = 12;
/** How far after a round the day it met on, with its year, may stand («مؤتمر سوتشي في 30 كانون الثاني 2018»). */
const DATED_REACH = 30;

/** A full date, with its year, right after the round: the text dates a meeting it recalls, and the
 *  lead's telling of its opening or close is no news of the day. */
function datedAfter(r: Expr, ctx: ClueContext): boolean {
  return ctx.exprs.some((e) => e.stated.year !== undefined && e.stated.day !== undefined && e.sentence === r.sentence && e.start >= r.end && e.start - r.end <= DATED_REACH);
}

/** A year, or a part of one, named for the round just after it in its sentence. */
function yearGiven(r: Expr, ctx: ClueContext): boolean {
  return ctx.exprs.some((e) => (e.kind === 'relative-year' || e.kind === 'year') && e.sentence === r.sentence && e.start >= r.end && e.start - r.end <= YEAR_REACH);
}

/** How a clause speaks of a round's opening or closing: which edge, and the verb's tense read from its
 *  form (a verbal noun takes the clause's tense; a noun headline with none is the day's news). */
/** `shift`: days off the edge the news is ("عشية انطلاق": the eve, -1; "غداة اختتام": +1). */
/** `since`: told «منذ» the edge, the story is some days past it, never on it. */
interface EdgeVerb { ends: boolean; tense: 'past' | 'present' | 'future'; nth?: number; shift?: number; hedge?: Hedge; since?: boolean }

/** «انعقاد» alone of the holding verbs' nouns: a holding told by its noun takes the clause's tense. */
const HOLDING_NOUN = formsOf(MEETING_VERBS.find((v) => v.perfect === 'عقد')!).nouns;
const NOUN_FORM = new RegExp(`^(?:${alternation([...EDGE_NOUNS, ...HOLDING_NOUN, ...EDGE_SESSION_WORDS])})$`, 'u');

const HOLDING_FORMS = new Set(HOLDING_NOUN.map(foldArabic));
/** A word without the conjunction, preposition, article and pronoun written onto it. */
const bareWord = (word: string): string => word.replace(/^(?:[وف]?[بل])?[وف]?(?:ال)?/u, '').replace(/(?:ها|ه)$/u, '');

/** A relative pronoun right before a verb: the verb is another noun's («وقف الأعمال العدائية الذي يبدأ»). */
const RELATIVE_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE].map(foldArabic))})\\s+$`, 'u');
/** A verb's finite form («بدأت»، «يختتم»), not a noun of the edge («انطلاق»، «البيان الختامي»). */
const VERBAL_NOUNS = new Set(MEETING_VERBS.flatMap((v) => formsOf(v).nouns).map(foldArabic));
const isFiniteVerb = (word: string): boolean => !/^(?:[وف]?[بل])?[وف]?ال/u.test(word) && !NOUN_FORM.test(bareWord(word)) && !VERBAL_NOUNS.has(bareWord(word)) && !VERBAL_NOUNS.has(word.replace(/^[وفبل]+/u, ''));

function verbTense(word: string, clause: Tense): EdgeVerb['tense'] {
  const w = bareWord(word);
  if (NOUN_FORM.test(w) || NOUN_FORM.test(word.replace(/^[وفبل]+/u, ''))) return clause === 'past' ? 'past' : clause === 'future' ? 'future' : 'present';
  if (/^س[يت]/u.test(w)) return 'future';
  if (/^[يت]/u.test(w)) return clause === 'future' ? 'future' : 'present';
  return 'past';
}

/** «بدأ الشهر باجتماع عمان»: a period right after a start verb, no time of its own, is what starts (a
 *  roundup's month or week); the meeting after it is one of its events, not the news's edge. */
const PERIOD_SUBJECT = new RegExp(`^\\s+(?:${alternation(Object.keys(PERIOD_WORDS).map(foldArabic))})(?![\\p{L}])`, 'u');
const periodStarts = (at: number, word: string, ctx: Pick<ClueContext, 'folded' | 'exprs'>): boolean => {
  const after = at + word.length;
  const m = PERIOD_SUBJECT.exec(ctx.folded.slice(after, after + 12));
  return m !== null && !ctx.exprs.some((e) => e.start < after + m[0].length && e.end > after);
};

/** Whether a meeting's word at `index` of the clause's `text` is governed: by a preposition before it, a
 *  noun of purpose, or the ب written onto it. */
function governedAt(word: string, index: number, text: string): boolean {
  return GOVERNED_BEFORE.test(text.slice(Math.max(0, index - 8), index)) || forPurpose(word, text.slice(Math.max(0, index - 12), index)) || withBa(word);
}

/** Whether an edge's word at `at`, governed or definite, has an object of its own (hasOwnObject): then it
 *  is that object's edge, not a round's. */
function edgeOfOther(word: string, governed: boolean, at: number, ctx: Pick<ClueContext, 'folded' | 'exprs'>): boolean {
  const noun = word.replace(/^[وف]/u, '').startsWith('ال');
  return (governed || noun) && hasOwnObject(word, at + word.length, ctx);
}

export function edgeVerb(r: Expr, ctx: Pick<ClueContext, 'folded' | 'exprs'>): EdgeVerb | null {
  const clause = clauseAt(ctx.folded, r.sentence, r.start);
  const text = ctx.folded.slice(clause[0], clause[1]);
  const referent = referentFrom(ctx.folded, clause[0], r);
  let found: { at: number; word: string; ends: boolean } | null = null;
  for (const [re, ends] of [[START_G, false], [END_G, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (HELD_RE.test(m[0]) && !ends) continue;
      const at = clause[0] + m.index;
      if (periodStarts(at, m[0], ctx) || (!ends && beginsArrivals(at, r, clause[1], ctx.folded))) continue;
      // «في الجولة الحادية والعشرين اتفقنا على البدء بمناقشة ملف اللاجئين»: an edge's noun after the round
      // with an object of its own starts or ends that object, as a tie reads it, not the round.
      if (at > r.end && edgeOfOther(m[0], governedAt(m[0], m.index, text), at, ctx)) continue;
      if (at > r.end && edgeOfAnother(r, m[0], at, ctx.folded)) continue;
      // «انطلقت اليوم الاجتماعات التحضيرية للجولة الثامنة»، «يعقد الوزراء اليوم اجتماعاً على غرار اجتماع العقبة»:
      // the other meeting's start, as a tie reads it.
      if (at < r.start && (at < referent || wordOfOther(at, m[0], r, ctx.folded))) continue;
      // «بعد يوم من انطلاق الجولة الثامنة من المحادثات، احتجاجاً على بيان مؤتمر الرياض 2»: an edge's word with
      // another round between it and this one is that nearer round's.
      if (at < r.start && ctx.exprs.some((e) => e !== r && e.kind === 'round' && e.start >= at + m[0].length && e.end <= r.start)) continue;
      if (!found || Math.abs(at - r.start) < Math.abs(found.at - r.start)) found = { at, word: m[0], ends };
    }
  }
  // "تدخل الجولة الخامسة يومها الثالث"، "أنهت اللجنة أعمال اليوم الرابع": the round's Nth day is the news.
  const lead = ctx.folded.slice(Math.max(clause[0], r.start - 48), r.start);
  // «تتواصل أعمال الجولة الثامنة لليوم الثاني»: a count after the round with no pronoun is the round's when
  // the round is no setting of another act.
  const told = nthDayTold(r, clause, ctx.folded, true);
  const nth = told && (told.row || told.own || !told.setting) ? told.n : undefined;
  // A round in its Nth day is going on: told in the present ("تتواصل لليوم الثاني") it is today's news
  // unless a future form says it is to come.
  const ongoing = (): EdgeVerb['tense'] => (r.tense === 'past' ? 'past' : FUTURE_WORD.test(ctx.folded.slice(clause[0], r.start)) ? 'future' : 'present');
  if (nth !== undefined) return { ends: false, tense: found ? verbTense(found.word, r.tense) : ongoing(), nth };
  // «في اليوم الأخير من الجولة، قال …»، «في نهاية الجولة»: a part of the round named before it, with no
  // verb of its own, is the news's time.
  if (!found) {
    const part = PARTS.find(([re, p]) => !p.held && re.test(lead));
    if (part) return { ends: part[1].ends, tense: ongoing() };
    // «قالت الفصائل اليوم إنها تتحفظ على النتائج، غداة اجتماع موسكو الثلاثي»: the eve or the morrow of the
    // meeting itself, right before it, is the news's day, as with an edge's noun between («غداة اختتام»);
    // not of a meeting of weeks nor of a shared name the states after it make another's, as a tie reads it;
    // only one that frames its sentence, opening it or set off by a comma, not one that times another act
    // («المحادثات التي أجراها غداة القمة»، «حسبما صرح غداة»، «منذ غداة»، «وكانت قد أعلنت، غداة»).
    const eve = ctx.exprs.find((e) => e.kind === 'eve' && e.end <= r.start && e.start >= clause[0] && /^\s*$/u.test(ctx.folded.slice(e.end, r.start)));
    const offset = eve?.stated.offset;
    if (offset === undefined || !framesSentence(eve!, r.sentence, ctx.folded) || r.candidates.some((c) => c.round.number == null && c.end - c.start > SHORT_MEETING_SPAN) || NISBA_AFTER.test(ctx.folded.slice(r.end, r.end + 16))) return null;
    return { ends: offset > 0, tense: offset > 0 ? 'past' : 'present', shift: offset };
  }
  // "عشية انطلاق الجولة، وصل الوفد": the news is the eve, not the opening; a count of days that names
  // no number ("قبل أيام من انطلاق") says no day at all.
  const shift = edgeShift(ctx, r, clause, found.at, found.word, found.ends);
  if (shift === 'vague') return null;
  // «اجتمع الوفد اليوم قبل انطلاق الجولة»: the edge is ahead of the news, not its day.
  if (shift === undefined && BEFORE_EDGE.test(ctx.folded.slice(Math.max(clause[0], found.at - 16), found.at))) return null;
  // «بعد انتهاء الجولة»: the edge is past when the story is told, whatever the clause's tense; after its
  // holding («بعد انعقاد الجولة») the round is over.
  if (shift === 'after') return { ends: found.ends || HOLDING_FORMS.has(bareWord(found.word)), tense: 'past', ...(sinceEdge(ctx.folded, r, clause, found.at) ? { since: true } : {}) };
  return { ends: found.ends, tense: verbTense(found.word, r.tense), ...(shift ? { shift: shift.days, ...(shift.hedge && { hedge: shift.hedge }) } : {}) };
}

/** A count off a meeting with no day of its own in its clause, tied to the day of the news it times: «دخلت
 *  قافلة مساعدات اليوم الخميس إلى حي الوعر. ⏎ ويأتي ذلك قبل أسبوع من انطلاق جنيف 4», a sentence opened by a
 *  verb that frames the news against the meeting, to the story's «اليوم» told before it; «قال المندوب اليوم
 *  الخميس إن موقف بلاده لم يتغير، بعد يوم من القمة الثلاثية», set off by a comma at the end of a reported
 *  clause, to the reporting clause's day. */
const NEWS_FRAME = new RegExp(`^[\\s\\p{P}]*${atWordStart(`[وف]?(?:${alternation(NEWS_FRAME_VERBS)})`)}(?![\\p{L}])`, 'u');
/** «وجاء في البيان أن …»: what a text said, not the news framed. */
const NEWS_FRAME_REPORT = new RegExp(`^[\\s\\p{P}]*${atWordStart(`[وف]?(?:${alternation(NEWS_FRAME_VERBS)})`)}\\s+في(?![\\p{L}])`, 'u');
/** The story's «اليوم» told before a framing sentence, when no other day or period counted from the story
 *  stands between them («يعقد مجلس الأمن غداً جلسة، بحسب ما أعلنت البعثة اليوم»: the session framed is
 *  tomorrow's; «… الشهر الماضي»), it is in no quotation, and the sentence before the frame is no pluperfect
 *  («وكانت الدول الضامنة قد عقدت اجتماعاً … وجاء ذلك قبل أسبوع من …»: the earlier act framed). */
function newsToday(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'>): Expr | undefined {
  const today = ctx.exprs.find((e) => e.kind === 'relative-day' && e.stated.offset === 0 && e.end <= r.sentence[0]);
  if (!today || QUOTE_MARKS.test(ctx.folded.slice(today.sentence[0], today.start))) return undefined;
  if (ctx.exprs.some((e) => e !== today && e.kind !== 'weekday' && KIND_TRAITS[e.kind].relative && e.start >= today.sentence[0] && e.end <= r.sentence[0])) return undefined;
  const before = ctx.folded.slice(Math.max(today.end, r.sentence[0] - FRAMED_REACH), r.sentence[0]);
  return PLUPERFECT_IN.test(before) || OPENS_PLUPERFECT.test(before.replace(/[\s\p{P}]+$/u, '')) ? undefined : today;
}
/** «وكان بيدرسن أعلن في إحاطته …»: wire copy leaves out «قد»; a sentence the auxiliary opens is still an
 *  earlier act's. */
const OPENS_PLUPERFECT = new RegExp(`(?:^|[.؟!\\n])[\\s\\p{P}]*(?:${alternation(PLUPERFECT_AUXILIARIES)})(?![\\p{L}])[^.؟!\\n]*$`, 'u');
/** How far back the sentence before a frame is read for a pluperfect. */
const FRAMED_REACH = 160;
const QUOTE_MARKS = /[«"“]/u;
/** The count set off by a comma at the end of a clause a complementizer opens, when every other edge word of
 *  the round is the reported act's, before that comma. */
function countSetOffReported<W extends { at: number; shift?: EdgeShift | 'vague' | 'after' | 'before' }>(r: Expr, clause: [number, number], words: readonly W[], folded: string): W | undefined {
  if (!REPORTED_OPENS.test(folded.slice(clause[0], clause[0] + 12))) return undefined;
  const comma = clause[0] + Math.max(folded.slice(clause[0], r.start).lastIndexOf('،'), folded.slice(clause[0], r.start).lastIndexOf(','));
  if (comma < clause[0]) return undefined;
  const after = words.filter((w) => w.at > comma);
  if (after.length !== 1 || typeof after[0]!.shift !== 'object') return undefined;
  // «قال الحريري اليوم إن الوفد وصل إلى جنيف، قبل يومين من انطلاق الجولة»: a reported act told in the past
  // is what the count times; a state («إن موقف بلاده لم يتغير») or what is to come is no act of a day.
  return reportsPastAct(folded.slice(clause[0], comma)) ? undefined : after[0];
}
const PAST_WORDS = new Set(PAST_MARKERS.map(foldArabic));
/** «والتقى المعلم فور وصوله جابري أنصاري …، قبل يومين من انطلاق الجولة التاسعة»: a sentence opened by a past
 *  verb, with no time of its own and no reported clause, that ends in a count set off by a comma: the count
 *  times that act, which follows the news told before it, on its day. */
const COUNT_SET_OFF = `[،,]\\s*(?:${alternation(THAT_ACT)}\\s+)?(?:${alternation(BEFORE_AFTER)})\\s`;
const COUNT_SET_OFF_AT = new RegExp(COUNT_SET_OFF, 'gu');
/** A comma with the count right after it (or «وذلك» first): no word of the meeting before it between. */
const COUNT_RIGHT_AFTER_COMMA = new RegExp(`^${COUNT_SET_OFF}`, 'u');
function pastActSetOff(r: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'>): boolean {
  const head = ctx.folded.slice(r.sentence[0], r.start);
  const first = /^[\s\p{P}]*(\p{L}+)/u.exec(head)?.[1] ?? '';
  const verb = first.replace(/^[وف]/u, '');
  // «وكانت الطائرات قد قصفت المنطقة، قبل ثلاثة أيام من …»: an earlier act recalled.
  if (!PAST_WORDS.has(verb) || PLUPERFECT_AUX.has(verb)) return false;
  const count = [...head.matchAll(COUNT_SET_OFF_AT)].at(-1);
  if (!count || REPORTED_ANYWHERE.test(head.slice(0, count.index))) return false;
  return !ctx.exprs.some((e) => e !== r && e.kind !== 'round' && e.start >= r.sentence[0] && e.end <= r.sentence[1]);
}
const PLUPERFECT_AUX = new Set(PLUPERFECT_AUXILIARIES.map(foldArabic));
const REPORTED_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${alternation(COMPLEMENTIZERS.map(foldArabic))})(?![\\p{L}])`, 'u');
/** Whether a clause tells an act in the past: a past verb not after «لم». */
const reportsPastAct = (text: string): boolean => {
  const ws = text.split(/[^\p{L}]+/u).filter(Boolean);
  return ws.some((w, i) => (PAST_WORDS.has(w) || PAST_WORDS.has(w.replace(/^[وف]/u, ''))) && ws[i - 1] !== NEGATION_PAST);
};
const NEGATION_PAST = foldArabic(PAST_NEGATIONS[0]!);
const REPORTED_OPENS = new RegExp(`^\\s*(?:${alternation(COMPLEMENTIZERS.map(foldArabic))})(?![\\p{L}])`, 'u');
function framedDay(r: Expr, clause: [number, number], words: readonly { at: number; shift?: EdgeShift | 'vague' | 'after' | 'before' }[], reported: { shift?: unknown } | undefined, ctx: Pick<ClueContext, 'exprs' | 'folded'>): RoundTie | null {
  const tie = (count: { shift?: unknown } | undefined, day: Expr | undefined): RoundTie | null => {
    const shift = count?.shift as EdgeShift | undefined;
    return shift && day ? { day, ends: shift.from === 'end', shift: shift.days, ...(shift.hedge && { hedge: shift.hedge }) } : null;
  };
  if (words.length === 1 && typeof words[0]!.shift === 'object' && NEWS_FRAME.test(ctx.folded.slice(r.sentence[0], r.start))) {
    return NEWS_FRAME_REPORT.test(ctx.folded.slice(r.sentence[0], r.start)) ? null : tie(words[0], newsToday(r, ctx));
  }
  if (words.length === 1 && typeof words[0]!.shift === 'object' && pastActSetOff(r, ctx)) return tie(words[0], newsToday(r, ctx));
  const concurrent = words.length === 1 && words[0]!.shift === undefined ? CONCURRENT_FRAME.exec(ctx.folded.slice(r.sentence[0], r.start)) : null;
  const today = concurrent ? newsToday(r, ctx) : undefined;
  if (concurrent && today && strikeOnToday(today, ctx)) return tie({ shift: { from: concurrent.groups?.closing ? 'end' : 'start', days: 0 } }, today);
  return reported ? tie(reported, ctx.exprs.filter((e) => e.kind === 'relative-day' && e.start >= r.sentence[0] && e.end <= clause[0]).at(-1)) : null;
}

/** A word of schedule or a relative pronoun after a set-off comma: what follows tells the meeting before
 *  the comma its time. */
const OBJECT_TIMED_AFTER = new RegExp(`${SCHEDULED_WORD}(?![\\p{L}])|${RELATIVE_WORD}`, 'u');
/** How far (days) a meeting's catalog opening may be from where a count lands and still be what it times:
 *  news rounds counts («أسبوعين» for twelve days), by a quarter of the count at most. */
const COUNT_LANDS_SLACK = 2;
/** Whether a count off `r`'s edge lands on a catalog opening of `e`: the count is then `e`'s own time. */
function countLandsOn(e: Expr, r: Expr, shift: EdgeShift): boolean {
  const slack = Math.max(COUNT_LANDS_SLACK, Math.abs(shift.days) / 4);
  return r.candidates.some((c) => e.candidates.some((o) => Math.abs(o.start - ((shift.from === 'start' ? c.start : c.end) + shift.days)) <= slack));
}

/** Whether a finite verb of a meeting's opening, holding or close stands in the text. */
const meetingActIn = (text: string): boolean => [...text.matchAll(START_G), ...text.matchAll(END_G)].some((m) => isFiniteVerb(m[0]));

/** «وجاء الإعلان بعد يومين من لقاء لوزان الذي جمع وزيري الخارجية …»: a word of holding with no count of its
 *  own says that the meeting was held, and who met, which a count off it already tells; it times nothing
 *  the count could be set against. */
const holdingOnly = (w: { held: boolean; shift?: unknown }): boolean => w.held && w.shift === undefined;

const edgesOwnDay = (day: Expr): boolean => (day.kind === 'weekday' ? day.stated.rel === 1 || day.stated.rel === -1 : !KIND_TRAITS[day.kind].relative);

/** Whether the words between a round and a day after it leave the day the round's: no comma, no other verb,
 *  no «و» opening another clause with the day. */
const ownDayAfter = (gap: string): boolean => !/[،,]/u.test(gap) && !/(?:^|\s)[وف]$/u.test(gap.trimEnd()) && !otherVerbBetween(gap);

/** Distance in days from `d` to the span [lo, hi]. */
const off = (d: number, lo: number, hi: number): number => (d < lo ? lo - d : d > hi ? d - hi : 0);

/** A round's opening or closing reported in the lead with no day: the article is that day, or (told
 *  in the past) the day after, decaying fast. */
function edgeClue(r: Expr, edge: EdgeVerb, params: DatingParams): Clue {
  if (edge.since) return sinceClue(r, edge, params);
  const at = (c: RoundCandidate): number => (edge.nth !== undefined ? Math.min(c.end, c.start + edge.nth - 1) : (edge.ends ? c.end : c.start) + (edge.shift ?? 0));
  const note = { code: 'edge-news' as const, point: roundPoint(edge.ends, edge.nth, edge.shift, undefined, undefined, undefined, undefined, edge.hedge), rounds: [...new Set(r.candidates.map((c) => c.round.id))], today: edge.tense !== 'past' };
  // A hedged count («قبل نحو أسبوعين») puts the news on any day of its spread, and on none past it.
  if (edge.hedge) {
    const [lo, hi] = edge.hedge.spread;
    const mass = r.candidates.reduce((m, c) => m + c.prior * (hi - lo + 1), 0);
    return {
      weight: params.edge.weight, family: 'edge', start: r.start, end: r.end, windows: r.candidates.map((c) => [at(c) + lo, at(c) + hi]), mass, note,
      score: (d) => r.candidates.reduce((m, c) => (d >= at(c) + lo && d <= at(c) + hi ? Math.max(m, c.prior) : m), 0),
    };
  }
  const reach = Math.ceil(params.edge.scale * 6);
  const past = edge.tense === 'past';
  const win = (c: RoundCandidate): DaySpan => (past ? [at(c), at(c) + reach] : [at(c) - reach, at(c) + reach]);
  // Σ e^(-k/scale) for k = 0, 1, …: once for a past edge, on both sides for today's news.
  const tail = 1 / (1 - Math.exp(-1 / params.edge.scale));
  const mass = r.candidates.reduce((m, c) => m + c.prior * (past ? tail : 2 * tail - 1), 0);
  return {
    weight: params.edge.weight, family: 'edge', start: r.start, end: r.end, windows: r.candidates.map(win), mass, note,
    score: (d) => r.candidates.reduce((m, c) => {
      const t = at(c);
      if (past && d < t) return m;
      return Math.max(m, c.prior * Math.exp(-Math.abs(d - t) / params.edge.scale));
    }, 0),
  };
}

/** An edge told «منذ»: the story is from the day after it on, fading as a round named after it does
 *  (the near clue's `after` scale): how long since is not said. */
function sinceClue(r: Expr, edge: EdgeVerb, params: DatingParams): Clue {
  const first = (c: RoundCandidate): number => (edge.ends ? c.end : c.start) + 1;
  const scale = params.near.after;
  const tail = 1 / (1 - Math.exp(-1 / scale));
  return {
    weight: params.edge.weight, family: 'edge', start: r.start, end: r.end, windows: r.candidates.map((c) => [first(c), first(c) + 6 * scale] as DaySpan),
    mass: r.candidates.reduce((m, c) => m + c.prior * tail, 0),
    note: { code: 'edge-news', point: { ...roundPoint(edge.ends, undefined, undefined, undefined), since: true }, rounds: [...new Set(r.candidates.map((c) => c.round.id))], today: false },
    score: (d) => r.candidates.reduce((m, c) => (d < first(c) ? m : Math.max(m, c.prior * Math.exp(-(d - first(c)) / scale))), 0),
  };
}

/** The present of going on («تتواصل»، «يستمر»), a few words before the round in its clause: the round is
 *  going on as the news is told, not to come (the present of other verbs often is: «تنطلق غداً»). */
const GOING_ON = MEETING_VERBS.filter((v) => v.perfect === 'تواصل' || v.perfect === 'استمر').flatMap((v) => formsOf(v).present);
const GOING_ON_BEFORE = new RegExp(`${atWordStart(`[وف]?(?:${alternation(GOING_ON)})`)}(?:\\s+[\\p{L}\\p{N}]+){0,4}\\s+$`, 'u');
const GOING_ON_REACH = 48;
function goesOnNow(r: Expr, folded: string): boolean {
  const from = Math.max(clauseAt(folded, r.sentence, r.start)[0], r.start - GOING_ON_REACH);
  return GOING_ON_BEFORE.test(folded.slice(from, r.start));
}

/** «بالتزامن مع انعقاد …» right before a round: the news is of a day of it. */
const CONCURRENT_REACH = 40;
const CONCURRENT_OPENING = meetingForms(['start']).nouns;
const CONCURRENT_CLOSING = meetingForms(['end']).nouns;
const CONCURRENT_WORK_RE = `(?:${alternation(CONCURRENT_WORK.map(foldArabic))})`;
const CONCURRENT_BEFORE = new RegExp(`${atWordStart(`(?:${alternation(CONCURRENT_WORDS.map(foldArabic))})`)}\\s+(?:(?:(?<opening>${alternation(CONCURRENT_OPENING)})|(?<closing>${alternation(CONCURRENT_CLOSING)}))\\s+(?:${CONCURRENT_WORK_RE}\\s+)?|${CONCURRENT_WORK_RE}\\s+)?$`, 'u');
/** «قتل … اليوم الثلاثاء في هجوم … ⏎ وتزامن الهجوم مع انطلاق مؤتمر بروكسل»: a sentence opened by past
 *  «تزامن», its subject a strike or blast that takes up the news, and «مع» the meeting's opening or close: an
 *  act of one day that fell on that day. Not a subject of days («وتتزامن الزيارة مع انطلاق …», a visit of
 *  three) nor the present «ويتزامن ذلك مع»: what goes on alongside a meeting may have begun before its
 *  opening, and the older concurrent reading (CONCURRENT_BEFORE) holds them. */
const CONCURRENT_FRAME = new RegExp(`^[\\s\\p{P}]*[وف]?(?:${alternation(CONCURRENT_PAST)})\\s+(?:ال)?(?:${alternation([...STRIKE_NOUNS, ...BLAST_NOUNS].map(foldArabic))})(?![\\p{L}])(?:\\s+\\p{L}+){0,2}\\s+${foldArabic('مع')}\\s+(?:(?<opening>${alternation(CONCURRENT_OPENING)})|(?<closing>${alternation(CONCURRENT_CLOSING)}))(?:\\s+${CONCURRENT_WORK_RE})?\\s+$`, 'u');

/** Whether the sentence of the story's «اليوم» puts the strike itself on that day: it names a strike or a
 *  blast (a word begun by one of their nouns, which takes in «قصفت» and «غارات»), and has no time of its own
 *  besides «اليوم» nor «منذ». «قالت مصادر اليوم الأربعاء إن القصف أسفر منذ الاثنين عن مقتل 12 مدنيا»: the
 *  shelling is a span begun on Monday, «اليوم» only the day its toll is told, and what «تزامن» with the
 *  opening may be any of its days; «أسفر القصف أمس» or «الاثنين» is a day other than the story's. */
function strikeOnToday(today: Expr, ctx: Pick<ClueContext, 'exprs' | 'folded'>): boolean {
  const [from, to] = today.sentence;
  const sentence = ctx.folded.slice(from, to);
  if (!STRIKE_IN.test(sentence) || SINCE_IN.test(sentence)) return false;
  return !ctx.exprs.some((e) => e !== today && e.kind !== 'round' && e.start >= from && e.end <= to);
}
const STRIKE_IN = new RegExp(`(?<![\\p{L}])[وف]?(?:[بل]?ال|لل)?(?:${alternation([...STRIKE_NOUNS, ...BLAST_NOUNS].map(foldArabic))})`, 'u');
const SINCE_IN = new RegExp(`(?<![\\p{L}])(?:${alternation(SINCE_PREPOSITIONS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** «ويأتي ذلك»، «تأتي الجلسة»، «ويتزامن ذلك»: the present that frames what is told alongside as today's. */
const TODAY_FRAME = new RegExp(`${atWordStart(`[وف]?(?:${alternation(TODAY_FRAME_VERBS)})`)}(?![\\p{L}])`, 'u');

/** What of the round the news is told alongside («بالتزامن مع …» right before it): any of its days, its
 *  opening or its close; or null. An edge alongside an event is that event's day, the article's only when
 *  the sentence frames the news as today's («ويأتي التصعيد بالتزامن مع انطلاق»): a review of the week
 *  tells «وتصاعدت الغارات بالتزامن مع انطلاق الجولة» as well. */
function alongside(r: Expr, folded: string): 'any' | 'opening' | 'close' | null {
  const from = Math.max(0, r.start - CONCURRENT_REACH);
  const m = CONCURRENT_BEFORE.exec(folded.slice(from, r.start));
  if (!m) return null;
  const edge = m.groups?.opening ? 'opening' : m.groups?.closing ? 'close' : null;
  if (!edge) return 'any';
  return TODAY_FRAME.test(folded.slice(clauseAt(folded, r.sentence, r.start)[0], from + m.index + m[0].length)) ? edge : null;
}

/** A round the news is told alongside: the article is one of its days, or close to them (the slack);
 *  alongside its opening or its close («بالتزامن مع انطلاق الجولة»), that day. */
function concurrentClue(r: Expr, params: DatingParams, edge?: 'opening' | 'close'): Clue;
function concurrentClue(r: Expr, params: DatingParams, edge: undefined, week: number): Clue | null;
function concurrentClue(r: Expr, params: DatingParams, edge?: 'opening' | 'close', week?: number): Clue | null {
  const days = (c: RoundCandidate): DaySpan | null => (week !== undefined ? weekSpan(c, week) : edge === 'opening' ? [c.start, c.start] : edge === 'close' ? [c.end, c.end] : [c.start, c.end]);
  // A round the catalog ends before the week told is not the one told.
  const cands = r.candidates.filter((c) => days(c) !== null);
  if (cands.length === 0) return null;
  const span = (c: RoundCandidate): DaySpan => days(c)!;
  const mass = cands.reduce((m, c) => { const [a, b] = span(c); return m + c.prior * (b - a + 1); }, 0);
  const point: RoundPoint = edge ? { edge } : { edge: 'opening', during: true, ...(week !== undefined && { week }) };
  return {
    weight: params.edge.weight, family: 'edge', start: r.start, end: r.end, windows: cands.map(span), mass,
    note: { code: 'edge-news', point, rounds: [...new Set(cands.map((c) => c.round.id))], today: true },
    score: (d) => cands.reduce((m, c) => { const [a, b] = span(c); return d >= a && d <= b ? Math.max(m, c.prior) : m; }, 0),
  };
}

/** «يوم افتتح مؤتمر جنيف 2 في مونترو»: a headline opening on «the day when» and a past verb of the meeting's
 *  edges recalls it; its edge is no news of the story's day. */
const RECALLING_HEADLINE = new RegExp(`^[\\s\\p{P}]*(?:${alternation(RECALLING_OPENERS)})\\s+(?:${alternation([...meetingForms(['start', 'end', 'held']).past])})(?![\\p{L}])`, 'u');
function recallingHeadline(r: Expr, ctx: ClueContext): boolean {
  return r.start < ctx.headlineEnd && RECALLING_HEADLINE.test(ctx.folded.slice(ctx.folded.lastIndexOf('\n', r.start) + 1, r.start));
}

/** Whether a pronoun («ه»، «ها») is of the other gender than the round's own definite noun; a name
 *  («أستانا 8») tells no gender the pronoun must agree with. */
function otherGender(pronoun: string, r: Expr, folded: string): boolean {
  if (pronoun !== 'ه' && pronoun !== 'ها') return false;
  if (!folded.startsWith('ال', r.start)) return false;
  return (pronoun === 'ها') !== feminineRound(r, folded);
}

/** Whether the round's own noun is feminine («الجولة»، «المفاوضات»): its pronoun is «ها», not «ه». */
const feminineRound = (r: Expr, folded: string): boolean => /^(?:\p{L}*(?:ه|ات))(?![\p{L}])/u.test(folded.slice(r.start, r.end));

/** The week of the round its own clause tells, with no other verb between the round and the week. */
function weekOf(r: Expr, folded: string): number | undefined {
  const clause = clauseAt(folded, r.sentence, r.start);
  const after = folded.slice(r.end, clause[1]);
  const told = roundWeek(after, folded.slice(Math.max(clause[0], r.start - 48), r.start), feminineRound(r, folded));
  return told && (told.at < 0 || !otherVerbBetween(after.slice(0, told.at))) ? told.week : undefined;
}

/** A round named with no day: news is written around the events it reports, so the article is likely
 *  near the round, before it when the round is announced; the likelihood decays with the distance. */
function nearClue(r: Expr, future: boolean, params: DatingParams): Clue {
  const { before, after, ahead, far } = params.near;
  // Announced, the round is still to come; its first day keeps some weight (a catalog's first day may
  // be the delegations' arrival, a report of the opening morning reads as to come). Most announcements
  // come days ahead, a third of them weeks or months ahead (the training articles' own): a share of the
  // weight, `far`, lies evenly over the year before the round.
  const win = (c: RoundCandidate): DaySpan => (future ? [c.start - (far > 0 ? FAR_DAYS : 6 * ahead), c.start] : [c.start - 3 * before, c.end + 6 * after]);
  const tail = (scale: number): number => 1 / (1 - Math.exp(-1 / scale));
  const sharp = tail(ahead) + ON_THE_DAY;
  // The even level that holds `far` of the announced round's mass over FAR_DAYS.
  const level = far > 0 && far < 1 ? (far / (1 - far)) * sharp / FAR_DAYS : 0;
  const mass = r.candidates.reduce((m, c) => m + c.prior * (future ? sharp + level * FAR_DAYS : c.end - c.start + 2 + tail(before) - 1 + tail(after) - 1), 0);
  return {
    weight: params.near.weight, family: 'near', start: r.start, end: r.end, windows: r.candidates.map(win), mass,
    note: { code: 'near-round', rounds: [...new Set(r.candidates.map((c) => c.round.id))], upcoming: future },
    score: (d) => r.candidates.reduce((m, c) => {
      const w = win(c);
      if (d < w[0] || d > w[1]) return m;
      if (future && d === c.start) return Math.max(m, c.prior * (ON_THE_DAY + level));
      const dist = future ? c.start - 1 - d : off(d, c.start, c.end + 1);
      const scale = future ? ahead : d < c.start ? before : after;
      return Math.max(m, c.prior * (Math.exp(-dist / scale) + (future ? level : 0)));
    }, 0),
  };
}
