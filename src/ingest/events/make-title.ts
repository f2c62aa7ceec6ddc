import { foldFast } from '../clean/fold-fast.ts';
import { ACTION_WORDS } from './action-words.ts';
import { endsWithClosedQuote, unpairedMarks } from './balance-quotes.ts';
import { COMPLEMENTIZERS, DANGLING, FORMULA_WORDS, NAME_PARTICLES, RELATIVES, SPEECH_VERBS } from './title-words.ts';

const SOFT_WORDS = 12;
const HARD_WORDS = 15;
const MIN_WORDS = 4;
const TRAILING = /[\s،,:؛;.\-–—]+$/u;

interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], folded: foldFast(m[0]).replace(/[^\p{L}\p{N}]/gu, ''), start: m.index, end: m.index + m[0].length }));
}

const bare = (f: string) => f.replace(/^[وفبل]/u, '');
// The article is written with a bare alif: «ألكسندر», «إيران» begin with a hamza and are not defined words.
const hasArticle = (raw: string) => /^[«“„"(”]?(?:[وفب]?ال|[وف]?لل)/u.test(raw);
const isFunction = (f: string) => DANGLING.has(f) || NAME_PARTICLES.has(f) || /^\d+$/u.test(f);
const opensQuote = (raw: string) => /^[«“„"(”]/u.test(raw);
const opensQuotation = (raw: string) => /^[«“„"”]/u.test(raw);
const reportingWithAnd = (f: string) => f.startsWith('و') && (ACTION_WORDS.has(f.slice(1)) || SPEECH_VERBS.has(f.slice(1)));

/** A headline may end after word k-1 (k words): not on a dangling word, not between a first name and a surname. */
function endsWell(w: readonly Word[], k: number): boolean {
  const last = w[k - 1]!;
  const next = w[k];
  if (DANGLING.has(last.folded) || NAME_PARTICLES.has(last.folded) || last.folded === '') return false;
  if (!next || /[،,؛;:.»”)]$/u.test(last.raw)) return true;
  if (NAME_PARTICLES.has(next.folded)) return false;
  // «وزير الدفاع سيرغي | شويغو»: two bare words (no article, not particles) after a defined title are one name.
  const prev = w[k - 2];
  const nameLike = (x: Word) => !hasArticle(x.raw) && !isFunction(x.folded) && !ACTION_WORDS.has(bare(x.folded)) && !/[،,؛;:.]$/u.test(x.raw);
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
  return RELATIVES.has(next.folded) || opensQuotation(next.raw) || reportingWithAnd(next.folded);
}

/** Words to skip when the sentence opens with a formula that names no one («جاء ذلك في», «وأضاف أن», «وقال المصدر إن»). */
function formulaLength(w: readonly Word[]): number {
  const first = bare(w[0]?.folded ?? '');
  if ((first === 'جاء' || first === 'جاءت') && w[1]) {
    let k = ['ذلك', 'هذا', 'هذه'].includes(w[1].folded) ? 2 : 1;
    if (w[k] && ['في', 'علي', 'خلال', 'عبر', 'ضمن'].includes(w[k]!.folded)) k++;
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

// Prepositions that open a phrase of place, time or manner: a weaker place to end («…أمس الثلاثاء | عبر دائرة…»).
const PHRASE_OPENERS = new Set(['في', 'علي', 'عبر', 'خلال', 'مع', 'حول', 'بشان', 'منذ', 'لدي', 'عند', 'وسط', 'بحضور', 'برعايه', 'بمشاركه', 'تحت']);

/** How many words the headline keeps: a clause boundary near 12 words first, else a phrase that completes, never fewer than `least`. */
function chooseCut(text: string, w: readonly Word[], least = MIN_WORDS): number {
  if (w.length <= SOFT_WORDS) return w.length;
  const ok = (k: number) => k >= least && endsWell(w, k);
  const strong = (k: number) => ok(k) && boundary(text, w, k);
  const last = Math.min(HARD_WORDS, w.length);
  for (let k = SOFT_WORDS; k >= 8; k--) if (strong(k)) return k;
  for (let k = SOFT_WORDS + 1; k <= last; k++) if (strong(k)) return k;
  // A short clause only when it holds the action («تعقد الجلسات العامة، غدا الثلاثاء»), not a lead-in («بناءً على النداء الجماعي،»).
  const acts = (k: number) => w.slice(0, k).some((x) => ACTION_WORDS.has(bare(x.folded)) || ACTION_WORDS.has(x.folded));
  for (let k = 7; k >= 5; k--) if (strong(k) && acts(k)) return k;
  for (let k = SOFT_WORDS; k >= 9; k--) if (ok(k) && PHRASE_OPENERS.has(w[k]?.folded ?? '')) return k;
  for (let k = SOFT_WORDS; k <= last; k++) if (ok(k)) return k;
  for (let k = SOFT_WORDS - 1; k >= MIN_WORDS; k--) if (ok(k)) return k;
  return SOFT_WORDS;
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
    if (m.open && !introduced && !saysNothing(lead)) t = before;
    else t = `${t.slice(0, m.at)}${t.slice(m.at + 1)}`.replace(/\s{2,}/gu, ' ');
  }
  return t.replace(TRAILING, '').trim();
}

/**
 * A short headline cut from the quote itself (nothing added, nothing reworded, words in their order):
 * from the first word reporting the action, past an opening formula that names no one, ending at a
 * clause boundary near 12 words (never on a dangling word or inside a name), quotation marks paired.
 * `continuation` is the text right after the clause (the rest of its quote or sentence): a clause
 * that says nothing by itself («قالت الوزارة في بيانها، اليوم السبت:») runs on into it.
 */
export function makeTitle(quote: string, actionAt: number, continuation = ''): string {
  let from = actionAt > 0 && actionAt < quote.length ? actionAt : 0;
  // An action word near the end ("… إلى طاولة المفاوضات") leaves no headline after it: start at the clause.
  if (from > 0 && wordsOf(quote.slice(from)).length < MIN_WORDS) from = 0;
  let rest = quote.slice(from);
  let w = wordsOf(rest);
  let least = MIN_WORDS;
  if (continuation && saysNothing(w) && wordsOf(continuation).length > 0) {
    // The formula stays (it is this event: the statement) and the headline runs on into what it says.
    least = w.length + 3;
    rest += continuation;
    w = wordsOf(rest);
  } else {
    const skip = formulaLength(w);
    if (skip > 0 && w.length - skip >= MIN_WORDS) {
      rest = rest.slice(w[skip]!.start);
      w = wordsOf(rest);
    }
  }
  const cut = Math.min(chooseCut(rest, w, least), w.length);
  const title = balance(w.length === 0 ? rest : rest.slice(0, w[cut - 1]!.end));
  return title || quote.slice(0, 80).trim();
}
