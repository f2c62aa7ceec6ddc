import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import type { TimeExpression } from '../dating-contract.ts';
import { ORDINALS } from '../../lib/lexicon/numbers.ts';
import { LIST_ITEM_WORDS } from '../../lib/lexicon/clause-words.ts';
import { firstAction } from './has-action.ts';
import type { Span } from './span.ts';

// Words that open the next item of a list of dated events: «الأول في 3 آذار، والثاني في 17 نيسان»,
// «… الاثنين، ثم الأربعاء». The first item keeps the verb; the others drop it.
const ITEM_WORDS = new Set([...LIST_ITEM_WORDS, ...Object.keys(ORDINALS).filter((w) => w.startsWith('ال') && !w.includes(' '))].map((w) => foldArabic(w)));

const words = (s: string) => [...s.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ word: foldArabic(m[0]), at: m.index }));

/** True when `clause` opens as a later item of a list («والثاني في 17 نيسان», «ثم الأربعاء …»). */
export function opensListItem(clause: string): boolean {
  const first = words(clause)[0]?.word ?? '';
  return ITEM_WORDS.has(first.replace(/^و/u, ''));
}

/**
 * Where a clause with several dates is cut into one event per date: before a later item of a list
 * («الأولى في 5 شباط والثانية في 20 شباط») or before a verb joined by «و» that has a date of its own
 * («وصل الوفد الاثنين وغادر الأربعاء»). Returns the cut offsets, in order.
 */
export function splitList(text: string, dates: readonly TimeExpression[]): number[] {
  const cuts: number[] = [];
  const ordered = [...dates].sort((a, b) => a.start - b.start);
  for (let k = 1; k < ordered.length; k++) {
    const from = ordered[k - 1]!.end;
    const gap = text.slice(from, ordered[k]!.start);
    const item = words(gap).find(({ word }) => ITEM_WORDS.has(word.replace(/^و/u, '')) || (word.startsWith('و') && firstAction(word) === 1));
    if (item) cuts.push(from + item.at);
  }
  return cuts;
}

/** The verb's part of a list's first item: the text up to the last clause mark before its first date («وعقد الطرفان لقاءين،»). */
export function verbPart(text: string, group: Span, dates: readonly TimeExpression[]): string {
  const first = Math.min(...dates.map((d) => d.start));
  const head = text.slice(group.start, first);
  const mark = Math.max(head.lastIndexOf('،'), head.lastIndexOf(','), head.lastIndexOf(':'));
  return mark > 0 ? head.slice(0, mark + 1) : head;
}
