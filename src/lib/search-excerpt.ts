// The excerpt under a search result: the page's visible words around the densest run of matches, with
// each match marked. Pagefind's own excerpt is cut from everything it indexed, which here includes the
// page's hidden search forms (components/SearchForms.astro): a query found only there would show the
// reader «الجولا جولا سابعا». This reads the visible words alone and marks what the reader asked for in the
// form the page prints it: a term through its particles and hamza (wordForms), a phrase in order.
import { wordForms } from './search-normalize.ts';

export interface ExcerptPart { text: string; mark: boolean }

/** Query terms to find in order (one term, a month's two words, a name in one spelling). */
export type Phrase = readonly string[];

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const DIGITS = /^\p{N}+$/u;
/** A term this long or longer also marks a word that continues it, as Pagefind continues a query word. */
const MIN_CONTINUED = 3;

/** Whether a word with these forms is this term: the same form, or one it continues. */
function matchesTerm(forms: ReadonlySet<string>, term: string): boolean {
  if (forms.has(term)) return true;
  if (term.length < MIN_CONTINUED || DIGITS.test(term)) return false;
  for (const f of forms) if (f.startsWith(term)) return true;
  return false;
}

/** The forms of a whitespace-separated token: those of each word in it («التاريخ21–25» holds two). */
function tokenForms(token: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of token.matchAll(WORD)) for (const f of wordForms(w)) out.add(f);
  return out;
}

/** For each token, whether it is part of a phrase found in order; longer phrases first. */
export function markTokens(tokens: readonly string[], phrases: readonly Phrase[]): boolean[] {
  const cache = new Map<string, Set<string>>();
  const forms = (i: number) => {
    const t = tokens[i]!;
    let f = cache.get(t);
    if (!f) cache.set(t, (f = tokenForms(t)));
    return f;
  };
  const ordered = [...phrases].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const marks = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const p = ordered.find((ph) => i + ph.length <= tokens.length && ph.every((term, j) => matchesTerm(forms(i + j), term)));
    if (p) for (let j = 0; j < p.length; j++) marks[i + j] = true;
  }
  return marks;
}

/** A window of `size` tokens holding the most marks, centred on them (the start when none is marked). */
export function densestWindow(marks: readonly boolean[], size: number): [number, number] {
  if (marks.length <= size) return [0, marks.length];
  let count = 0;
  for (let i = 0; i < size; i++) if (marks[i]) count++;
  let best = count;
  let start = 0;
  for (let s = 1; s + size <= marks.length; s++) {
    if (marks[s - 1]) count--;
    if (marks[s + size - 1]) count++;
    if (count > best) { best = count; start = s; }
  }
  if (best === 0) return [0, size];
  // The first such window ends on its last match: centred, the matches have words on both sides.
  const inside = marks.slice(start, start + size);
  const centre = start + (inside.indexOf(true) + inside.lastIndexOf(true)) / 2;
  const from = Math.max(0, Math.min(marks.length - size, Math.round(centre - size / 2)));
  return [from, from + size];
}

/** The excerpt of `tokens` (the page's visible words) for these phrases: runs of text, matches marked. */
export function searchExcerpt(tokens: readonly string[], phrases: readonly Phrase[], size = 30): ExcerptPart[] {
  const marks = markTokens(tokens, phrases);
  const [from, to] = densestWindow(marks, size);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) {
    if (i > from) push(' ', marks[i - 1]! && marks[i]!);
    push(tokens[i]!, marks[i]!);
  }
  if (to < tokens.length) push(' …', false);
  return parts;
}
