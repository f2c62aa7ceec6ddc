// Hostile front matter through the real cli: controls in the text fields never reach a page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { runIngest, SEEDS, seedsWith, tempDir } from './run-ingest.ts';

const GOOD = '003_6054453d1942b8b0.txt';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060-\u2064\uFEFF]/u;

/** A copy of the good seed under `name`, with this YAML as its front matter. */
function seedWithFrontMatter(name: string, yaml: string): string {
  const seeds = seedsWith([GOOD]);
  writeFileSync(join(seeds, name), `---\n${yaml}---\n${readFileSync(join(SEEDS, GOOD), 'utf8')}`);
  return seeds;
}

const generated = (out: string) => ['articles', 'entries'].flatMap((d) => readdirSync(join(out, d)).map((f) => readFileSync(join(out, d, f), 'utf8')));

describe('front matter', { timeout: 60_000 }, () => {
  it('bidi and zero-width controls in title and outlet are removed from every page, with a warning on their line', () => {
    const seeds = seedWithFrontMatter('hostile.md', 'title: "انطلاق \u202Eالجولة\u202C الثامنة\u200B من محادثات أستانا"\noutlet: "\u2066وكالة\u2069 الأنباء"\npublished: 2017-12-21\n');
    const out = tempDir('fm-bidi');
    const run = runIngest(seeds, out);
    expect(run.stderr).not.toMatch(/ error: /);
    expect(run.stderr).toMatch(/seeds\/hostile\.md:2:1 warning: `title`: 2 bidirectional and 1 invisible control character\(s\) removed/);
    expect(run.stderr).toMatch(/seeds\/hostile\.md:3:1 warning: `outlet`: 2 bidirectional and 0 invisible control character\(s\) removed/);
    const page = matter(readFileSync(join(out, 'articles/hostile.mdx'), 'utf8')).data;
    expect(page.title).toBe('انطلاق الجولة الثامنة من محادثات أستانا');
    expect(page.outlet).toBe('وكالة الأنباء');
    for (const text of generated(out)) expect(text).not.toMatch(CONTROLS);
  });

  // «Billion laughs»: each level an anchored list of nine aliases to the level before; the probe's
  // 315-byte case (eight levels) printed a 183 MB line, one level more an internal error.
  it.each([8, 9, 12])('a YAML alias bomb of %i levels: one short error, the other article builds', (levels) => {
    let yaml = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < levels; i++) yaml += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    yaml += `title: *a${levels - 1}\npublished: *a${levels - 1}\n`;
    expect(yaml.length).toBeLessThan(1000);
    const seeds = seedWithFrontMatter('bomb.md', yaml);
    const out = tempDir('fm-bomb');
    const started = performance.now();
    const run = runIngest(seeds, out);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual(['seeds/bomb.md:2:1 error: front matter holds more than 1000 values once its YAML aliases (*name) are expanded: write the fields out plainly, without anchors and aliases [front-matter-yaml]'].map((l) => expect.stringContaining(l)));
    expect(run.stderr).not.toContain('internal error');
    expect(readdirSync(join(out, 'articles'))).toEqual(['003-6054453d1942b8b0.mdx']);
  });
});
