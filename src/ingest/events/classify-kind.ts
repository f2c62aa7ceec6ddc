import type { Entry } from '../../lib/schemas.ts';
import { KIND_RULES } from '../../lib/lexicon/event-kinds.ts';

// A word holds in a clause as itself or behind one or two clitics (و ف ل ب س) and the article. One
// pattern per list of words, built once: the classifier runs on every clause of the corpus, and a
// test per word per clause was a hot loop of the build step.
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => new RegExp(` (?:[وفلبس]{1,2}(?:ال)?)?(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')}) `, 'u');

const RULES = KIND_RULES.map((rule) => ({ kind: rule.kind, any: anyOf(rule.any), all: (rule.all ?? []).map(anyOf) }));

/** The kind of event a clause reports, from word signals on its folded text (see KIND_RULES). */
export function classifyKind(foldedClause: string): Entry['kind'] {
  const padded = ` ${foldedClause} `;
  for (const rule of RULES) {
    if (!rule.any.test(padded)) continue;
    if (!rule.all.every((group) => group.test(padded))) continue;
    return rule.kind;
  }
  return 'other';
}
