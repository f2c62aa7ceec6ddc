// The actors' name table and the shared actor matcher, built once per build from the catalog (see
// src/lib/search-names.ts and src/lib/actor-match.ts: the same guards as the build's linking).
import { catalog } from './catalog.ts';
import { actorMatcher, type ActorMatcher } from '../lib/actor-match.ts';
import { nameTable, type NameTable } from '../lib/search-names.ts';
import { ACTION_WORDS } from '../lib/lexicon/action-words.ts';

let cached: Promise<NameTable> | undefined;
let cachedMatcher: Promise<ActorMatcher> | undefined;

export function actorNameTable(): Promise<NameTable> {
  return (cached ??= catalog().then((c) => nameTable(c.actors.map((a) => ({ id: a.id, name_ar: a.data.name_ar, variants: a.data.variants, not_variants: a.data.not_variants })))));
}

export function actorNameMatcher(): Promise<ActorMatcher> {
  return (cachedMatcher ??= catalog().then((c) => actorMatcher(c.actors.map((a) => ({ ...a.data, id: a.id })), { isVerb: (w) => ACTION_WORDS.has(w) })));
}
