import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import type { TimeExpression } from '../dating-contract.ts';
import { ATTACHED_PREFIX } from '../shared/action-words.ts';
import { REPORTING_WORDS } from '../../lib/lexicon/reporting-verbs.ts';
import { firstAction } from './has-action.ts';
import type { Span } from './span.ts';
import { INTENT_NOUNS } from '../../lib/lexicon/complement-verbs.ts';
import { stemsBeforePronoun } from '../shared/stems-before-pronoun.ts';
import { lastWordsOf } from './last-words.ts';

// "أن/إن" (also "بأن" and with a pronoun: "أنه"، "إنها") opening what was said.
const COMPLEMENTIZER = /(?<=^|\s)(?:ب?[اأإ]ن(?:ه|ها|هم|هما)?)(?=\s)/gu;

function reports(text: string): boolean {
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = foldArabic(m[0]);
    if (REPORTING_WORDS.has(word)) return true;
    const prefix = ATTACHED_PREFIX.exec(word)?.[0] ?? '';
    for (let k = 1; k <= prefix.length; k++) if (REPORTING_WORDS.has(word.slice(k))) return true;
  }
  return false;
}

const INTENTS = new Set(INTENT_NOUNS.map(foldArabic));
const ON = foldArabic('على');

/** Whether a folded word is a noun of intending with its owner («عزمه»، «نيتها»، «واعتزامهم»). */
const ownedIntent = (folded: string): boolean => stemsBeforePronoun(folded.replace(/^و/u, '')).some((stem) => INTENTS.has(stem));

// Only a clause's last two words are asked: read from its end.
const lastWords = lastWordsOf(/^[\p{L}\p{M}]$/u);

/** Whether `clause` ends on a noun of intending with its owner, and its «على» («أكد … عزمه على»): cut
 *  there from what is intended, it says nothing by itself. Read from the end: only its last two words count. */
export function endsOnIntent(clause: string): boolean {
  const [lastWord, before] = lastWords(clause, 2);
  const last = lastWord === undefined ? '' : foldArabic(lastWord);
  if (last === ON) return before !== undefined && ownedIntent(foldArabic(before));
  return ownedIntent(last);
}

/**
 * Where what is intended starts after a noun of intending with its owner («أكد … عزمه على إعادة إطلاق
 * المفاوضات في السابع من مارس»): past the noun and its «على»; -1 when the gap has no such noun.
 */
function intended(gap: string): number {
  const words = [...gap.matchAll(/[\p{L}\p{M}]+/gu)];
  for (let i = 0; i < words.length - 1; i++) {
    if (!ownedIntent(foldArabic(words[i]![0]))) continue;
    const next = foldArabic(words[i + 1]![0]) === ON ? i + 2 : i + 1;
    return next < words.length ? words[next]!.index : -1;
  }
  return -1;
}

/**
 * Where a clause reporting a statement should be cut so that the statement (dated by when it was
 * made) and the event it reports (dated by its own expression) become two events: at the first
 * "أن/إن" after a word of saying that lies between two dates, or at what a noun of intending owned by
 * the speaker intends («عزمه على …»), when the part after it has an action.
 * Returns the cut offsets in `span`, in order (none when the clause is one event).
 */
export function splitReported(text: string, span: Span, dates: readonly TimeExpression[]): number[] {
  const cuts: number[] = [];
  const ordered = [...dates].sort((a, b) => a.start - b.start);
  let from = span.start;
  for (let k = 0; k + 1 < ordered.length; k++) {
    const before = ordered[k]!;
    const after = ordered[k + 1]!;
    if (after.start < before.end) continue;
    const gap = text.slice(before.end, after.start);
    const at = [...gap.matchAll(COMPLEMENTIZER)].map((m) => m.index);
    // «أكد عزمه على إعادة إطلاق المفاوضات»: what is intended is reported as «أن» would report it.
    const intent = intended(gap);
    if (intent !== -1) { at.push(intent); at.sort((a, b) => a - b); }
    for (const x of at) {
      const cut = before.end + x;
      if (!reports(text.slice(from, cut))) continue;
      if (firstAction(text.slice(cut, span.end)) === -1) break;
      cuts.push(cut);
      from = cut;
      break;
    }
  }
  return cuts;
}
