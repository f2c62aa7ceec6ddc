// Symbolic links in seeds/: never followed, one error each, the other articles still build, and what a
// link replaced keeps its published page and ids.
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLock, unresolvedIds } from './check-output.ts';
import { hashTree, runIngest, SEEDS, seedsWith, tempDir } from './run-ingest.ts';

const GOOD = '003_6054453d1942b8b0.txt';

/** Every generated file's text, to look for what must never be published. */
const everything = (out: string) => (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.mdx') || f.endsWith('.json')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');

describe('symbolic links in seeds/', { timeout: 60_000 }, () => {
  it('a link to a system file, a dangling link and a link to another seed: one error each, the rest builds', () => {
    const seeds = seedsWith([GOOD]);
    // A file outside seeds/ standing in for /etc/passwd, with its telltale line (the real one too, where it exists).
    const secret = join(tempDir('secret'), 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\nمحادثات أستانا الجولة الثامنة اليوم في أستانا\n');
    symlinkSync(secret, join(seeds, 'passwd.txt'));
    symlinkSync('/etc/passwd', join(seeds, 'etc.txt'));
    symlinkSync(join(tempDir('gone'), 'article.txt'), join(seeds, 'dangling.txt'));
    symlinkSync(`./${GOOD}`, join(seeds, 'inside.md'));
    const out = tempDir('links');
    const run = runIngest(seeds, out);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.includes(' error: '));
    expect(errors).toHaveLength(4);
    expect(run.stderr).toContain(`seeds/passwd.txt:1:1 error: a symbolic link (to ${JSON.stringify(secret)}): seeds must be regular files`);
    expect(run.stderr).toContain('seeds/etc.txt:1:1 error: a symbolic link (to "/etc/passwd")');
    expect(run.stderr).toMatch(/seeds\/dangling\.txt:1:1 error: a symbolic link to "[^"]+article\.txt", which does not exist/);
    expect(run.stderr).toContain(`seeds/inside.md:1:1 error: a symbolic link (to "./${GOOD}")`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(out, 'articles'))).toEqual(['003-6054453d1942b8b0.mdx']);
    expect(readdirSync(join(out, 'entries')).some((f) => f.startsWith('003-'))).toBe(true);
    expect(everything(out)).not.toContain('root:x:0:0');
  });

  it('an article replaced by a link keeps its page, its entries and its ids, and builds again when restored', () => {
    const seeds = seedsWith(['001_e170048bbaa0e3ab.txt', GOOD]);
    const out = tempDir('link-replaces');
    expect(runIngest(seeds, out).code).toBe(0);
    const before = hashTree(out);
    const published = readLock(out).published;
    rmSync(join(seeds, '001_e170048bbaa0e3ab.txt'));
    symlinkSync('/etc/passwd', join(seeds, '001_e170048bbaa0e3ab.txt'));
    const run = runIngest(seeds, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('seeds/001_e170048bbaa0e3ab.txt:1:1 error: a symbolic link (to "/etc/passwd")');
    expect(run.stderr).not.toContain('would vanish');
    const after = hashTree(out);
    for (const file of Object.keys(before).filter((f) => f.startsWith('articles/') || f.startsWith('entries/'))) expect(after[file], file).toBe(before[file]);
    expect(readLock(out).published).toEqual(published);
    expect(unresolvedIds(out)).toEqual([]);
    rmSync(join(seeds, '001_e170048bbaa0e3ab.txt'));
    writeFileSync(join(seeds, '001_e170048bbaa0e3ab.txt'), readFileSync(join(SEEDS, '001_e170048bbaa0e3ab.txt')));
    expect(runIngest(seeds, out).code).toBe(0);
    expect(hashTree(out)).toEqual(before);
  });
});
