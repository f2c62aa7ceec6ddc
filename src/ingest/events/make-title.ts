import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';
import { SPEECH_VERBS } from '../../lib/lexicon/reporting-verbs.ts';
import { endsWithClosedQuote, unpairedMarks } from '../shared/balance-quotes.ts';
import { isMonthName, ORDINAL_WORDS, WEEKDAYS, withoutRelativeTime } from '../shared/relative-time.ts';
import { hasArticle, sliceWithWords, wordsOf, type Word } from './title-words-of.ts';
import { titleFaults } from '../shared/title-faults.ts';
import { nameWithoutTitle, resolveLatter, speakerOfQuotation, subjectAfter, subjectBefore, withoutAdjunct, withoutRelative, withoutSetting, type Clause } from './repair-title.ts';
import { endsOnIntent } from './split-reported.ts';
import {
  CAME_FORMULA, COMPLEMENTIZERS, CONTRAST_BEFORE_THAT, CONTRAST_OPENERS, DANGLING, FORMULA_WORDS as FORMULA_NOUNS, HAPPENING_VERBS, KANA, NAME_PARTICLES, PERSON_TITLES,
  PHRASE_OPENERS, PLACE_PREPOSITIONS, RELATIVES, SPEAKER_SETTING_WORDS,
} from '../../lib/lexicon/title-words.ts';

// A timeline label: aim for 8 words, never more than 12.
const SOFT_WORDS = 10;
const HARD_WORDS = 12;
const MIN_WORDS = 4;
// A formula's subject names no one with a weekday in it either («قالت الوزارة في بيانها، اليوم السبت»).
const FORMULA_WORDS: ReadonlySet<string> = new Set([...FORMULA_NOUNS, ...WEEKDAYS]);
const TRAILING = /[\s،,:؛;.\-–—]+$/u;
const LEADING = /^[\s،,:؛;.\-–—]+/u;

const bare = (f: string) => f.replace(/^[وفبل]/u, '');
const isFunction = (f: string) => DANGLING.has(f) || NAME_PARTICLES.has(f) || /^\d+$/u.test(f);
const opensQuote = (raw: string) => /^[«“„"(”]/u.test(raw);
const opensQuotation = (raw: string) => /^[«“„"”]/u.test(raw);
const reportingWithAnd = (f: string) => f.startsWith('و') && (ACTION_WORDS.has(f.slice(1)) || SPEECH_VERBS.has(f.slice(1)));

// An action word that is a verb, not a noun of the list («محادثات», «جولة», «اجتماع»): a verb may end before its defined object.
const isVerb = (f: string) => (ACTION_WORDS.has(f) || ACTION_WORDS.has(bare(f))) && !/(?:ات|ه|اع|ء)$/u.test(f);

/** A headline may end after word k-1 (k words): not on a dangling word, not between a first name and a surname. */
function endsWell(w: readonly Word[], k: number): boolean {
  const last = w[k - 1]!;
  const next = w[k];
  if (DANGLING.has(last.folded) || NAME_PARTICLES.has(last.folded) || last.folded === '') return false;
  if (!next || /[،,؛;:.»”)]$/u.test(last.raw)) return true;
  if (NAME_PARTICLES.has(next.folded) || ORDINAL_WORDS.has(next.folded)) return false;
  // Inside a date («يومي 7 | و8 تموز»): its day numbers and month go together.
  if ((/^\d+$/u.test(last.folded) || isMonthName(last.folded)) && (/^و?\d+$/u.test(next.folded) || isMonthName(next.folded))) return false;
  if (/^\d+$/u.test(last.folded) && isMonthName(next.folded)) return false;
  // «جولة تاسعة من محادثات | السلام»: a bare noun before a defined one is a construct; its second half completes it.
  if (!hasArticle(last.raw) && !isFunction(last.folded) && /^[«“„"(”]?ال/u.test(next.raw) && !opensQuote(next.raw) && !isVerb(last.folded) && !DANGLING.has(next.folded)) return false;
  // «وزير الدفاع سيرغي | شويغو»: two bare words (no article, not particles) after a defined title are one name.
  const prev = w[k - 2];
  // «و» with a preposition («وبشكل») starts a phrase, not a surname.
  const nameLike = (x: Word) => !hasArticle(x.raw) && !isFunction(x.folded) && !ACTION_WORDS.has(bare(x.folded)) && !/[،,؛;:.]$/u.test(x.raw) && !/^و[بل]/u.test(x.folded);
  return !(prev && hasArticle(prev.raw) && !/[،,؛;:.]$/u.test(prev.raw) && nameLike(last) && nameLike(next) && !opensQuote(next.raw));
}

/** A clause boundary after word k-1: a comma, semicolon or colon, a closed quotation, or a relative, a quote or «و» + reporting verb next. */
function boundary(text: string, w: readonly Word[], k: number): boolean {
  const last = w[k - 1]!;
  const next = w[k];
  if (!next) return true;
  // «…الأعمال، أنّ الاجتماعات ستبدأ»: a comma before a complementizer does not end the clause.
  if (COMPLEMENTIZERS.has(next.folded)) return false;
  if (/[،,؛;:]$/u.test(last.raw) || endsWithClosedQuote(text.slice(0, last.end))) return true;
  const secondPerson = next.folded.startsWith('و') && PERSON_TITLES.has(next.folded.slice(1));
  const contrast = CONTRAST_OPENERS.has(next.folded) || (CONTRAST_BEFORE_THAT.has(next.folded) && COMPLEMENTIZERS.has(w[k + 1]?.folded ?? ''));
  return RELATIVES.has(next.folded) || opensQuotation(next.raw) || reportingWithAnd(next.folded) || secondPerson || contrast;
}

/** Words to skip when the sentence opens with a formula that names no one («جاء ذلك في», «وأضاف أن», «وقال المصدر إن»). */
function formulaLength(w: readonly Word[]): number {
  const first = bare(w[0]?.folded ?? '');
  if ((CAME_FORMULA.verbs as readonly string[]).includes(first) && w[1]) {
    let k = (CAME_FORMULA.pointers as readonly string[]).includes(w[1].folded) ? 2 : 1;
    if (w[k] && (CAME_FORMULA.prepositions as readonly string[]).includes(w[k]!.folded)) k++;
    if (w[k]?.folded === 'لسان') k++;
    return k > 1 ? k : 0;
  }
  if (!SPEECH_VERBS.has(first)) return 0;
  for (let j = 1; j < Math.min(w.length, 9); j++) {
    const f = w[j]!.folded;
    if (COMPLEMENTIZERS.has(f)) return j + 1;
    if (f === 'الي' && w[j + 1] && COMPLEMENTIZERS.has(w[j + 1]!.folded)) return j + 2;
    if (/[:：]$/u.test(w[j - 1]!.raw)) return j;
    if (!FORMULA_WORDS.has(f)) return 0;
  }
  return 0;
}

/** Nothing but a formula: a reporting verb, a generic source, where and when («قالت الوزارة في بيانها، اليوم السبت»). */
function saysNothing(w: readonly Word[]): boolean {
  return w.length < 5 || w.every((x, i) => (i === 0 ? SPEECH_VERBS.has(bare(x.folded)) || ACTION_WORDS.has(bare(x.folded)) : FORMULA_WORDS.has(x.folded) || x.folded === ''));
}

/** How many words the headline keeps: a clause boundary near 12 words first, else a phrase that completes, never fewer than `least`. */
function chooseCut(text: string, w: readonly Word[], least = MIN_WORDS, budget = HARD_WORDS): number {
  const soft = Math.min(SOFT_WORDS, budget);
  if (w.length <= soft && endsWell(w, w.length)) return w.length;
  const ok = (k: number) => k >= least && endsWell(w, k);
  const strong = (k: number) => ok(k) && boundary(text, w, k);
  const last = Math.min(budget, w.length);
  for (let k = Math.min(soft, last); k >= 6; k--) if (strong(k)) return k;
  for (let k = soft + 1; k <= last; k++) if (strong(k)) return k;
  // A short clause only when it holds the action («تعقد الجلسات العامة، غدا الثلاثاء»), not a lead-in («بناءً على النداء الجماعي،»).
  const acts = (k: number) => w.slice(0, k).some((x) => ACTION_WORDS.has(bare(x.folded)) || ACTION_WORDS.has(x.folded));
  for (let k = 5; k >= 4; k--) if (strong(k) && acts(k)) return k;
  // Before a second defined noun joined by «و» («… لافرنتييف | والوفد المرافق»), or a phrase of place or manner.
  // Not right after the verb of a title told subject first («الاجتماع السابق … عقد | في مدينة …»): it says nothing yet.
  const verbAt = w.findIndex((x) => isVerb(x.folded));
  const placeCut = (k: number) => ok(k) && k !== verbAt + 1 && (PHRASE_OPENERS.has(w[k]?.folded ?? '') || /^وال/u.test(w[k]?.folded ?? ''));
  for (let k = Math.min(soft, last); k >= 7; k--) if (placeCut(k)) return k;
  // Past 10 words, before a phrase of place or manner («… مناطق خفض توتر | في سوريا») rather than inside a noun phrase.
  for (let k = soft + 1; k <= last; k++) if (ok(k) && PHRASE_OPENERS.has(w[k]?.folded ?? '')) return k;
  for (let k = soft; k <= last; k++) if (ok(k)) return k;
  for (let k = Math.min(soft, last) - 1; k >= 1; k--) if (ok(k)) return k;
  return last;
}

/** `title` without the words at its end that wait for more («… جرى الاتفاق على»). */
function withoutDanglingEnd(title: string): string {
  const w = wordsOf(title);
  let k = w.length;
  while (k > 1 && (DANGLING.has(w[k - 1]!.folded) || NAME_PARTICLES.has(w[k - 1]!.folded))) k--;
  return k === w.length ? title : title.slice(0, w[k - 1]!.end);
}

/** Opening marks whose closing is past the cut: cut before them, or drop the mark when only a formula stands before it. */
function balance(title: string): string {
  let t = title;
  for (let guard = 0; guard < 8; guard++) {
    const marks = unpairedMarks(t);
    if (marks.length === 0) break;
    const m = marks.find((x) => x.open) ?? marks[0]!;
    const before = t.slice(0, m.at).replace(TRAILING, '');
    const lead = wordsOf(before);
    // A quotation introduced by «أن», «إن» or a colon is what the statement says: keep its words, drop the mark.
    const introduced = /[:：]\s*$/u.test(t.slice(0, m.at)) || COMPLEMENTIZERS.has(lead[lead.length - 1]?.folded ?? '');
    if (m.open && !introduced && !saysNothing(lead)) t = withoutDanglingEnd(before);
    else t = `${t.slice(0, m.at)}${t.slice(m.at + 1)}`.replace(/\s{2,}/gu, ' ');
  }
  return t.replace(TRAILING, '').trim();
}

const MAX_SPEAKER_WORDS = 5;

/**
 * Whether a word of `text` is a verb of saying, with or without a letter written onto it: speakerOf
 * finds a speaker only after one, as the first word of the text without its relative times, and every
 * word of that text folds as a word of this one (what dropping a time adds to a word or takes off it is
 * marks, which folding drops). So a quote without one is no statement, and its relative times need not
 * be taken out to learn it: most quotes a title is drafted from (every action word of a story).
 */
function mayOpenStatement(text: string): boolean {
  for (const x of wordsOf(text)) if (SPEECH_VERBS.has(x.folded) || SPEECH_VERBS.has(x.folded.slice(1))) return true;
  return false;
}

/** Words of the named speaker of «قال/أكد/أعلن <speaker> أن <claim>», and where the claim starts; null when the speaker names no one. */
function speakerOf(w: readonly Word[]): { speaker: Word[]; claimAt: number } | null {
  if (!SPEECH_VERBS.has(bare(w[0]?.folded ?? ''))) return null;
  for (let j = 1; j < Math.min(w.length, 12); j++) {
    const colon = /[:：]$/u.test(w[j - 1]!.raw);
    if (!COMPLEMENTIZERS.has(w[j]!.folded) && !colon) continue;
    let speaker = w.slice(1, colon && !COMPLEMENTIZERS.has(w[j]!.folded) ? j : j);
    // «نقلت الوكالة عن الوزارة أن»: the speaker is whom the words are from.
    const from = speaker.findIndex((x) => x.folded === 'عن');
    if (from >= 0) speaker = speaker.slice(from + 1);
    const setting = speaker.findIndex((x) => SPEAKER_SETTING_WORDS.has(x.folded));
    if (setting >= 0) speaker = speaker.slice(0, setting);
    // «وزير الخارجية الروسي، سيرغي لافروف،»: the name in apposition is the speaker.
    const commas = speaker.map((x, k) => (/[،,]$/u.test(x.raw) ? k : -1)).filter((k) => k >= 0 && k < speaker.length - 1);
    if (commas.length > 0) {
      const named = speaker.slice(commas[commas.length - 1]! + 1);
      if (named.length <= 3) speaker = named;
    }
    const claimAt = colon && !COMPLEMENTIZERS.has(w[j]!.folded) ? j : j + 1;
    // Someone: a word that is not the formula's, not a particle; a title («وزير الخارجية») names a person.
    const named = speaker.some((x) => !FORMULA_WORDS.has(x.folded) && (!isFunction(x.folded) || PERSON_TITLES.has(x.folded)));
    // A claim opens with its subject or verb; one that opens with a preposition («: في الخامس عشر») is not the statement.
    const opensClaim = !DANGLING.has(w[claimAt]?.folded ?? '');
    if (!named || !opensClaim || speaker.length > MAX_SPEAKER_WORDS || w.length - claimAt < 3 || !endsWell(speaker, speaker.length)) return null;
    return { speaker, claimAt };
  }
  return null;
}

/** The headline's words from `rest`, cut to at most `budget` words at the best place, quotation marks paired. */
function cutTitle(rest: string, w: readonly Word[], least: number, budget = HARD_WORDS): string {
  const cut = Math.min(chooseCut(rest, w, least, budget), w.length);
  return balance(w.length === 0 ? rest : rest.slice(0, w[cut - 1]!.end)).replace(LEADING, '');
}

// «وكان دي ميستورا (قد) أعلن …»: the pluperfect names its subject between «كان» and the verb, where a
// title started at the verb would lose it.
const MAX_SUBJECT_WORDS = 5;

/** The quote told verb first from «كان <subject> (قد) <verb at `from`> …»: «<verb> <subject> …»; null without a subject. */
function pluperfect(quote: string, from: number): string | null {
  const before = wordsOf(sliceWithWords(quote, 0, from));
  const k = before.findLastIndex((x) => KANA.has(x.folded));
  if (k === -1) return null;
  let subject = before.slice(k + 1);
  if (subject.at(-1)?.folded === 'قد') subject = subject.slice(0, -1);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS || DANGLING.has(subject.at(-1)!.folded) || subject.some((x) => (DANGLING.has(x.folded) && !PERSON_TITLES.has(x.folded)) || /[،,:؛;.]$/u.test(x.raw))) return null;
  const named = quote.slice(subject[0]!.start, subject.at(-1)!.end);
  const verb = wordsOf(sliceWithWords(quote, from))[0]!;
  const after = quote.slice(from + verb.end);
  return `${verb.raw} ${named}${after}`;
}

// «تمت أمس عند معبر أبو الزندين … في منطقة الباب عملية لتبادل المحتجزين»: a verb of happening puts
// where before what happened; a title cut from the verb holds only the where.

/**
 * `rest` as «<verb> <what happened> …» when it opens «<verb of happening> <where…> <what>»: the where is
 * left out (as a time is), so the words stay in the source's order. Else `rest`.
 */
function whatHappenedFirst(rest: string): string {
  const w = wordsOf(rest);
  if (!HAPPENING_VERBS.has(w[0]?.folded ?? '') || !PLACE_PREPOSITIONS.has(w[1]?.folded ?? '')) return rest;
  let i = 1;
  // Each phrase: a preposition, then its nouns up to the first defined one («عند معبر أبو الزندين») and
  // the defined adjectives after it («في القاعة الكبرى»).
  while (i < w.length && PLACE_PREPOSITIONS.has(w[i]!.folded)) {
    i++;
    while (i < w.length && !hasArticle(w[i]!.raw) && !/[،,:؛;.]$/u.test(w[i]!.raw)) i++;
    if (i < w.length && /[،,:؛;.]$/u.test(w[i]!.raw)) return rest;
    i++;
    while (i < w.length && hasArticle(w[i]!.raw) && !/[،,:؛;.]$/u.test(w[i - 1]!.raw)) i++;
  }
  const what = w[i];
  if (!what || hasArticle(what.raw) || isFunction(what.folded) || DANGLING.has(what.folded) || /[،,:؛;.]$/u.test(w[i - 1]!.raw)) return rest;
  return `${w[0]!.raw} ${rest.slice(what.start)}`;
}

/**
 * A short headline from the quote's own words, in their order (nothing added but the colon of
 * «speaker: claim»): from the first word reporting the action, past an opening formula that names no
 * one, without the times that only the article's date explains («أمس», «الخميس المقبل»), ending at a
 * clause boundary near 8-10 words and never past 12 (never on a dangling word or inside a name),
 * quotation marks paired. A statement whose speaker the text names reads «لافروف: …».
 * `continuation` is the text right after the clause (the rest of its quote or sentence): a clause
 * that says nothing by itself («قالت الوزارة في بيانها، اليوم السبت:») runs on into it.
 */
function draftTitle(quote: string, actionAt: number, continuation = ''): string {
  let from = actionAt > 0 && actionAt < quote.length ? actionAt : 0;
  // Told verb first, a statement reads «speaker: claim». Other verbs keep their cut from the verb on: with
  // the subject before it, the 12 words end before what was done («دي ميستورا أعلن في مؤتمر صحافي عقده»).
  const told = from > 0 ? pluperfect(quote, from) : null;
  if (told && speakerOf(wordsOf(withoutRelativeTime(told)))) return draftTitle(told, 0, continuation);
  // A statement told from its verb («ولفت المركز … إلى أنه …»): the title starts there, whatever action word comes later.
  if (from > 0 && mayOpenStatement(quote) && speakerOf(wordsOf(withoutRelativeTime(quote)))) from = 0;
  // An action word near the end ("… إلى طاولة المفاوضات") leaves no headline after it: start at the clause.
  // The part from the action word, split from the quote's words (mayOpenStatement has them).
  const tail = from > 0 ? sliceWithWords(quote, from) : quote;
  if (from > 0 && wordsOf(tail).length < MIN_WORDS) from = 0;
  let rest = whatHappenedFirst(withoutRelativeTime(from > 0 ? tail : quote));
  const after = withoutRelativeTime(continuation);
  let w = wordsOf(rest);
  let least = MIN_WORDS;
  if (after && (saysNothing(w) || endsOnIntent(rest)) && wordsOf(after).length > 0) {
    // The formula stays (it is this event: the statement) and the headline runs on into what it says.
    least = w.length + 3;
    rest = `${rest} ${after.trim()}`;
    w = wordsOf(rest);
  }
  const said = speakerOf(w);
  if (said) {
    const speaker = rest.slice(said.speaker[0]!.start, said.speaker.at(-1)!.end).replace(TRAILING, '');
    const claim = rest.slice(w[said.claimAt]!.start);
    const title = cutTitle(claim, wordsOf(claim), 3, HARD_WORDS - said.speaker.length);
    if (wordsOf(title).length >= 3) return `${speaker}: ${title}`;
  }
  if (least === MIN_WORDS) {
    const skip = formulaLength(w);
    if (skip > 0 && w.length - skip >= MIN_WORDS) {
      rest = rest.slice(w[skip]!.start);
      w = wordsOf(rest);
    }
  }
  return cutTitle(rest, w, Math.min(least, HARD_WORDS)) || cutTitle(withoutRelativeTime(quote), wordsOf(withoutRelativeTime(quote)), 1);
}

// In order: who acted first (a headline needs its subject), then what may be left out between the verb
// and what it needs, then a title before a name (the name stays).
const REPAIRS: Array<(c: Clause, context: string) => Clause | null> = [
  // Told subject first, where it spoke comes out too («دي ميستورا أعلن [في مؤتمر صحافي عقده في موسكو] إجراء …»).
  (c) => {
    const s = subjectBefore(c);
    return s && (withoutSetting(s) ?? s);
  },
  resolveLatter,
  speakerOfQuotation,
  (c) => subjectAfter(c),
  (c) => withoutRelative(c),
  (c) => withoutSetting(c),
  (c) => withoutAdjunct(c),
  (c) => nameWithoutTitle(c),
];

/**
 * The headline of `draftTitle`; when it fails the lint (titleFaults: a fragment, a dangling word …), the
 * clause rewritten by the repairs in turn, each on the last one that mended a fault, and the first
 * headline that passes.
 * None passes: the first draft. `context` is the text before the clause (its sentence and the one
 * before), where «الأخير» finds whom it stands for.
 */
export function makeTitle(quote: string, actionAt: number, continuation = '', context = ''): string {
  const first = draftTitle(quote, actionAt, continuation);
  let faults = titleFaults(first).length;
  if (faults === 0) return first;
  let clause: Clause = { text: quote, at: actionAt > 0 && actionAt < quote.length ? actionAt : 0 };
  for (const repair of REPAIRS) {
    const next = repair(clause, context);
    if (!next) continue;
    const title = draftTitle(next.text, next.at, continuation);
    const left = titleFaults(title).length;
    if (left === 0) return title;
    // A rewrite that mends nothing is not kept («بدوره» is no subject).
    if (left < faults) [clause, faults] = [next, left];
  }
  return first;
}
