// The editor's layer on real entries: the seeds' committed entry files, corrected as a maintainer would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/ingest/edits/apply-edit.ts';
import type { EntryEdit } from '../../../src/ingest/edits/entry-edit.ts';
import type { MergedEntry } from '../../../src/ingest/shared/merged-entry.ts';
import { renderEntryFile } from '../../../src/ingest/write/plan-files.ts';
import type { Entry } from '../../../src/lib/schemas.ts';
import { ROOT } from '../run-ingest.ts';

/** A committed entry of the seeds as the merge stage hands it to the writer. */
function builtEntry(id: string): MergedEntry {
  const file = matter(readFileSync(join(ROOT, 'content/entries', `${id}.mdx`), 'utf8'));
  return { entry: file.data as Entry, aliases: [id], summary: file.content.trim() };
}

const edit = (id: string, fields: Omit<EntryEdit, 'id' | 'line' | 'column'>): EntryEdit => ({ id, line: 2, column: 1, ...fields });
const rendered = (e: MergedEntry) => {
  const out = renderEntryFile(e);
  if ('error' in out) throw new Error(out.error.reason);
  return matter(out.mdx).data as Entry;
};

// Chosen by what they are, not by name: the seeds are rebuilt as the build step improves.
const ALL = readdirSync(join(ROOT, 'content/entries')).filter((f) => f.endsWith('.mdx')).sort().map((f) => f.replace(/\.mdx$/, ''));
const pick = (test: (e: Entry) => boolean) => {
  const id = ALL.find((x) => test(builtEntry(x).entry));
  if (!id) throw new Error('no committed seed entry of that shape');
  return id;
};
const FRAGMENT = ALL[0]!;
const RANGE = pick((e) => e.dateCertainty === 'range' && !e.round);
const ROUND = pick((e) => e.round !== undefined && e.kind !== 'round-opening' && e.kind !== 'round-closing');
const NO_ROUND = pick((e) => !e.round && e.dateCertainty === 'exact');

describe('applyEdit', () => {
  it('a better title replaces the fragment and the page keeps the generated one', () => {
    const before = builtEntry(FRAGMENT);
    const after = applyEdit(before, edit(FRAGMENT, { title: 'تبادل محتجزين عند معبر أبو الزندين' })).entry;
    expect(after.title).toBe('تبادل محتجزين عند معبر أبو الزندين');
    expect(after.edited).toEqual({ fields: ['title'], removed: undefined, reason: undefined, generated: { title: before.entry.title } });
    expect({ ...after, title: before.entry.title, edited: undefined }).toEqual({ ...before.entry, edited: undefined });
    expect(rendered({ ...before, entry: after }).edited).toEqual({ fields: ['title'], generated: { title: before.entry.title } });
  });

  it('a corrected day replaces a generated range: the certainty becomes exact, and both old values are kept with the reason', () => {
    const before = builtEntry(RANGE);
    expect(before.entry.dateCertainty).toBe('range');
    const after = applyEdit(before, edit(RANGE, { date: '2017-12-14', reason: 'اعتراف دي ميستورا جاء في إحاطته يوم 14 كانون الأول' })).entry;
    expect(after.date).toBe('2017-12-14');
    expect(after.dateCertainty).toBe('exact');
    expect(after.edited).toMatchObject({ fields: ['date', 'dateCertainty'], reason: 'اعتراف دي ميستورا جاء في إحاطته يوم 14 كانون الأول', generated: { date: before.entry.date, dateCertainty: 'range' } });
    expect(after.datedBy).toEqual(before.entry.datedBy);
  });

  it('an editor may keep the range and say so: a date with its own certainty', () => {
    const after = applyEdit(builtEntry(RANGE), edit(RANGE, { date: '2017-12-12/2017-12-14', dateCertainty: 'range', reason: 'الإحاطة بين 12 و14' })).entry;
    expect(after.edited?.fields).toEqual(['date']);
    expect(after.dateCertainty).toBe('range');
  });

  it('a round detached: the field goes, and the page can say which round the build step had linked', () => {
    const before = builtEntry(ROUND);
    const after = applyEdit(before, edit(ROUND, { round: null, reason: 'الجولة التاسعة المذكورة في موسكو لا في فيينا' })).entry;
    expect(after.round).toBeUndefined();
    expect(after.edited?.generated).toEqual({ round: before.entry.round });
    expect(rendered({ ...before, entry: after })).not.toHaveProperty('round');
  });

  it('a round attached to an entry the build step linked to none: the generated round is null', () => {
    const after = applyEdit(builtEntry(NO_ROUND), edit(NO_ROUND, { round: 'astana-08', reason: 'طلب دي ميستورا موجه إلى الجولة الثامنة' })).entry;
    expect(after.round).toBe('astana-08');
    expect(rendered({ ...builtEntry(NO_ROUND), entry: after }).edited?.generated).toEqual({ round: null });
  });

  it('a removed entry keeps every field: its URL and its sources stay, marked removed', () => {
    const before = builtEntry(NO_ROUND);
    const after = applyEdit(before, edit(NO_ROUND, { removed: true, reason: 'مكرر' })).entry;
    expect(after.edited).toEqual({ fields: [], removed: true, reason: 'مكرر', generated: {} });
    expect({ ...after, edited: undefined }).toEqual({ ...before.entry, edited: undefined });
  });

  it('actors replace the linked ones, and the page can name those the build step had linked', () => {
    const before = builtEntry(ROUND);
    const after = applyEdit(before, edit(ROUND, { actors: ['kazakhstan', 'staffan-de-mistura'] })).entry;
    expect(after.actors).toEqual(['kazakhstan', 'staffan-de-mistura']);
    expect(after.edited).toMatchObject({ fields: ['actors'], generated: { actors: before.entry.actors } });
    expect(rendered({ ...before, entry: after }).edited?.generated).toEqual({ actors: before.entry.actors });
    expect(applyEdit(before, edit(ROUND, { actors: [...before.entry.actors] }))).toBe(before);
  });

  it('an edit that says what the entry already says changes nothing and marks nothing', () => {
    const before = builtEntry(ROUND);
    expect(applyEdit(before, edit(ROUND, { title: before.entry.title, round: before.entry.round, reason: 'x' }))).toBe(before);
  });

  it('the same edit on the same entry gives the same file, byte for byte', () => {
    const e = edit(FRAGMENT, { title: 'تبادل محتجزين عند معبر أبو الزندين', kind: 'exchange' });
    const one = renderEntryFile(applyEdit(builtEntry(FRAGMENT), e));
    const two = renderEntryFile(applyEdit(builtEntry(FRAGMENT), { ...e }));
    expect(one).toEqual(two);
    expect('mdx' in one && one.mdx).toContain('edited:');
  });
});
