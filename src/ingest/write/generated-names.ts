// The generated files' names once a run has ended, in order. The rerun stamp hashes them sorted: sorting
// again the 31,000 names of a 10,000-article folder, for the handful a run adding one article creates or
// removes, cost more than the rest of writing the stamp.

/** Where `name` goes in the sorted `names` (by code unit, as `<` compares), searched from `from` on. */
function placeOf(names: readonly string[], name: string, from: number): number {
  let lo = from;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names `listed` at the start (sorted), less those `removed`, with those `created` in their places: sorted, as a sort of them all gives. */
export function namesAfter(listed: readonly string[], created: readonly string[], removed: ReadonlySet<string>): string[] {
  const kept = removed.size === 0 ? listed : listed.filter((name) => !removed.has(name));
  // The default comparison is by code unit too.
  const added = created.filter((name) => !removed.has(name)).sort();
  const names: string[] = [];
  let from = 0;
  for (const name of added) {
    const at = placeOf(kept, name, from);
    for (let i = from; i < at; i++) names.push(kept[i]!);
    names.push(name);
    from = at;
  }
  for (let i = from; i < kept.length; i++) names.push(kept[i]!);
  return names;
}

/**
 * Whether a name is among the sorted `names` (listGenerated's), by search: a set of the 40,000 names of a
 * 10,000-article folder, made and hashed by every run, cost more than the lookups a run adding one article
 * asks of it. Names asked in order (the articles' files, seed by seed) are found where the last one was.
 */
export function sortedLookup(names: readonly string[]): Pick<ReadonlySet<string>, 'has'> {
  // Every name before `from` sorts before the names still to be asked, while they come in order.
  let from = 0;
  return {
    has(name: string): boolean {
      if (names[from] === name) {
        from++;
        return true;
      }
      if (from > 0 && name <= names[from - 1]!) from = 0;
      const at = placeOf(names, name, from);
      const found = names[at] === name;
      from = found ? at + 1 : at;
      return found;
    },
  };
}
