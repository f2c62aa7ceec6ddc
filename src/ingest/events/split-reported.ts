import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import type { TimeExpression } from '../dating-contract.ts';
import { ATTACHED_PREFIX } from '../shared/action-words.ts';
import { REPORTING_WORDS } from '../../lib/lexicon/reporting-verbs.ts';
import { firstAction } from './has-action.ts';
import type { Span } from './span.ts';

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

/**
 * Where a clause reporting a statement should be cut so that the statement (dated by when it was
 * made) and the event it reports (dated by its own expression) become two events: at the first
 * "أن/إن" after a word of saying that lies between two dates, when the part after it has an action.
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
    for (const m of gap.matchAll(COMPLEMENTIZER)) {
      const cut = before.end + m.index;
      if (!reports(text.slice(from, cut))) continue;
      if (firstAction(text.slice(cut, span.end)) === -1) break;
      cuts.push(cut);
      from = cut;
      break;
    }
  }
  return cuts;
}
