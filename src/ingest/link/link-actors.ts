import type { ActorMatcher } from './actor-matcher.ts';
import { foldWords } from './fold-words.ts';

/** Actors and places (catalog ids) named in a quote, each once, in sorted order. */
export function linkActors(quote: string, matcher: ActorMatcher): { actors: string[]; places: string[] } {
  const actors = new Set<string>();
  const places = new Set<string>();
  if (!matcher.pattern) return { actors: [], places: [] };
  for (const m of foldWords(quote).matchAll(matcher.pattern)) {
    const actor = matcher.byVariant.get(m[1]!);
    if (!actor) continue;
    (actor.kind === 'place' ? places : actors).add(actor.id);
  }
  return { actors: [...actors].sort(), places: [...places].sort() };
}
