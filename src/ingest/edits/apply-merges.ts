import type { Entry } from '../../lib/schemas.ts';
import type { MergedEntry } from '../shared/merged-entry.ts';
import type { EditFor } from './edit-lookup.ts';
import type { EntryEdit } from './entry-edit.ts';

export interface MergeOutcome {
  /** The entries that took others in, by id: their sources, actors and places joined, `edited.merged` saying whose. */
  targets: Map<string, MergedEntry>;
  /** The ids of the entries merged away: their reports now belong to a target, their ids are its aliases. */
  gone: Set<string>;
  /** Every id of those entries (their aliases): the ids lock redirects them as the editor asked, no warning needed. */
  mergedAway: string[];
  applied: EntryEdit[];
  /** Merge edits that could not apply (no such entry, a cycle), with why: their entries stay as built. */
  refused: Array<{ edit: EntryEdit; reason: string }>;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/**
 * Whether an entry is named as the target of a merge (by its id, an alias, or where a named id's
 * redirect ends): its bucket must be merged again, as the merged entry's is, so both files agree.
 */
export function isMergeTarget(editFor: EditFor): (id: string, aliases: readonly string[]) => boolean {
  const named = new Set((editFor.merges ?? []).flatMap((e) => [e.mergeInto!.id, editFor.follow?.(e.mergeInto!.id) ?? e.mergeInto!.id]));
  if (named.size === 0) return () => false;
  return (id, aliases) => named.has(id) || aliases.some((a) => named.has(a));
}

/**
 * The editor's merges (`merge_into:`) over every entry the build step made this run (`drafts`: each
 * bucket's merged entries, of every bucket holding a merged entry or a target). An entry merged into
 * another gives it its sources, actors and places and its ids as aliases (so the ids lock redirects
 * its URL there); the target keeps its own title, date, kind and round. A chain (a into b, b into c)
 * ends at its last entry; a cycle, or a target that is no entry, is refused and changes nothing.
 */
export function applyMerges(drafts: readonly MergedEntry[], editFor: EditFor): MergeOutcome {
  const outcome: MergeOutcome = { targets: new Map(), gone: new Set(), mergedAway: [], applied: [], refused: [] };
  if (!editFor.merges?.length) return outcome;
  const byId = new Map(drafts.map((d) => [d.entry.id, d] as const));
  const byAlias = new Map(drafts.flatMap((d) => d.aliases.map((a) => [a, d] as const)));
  const find = (id: string) => {
    const followed = editFor.follow?.(id) ?? id;
    return byId.get(id) ?? byAlias.get(id) ?? byId.get(followed) ?? byAlias.get(followed);
  };
  const next = new Map<string, { into: string; edit: EntryEdit }>();
  for (const d of drafts) {
    const edit = editFor(d.entry.id, d.aliases);
    if (edit === undefined || edit === 'held' || edit.mergeInto === undefined) continue;
    const target = find(edit.mergeInto.id);
    if (target === undefined) outcome.refused.push({ edit, reason: `\`merge_into: ${edit.mergeInto.id}\` names no entry (a mistyped id, or its article was removed): \`${edit.id}\` stays as built` });
    else if (target === d) outcome.refused.push({ edit, reason: `\`${edit.mergeInto.id}\` is already part of \`${d.entry.id}\`: nothing to merge` });
    else next.set(d.entry.id, { into: target.entry.id, edit });
  }
  const inCycle = new Set<string>();
  for (const start of next.keys()) {
    const path: string[] = [];
    for (let at: string | undefined = start; at !== undefined && !inCycle.has(at); at = next.get(at)?.into) {
      const seen = path.indexOf(at);
      if (seen >= 0) {
        for (const id of path.slice(seen)) inCycle.add(id);
        break;
      }
      path.push(at);
    }
  }
  for (const id of [...inCycle].sort()) {
    const { edit } = next.get(id)!;
    outcome.refused.push({ edit, reason: `\`merge_into\` goes round in a circle (${[...inCycle].sort().map((x) => `\`${x}\``).join(' → ')}): no entry of it is merged` });
    next.delete(id);
  }
  const rootOf = (id: string): string => (next.has(id) ? rootOf(next.get(id)!.into) : id);
  const groups = new Map<string, string[]>();
  for (const id of [...next.keys()].sort()) groups.set(rootOf(id), [...(groups.get(rootOf(id)) ?? []), id]);
  for (const [root, ids] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = byId.get(root)!;
    const joined = ids.map((id) => byId.get(id)!);
    const entry: Entry = {
      ...target.entry,
      actors: joined.reduce((all, j) => union(all, j.entry.actors), target.entry.actors),
      places: joined.reduce((all, j) => union(all, j.entry.places), target.entry.places),
      flags: joined.reduce((all, j) => union(all, j.entry.flags), target.entry.flags),
      // A joined report keeps the day it gave, where that is not the target's.
      sources: [...target.entry.sources, ...joined.flatMap((j) => j.entry.sources.map((s) => ({ ...s, date: (s.date ?? j.entry.date) !== target.entry.date ? (s.date ?? j.entry.date) : undefined })))],
      edited: {
        fields: [],
        merged: joined.map((j) => ({ id: j.entry.id, title: j.entry.title, date: j.entry.date, reason: next.get(j.entry.id)!.edit.reason })),
        generated: {},
      },
    };
    outcome.targets.set(root, { entry, aliases: [...target.aliases, ...joined.flatMap((j) => j.aliases)], summary: target.summary });
    for (const id of ids) {
      outcome.gone.add(id);
      outcome.mergedAway.push(...byId.get(id)!.aliases);
      outcome.applied.push(next.get(id)!.edit);
    }
  }
  return outcome;
}
