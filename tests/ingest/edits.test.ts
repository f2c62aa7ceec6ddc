// The editor's layer through the real cli: content/edits.yaml set, rebuilt, the seed changed under it,
// broken, and removed, on real seeds.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/schemas.ts';
import { hashTree, runIngest, seedsWith, tempDir } from './run-ingest.ts';

// 002 has the typo «روسياوتركيا» that cli.test.ts fixes to retire an entry id; 004 has entries with and without rounds.
const SEEDS = ['002_1133cbd99b86392b.txt', '004_557d863690ff85e5.txt'];
const entries = (out: string) =>
  readdirSync(join(out, 'entries')).sort().map((f) => ({ file: f, text: readFileSync(join(out, 'entries', f), 'utf8'), data: matter(readFileSync(join(out, 'entries', f), 'utf8')).data as Entry }));
const entryTree = (out: string) => Object.fromEntries(Object.entries(hashTree(out)).filter(([rel]) => rel.startsWith('entries/')));
const lineOf = (yaml: string, id: string) => yaml.split('\n').indexOf(`${id}:`) + 1;

/** Takes edits.yaml out of `out` and rebuilds; then every entry must be as a build without edits makes it. */
function expectAsWithoutEdits(seeds: string, out: string): void {
  rmSync(join(out, 'edits.yaml'));
  expect(runIngest(seeds, out).code).toBe(0);
  const plain = tempDir('edits-plain');
  writeFileSync(join(plain, 'ids.lock.json'), readFileSync(join(out, 'ids.lock.json')));
  expect(runIngest(seeds, plain).code).toBe(0);
  expect(entryTree(out)).toEqual(entryTree(plain));
  expect(entries(out).some((e) => e.text.includes('edited:'))).toBe(false);
}

describe('content/edits.yaml', { timeout: 120_000 }, () => {
  it('round trip: set, rebuild, change the seed under an edit, remove the edit', () => {
    const seeds = seedsWith(SEEDS);
    const out = tempDir('edits');
    expect(runIngest(seeds, out).code).toBe(0);
    const built = entries(out);
    const typo = built.find((e) => e.data.sources.some((s) => s.quote.includes('روسياوتركيا')))!;
    const withRound = built.find((e) => e.data.round && e !== typo && !e.data.kind.startsWith('round-'))!;
    const toRemove = built.find((e) => e !== typo && e !== withRound)!;
    expect([typo, withRound, toRemove].every(Boolean)).toBe(true);
    const baseline = entryTree(out);

    const yaml = `# تصحيحات المحرر\n${typo.data.id}:\n  title: كازاخستان تعلن موعد الجولة التاسعة من محادثات أستانا\n  date: 2018-05-11\n  reason: أعلنت الخارجية الكازاخية ذلك قبل يوم من نشر المقال\n\n${withRound.data.id}:\n  round: null\n  reason: الحدث ليس من أعمال الجولة\n${toRemove.data.id}:\n  removed: true\n  reason: ليس حدثاً من أحداث المحادثات\n`;
    writeFileSync(join(out, 'edits.yaml'), yaml);
    const set = runIngest(seeds, out);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const edited = Object.fromEntries(entries(out).map((e) => [e.data.id, e]));
    expect(edited[typo.data.id]!.data).toMatchObject({ title: 'كازاخستان تعلن موعد الجولة التاسعة من محادثات أستانا', date: '2018-05-11', dateCertainty: 'exact' });
    expect(edited[typo.data.id]!.data.edited).toMatchObject({ reason: 'أعلنت الخارجية الكازاخية ذلك قبل يوم من نشر المقال', generated: { title: typo.data.title, date: typo.data.date } });
    expect(edited[typo.data.id]!.data.edited!.fields).toContain('title');
    expect(edited[withRound.data.id]!.data.round).toBeUndefined();
    expect(edited[withRound.data.id]!.data.edited).toMatchObject({ fields: ['round'], generated: { round: withRound.data.round } });
    expect(edited[toRemove.data.id]!.data.edited).toMatchObject({ removed: true, fields: [] });
    // Every other entry is byte for byte as the build step made it.
    const after = entryTree(out);
    const others = Object.keys(baseline).filter((rel) => ![typo, withRound, toRemove].some((e) => rel === `entries/${e.file}`));
    expect(others.length).toBeGreaterThan(0);
    for (const rel of others) expect(after[rel], rel).toBe(baseline[rel]);

    // Re-ingest: the edits apply again, to the same bytes, and nothing is rewritten.
    const again = runIngest(seeds, out);
    expect(again.stdout).toMatch(/ 0 files written/);
    expect(entryTree(out)).toEqual(after);

    // The seed's typo fixed: the entry's id retires to a successor, and the edit follows it, saying so.
    const seed = join(seeds, SEEDS[0]!);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('روسياوتركيا', 'روسيا وتركيا'));
    const moved = runIngest(seeds, out);
    expect(moved.code).toBe(0);
    const successor = JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')).redirects[typo.data.id] as string;
    expect(successor).toMatch(/^002-1133cbd99b86392b-[0-9a-f]{6}$/);
    expect(moved.stderr).toContain(`edits.yaml:${lineOf(yaml, typo.data.id)}:1 warning: entry \`${typo.data.id}\` no longer exists: ids.lock.json names \`${successor}\` as its successor, and the edit applies to it (rename the key in edits.yaml) [edit-followed]`);
    const followed = matter(readFileSync(join(out, 'entries', `${successor}.mdx`), 'utf8')).data as Entry;
    expect(followed).toMatchObject({ title: 'كازاخستان تعلن موعد الجولة التاسعة من محادثات أستانا', date: '2018-05-11' });
    const movedTree = entryTree(out);
    expect(runIngest(seeds, out).stdout).toMatch(/ 0 files written/);
    expect(entryTree(out)).toEqual(movedTree);

    // The edits removed: every entry is as a build without edits makes it.
    expectAsWithoutEdits(seeds, out);
  });

  it('merge_into and actors: set, rebuild, the merged URL redirects, remove the edit and both entries are as built', () => {
    const seeds = seedsWith(SEEDS);
    const out = tempDir('edits-merge');
    expect(runIngest(seeds, out).code).toBe(0);
    const built = entries(out);
    const baseline = entryTree(out);
    const lockBefore = JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')) as { published: string[]; redirects: Record<string, string> };
    // Two entries of one article a reader takes for one event: the ministry's announcement and another report of it.
    const ofArticle = built.filter((e) => e.data.id.startsWith('002-') && !e.data.kind.startsWith('round-'));
    const into = ofArticle.find((e) => e.data.kind === 'announcement')!;
    const merged = ofArticle.find((e) => e !== into && e.data.kind !== into.data.kind)!;
    const recast = built.find((e) => e.data.id.startsWith('004-') && !e.data.kind.startsWith('round-') && e.data.actors.length > 0)!;
    expect([into, merged, recast].every(Boolean)).toBe(true);
    expect(lockBefore.published).toContain(merged.data.id);

    const yaml = `${merged.data.id}:\n  merge_into: ${into.data.id}\n  reason: الخبر نفسه رواه المقال مرتين\n${recast.data.id}:\n  actors: [kazakhstan]\n`;
    writeFileSync(join(out, 'edits.yaml'), yaml);
    const set = runIngest(seeds, out);
    expect(set.code).toBe(0);
    expect(set.stderr).toBe('');
    expect(existsSync(join(out, 'entries', merged.file))).toBe(false);
    const target = matter(readFileSync(join(out, 'entries', into.file), 'utf8')).data as Entry;
    expect(target.sources.map((x) => x.quote)).toEqual([...into.data.sources, ...merged.data.sources].map((x) => x.quote));
    expect(target).toMatchObject({ title: into.data.title, date: into.data.date, kind: into.data.kind });
    expect(target.edited).toEqual({ fields: [], merged: [{ id: merged.data.id, title: merged.data.title, date: merged.data.date, reason: 'الخبر نفسه رواه المقال مرتين' }], generated: {} });
    const lock = JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')) as { redirects: Record<string, string> };
    expect(lock.redirects[merged.data.id]).toBe(into.data.id);
    const actors = matter(readFileSync(join(out, 'entries', recast.file), 'utf8')).data as Entry;
    expect(actors.actors).toEqual(['kazakhstan']);
    expect(actors.edited).toMatchObject({ fields: ['actors'], generated: { actors: recast.data.actors } });
    const editedTree = entryTree(out);
    for (const rel of Object.keys(baseline).filter((r) => ![into, merged, recast].some((e) => r === `entries/${e.file}`))) expect(editedTree[rel], rel).toBe(baseline[rel]);

    // Again: the same bytes, nothing rewritten.
    expect(runIngest(seeds, out).stdout).toMatch(/ 0 files written/);
    expect(entryTree(out)).toEqual(editedTree);

    // The seed changed elsewhere: the merge still holds.
    const seed = join(seeds, SEEDS[0]!);
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\nسطر أضيف في آخر المقال.\n`);
    expect(runIngest(seeds, out).code).toBe(0);
    expect(existsSync(join(out, 'entries', merged.file))).toBe(false);
    expect((matter(readFileSync(join(out, 'entries', into.file), 'utf8')).data as Entry).sources).toHaveLength(into.data.sources.length + merged.data.sources.length);

    // A target that is no entry: an error at the merge_into line, and the entry comes back as built.
    writeFileSync(join(out, 'edits.yaml'), yaml.replace(`merge_into: ${into.data.id}`, 'merge_into: 002-1133cbd99b86392b-000000'));
    const wrong = runIngest(seeds, out);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`edits.yaml:2:3 error: \`merge_into: 002-1133cbd99b86392b-000000\` names no entry (a mistyped id, or its article was removed): \`${merged.data.id}\` stays as built [edit-merge]`);
    expect(readFileSync(join(out, 'entries', merged.file), 'utf8')).toBe(merged.text);
    expect(readFileSync(join(out, 'entries', into.file), 'utf8')).toBe(into.text);

    // The edits removed: both entries as a build without edits makes them, the redirect gone.
    expectAsWithoutEdits(seeds, out);
    expect((JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')) as { redirects: Record<string, string> }).redirects[merged.data.id]).toBeUndefined();
  });

  it('a malformed edit is an error at its line and column: its entry keeps its published file, the other edits apply', () => {
    const seeds = seedsWith(SEEDS);
    const out = tempDir('edits-bad');
    expect(runIngest(seeds, out).code).toBe(0);
    const [first, second] = entries(out);
    writeFileSync(join(out, 'edits.yaml'), `${first!.data.id}:\n  title: عنوان المحرر الأول\n`);
    expect(runIngest(seeds, out).code).toBe(0);
    const published = readFileSync(join(out, 'entries', first!.file), 'utf8');
    expect(published).toContain('عنوان المحرر الأول');

    const bad = `${first!.data.id}:\n  title: عنوان المحرر الأول\n  date: 2018-02-30\n  reason: تصحيح\n${second!.data.id}:\n  title: عنوان المحرر الثاني\n`;
    writeFileSync(join(out, 'edits.yaml'), bad);
    const run = runIngest(seeds, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/edits\.yaml:3:3 error: `date` must be an EDTF date such as 2017-12-21, 2017-12 or 2017-12-21\/2017-12-22, got "2018-02-30" \[edit-field\]/);
    expect(readFileSync(join(out, 'entries', first!.file), 'utf8')).toBe(published);
    expect((matter(readFileSync(join(out, 'entries', second!.file), 'utf8')).data as Entry).title).toBe('عنوان المحرر الثاني');

    // Fixed, the whole edit applies.
    writeFileSync(join(out, 'edits.yaml'), bad.replace('2018-02-30', '2018-02-28'));
    expect(runIngest(seeds, out).code).toBe(0);
    expect((matter(readFileSync(join(out, 'entries', first!.file), 'utf8')).data as Entry).date).toBe('2018-02-28');
  });

  it('an edits file that is not UTF-8 stops the run, and nothing is written', () => {
    const seeds = seedsWith(SEEDS);
    const out = tempDir('edits-binary');
    expect(runIngest(seeds, out).code).toBe(0);
    writeFileSync(join(out, 'edits.yaml'), Buffer.from([0x30, 0x30, 0x3a, 0x0a, 0x20, 0x20, 0xff, 0xfe, 0x0a]));
    const before = hashTree(out);
    writeFileSync(join(seeds, SEEDS[1]!), `${readFileSync(join(seeds, SEEDS[1]!), 'utf8')}\nسطر جديد في المقال.\n`);
    const run = runIngest(seeds, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/edits\.yaml:1:1 error: not UTF-8 text: save the file as UTF-8 \[edit-yaml\]\ningest: the edits file is unreadable; nothing was written\n$/);
    expect(hashTree(out)).toEqual(before);
    expect(existsSync(join(out, 'entries'))).toBe(true);
  });
});
