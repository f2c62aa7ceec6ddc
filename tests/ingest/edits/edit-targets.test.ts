// Which entry an edit lands on when ids move: merged into another entry, or retired with a successor.
import { describe, expect, it } from 'vitest';
import { describeEditTargets } from '../../../src/ingest/edits/describe-edit-targets.ts';
import { editAssignments, editLookup } from '../../../src/ingest/edits/edit-lookup.ts';
import type { EntryEdit } from '../../../src/ingest/edits/entry-edit.ts';

// The seeds' own shape: 003's report of Lavrov's meeting merged into 001's entry, and one id retired.
const ENTRIES = [
  { id: '001-e170048bbaa0e3ab-841553', aliases: ['001-e170048bbaa0e3ab-841553', '003-6054453d1942b8b0-8e926b'] },
  { id: '004-557d863690ff85e5-940c88', aliases: ['004-557d863690ff85e5-940c88'] },
];
const REDIRECTS = { '004-557d863690ff85e5-77aa00': '004-557d863690ff85e5-940c88', '003-6054453d1942b8b0-8e926b': '001-e170048bbaa0e3ab-841553' };
const edit = (id: string, line: number, title: string): EntryEdit => ({ id, line, column: 1, title });

describe('editLookup and describeEditTargets', () => {
  it('an edit of a merged report applies to the entry it joined, and the warning says which', () => {
    const edits = [edit('003-6054453d1942b8b0-8e926b', 4, 'دي ميستورا يلتقي لافروف في موسكو')];
    const editFor = editLookup({ edits, held: [] }, {});
    expect(editFor(ENTRIES[0]!.id, ENTRIES[0]!.aliases)).toBe(edits[0]);
    const [d] = describeEditTargets('content/edits.yaml', { edits }, ENTRIES, {}, editFor);
    expect(d).toMatchObject({ file: 'content/edits.yaml', line: 4, column: 1, severity: 'warning', rule: 'edit-followed' });
    expect(d!.reason).toContain('was merged into `001-e170048bbaa0e3ab-841553`');
  });

  it('an edit of a retired id follows the ids lock to its successor and says so', () => {
    const edits = [edit('004-557d863690ff85e5-77aa00', 7, 'تبادل محتجزين عند معبر أبو الزندين')];
    const editFor = editLookup({ edits, held: [] }, REDIRECTS);
    expect(editFor('004-557d863690ff85e5-940c88', ['004-557d863690ff85e5-940c88'])).toBe(edits[0]);
    expect(editLookup({ edits, held: [] }, {})('004-557d863690ff85e5-940c88', ['004-557d863690ff85e5-940c88'])).toBeUndefined();
    const [d] = describeEditTargets('content/edits.yaml', { edits }, ENTRIES, REDIRECTS, editFor);
    expect(d!.line).toBe(7);
    expect(d!.reason).toBe('entry `004-557d863690ff85e5-77aa00` no longer exists: ids.lock.json names `004-557d863690ff85e5-940c88` as its successor, and the edit applies to it (rename the key in edits.yaml)');
  });

  it('an id that exists nowhere is a warning at its line, naming it', () => {
    const edits = [edit('004-557d863690ff85e5-000000', 10, 'عنوان')];
    const diagnostics = describeEditTargets('content/edits.yaml', { edits }, ENTRIES, REDIRECTS, editLookup({ edits, held: [] }, REDIRECTS));
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([[10, 'warning', 'edit-unknown-id']]);
    expect(diagnostics[0]!.reason).toContain('no entry `004-557d863690ff85e5-000000`');
  });

  it("the entry's own id wins over a retired one; the other edit is overruled with a warning", () => {
    const own = edit('004-557d863690ff85e5-940c88', 2, 'تبادل محتجزين');
    const old = edit('004-557d863690ff85e5-77aa00', 5, 'تبادل أسرى');
    const editFor = editLookup({ edits: [old, own], held: [] }, REDIRECTS);
    expect(editFor('004-557d863690ff85e5-940c88', ['004-557d863690ff85e5-940c88'])).toBe(own);
    expect(describeEditTargets('f', { edits: [old, own] }, ENTRIES, REDIRECTS, editFor).map((d) => `${d.line} ${d.rule}`)).toEqual(['5 edit-overruled']);
  });

  it('a malformed edit holds its entry, also through a merge; assignments tell two lookups apart', () => {
    const held = editLookup({ edits: [], held: ['003-6054453d1942b8b0-8e926b'] }, {});
    expect(held(ENTRIES[0]!.id, ENTRIES[0]!.aliases)).toBe('held');
    expect(held(ENTRIES[1]!.id, ENTRIES[1]!.aliases)).toBeUndefined();
    const edits = [edit('004-557d863690ff85e5-77aa00', 7, 'تبادل')];
    expect(editAssignments(ENTRIES, editLookup({ edits, held: [] }, {}))).toBe('');
    expect(editAssignments(ENTRIES, editLookup({ edits, held: [] }, REDIRECTS))).toBe('004-557d863690ff85e5-940c88=7');
  });
});
