// The labelled dating corpus (tests/fixtures/corpus) as the fit script and the scorers read it: a
// split they cannot read, an article without its gold entry or a gold entry without its article is
// dropped silently by `npm run fit-dating` (it skips what is missing), so the figures would shrink
// without anyone noticing. These checks read the real files; they score nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outletKey } from './corpus-tool.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
/** Every split of the corpus (README, "Splits, by outlet"); the last four are the fresh sealed ones. */
const SPLITS = ['train', 'dev', 'test', 'test-2', 'test-3', 'test-4', 'test-5'];
const FRESH = ['test-2', 'test-3', 'test-4', 'test-5'];
const TRACKS = new Set(['geneva', 'astana', 'sochi', 'constitutional', 'other']);
const REFERENCE = [resolve(ROOT, '..', 'shared/reference'), '/work/shared/reference'].find((p) => existsSync(join(p, 'eval-exclusions.txt')));

interface Event { snippet: string; accept?: string[]; within?: string }
interface Article {
  file: string; split: string; about_talks: boolean; published: { accept: string[] }; why: string; source_url: string;
  outlet: string; country: string; track: string; overlap4: number; events: Event[];
}

function gold(split: string): { about: string; articles: Article[] } {
  return JSON.parse(readFileSync(join(CORPUS, split, 'gold.json'), 'utf8')) as { about: string; articles: Article[] };
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** Two days joined by «/», the first not after the second. */
function isSpan(s: string): boolean {
  const [from, to, more] = s.split('/');
  return more === undefined && to !== undefined && isDay(from!) && isDay(to) && from! < to;
}

const dayNumber = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 864e5;

const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');

describe.each(SPLITS)('corpus split %s', (split) => {
  it('has a gold.json with one entry for each article file, and no other file', () => {
    expect(existsSync(join(CORPUS, split, 'gold.json')), `${split}/gold.json`).toBe(true);
    const files = readdirSync(join(CORPUS, split)).filter((f) => f !== 'gold.json').sort();
    const listed = gold(split).articles.map((a) => a.file).sort();
    expect(listed).toEqual(files);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives every article a split, a true day from outside the text, an outlet, a track and its overlap', () => {
    const g = gold(split);
    expect(g.about.length).toBeGreaterThan(0);
    for (const a of g.articles) {
      const where = `${split}/${a.file}`;
      expect(a.split, where).toBe(split);
      expect(typeof a.about_talks, where).toBe('boolean');
      expect(a.published.accept.length, where).toBeGreaterThan(0);
      for (const d of a.published.accept) expect(isDay(d), `${where}: ${d}`).toBe(true);
      expect(a.why.length, where).toBeGreaterThan(20);
      expect(a.source_url, where).toMatch(/^https?:\/\/[^/\s]+/);
      expect(a.outlet.length, where).toBeGreaterThan(0);
      expect(a.country.length, where).toBeGreaterThan(0);
      expect(TRACKS.has(a.track), `${where}: track ${a.track}`).toBe(true);
      // The re-written text shares at most half its 4-word runs with the original (README, step 3).
      expect(a.overlap4, where).toBeGreaterThanOrEqual(0);
      expect(a.overlap4, where).toBeLessThanOrEqual(0.5);
    }
  });

  it('quotes every event from its article and gives it a day or a span of days', () => {
    for (const a of gold(split).articles) {
      const text = readFileSync(join(CORPUS, split, a.file), 'utf8');
      for (const e of a.events) {
        const where = `${split}/${a.file}: «${e.snippet}»`;
        expect(text.includes(e.snippet), where).toBe(true);
        expect((e.accept === undefined) !== (e.within === undefined), where).toBe(true);
        for (const d of e.accept ?? []) expect(isDay(d) || isSpan(d), `${where}: ${d}`).toBe(true);
        // Told on consecutive days («يومي 28 و29», «اليوم وغداً»), it is either day or the two: the
        // reference's gold for the seeds accepts the span, and an entry dated so is right.
        const days = (e.accept ?? []).filter(isDay).sort();
        const consecutive = days.length > 1 && days.every((d, i) => i === 0 || dayNumber(d) - dayNumber(days[i - 1]!) === 1);
        if (consecutive && days.length === (e.accept ?? []).filter((d) => !isSpan(d)).length) expect(e.accept, where).toContain(`${days[0]}/${days[days.length - 1]}`);
        if (e.within !== undefined) {
          const [from, to] = e.within.split('/');
          expect(isDay(from!) && isDay(to!) && from! <= to!, where).toBe(true);
        }
      }
    }
  });

  it('lists every article in the README sources with its outlet, kind, day, overlap and address', () => {
    for (const a of gold(split).articles) {
      const row = `| ${split}/${a.file} | ${a.outlet} | ${a.about_talks ? 'talks' : 'negative'} | ${a.published.accept.join(', ')} | ${a.overlap4} | <${a.source_url}> |`;
      expect(readme.split('\n').includes(row), row).toBe(true);
    }
  });
});

it('takes one article per outlet across all the splits', () => {
  const seen = new Map<string, string>();
  for (const split of SPLITS) {
    for (const a of gold(split).articles) {
      const key = outletKey(a.source_url);
      expect(seen.get(key), `${split}/${a.file}: ${key}`).toBeUndefined();
      seen.set(key, `${split}/${a.file}`);
    }
  }
});

describe.each(FRESH)('fresh sealed split %s', (split) => {
  // Its outlets appear nowhere else: not in the other splits, the held-out sets, the seeds or the
  // exclusion list (README, "test-2", "test-3", "test-4" and "test-5").
  const elsewhere = (): { name: string; text: string }[] => {
    const files: string[] = [];
    for (const other of SPLITS.filter((s) => s !== split)) files.push(join(CORPUS, other, 'gold.json'));
    for (const dir of ['tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'seeds']) {
      for (const f of readdirSync(join(ROOT, dir))) files.push(join(ROOT, dir, f));
    }
    if (REFERENCE) files.push(join(REFERENCE, 'eval-exclusions.txt'), join(REFERENCE, 'seeds-gold.json'));
    return files.map((f) => ({ name: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8').toLowerCase() }));
  };

  it('comes from outlets found nowhere else', () => {
    const others = elsewhere();
    for (const a of gold(split).articles) {
      const key = outletKey(a.source_url);
      const found = others.filter((o) => o.text.includes(key)).map((o) => o.name);
      expect(found, `${split}/${a.file}: ${key}`).toEqual([]);
    }
  });
});
