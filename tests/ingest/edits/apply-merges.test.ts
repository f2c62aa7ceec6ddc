// The editor's merges (`merge_into:`) on the seeds' committed entries: two entries a maintainer reads as
// one event become one, and the merged one's reports and ids go with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { applyMerges } from '../../../src/ingest/edits/apply-merges.ts';
import { editLookup } from '../../../src/ingest/edits/edit-lookup.ts';
import type { EntryEdit } from '../../../src/ingest/edits/entry-edit.ts';
import type { MergedEntry } from '../../../src/ingest/shared/merged-entry.ts';
import { renderEntryFile } from '../../../src/ingest/write/plan-files.ts';
import type { Entry } from '../../../src/lib/schemas.ts';
import { ROOT } from '../run-ingest.ts';

function builtEntry(id: string): MergedEntry {
  const file = matter(readFileSync(join(ROOT, 'content/entries', `${id}.mdx`), 'utf8'));
  return { entry: file.data as Entry, aliases: [id], summary: file.content.trim() };
}

// The Kazakh ministry's announcement that de Mistura will come (21 December 2017) and the same
// ministry's report that he arrives (dated the 22nd): one event told twice, in two buckets.
const ANNOUNCED = '003-6054453d1942b8b0-4ab5fd';
const ARRIVES = '003-6054453d1942b8b0-e56084';
const OPENING = '000-db2cdda413b17d13-f6135a';
const merge = (id: string, into: string, line: number): EntryEdit => ({ id, line, column: 1, reason: 'الخبر نفسه', mergeInto: { id: into, line: line + 1, column: 3 } });
const lookup = (edits: EntryEdit[], redirects: Record<string, string> = {}) => editLookup({ edits, held: [] }, redirects);

describe('applyMerges', () => {
  it("the merged entry's sources, actors and ids join the target, which keeps its title, date and kind", () => {
    const drafts = [builtEntry(ANNOUNCED), builtEntry(ARRIVES), builtEntry(OPENING)];
    const out = applyMerges(drafts, lookup([merge(ARRIVES, ANNOUNCED, 2)]));
    expect(out.refused).toEqual([]);
    expect([...out.gone]).toEqual([ARRIVES]);
    const [a, b] = [drafts[0]!.entry, drafts[1]!.entry];
    const joined = out.targets.get(ANNOUNCED)!;
    expect(joined.aliases).toEqual([ANNOUNCED, ARRIVES]);
    expect(joined.entry).toMatchObject({ id: ANNOUNCED, title: a.title, date: a.date, kind: a.kind });
    expect(joined.entry.sources.map((s) => s.quote)).toEqual([...a.sources, ...b.sources].map((s) => s.quote));
    // The joined report keeps the day it gave, which is not the target's.
    expect(joined.entry.sources.at(-1)!.date).toBe(b.date);
    expect(joined.entry.actors).toEqual([...new Set([...a.actors, ...b.actors])].sort());
    expect(joined.entry.edited).toEqual({ fields: [], merged: [{ id: ARRIVES, title: b.title, date: b.date, reason: 'الخبر نفسه' }], generated: {} });
    const file = renderEntryFile(joined);
    expect('mdx' in file && matter(file.mdx).data.edited).toEqual({ fields: [], merged: [{ id: ARRIVES, title: b.title, date: b.date, reason: 'الخبر نفسه' }], generated: {} });
  });

  it('a chain ends at its last entry; a target named by a retired id follows the lock', () => {
    const drafts = [builtEntry(ANNOUNCED), builtEntry(ARRIVES), builtEntry(OPENING)];
    const out = applyMerges(drafts, lookup([merge(ARRIVES, ANNOUNCED, 2), merge(ANNOUNCED, '003-6054453d1942b8b0-000000', 6)], { '003-6054453d1942b8b0-000000': OPENING }));
    expect(out.refused).toEqual([]);
    expect([...out.gone].sort()).toEqual([ANNOUNCED, ARRIVES]);
    expect(out.targets.get(OPENING)!.aliases).toEqual([OPENING, ANNOUNCED, ARRIVES]);
    expect(out.targets.get(OPENING)!.entry.edited!.merged!.map((m) => m.id)).toEqual([ANNOUNCED, ARRIVES]);
  });

  it('a cycle, or a target that is no entry, is refused and changes nothing', () => {
    const drafts = [builtEntry(ANNOUNCED), builtEntry(ARRIVES), builtEntry(OPENING)];
    const cycle = applyMerges(drafts, lookup([merge(ARRIVES, ANNOUNCED, 2), merge(ANNOUNCED, ARRIVES, 6), merge(OPENING, '000-db2cdda413b17d13-000000', 10)]));
    expect(cycle.gone.size).toBe(0);
    expect(cycle.targets.size).toBe(0);
    expect(cycle.refused.map((r) => [r.edit.id, r.reason.replace(/:.*/, '')])).toEqual([
      [OPENING, '`merge_into'],
      [ANNOUNCED, '`merge_into` goes round in a circle (`003-6054453d1942b8b0-4ab5fd` → `003-6054453d1942b8b0-e56084`)'],
      [ARRIVES, '`merge_into` goes round in a circle (`003-6054453d1942b8b0-4ab5fd` → `003-6054453d1942b8b0-e56084`)'],
    ]);
    expect(cycle.refused[0]!.reason).toContain('names no entry');
  });
});
