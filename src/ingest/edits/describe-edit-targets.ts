import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MergeOutcome } from './apply-merges.ts';
import type { EditSet } from './entry-edit.ts';
import { followRedirects, type EditFor } from './edit-lookup.ts';

/**
 * Warnings for the edits that do not name a live entry: an id merged into another entry or retired
 * with a successor in ids.lock.json (the edit follows it, and the warning says to which id), an id
 * that exists nowhere, and an edit another edit of the same entry overrules. `editFor` is the lookup
 * the run applied, `entries` this run's entries and `redirects` the lock written with them; `merges`
 * what became of the edits that merge an entry into another: a refused one is an error at its
 * `merge_into:` line (its entry keeps its published file).
 */
export function describeEditTargets(
  file: string,
  set: Pick<EditSet, 'edits'>,
  entries: readonly { id: string; aliases: readonly string[] }[],
  redirects: Readonly<Record<string, string>>,
  editFor: EditFor,
  merges: Pick<MergeOutcome, 'applied' | 'refused'> = { applied: [], refused: [] },
): Diagnostic[] {
  // Without edits there is nothing to describe: the maps below cost a pass over every entry's aliases.
  if (set.edits.length === 0 && merges.refused.length === 0) return [];
  const live = new Map(entries.map((e) => [e.id, e] as const));
  const mergedInto = new Map(entries.flatMap((e) => e.aliases.filter((a) => a !== e.id).map((a) => [a, e.id] as const)));
  const out: Diagnostic[] = [];
  const applied = new Set(merges.applied);
  for (const { edit, reason } of merges.refused) out.push({ file, line: edit.mergeInto!.line, column: edit.mergeInto!.column, severity: 'error', rule: 'edit-merge', reason });
  const refused = new Set(merges.refused.map((r) => r.edit));
  for (const edit of set.edits) {
    // A merged entry's id is now its target's alias: the edit is where it should be.
    if (applied.has(edit) || refused.has(edit)) continue;
    const warn = (rule: string, reason: string) => out.push({ file, line: edit.line, column: edit.column, severity: 'warning', rule, reason });
    const successor = followRedirects(edit.id, redirects);
    const target = live.has(edit.id) ? edit.id : mergedInto.get(edit.id) ?? (live.has(successor) ? successor : undefined);
    if (target === undefined) {
      warn('edit-unknown-id', `no entry \`${edit.id}\`: this edit changes nothing (a mistyped id, or its article was removed; ids.lock.json names no successor)`);
      continue;
    }
    const entry = live.get(target)!;
    const taken = editFor(entry.id, entry.aliases);
    if (taken !== edit) {
      const by = taken === 'held' ? 'a malformed edit holds it' : `the edit at line ${taken?.line} applies to it`;
      warn('edit-overruled', `entry \`${target}\` takes one edit and ${by}: this edit of \`${edit.id}\` is not applied; join the two`);
    } else if (target !== edit.id && mergedInto.get(edit.id) === target) {
      warn('edit-followed', `entry \`${edit.id}\` was merged into \`${target}\`: the edit applies to \`${target}\` (name it so in edits.yaml)`);
    } else if (target !== edit.id) {
      warn('edit-followed', `entry \`${edit.id}\` no longer exists: ids.lock.json names \`${target}\` as its successor, and the edit applies to it (rename the key in edits.yaml)`);
    }
  }
  return out;
}
