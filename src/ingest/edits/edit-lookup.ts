import type { EditSet, EntryEdit } from './entry-edit.ts';

/**
 * The edit an entry takes: by its id, by a report merged into it, or by the ids lock's redirects. With
 * the edits that merge an entry into another (`merges`) and how an id they name follows the lock's
 * redirects (`follow`), for the merge stage, which must see the entries of every bucket they join.
 */
export type EditFor = ((id: string, aliases: readonly string[]) => EntryEdit | 'held' | undefined) & {
  merges?: readonly EntryEdit[];
  follow?: (id: string) => string;
};

/** Where a redirect chain from `id` ends (itself when the lock does not redirect it). */
export function followRedirects(id: string, redirects: Readonly<Record<string, string>>): string {
  const seen = new Set([id]);
  let at = id;
  while (redirects[at] !== undefined && !seen.has(redirects[at]!)) {
    at = redirects[at]!;
    seen.add(at);
  }
  return at;
}

/**
 * Finds the edit for an entry. An edit names an entry by the id it had when the maintainer wrote it,
 * which may since have been merged into another entry (an alias of it) or retired with a successor
 * (the lock's redirects). The entry's own id wins over a merged report, which wins over a redirect;
 * 'held' when an edit naming it is malformed (its published file stays).
 */
export function editLookup(set: Pick<EditSet, 'edits' | 'held'>, redirects: Readonly<Record<string, string>>): EditFor {
  const byId = new Map(set.edits.map((e) => [e.id, e] as const));
  const byRedirect = new Map<string, EntryEdit>();
  // A merged entry's own id redirects to its target once published: a merge follows ids and aliases only.
  for (const e of set.edits.filter((x) => x.mergeInto === undefined)) {
    const end = followRedirects(e.id, redirects);
    if (end !== e.id && !byRedirect.has(end)) byRedirect.set(end, e);
  }
  const held = new Set(set.held.flatMap((id) => [id, followRedirects(id, redirects)]));
  if (byId.size === 0 && held.size === 0) return () => undefined;
  const lookup: EditFor = (id, aliases) => {
    if (held.has(id) || aliases.some((a) => held.has(a))) return 'held';
    return byId.get(id) ?? aliases.map((a) => byId.get(a)).find((e) => e !== undefined) ?? byRedirect.get(id);
  };
  const merges = set.edits.filter((e) => e.mergeInto !== undefined);
  return merges.length === 0 ? lookup : Object.assign(lookup, { merges, follow: (id: string) => followRedirects(id, redirects) });
}

/** Which edit (by its line) or hold each entry takes: two lookups that agree give the same content. */
export function editAssignments(entries: readonly { id: string; aliases: readonly string[] }[], editFor: EditFor): string {
  const out: string[] = [];
  for (const e of entries) {
    const edit = editFor(e.id, e.aliases);
    if (edit) out.push(`${e.id}=${edit === 'held' ? 'held' : edit.line}`);
  }
  return out.join('\n');
}
