import type { Actor } from '../../lib/schemas.ts';
import { actorMatcher as sharedMatcher, type ActorMatcher as SharedMatcher } from '../../lib/actor-match.ts';
import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';

// The matcher and its guards live in src/lib/actor-match.ts, shared with the site's search tagging.
export type ActorMatcher = SharedMatcher<Actor>;

/** The catalog's matcher, with the events' action words read as verbs (never first names) before «الأسد». */
export function actorMatcher(actors: readonly Actor[]): ActorMatcher {
  return sharedMatcher(actors, { isVerb: (w) => ACTION_WORDS.has(w) });
}
