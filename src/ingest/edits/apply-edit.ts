import { EDITABLE_FIELDS, type Edited, type Entry } from '../../lib/schemas.ts';
import type { MergedEntry } from '../shared/merged-entry.ts';
import type { EntryEdit } from './entry-edit.ts';

/**
 * The entry as the editor corrected it (`merge_into` aside: applyMerges), recording which fields changed, why, and what the build step
 * had made (so the page can show both). A field set to the value already there is no change; an edit
 * that changes nothing and removes nothing leaves the entry as built, unmarked.
 */
export function applyEdit(merged: MergedEntry, edit: EntryEdit): MergedEntry {
  const before = merged.entry;
  const after: Entry = { ...before };
  const fields: Edited['fields'] = [];
  const generated: Edited['generated'] = {};
  // Without a certainty of its own, a corrected date is what the editor knows: the day or span itself.
  const wanted: Partial<Record<(typeof EDITABLE_FIELDS)[number], unknown>> = {
    title: edit.title,
    date: edit.date,
    dateCertainty: edit.dateCertainty ?? (edit.date !== undefined ? 'exact' : undefined),
    kind: edit.kind,
    round: edit.round,
    actors: edit.actors,
  };
  for (const field of EDITABLE_FIELDS) {
    const value = wanted[field];
    const was = field === 'round' ? (before.round ?? null) : before[field];
    if (value === undefined || JSON.stringify(value) === JSON.stringify(was)) continue;
    fields.push(field);
    Object.assign(generated, { [field]: was });
    Object.assign(after, { [field]: field === 'round' && value === null ? undefined : value });
  }
  if (fields.length === 0 && !edit.removed) return merged;
  // The entries merged into this one (applyMerges, before) stay named beside the corrections.
  after.edited = { fields, removed: edit.removed, ...(before.edited?.merged ? { merged: before.edited.merged } : {}), reason: edit.reason, generated };
  return { ...merged, entry: after };
}
