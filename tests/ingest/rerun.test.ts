// A rerun with nothing changed is answered from content/.rerun-stamp.json without loading the pipeline:
// through the real cli it must print what a full rerun prints and leave the same files, after a first
// build, an edit, and a seed fixed under the edit (a redirect printed once, an edit warning every run);
// and a change its stat check cannot see (same size and time) or a generated file deleted is still seen.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { STAMP_FILE } from '../../src/ingest/write/observe-run.ts';
import { cliArgs, hashTree, runIngest, seedsWith, tempDir, type Run } from './run-ingest.ts';

const SEEDS = ['002_1133cbd99b86392b.txt', '004_557d863690ff85e5.txt'];

/** The same rerun into `out` (its stamp kept) and into a copy without the stamp (a full run). */
function rerunBothWays(seeds: string, out: string): { fast: Run; full: Run } {
  const copy = join(tempDir('rerun-full'), 'content');
  cpSync(out, copy, { recursive: true });
  rmSync(join(copy, STAMP_FILE));
  const stamp = readFileSync(join(out, STAMP_FILE), 'utf8');
  const fast = runIngest(seeds, out);
  // The stamp is rewritten by any run that goes through the pipeline: the same bytes mean this one did not.
  expect(readFileSync(join(out, STAMP_FILE), 'utf8')).toBe(stamp);
  const full = runIngest(seeds, copy);
  expect(hashTree(out)).toEqual(hashTree(copy));
  // Diagnostics name edits.yaml from the working folder: the copy's name stands for the original's.
  const { cwd } = cliArgs(seeds, out);
  return { fast, full: { ...full, stderr: full.stderr.replaceAll(relative(cwd, copy), relative(cwd, out)) } };
}

describe('a rerun with nothing changed', { timeout: 300_000 }, () => {
  it('prints what a full rerun prints and changes nothing, after a build, an edit and a fixed seed', () => {
    const seeds = seedsWith(SEEDS);
    writeFileSync(join(seeds, 'notes.json'), '{}\n'); // a warning each run: not a seed
    const out = join(tempDir('rerun'), 'content');
    expect(runIngest(seeds, out).code).toBe(0);
    let { fast, full } = rerunBothWays(seeds, out);
    expect(fast.stderr).toContain('warning: not a .txt, .md or .html file: ignored');
    expect(fast).toEqual(full);

    const typo = readdirSync(join(out, 'entries')).map((f) => matter(readFileSync(join(out, 'entries', f), 'utf8')).data).find((e) => e.sources.some((s: { quote: string }) => s.quote.includes('روسياوتركيا')))!;
    writeFileSync(join(out, 'edits.yaml'), `${typo.id}:\n  title: كازاخستان تعلن موعد الجولة التاسعة من محادثات أستانا\n`);
    expect(runIngest(seeds, out).code).toBe(0);
    expect(matter(readFileSync(join(out, 'entries', `${typo.id}.mdx`), 'utf8')).data.title).toBe('كازاخستان تعلن موعد الجولة التاسعة من محادثات أستانا');
    ({ fast, full } = rerunBothWays(seeds, out));
    expect(fast).toEqual(full);

    // The typo fixed: the entry's id redirects (said once, by this run) and the edit follows it (said every run).
    const seed = join(seeds, SEEDS[0]!);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('روسياوتركيا', 'روسيا وتركيا'));
    const moved = runIngest(seeds, out);
    expect(moved.code).toBe(0);
    expect(moved.stderr).toMatch(/now redirects to/);
    ({ fast, full } = rerunBothWays(seeds, out));
    expect(fast.stderr).not.toMatch(/now redirects to/);
    expect(fast.stderr).toMatch(/\[edit-followed\]/);
    expect(fast).toEqual(full);
  });

  it('still sees a generated file deleted, and a seed changed with its size and time kept', () => {
    const seeds = seedsWith(SEEDS);
    // Written an hour ago: old enough for their stat to be trusted, so the rerun does not read them.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of SEEDS) utimesSync(join(seeds, f), hourAgo, hourAgo);
    const out = join(tempDir('rerun-seen'), 'content');
    expect(runIngest(seeds, out).code).toBe(0);
    expect(rerunBothWays(seeds, out).fast.stdout).toMatch(/ 2 unchanged/);
    const entry = readdirSync(join(out, 'entries'))[0]!;
    const published = readFileSync(join(out, 'entries', entry), 'utf8');
    rmSync(join(out, 'entries', entry));
    const restored = runIngest(seeds, out);
    expect(restored.stdout).toMatch(/ 1 files written/);
    expect(readFileSync(join(out, 'entries', entry), 'utf8')).toBe(published);

    // Same length in UTF-8 (one Arabic letter for another), mtime set back: only its ctime and bytes differ.
    const seed = join(seeds, SEEDS[1]!);
    const before = statSync(seed);
    const text = readFileSync(seed, 'utf8');
    expect(text).toContain('أستانا');
    writeFileSync(seed, text.replace('أستانا', 'آستانا'));
    utimesSync(seed, before.atime, before.mtime);
    expect(statSync(seed).size).toBe(before.size);
    const changed = runIngest(seeds, out);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/1 changed/);
  });
});
