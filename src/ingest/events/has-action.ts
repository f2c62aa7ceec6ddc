import { foldFast as foldArabic } from '../clean/fold-fast.ts';
import { ACTION_WORDS, ATTACHED_PREFIX } from './action-words.ts';

/** Offset (in `clause`) of the first word reporting an action, without its attached prefix; -1 if none. */
export function firstAction(clause: string): number {
  for (const m of clause.matchAll(/\p{L}+/gu)) {
    const word = foldArabic(m[0]);
    if (ACTION_WORDS.has(word)) return m.index;
    const prefix = ATTACHED_PREFIX.exec(word)?.[0] ?? '';
    for (let k = 1; k <= prefix.length; k++) {
      if (ACTION_WORDS.has(word.slice(k))) return m.index + k;
    }
  }
  return -1;
}
