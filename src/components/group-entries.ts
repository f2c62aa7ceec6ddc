// The entries an article, an actor or a round page lists, grouped once for the whole build: each of
// those pages filtered every entry before, 10,000 article pages × 20,000 entries at the scale.

/** Each key `keys` gives an entry, with the entries that have it, each once, in the order of `entries`. */
export function groupEntries<E>(entries: readonly E[], keys: (e: E) => Iterable<string>): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of entries) {
    for (const key of new Set(keys(e))) {
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
  }
  return groups;
}
