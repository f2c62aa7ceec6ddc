import type { Entry } from '../../lib/schemas.ts';
import { edtfSpan, spanContains } from '../../lib/edtf.ts';
import type { RoundRef } from '../dating-contract.ts';

const EDGE_WORD: Partial<Record<Entry['kind'], string>> = { 'round-opening': 'انطلاق', 'round-closing': 'اختتام' };

/**
 * A round's opening or closing is titled from the catalog («انطلاق الجولة التاسعة من محادثات أستانا»),
 * not from the sentence that told it (often a headline's word play or a time word): only when the
 * event's date holds that edge of the round, so a statement dated days later keeps its own words.
 */
export function roundTitle(kind: Entry['kind'], round: RoundRef | undefined, date: string): string | null {
  const word = EDGE_WORD[kind];
  if (!word || !round) return null;
  const span = edtfSpan(date);
  const edge = edtfSpan(kind === 'round-opening' ? round.start : round.end);
  if (!span || !edge || !spanContains(span, edge)) return null;
  return `${word} ${round.name_ar}`;
}
