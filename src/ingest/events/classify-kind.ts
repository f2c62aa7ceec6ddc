import type { Entry } from '../../lib/schemas.ts';
import { KIND_RULES } from './kind-words.ts';

const PREFIXED = new Map<string, RegExp>();

function holds(padded: string, word: string): boolean {
  if (padded.includes(` ${word} `)) return true;
  let pattern = PREFIXED.get(word);
  if (!pattern) {
    pattern = new RegExp(` [وفلبس]{1,2}(?:ال)?${word} `, 'u');
    PREFIXED.set(word, pattern);
  }
  return padded.includes(word) && pattern.test(padded);
}

/** The kind of event a clause reports, from word signals on its folded text (see KIND_RULES). */
export function classifyKind(foldedClause: string): Entry['kind'] {
  const padded = ` ${foldedClause} `;
  for (const rule of KIND_RULES) {
    if (!rule.any.some((w) => holds(padded, w))) continue;
    if (rule.all && !rule.all.every((group) => group.some((w) => holds(padded, w)))) continue;
    return rule.kind;
  }
  return 'other';
}
