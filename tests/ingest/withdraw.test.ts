// Taking an article down (`withdrawn: "…"` in its seed's front matter), with the real cli on the seeds:
// its URLs stay in the lock as withdrawn, nothing of its text stays published, and deleting the seed
// afterwards loses nothing.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, runIngest, seedsWith, SEEDS, tempDir } from './run-ingest.ts';

const ALL = readdirSync(SEEDS).sort();
const SEED = '004_557d863690ff85e5.txt';
const ARTICLE = '004-557d863690ff85e5';
const REASON = 'نُشر المقال خطأً: نصه منقول من مصدر لم يأذن بنشره';

interface Lock { published: string[]; redirects: Record<string, string>; withdrawn?: Record<string, { reason: string; entries: string[] }> }
const readLock = (out: string) => JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')) as Lock;

/** Every file under `dir` as text (the manifest cache aside: it is not published). */
function publishedText(dir: string): string {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => !f.startsWith('.manifest') && /\.(mdx|json)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('withdrawing an article', { timeout: 120_000 }, () => {
  it('keeps its ids as withdrawn with the reason, removes its text, and survives the seed being deleted', () => {
    const seeds = seedsWith(ALL);
    const out = tempDir('withdraw');
    expect(runIngest(seeds, out).code).toBe(0);
    const ids = readLock(out).published.filter((id) => id.startsWith(`${ARTICLE}-`));
    expect(ids.length).toBeGreaterThan(0);
    const quotes = readdirSync(join(out, 'entries')).filter((f) => f.startsWith(ARTICLE)).map((f) => /quote: (.+)/.exec(readFileSync(join(out, 'entries', f), 'utf8'))![1]!.slice(0, 40));
    const text = readFileSync(join(seeds, SEED), 'utf8');
    writeFileSync(join(seeds, SEED), `---\nwithdrawn: "${REASON}"\n---\n${text}`);

    const run = runIngest(seeds, out);
    expect(run.stderr).not.toMatch(/ error: /);
    expect(run.code).toBe(0);
    const lock = readLock(out);
    expect(lock.withdrawn).toEqual({ [ARTICLE]: { reason: REASON, entries: [...ids].sort() } });
    expect(lock.published).toEqual(expect.arrayContaining(ids));
    for (const id of ids) expect(lock.redirects[id]).toBeUndefined();
    expect(readdirSync(join(out, 'articles'))).not.toContain(`${ARTICLE}.mdx`);
    expect(readdirSync(join(out, 'entries')).filter((f) => f.startsWith(ARTICLE))).toEqual([]);
    const published = publishedText(out);
    for (const q of quotes) expect(published).not.toContain(q);
    // The seed's first lines (outlet and headline) are gone from every published file.
    expect(published).not.toContain(text.split('\n').find((l) => l.length > 30)!.trim());

    // Once withdrawn, the seed may go: the lock keeps the record, and nothing changes.
    const before = hashTree(out);
    rmSync(join(seeds, SEED));
    const deleted = runIngest(seeds, out);
    expect(deleted.stderr).not.toContain('would vanish');
    expect(deleted.code).toBe(0);
    expect(readLock(out).withdrawn).toEqual(lock.withdrawn);
    const after = hashTree(out);
    for (const f of Object.keys(before).filter((f) => !f.startsWith('.manifest'))) expect(after[f], f).toBe(before[f]);

    // Put back without the flag, the article and its entries are published again under the same ids.
    writeFileSync(join(seeds, SEED), text);
    expect(runIngest(seeds, out).code).toBe(0);
    const back = readLock(out);
    expect(back.withdrawn).toBeUndefined();
    expect(readdirSync(join(out, 'entries')).filter((f) => f.startsWith(ARTICLE)).map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual([...ids].sort());
  });

  it('`withdrawn: true` is an error asking for the reason, and the article stays published', () => {
    const seeds = seedsWith(ALL);
    const out = tempDir('withdraw-true');
    expect(runIngest(seeds, out).code).toBe(0);
    const before = hashTree(out);
    writeFileSync(join(seeds, SEED), `---\nwithdrawn: true\n---\n${readFileSync(join(seeds, SEED), 'utf8')}`);
    const run = runIngest(seeds, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${SEED}:2:1 error: \`withdrawn\` takes the reason the pages that stay will give, in Arabic: write \`withdrawn: "…"\` \\(got true\\)`));
    expect(readdirSync(join(out, 'articles'))).toContain(`${ARTICLE}.mdx`);
    expect(readLock(out).withdrawn).toBeUndefined();
    expect(hashTree(out)['ids.lock.json']).toBe(before['ids.lock.json']);
  });
});
