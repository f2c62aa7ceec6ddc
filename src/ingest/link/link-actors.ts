import { mentions } from '../../lib/actor-match.ts';
import type { ActorMatcher } from './actor-matcher.ts';
import { foldWords } from '../shared/fold-words.ts';

/**
 * Actors and places (catalog ids) named in a quote, each once, in sorted order (guards: src/lib/actor-match.ts).
 * `folded` is the quote's foldWords, when the caller has it already.
 */
export function linkActors(quote: string, matcher: ActorMatcher, folded = foldWords(quote)): { actors: string[]; places: string[] } {
  const actors = new Set<string>();
  const places = new Set<string>();
  for (const { actor } of mentions(folded, matcher)) {
    if (actor) (actor.kind === 'place' ? places : actors).add(actor.id);
  }
  return { actors: [...actors].sort(), places: [...places].sort() };
}
