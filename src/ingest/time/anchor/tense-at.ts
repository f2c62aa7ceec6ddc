// The tense of the clause an expression sits in, from the nearest marker before it in its sentence
// (a future particle or a frequent past verb) or a future qualifier right after it. Null when the
// clause says nothing: callers must then not constrain anything by tense.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Tense } from '../types.ts';
import { alternation } from '../constants.ts';
import { rememberRecent } from '../../../lib/remember-recent.ts';
import { FUTURE_COPULAS, FUTURE_FORM_EXCEPTIONS, FUTURE_FORM_EXCEPTION_STEMS, FUTURE_MARKERS, PAST_MARKERS, PAST_NEGATIONS } from '../../../lib/lexicon/tense-markers.ts';
import { COMING_WORDS } from '../../../lib/lexicon/coming-words.ts';
import { meetingForms } from '../../../lib/lexicon/meeting-verbs.ts';
import { APPOINTMENT_NOUNS, COMPLEMENTIZERS, GOVERNING_PREPOSITIONS, PLANNING_NOUNS, SETTING_PREPOSITIONS, REFERENT_WORDS, RELATIVE_PRONOUNS, RELATIVE_PRONOUNS_MORE } from '../../../lib/lexicon/clause-words.ts';
import { AFTER_WORDS, BEFORE_WORDS, DEADLINE_PREPOSITIONS, OFFSET_PREPOSITIONS, SINCE_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { EARLIER_ADJECTIVES, PERIOD_WORDS, RELATIVE_TIME_LEAD_INS, TIMES_OF_DAY } from '../../../lib/lexicon/time-words.ts';
import { DAY_NUMBER_LEADS, MONTH_NAMES, WEEKDAY_LEADS, WEEKDAY_NAMES } from '../../../lib/lexicon/calendar.ts';
import { ORDINAL_UNITS } from '../../../lib/lexicon/numbers.ts';
import { ROUND_DISCUSSION_NOUNS, ROUND_NOUNS_SINGULAR, ROUND_WORK_NOUNS, SITTING_WORDS } from '../../../lib/lexicon/talks.ts';
import { stemsBeforePronoun } from '../../shared/stems-before-pronoun.ts';
import { hasSurrogate, isLetterUnit } from '../../shared/unit-class.ts';
import { pluperfectPattern } from './recalled.ts';

const NOT_FUTURE_PREFIX = new RegExp(`^(?:${alternation(FUTURE_FORM_EXCEPTION_STEMS)})`, 'u');

const FUTURE = new Set(FUTURE_MARKERS.map(foldArabic));
const PAST = new Set(PAST_MARKERS.map(foldArabic));
const WORD = /[\p{L}]+/gu;
const FUTURE_AFTER = new RegExp(`^[\\s،,]*(?:${alternation(COMING_WORDS)})(?![\\p{L}])`, 'u');

// س + an imperfect prefix (ي ت ن) + a stem is a future verb (سيغادر، ستضاعف، سنبدأ), except for nouns
// and names that begin the same way.
const FUTURE_FORM = /^[وف]?س[يتن]\p{L}{3,}$/u;
const NOT_FUTURE = new Set(FUTURE_FORM_EXCEPTIONS.map(foldArabic));

// «التي استضافتها عمّان»: a feminine past verb with its object pronoun is that past verb (a noun in ة
// with a pronoun, «جولتها», strips to no verb of the list).
const PAST_WITH_OBJECT = /(?<=ت)(?:ها|هما|هم|ه)$/u;

// Every word before an expression in its sentence is read, for every expression: the same words over
// and over, so each word's reading is kept (rememberRecent).
const WORDS_KEPT = 50_000;

const markerOf = rememberRecent((word: string): Tense => {
  for (const w of [word, word.replace(/^[وف]/, '')]) {
    if (FUTURE.has(w)) return 'future';
    if (PAST.has(w) || PAST.has(w.replace(PAST_WITH_OBJECT, ''))) return 'past';
  }
  if (FUTURE_FORM.test(word) && !NOT_FUTURE.has(word) && !NOT_FUTURE.has(word.replace(/^[وف]/, '')) && !NOT_FUTURE_PREFIX.test(word.replace(/^[وف]/, ''))) return 'future';
  return null;
}, WORDS_KEPT);

/** Whether a folded word is a verb whose form tells its tense (a past form, a future one). */
export const isTensedVerb = (word: string): boolean => markerOf(word) !== null;

const MEETING_WORDS = new Set(Object.values(meetingForms(['start', 'held', 'continue', 'end'])).flat().map(foldArabic));
const PAST_NEGATION = new Set(PAST_NEGATIONS.map(foldArabic));
// «مشاورات أجراها»، «التي بدأها»: a verb with its object pronoun (a final ى written ا before it). Only
// after a relative pronoun or an indefinite plural it describes: elsewhere the same letters are as
// often a verbal noun with its possessive («المقرر عقدها الخميس»، «نفيها»، «قصفها»).
const OBJECT = /(?:ها|هما|هم)$/u;
const RELATIVE = new Set([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE].map(foldArabic));
const INDEFINITE_PLURAL = /^[وف]?(?!ال)\p{L}{2,}ات$/u;
const objectMayFollow = (previous: string | undefined): boolean => previous !== undefined && (RELATIVE.has(previous) || INDEFINITE_PLURAL.test(previous));
const markerWithObject = rememberRecent((word: string): Tense => {
  if (!OBJECT.test(word) || word.length < 5) return null;
  const stem = word.replace(OBJECT, '');
  for (const w of stem.endsWith('ا') ? [stem, `${stem.slice(0, -1)}ي`] : [stem]) {
    const t = markerOf(w);
    if (t) return t;
  }
  return null;
}, WORDS_KEPT);

/** The tense of a word with the one before it: an imperfect after لم is past («لم تشهد»، «ولم تعقد»),
 *  whatever its form says alone. */
function markerAfter(word: string, previous: string | undefined): Tense {
  const t = markerOf(word) ?? (objectMayFollow(previous) ? markerWithObject(word) : null);
  if (previous !== undefined && (PAST_NEGATION.has(previous) || PAST_NEGATION.has(previous.replace(/^[وف]/u, ''))) && (t !== null || MEETING_WORDS.has(word))) return 'past';
  return t;
}
/** «قال إن الجولة العشرين ستكون الأخيرة»، «ستكون حاسمة»: a round that will be something is told what it
 *  will be, not when it meets: read as to come, a story written at its close was dated before it. The
 *  copula tells a time when a time, a place or a figure follows it («ستكون الجولة المقبلة يوم 21»، «ستكون
 *  في أستانا»، «ستكون الأسبوع المقبل»), and is still read so then, as before any other word but a
 *  definite one or an adjective's feminine. */
const FUTURE_COPULA = new Set(FUTURE_COPULAS.map(foldArabic));
/** The copula with و or ف written onto it («وستكون»), as markerOf reads every marker. */
const isFutureCopula = (word: string): boolean => FUTURE_COPULA.has(word.replace(/^[وف]/u, ''));
const WHEN_WORDS = new Set([...RELATIVE_TIME_LEAD_INS, ...DAY_NUMBER_LEADS, ...Object.keys(PERIOD_WORDS), ...WEEKDAY_LEADS, ...TIMES_OF_DAY,
  ...Object.values(WEEKDAY_NAMES).flat(), ...Object.values(MONTH_NAMES).flat(), ...GOVERNING_PREPOSITIONS].map(foldArabic));
const statePredicate = (next: string | undefined): boolean => next !== undefined && !WHEN_WORDS.has(next) && !WHEN_WORDS.has(next.replace(/^[وفبل]/u, '')) &&
  (next.startsWith('ال') || /\p{L}{3,}ه$/u.test(next));
/** The first word after `end`, if a letter starts it (a figure or a mark ends the look). */
const wordAfter = (folded: string, end: number): string | undefined => /^\s*(\p{L}+)/u.exec(folded.slice(end, end + 40))?.[1];

const GOVERNING = new Set(GOVERNING_PREPOSITIONS.map(foldArabic));
/** A meeting's word after a preposition that governs it: a verbal noun, not a verb. */
function isVerbalNoun(word: string, previous: string | undefined): boolean {
  return previous !== undefined && GOVERNING.has(previous) && (MEETING_WORDS.has(word) || markerOf(word) !== null);
}

/** «، مع بدء سريان هدنة جديدة الأربعاء»: a meeting's noun that a word of setting governs past a comma is
 *  another event beside the clause's, with no tense of the clause's verb. */
const SETTING = new Set(SETTING_PREPOSITIONS.map(foldArabic));
const isSetting = (w: string | undefined): boolean => w !== undefined && (SETTING.has(w) || SETTING.has(w.replace(/^[وف]/u, '')));

/** «، مع انطلاق المفاوضات الخميس»، «مع انعقاد الجلسة الافتتاحية»: the round's own work or its sittings (not
 *  «جلسة لمجلس الأمن», another body's), its edge told again, keeps the clause's tense. */
const ROUND_WORK = new RegExp(`^[وف]?(?:(?:ال)?(?:${alternation([...ROUND_WORK_NOUNS, ...ROUND_NOUNS_SINGULAR])})|ال(?:${alternation(SITTING_WORDS)})|${alternation(ROUND_DISCUSSION_NOUNS)})(?:ها|ه)?$`, 'u');
/** Whether a folded word names the round's own work, sittings or discussions, with its pronoun or none. */
export const isRoundWork = (word: string): boolean => ROUND_WORK.test(word);

/** «وحدد الخميس موعداً لانطلاق الجولة»: a time named as a meeting's appointment was fixed by the clause's
 *  act, and may fall on either side of the story whatever that act's tense; not in a pluperfect («وكانت قد
 *  حددت الخميس موعداً …»: fixed and past), nor a time a noun of it follows in construct («الجمعة موعد
 *  انتهائها»). */
const FIXED_AFTER = new RegExp(`^\\s*(?:${alternation(APPOINTMENT_NOUNS)})\\s+ل`, 'u');

const isGoverning = (w: string): boolean => GOVERNING.has(w) || GOVERNING.has(w.replace(/^[وف]/u, ''));

const PLANNING = new Set(PLANNING_NOUNS.map(foldArabic).map((w) => w.replace(/^ال/u, '')));
/** «ترتيبها»، «والتحضير»، «للاستعدادات»: a planning noun with its article, a joined preposition or a pronoun. */
const isPlanning = rememberRecent((word: string): boolean => {
  const bare = word.replace(/^(?:[وف]?(?:بال|لل|ال|ب|ل)?)/u, '');
  return PLANNING.has(bare) || stemsBeforePronoun(bare).some((stem) => PLANNING.has(stem));
}, WORDS_KEPT);

/** «ترتيبات سابقة»: a planning noun an «earlier» qualifies is done, not planned. */
const EARLIER = new Set(EARLIER_ADJECTIVES.map(foldArabic));

/** «قبل أن يشارك»، «بعد أن»، «منذ أن»: أن after a word of time opens no reported clause; the verb after it
 *  is in the subjunctive, with the tense of the clause it is in, not one of its own. */
const OFFSET_THEN = new RegExp(`(?<![\\p{L}])(?:${alternation(OFFSET_PREPOSITIONS.map(foldArabic))})\\s+$`, 'u');
const THAT = foldArabic('أن');
const subjunctiveAt = (text: string, end: number): boolean => end >= 0 && OFFSET_THEN.test(text.slice(Math.max(0, end - 12), end));

/** A quotation or a colon opens a new clause: "وجاء في البيان: في 15 حزيران سيعقد اللقاء". */
const QUOTE_OPEN = [':', '：', '«', '"', '“'];
/** The quotes' closers; a straight quote closes itself. */
const QUOTE_CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
/** Where the last quote `q` opens in `before`, when it is still open there: «شهد اختتام الجولة من مفاوضات
 *  "جنيف 3"، يوم الأربعاء» quotes a name, closed before the time, whose tense is still the clause's. */
function openQuoteAt(before: string, q: string): number {
  const at = before.lastIndexOf(q);
  const close = QUOTE_CLOSE[q];
  if (at < 0 || close === undefined) return at;
  if (close === q) return before.split(q).length % 2 === 0 ? at : -1;
  return before.indexOf(close, at) >= 0 ? -1 : at;
}
const REPORTED = new RegExp(`(?<![\\p{L}])(?:${alternation(COMPLEMENTIZERS)})(?![\\p{L}])`, 'gu');

/** «بعد»، «عقب»، «إثر», and with و or ف before them. */
const AFTER = new Set(AFTER_WORDS.map(foldArabic).flatMap((w) => [w, `و${w}`, `ف${w}`]));
/** «قبل»، «قبيل»، or a count and «من» between them and an event's noun («قبل ساعات من انطلاق»). */
const AHEAD_OF = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(BEFORE_WORDS.map(foldArabic))})(?:\\s+\\p{L}+){0,2}\\s+(?:من\\s+)?$`, 'u');
const AHEAD_OF_REACH = 32;
/** A relative pronoun with no comma after it: the words after it are its clause. */
const RELATIVE_OPEN = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation([...RELATIVE_PRONOUNS, ...RELATIVE_PRONOUNS_MORE].map(foldArabic))})(?![\\p{L}])[^،,]*$`, 'u');
/** «اليوم» the story's day, not a round's Nth day («اليوم الثاني»). */
const TODAY_IN = new RegExp(`(?<![\\p{L}])[وف]?${foldArabic('اليوم')}(?![\\p{L}])(?!\\s+(?:${alternation(ORDINAL_UNITS.map(([m]) => m))})(?![\\p{L}]))`, 'u');
/** «منذ 30 كانون الأول»: a day counted from is behind the speaker, even in «لا تزال قائمة منذ». */
export const SINCE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(SINCE_PREPOSITIONS.map(foldArabic))})\\s*(?:يوم\\s+)?$`, 'u');

/** «على غرار اجتماع العقبة»، «استكمالاً لاجتماعات العقبة»، «بموجب اتفاق موسكو»: the model or ground named
 *  right before a meeting (with ل written onto it or not); that meeting has been held. */
export const REFERENT_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(REFERENT_WORDS.map(foldArabic))})\\s*(?:لل|ل)?$`, 'u');

/** «بحلول 15 تشرين الأول»، «بحلول يوم 15»: a deadline's day. */
export const DEADLINE_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(DEADLINE_PREPOSITIONS.map(foldArabic))})\\s*(?:يوم\\s+)?$`, 'u');

/** The first tense marker in the words after `end`, up to a complementizer or the sentence's end. The
 *  words are read one by one up to the marker: most often it is one of the first. */
function tenseAfter(folded: string, end: number, sentenceEnd: number): Tense {
  let after = folded.slice(end, Math.min(sentenceEnd, end + 80));
  const reported = after.search(REPORTED);
  if (reported >= 0) after = after.slice(0, reported);
  let previous: string | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(after); m; m = WORD.exec(after)) {
    const t = markerAfter(m[0], previous);
    if (t === 'future' && isFutureCopula(m[0]) && statePredicate(wordAfter(after, m.index + m[0].length))) return null;
    if (t) return t;
    previous = m[0];
  }
  return null;
}

/** The words of `text` as WORD reads them, last first, each with where it starts, read only when asked:
 *  the words before an expression are read back from it, and the marker that decides is most often a few
 *  words back. A letter outside the first plane (a surrogate pair) is read by WORD itself, which takes it
 *  whole. */
function wordsBackward(text: string): () => { w: string; at: number } | undefined {
  if (hasSurrogate(text)) {
    const words = [...text.matchAll(WORD)];
    let i = words.length;
    return () => { const m = words[--i]; return m && { w: m[0], at: m.index }; };
  }
  let end = text.length;
  return () => {
    while (end > 0 && !isLetterUnit(text.charCodeAt(end - 1))) end--;
    if (end === 0) return undefined;
    const wordEnd = end;
    while (end > 0 && isLetterUnit(text.charCodeAt(end - 1))) end--;
    return { w: text.slice(end, wordEnd), at: end };
  };
}

export function tenseAt(folded: string, start: number, end: number, sentenceStart: number, sentenceEnd = folded.length, weekday = false): Tense {
  if (isLineLabel(folded, start, end)) return null;
  if (SINCE_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 12), start))) return 'past';
  if (REFERENT_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 20), start))) return 'past';
  if (FUTURE_AFTER.test(folded.slice(end, end + 16))) return 'future';
  if (FIXED_AFTER.test(folded.slice(end, end + 16)) && !PLUPERFECT_FRAME.test(lastClause(folded.slice(Math.max(sentenceStart, start - PLUPERFECT_FRAME_REACH), start)))) return null;
  const deadline = DEADLINE_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 12), start));
  // A deadline is met when a past verb after it says so («وبحلول 20 كانون الثاني كانت الفصائل قد انسحبت»).
  if (deadline && tenseAfter(folded, end, sentenceEnd) === 'past') return 'past';
  const from = Math.max(sentenceStart, start - 120);
  let before = folded.slice(from, start);
  let cut = -1;
  for (const q of QUOTE_OPEN) cut = Math.max(cut, openQuoteAt(before, q));
  // "قال الوزير إن الجولة ستعقد …": what is reported after إن/أن has its own tense, not the reporting verb's.
  REPORTED.lastIndex = 0;
  for (let m = REPORTED.exec(before); m; m = REPORTED.exec(before)) if (!(m[0] === THAT && subjunctiveAt(before, m.index))) cut = Math.max(cut, m.index + m[0].length - 1);
  // «وكانت الخارجية قد أعلنت أن الاجتماع سيعقد بين 8 و10 الجاري»: what a pluperfect reported was to come
  // then, which says nothing of now: its future is no tense of the story's.
  const toldThen = cut >= 0 && PLUPERFECT_FRAME.test(lastClause(folded.slice(Math.max(sentenceStart, from + cut - PLUPERFECT_FRAME_REACH), from + cut + 1)));
  if (cut >= 0) before = before.slice(cut + 1);
  const tense = tenseInClause(folded, before, end, sentenceEnd, deadline, weekday);
  return toldThen && tense === 'future' ? null : tense;
}

/** «الأحد: وفد الهيئة يلتقي المبعوث» in a digest: a time that labels its line, a colon after it, is the
 *  item's and tells no tense; the headline's present of the item is no future. */
const LABEL_AFTER = /^\s*[:：]/u;
const LABEL_BEFORE = /(?:^|\n)[\s\-–—•*]*$/u;
function isLineLabel(folded: string, start: number, end: number): boolean {
  return LABEL_AFTER.test(folded.slice(end, end + 4)) && LABEL_BEFORE.test(folded.slice(Math.max(0, start - 8), start));
}

/** The text after its last comma or semicolon: «وكان الوفد قد هدد بالمقاطعة، لكن مصدراً قال اليوم إن …»
 *  reports in the present, the pluperfect another clause's. */
const lastClause = (text: string): string => text.slice(Math.max(text.lastIndexOf('،'), text.lastIndexOf(','), text.lastIndexOf('؛'), text.lastIndexOf(';')) + 1);

/** «كان … قد»: a pluperfect before a reported clause, and how far before the clause it may start. */
const PLUPERFECT_FRAME = pluperfectPattern();
const PLUPERFECT_FRAME_REACH = 90;

/** «وصل الوفد مساء الأربعاء، قبل ساعات من انطلاق الجولة صباح الخميس»: an event's noun at `at` that the
 *  clause's event comes ahead of is later than it, and a time told of it takes neither the clause's tense
 *  nor one of its own. When the clause is today's («اليوم الأربعاء») or still to come, a weekday of that
 *  event is to come; not the event itself nor a period told of it, which a future reads as announced, weeks
 *  off; nor when what comes ahead is a past act of its own, a relative clause's or the last verb's («المشاورات
 *  التي بدأها قبل انطلاق الجولة الثلاثاء»، «مشاورات بدأها قبل …»; not one of today, «التي وصلت اليوم», nor
 *  one to come, «التي سيواصلها»). Undefined when no
 *  «قبل» stands before the noun. */
function aheadOf(folded: string, before: string, at: number, sentenceEnd: number, weekday: boolean): Tense | undefined {
  const lead = before.slice(Math.max(0, at - AHEAD_OF_REACH), at);
  const ahead = AHEAD_OF.exec(lead);
  if (!ahead) return undefined;
  const earlier = before.slice(0, at - lead.length + ahead.index);
  const toCome = (clause: string): boolean => tenseInClause(folded, clause, sentenceEnd, sentenceEnd, false) === 'future';
  const act = RELATIVE_OPEN.exec(earlier)?.[0] ?? lastVerbOn(earlier);
  if (act !== undefined && !TODAY_IN.test(act) && !toCome(act)) return null;
  return weekday && (TODAY_IN.test(earlier) || toCome(earlier)) ? 'future' : null;
}

/** The text from the last verb whose form tells its tense to the end: «يواصل الوفد اليوم مشاورات بدأها »
 *  → «بدأها »; the act a «قبل» after it comes ahead of. */
function lastVerbOn(text: string): string | undefined {
  const back = wordsBackward(text);
  for (let w = back(), preceding = back(); w !== undefined; w = preceding, preceding = back()) if (markerAfter(w.w, preceding?.w) !== null) return text.slice(w.at);
  return undefined;
}

/** Where the last clause joined by «، و» or «، ف» begins in `text`, or 0. */
const COORDINATED = /[،,]\s*(?=[وف]\p{L})/gu;
function lastCoordinated(text: string): number {
  let at = 0;
  for (const m of text.matchAll(COORDINATED)) at = m.index + m[0].length;
  return at;
}

/** The tense read back from the clause's words before the expression (`before`), else after it. */
function tenseInClause(folded: string, before: string, end: number, sentenceEnd: number, deadline: boolean, weekday = false): Tense {
  const back = wordsBackward(before);
  // Whether a word after the one read governs (those read before it).
  let governingAfter = false;
  // The word read before this one: the next in the text.
  let later: string | undefined;
  for (let current = back(), preceding = back(); current !== undefined; later = current.w, current = preceding, preceding = back()) {
    const word = current.w;
    const previous = preceding?.w;
    // «يتطلع الضامنون إلى عقد الجولة»، «دعا إلى انعقاد»، «أعلن عن عقد»: after إلى, على or عن a meeting's
    // word is its verbal noun, and what it names has no tense of its own nor the governing verb's. (A ل
    // of purpose, «تمهيداً لعقد الجلسة الثلاثاء», is still to come: the markers around it say so.)
    if (isVerbalNoun(word, previous)) return deadline ? 'future' : null;
    if (isSetting(previous) && MEETING_WORDS.has(word) && markerOf(word) === null && /[،,]\s*$/u.test(before.slice(0, preceding!.at)) && !(later !== undefined && isRoundWork(later))) return null;
    if (MEETING_WORDS.has(word) && markerOf(word) === null) {
      const ahead = aheadOf(folded, before, current.at, sentenceEnd, weekday);
      if (ahead !== undefined) return ahead;
    }
    // «يجتمع الوزراء اليوم في القاهرة، بعد الاجتماع التشاوري في جدة في 14 نيسان»: what follows «بعد»
    // came before the clause's event, not at its time: it takes neither the clause's tense nor its own.
    // So after «بعد انتهاء …»، «بعد أن انتهت …»: an edge's noun or «أن» between them.
    // When the act it comes after is today's («يواصل الوفد اليوم مشاوراته، بعد انطلاق الجولة الثلاثاء») or
    // past, what came before it is past too. That act is the last verb's, or a coordinated clause's whose
    // verb is not read: «يصل الوفد اليوم، ويعقد لقاءات بعد انطلاق الجولة الثلاثاء»، «…، ويبدؤون اجتماعاتهم
    // بعد …» are to come.
    if (AFTER.has(word) && (later === undefined || later.startsWith('ال') || /^\d/u.test(later) || MEETING_WORDS.has(later) || later === THAT)) {
      const earlier = before.slice(0, current.at);
      const verb = lastVerbOn(earlier) ?? earlier;
      const act = earlier.slice(Math.max(earlier.length - verb.length, lastCoordinated(earlier)));
      return TODAY_IN.test(act) || tenseInClause(folded, act, sentenceEnd, sentenceEnd, false) === 'past' ? 'past' : null;
    }
    if (isPlanning(word) && !(later !== undefined && EARLIER.has(later))) return 'future';
    // «نيتها عقد لقاء»: a word of meeting right after a noun of planning is what is planned, no verb.
    if (previous !== undefined && isPlanning(previous) && (MEETING_WORDS.has(word) || markerOf(word) !== null)) return 'future';
    // The subjunctive after «قبل أن» («… في العاشر، قبل أن يشارك الرئيس في القمة»): the clause's tense is
    // read on, before it.
    if (previous === THAT && subjunctiveAt(before, preceding!.at)) continue;
    const t = markerAfter(word, previous);
    // «وستكون هذه الجولة الأخيرة»: the copula right before the expression, its predicate right after it.
    if (t === 'future' && later === undefined && isFutureCopula(word) && statePredicate(wordAfter(folded, end))) return null;
    // «انسحبت الفصائل بحلول 15 تشرين الأول»: the clause's own past verb met the deadline; one that governs
    // an aim through على/إلى/عن («توافقا على إنشاء منطقة … بحلول») set it, still to come.
    if (t && deadline) return t === 'past' && !governingAfter ? 'past' : 'future';
    if (t) return t;
    governingAfter ||= isGoverning(word);
  }
  if (deadline) return 'future';
  // Nothing before: the verb may follow its time ("في 15-16 حزيران 2022 في نورسلطان ... سيعقد اللقاء").
  return tenseAfter(folded, end, sentenceEnd);
}
