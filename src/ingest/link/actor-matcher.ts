import type { Actor } from '../../lib/schemas.ts';
import { foldWords } from './fold-words.ts';

export interface ActorMatcher {
  pattern: RegExp | null;
  /** Folded variant → actor; null for a phrase that holds a variant but names someone else («حافظ الأسد»). */
  byVariant: Map<string, Actor | null>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression over every folded name variant of the catalog (longest first, so
 * "ستيفان دي ميستورا" wins over "دي ميستورا", and «حافظ الأسد», a not-variant, wins over «الأسد»),
 * allowing the attached و ف ب ل ك and the article ال.
 */
export function actorMatcher(actors: readonly Actor[]): ActorMatcher {
  const byVariant = new Map<string, Actor | null>();
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const actor of sorted) {
    for (const name of actor.not_variants ?? []) {
      const folded = foldWords(name);
      if (folded.length >= 2) byVariant.set(folded, null);
    }
  }
  for (const actor of sorted) {
    for (const name of [actor.name_ar, ...actor.variants]) {
      const folded = foldWords(name);
      if (folded.length >= 2 && !byVariant.has(folded)) byVariant.set(folded, actor);
    }
  }
  if (byVariant.size === 0) return { pattern: null, byVariant };
  const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
  return { pattern: new RegExp(`(?<=^| )(?:[وفبلك]{0,2}(?:ال)?)?(${alternatives})(?= |$)`, 'gu'), byVariant };
}
