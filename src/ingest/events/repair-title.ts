// Rewrites of a clause that let a headline cut from it stand alone, each a general shape of Arabic news:
// the subject told before the verb («وكان دي ميستورا أعلن»), after a fronted place («ستشارك في …،
// وفودٌ»), or as «الأخير»; a relative clause, a setting («في مؤتمر صحافي عقده في موسكو») or a place and
// time between a verb and what it needs; a title that stands before a name. The clause keeps its own
// words; make-title.ts tries them one after another while its headline fails the lint.
import {
  ADJUNCT_OPENERS, CAPACITY_WORDS, COMPLEMENTIZERS, DANGLING, EXPECTED_WORDS, NAME_PARTICLES, NAME_TITLES, PLANNED_OPENERS, RELATIVES, SEPARATE_PREPOSITIONS,
  SETTING_NOUNS, SUBJECT_OPENERS, THE_LATTER_MASCULINE,
} from '../../lib/lexicon/title-words.ts';
import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';
import { SPEECH_VERBS } from '../../lib/lexicon/reporting-verbs.ts';
import { withoutRelativeTime } from '../shared/relative-time.ts';
import { firstAction } from './has-action.ts';
import { hasArticle, sliceWithWords, wordsOf, type Word } from './title-words-of.ts';

/** A clause and where its action word starts in it. */
export interface Clause {
  text: string;
  at: number;
}

const ends = (w: Word) => /[،,:؛;]$/u.test(w.raw);
const bare = (f: string) => f.replace(/^[وفبل]/u, '');
const isAction = (f: string) => ACTION_WORDS.has(f) || ACTION_WORDS.has(bare(f)) || (/^س[يتن]/u.test(f) && ACTION_WORDS.has(f.slice(1)));
const openerOfPlace = (w: Word) => SEPARATE_PREPOSITIONS.has(w.folded);

/** `text` with [a, b) replaced by `by`, and the action offset moved with it. */
function splice(c: Clause, a: number, b: number, by: string): Clause {
  const text = `${c.text.slice(0, a)}${by}${c.text.slice(b)}`.replace(/[ \t]{2,}/gu, ' ');
  const at = c.at >= b ? c.at - (b - a) + by.length : Math.min(c.at, text.length);
  return { text, at };
}

// What stands between a clause's start and its subject: a complementizer, «كان», «إذ» (SUBJECT_OPENERS);
// «قد» stands between the subject and its verb.
const MAX_SUBJECT_WORDS = 7;

/**
 * «وكان دي ميستورا (قد) أعلن …», «… بأن وزراء الخارجية سيجتمعون في الدوحة»: the subject before the verb,
 * back to «كان», a complementizer or the clause's start, opens the headline.
 */
export function subjectBefore(c: Clause): Clause | null {
  const all = wordsOf(sliceWithWords(c.text, 0, c.at));
  // The capacity it acts in, between commas from «بوصفهم» to the verb: left out.
  const capacity = all.findIndex((x) => CAPACITY_WORDS.has(x.folded));
  const closing = capacity > 0 && ends(all[capacity - 1]!) ? all.slice(capacity).findIndex(ends) : -1;
  const before = closing >= 0 && capacity + closing === all.length - 1 ? all.slice(0, capacity) : all;
  let k = before.length;
  while (k > 0 && (before[k - 1]!.folded === 'قد' || /^[,،]$/u.test(before[k - 1]!.raw))) k--;
  let s = k;
  const counted = (a: number) => before.slice(a, k).filter((x) => x.folded !== '').length;
  while (s > 0 && !SUBJECT_OPENERS.has(before[s - 1]!.folded) && counted(s) <= MAX_SUBJECT_WORDS) s--;
  if (s === k || counted(s) > MAX_SUBJECT_WORDS) return null;
  let subject = before.slice(s, k);
  // «ستيفان دي ميستورا، مبعوث الأمم المتحدة لسوريا،»: who he is, between commas, stays out; a comma
  // before «و» and more of a list goes on with it («قادة إيران، وتركيا وروسيا»).
  const listGoesOn = (i: number) => i < subject.length - 2 && /^و/u.test(subject[i + 1]!.folded);
  const comma = subject.findIndex((x, i) => ends(x) && !listGoesOn(i));
  if (comma >= 0 && comma < subject.length - 1) subject = subject.slice(0, comma + 1);
  const first = subject[0]!;
  if (openerOfPlace(first) || (DANGLING.has(first.folded) && !NAME_TITLES.has(first.folded)) || isAction(first.folded) || subject.some((x) => RELATIVES.has(x.folded))) return null;
  const words = c.text.slice(first.start, subject.at(-1)!.end).replace(/[،,]\s*$/u, '');
  return { text: `${words} ${c.text.slice(c.at)}`, at: 0 };
}

/** The words of a personal name at the end of `text`: «(ستيفان دي ميستورا)», «ستافان دي ميستورا», «سيرغي لافروف» after its title. */
function lastName(text: string): string | null {
  const w = wordsOf(text);
  for (let i = w.length - 1; i >= 1; i--) {
    const x = w[i]!;
    // In parentheses after a title: the name itself.
    if (/\)[،,.]?$/u.test(x.raw)) {
      const open = w.slice(0, i + 1).findLastIndex((y) => y.raw.startsWith('('));
      if (open >= 0 && i - open <= 3 && open > 0 && w.slice(Math.max(0, open - 5), open).some((y) => NAME_TITLES.has(y.folded))) {
        return text.slice(w[open]!.start, x.end).replace(/[()،,.]/gu, '').trim();
      }
    }
    // A particle inside a name: «ستافان دي ميستورا».
    if (NAME_PARTICLES.has(x.folded) && w[i + 1] && !hasArticle(w[i + 1]!.raw)) {
      const from = i > 0 && !hasArticle(w[i - 1]!.raw) && !DANGLING.has(w[i - 1]!.folded) && !SEPARATE_PREPOSITIONS.has(w[i - 2]?.folded ?? '') ? i - 1 : i;
      return text.slice(w[from]!.start, w[i + 1]!.end).replace(/[()،,.]/gu, '').trim();
    }
    // Two words without the article after a defined title: «وزير الخارجية الروسي سيرغي لافروف».
    const prev = w[i - 1]!;
    const plain = (y: Word) => !hasArticle(y.raw) && !DANGLING.has(y.folded) && !NAME_PARTICLES.has(y.folded) && !isAction(y.folded) && !/^[\d(]/u.test(y.raw);
    if (i >= 2 && plain(x) && plain(prev) && !ends(prev) && hasArticle(w[i - 2]!.raw) && !ends(w[i - 2]!) && w.slice(Math.max(0, i - 6), i - 1).some((y) => NAME_TITLES.has(y.folded))) {
      return text.slice(prev.start, x.end).replace(/[()،,.]/gu, '').trim();
    }
  }
  return null;
}

/**
 * The short form of a name: from its particle on («دي ميستورا»); else the whole name, since a family
 * name alone may read as a word («غسان سلامة» → «سلامة»).
 */
function shortName(name: string): string {
  const w = wordsOf(name);
  const p = w.findIndex((x) => NAME_PARTICLES.has(x.folded));
  return p > 0 ? name.slice(w[p]!.start) : name;
}

/** «تأكيد الأخير …»: «الأخير» is the last person the text before it names, by his short name. */
export function resolveLatter(c: Clause, context: string): Clause | null {
  const w = wordsOf(c.text);
  const k = w.findIndex((x, i) => THE_LATTER_MASCULINE.has(x.folded) && x.start >= c.at && (i === 0 || !hasArticle(w[i - 1]!.raw)));
  if (k === -1) return null;
  const name = lastName(`${context} ${c.text.slice(0, w[k]!.start)}`);
  if (!name) return null;
  return splice(c, w[k]!.start, w[k]!.end, shortName(name));
}

/** Index of the first word after the phrases of place or time that open at word `i`, or -1 when they do not end at a comma. */
function pastFrontedPlace(w: readonly Word[], i: number): number {
  for (let k = i; k < w.length; k++) if (ends(w[k]!)) return k + 1;
  return -1;
}

/**
 * «ستشارك في المفاوضات المرتقبة …، يومي …، وفودٌ من الدول الضامنة …»: a verb, a fronted place, and its
 * subject after the comma; the subject (up to 5 words) goes right after the verb.
 */
export function subjectAfter(c: Clause): Clause | null {
  const w = wordsOf(sliceWithWords(c.text, c.at));
  if (w.length < 3 || !openerOfPlace(w[1]!)) return null;
  let k = pastFrontedPlace(w, 1);
  if (k === -1) return null;
  const place = c.text.slice(c.at).slice(w[1]!.start, w[k - 1]!.end).replace(/[،,]\s*$/u, '');
  // Segments that are only a time («يومي الـ14 والـ15 من الشهر الجاري،») are skipped.
  while (k < w.length) {
    const next = pastFrontedPlace(w, k);
    const segment = next === -1 ? '' : c.text.slice(c.at).slice(w[k]!.start, w[next - 1]!.end);
    if (next === -1 || withoutRelativeTime(segment).replace(/[\s،,]+/gu, '') !== '') break;
    k = next;
  }
  const head = w[k];
  if (!head || openerOfPlace(head) || DANGLING.has(head.folded) || isAction(head.folded)) return null;
  let e = k;
  while (e < w.length && e - k < 5 && !ends(w[e]!)) e++;
  if (e < w.length && ends(w[e]!)) e++;
  // Cut short of its comma, the subject ends on its last defined word («وفودٌ من الدول الضامنة | روسيا»).
  else {
    while (e - 1 > k && !hasArticle(w[e - 1]!.raw)) e--;
    // …and on its adjective («والمجتمع | المدني»).
    while (e < w.length && e - k < 6 && hasArticle(w[e]!.raw) && !/^و/u.test(w[e]!.folded) && !ends(w[e - 1]!)) e++;
  }
  const subject = c.text.slice(c.at).slice(head.start, w[e - 1]!.end).replace(/[،,.”"»]+$/u, '');
  return { text: `${c.text.slice(c.at, c.at + w[0]!.end)} ${subject} ${place}`, at: 0 };
}

/** A word that opens what a clause goes on to say: a verb, or «لـ» with a verbal noun («لإجراء»). */
const opensPredicate = (w: Word) => isAction(w.folded) || firstAction(w.raw) === 0 || (/^ل[^لي]/u.test(w.folded) && w.folded.length >= 4 && !DANGLING.has(w.folded));

/**
 * «المحادثات التي تتولى رعايتها روسيا وايران، …، ستجري في جلسة مغلقة», «تخصيص اليوم الأول من أعمال الجولة
 * التي ترعاها الدول الضامنة: …، لإجراء مشاورات»: the relative clause, up to the comma before what the
 * sentence goes on to say, is left out.
 */
export function withoutRelative(c: Clause): Clause | null {
  const w = wordsOf(c.text);
  const r = w.findIndex((x, i) => i > 0 && x.start > c.at - 1 && RELATIVES.has(x.folded));
  if (r === -1) return null;
  for (let k = r + 1; k + 1 < w.length; k++) {
    if (!ends(w[k]!)) continue;
    // «…، ومن المقرر أن تتواصل»: what is planned is what the sentence goes on to say.
    const planned = PLANNED_OPENERS.has(w[k + 1]!.folded) && EXPECTED_WORDS.has(w[k + 2]?.folded ?? '') && COMPLEMENTIZERS.has(w[k + 3]?.folded ?? '') ? 3 : 0;
    const next = w[k + 1 + planned];
    if (next && opensPredicate(next)) return splice(c, w[r]!.start, next.start, '');
  }
  return null;
}

/**
 * «أعلن دي ميستورا في مؤتمر صحافي عقده في موسكو إجراء …»: where the words were said, between the
 * subject and what was said, is left out (the noun, its adjectives, the verb that held it, its place).
 */
export function withoutSetting(c: Clause): Clause | null {
  const w = wordsOf(c.text);
  const j = w.findIndex((x, i) => x.start >= c.at && (x.folded === 'في' || x.folded === 'خلال') && SETTING_NOUNS.has(w[i + 1]?.folded ?? ''));
  if (j === -1) return null;
  let k = j + 2;
  while (k < w.length && !hasArticle(w[k]!.raw) && /(?:ي|يه|ك|كه)$/u.test(w[k]!.folded) && !ends(w[k - 1]!)) k++;
  // The verb that held it, with its pronoun («عقده», «ألقاها»).
  if (k < w.length && !ends(w[k - 1]!) && /(?:ه|ها)$/u.test(w[k]!.folded) && !hasArticle(w[k]!.raw) && openerOfPlace(w[k + 1] ?? w[k]!)) k++;
  while (k < w.length && !ends(w[k - 1]!) && openerOfPlace(w[k]!)) {
    k += 2;
    while (k < w.length && hasArticle(w[k]!.raw) && !ends(w[k - 1]!)) k++;
  }
  const next = w[k];
  // «خلال مؤتمر جنيف البنود»: a name after the noun may be its genitive or the object; left as it is.
  if (!next || openerOfPlace(next) || DANGLING.has(next.folded) || w.length - k < 2 || (k === j + 2 && !hasArticle(next.raw) && !isAction(next.folded))) return null;
  return splice(c, w[j]!.start, next.start, '');
}

/**
 * «توصلت روسيا وإيران وتركيا في مايو في اطار محادثات أستانة، الى اتفاق»: the place and time between the
 * subject and a complement after a comma are left out.
 */
export function withoutAdjunct(c: Clause): Clause | null {
  const w = wordsOf(c.text);
  const v = w.findIndex((x) => x.start >= c.at);
  if (v === -1) return null;
  for (let p = v + 2; p < Math.min(w.length, v + 8); p++) {
    if (!ADJUNCT_OPENERS.has(w[p]!.folded)) continue;
    for (let k = p + 1; k + 1 < w.length && k < p + 12; k++) {
      if (!ends(w[k]!)) continue;
      const next = w[k + 1]!;
      if (ADJUNCT_OPENERS.has(next.folded) || (DANGLING.has(next.folded) && next.folded !== 'الي' && next.folded !== 'علي')) break;
      return splice(c, w[p - 1]!.end - (ends(w[p - 1]!) ? 1 : 0), next.start, ' ');
    }
    return null;
  }
  return null;
}

/**
 * «مبعوث الأمم المتحدة الخاص إلى سورية ستافان دي ميستورا», «المبعوث الخاص إلى سورية (ستيفان دي ميستورا)»:
 * a title before a name leaves the name alone, by its short form when it has one («دي ميستورا»).
 */
export function nameWithoutTitle(c: Clause): Clause | null {
  const w = wordsOf(c.text);
  for (let t = 0; t < w.length; t++) {
    if (!NAME_TITLES.has(w[t]!.folded) && !NAME_TITLES.has(bare(w[t]!.folded))) continue;
    for (let n = t + 2; n < Math.min(w.length, t + 9); n++) {
      if (ends(w[n - 1]!)) break;
      const paren = w[n]!.raw.startsWith('(');
      const particle = NAME_PARTICLES.has(w[n + 1]?.folded ?? '') && !hasArticle(w[n]!.raw) && !SEPARATE_PREPOSITIONS.has(w[n - 1]!.folded);
      if (!paren && !particle) continue;
      // The name runs to its closing parenthesis, or to the word after its particle.
      const close = paren ? c.text.indexOf(')', w[n]!.start) : -1;
      if (paren && (close === -1 || close - w[n]!.start > 60)) continue;
      const end = paren ? close + 1 : w[n + 2]?.end ?? w[n + 1]!.end;
      const name = c.text.slice(w[n]!.start, end).replace(/[()]/gu, '').trim();
      const keep = t > 0 || !/^[وف]/u.test(w[t]!.raw) ? '' : w[t]!.raw[0]!;
      return splice(c, w[t]!.start, end, `${keep}${shortName(name)}`);
    }
  }
  return null;
}

const FIRST_PERSON = /^و?س?ن\S{3,}$/u;

/**
 * «وأردف المبعوث الأممي: "… وسننطلق في الثامن عشر"»: «we» in a quotation is its speaker; the clause
 * goes on from the formula that names him, the last one of the text before it.
 */
export function speakerOfQuotation(c: Clause, context: string): Clause | null {
  const first = wordsOf(sliceWithWords(c.text, c.at))[0];
  if (!first || !FIRST_PERSON.test(first.folded)) return null;
  const w = wordsOf(context);
  for (let i = w.length - 1; i >= 0; i--) {
    if (!SPEECH_VERBS.has(bare(w[i]!.folded)) && !SPEECH_VERBS.has(w[i]!.folded)) continue;
    const end = w.slice(i + 1, i + 7).findIndex((x) => /[:：]$/u.test(x.raw));
    if (end === -1) continue;
    return { text: `${context.slice(w[i]!.start, w[i + 1 + end]!.end)} ${c.text.slice(c.at)}`, at: 0 };
  }
  return null;
}
