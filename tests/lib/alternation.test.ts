import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/lib/alternation.ts';
import { foldArabic } from '../../src/lib/arabic-fold.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/lib/lexicon/calendar.ts';
import { ORDINALS } from '../../src/lib/lexicon/numbers.ts';
import { ASTANA_NAMES, COMMITTEE_NAMES, GENEVA_NAMES, KAZAKHSTAN_WORDS, NUR_SULTAN_NAMES } from '../../src/lib/lexicon/talks.ts';
import { allForms } from '../../src/lib/lexicon/meeting-verbs.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the alternation was before it became a trie, the reference: every word, longest first. */
function flatAlternation(words: Iterable<string>): string {
  const folded = [...new Set([...words].map((w) => foldArabic(w)))];
  folded.sort((a, b) => b.length - a.length);
  return folded.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

const catalogNames = readdirSync(join(ROOT, 'content', 'rounds')).filter((f) => f.endsWith('.yaml')).flatMap((f) => {
  const r = yaml.load(readFileSync(join(ROOT, 'content', 'rounds', f), 'utf8')) as { name_ar: string; aliases_ar: string[] };
  return [r.name_ar, ...r.aliases_ar];
});

const LISTS: Record<string, string[]> = {
  'the catalog names': catalogNames,
  'month names': Object.values(MONTH_NAMES).flat(),
  'weekdays': Object.values(WEEKDAY_NAMES).flat(),
  'ordinals': Object.keys(ORDINALS),
  'track and city words': [...ASTANA_NAMES, ...NUR_SULTAN_NAMES, ...KAZAKHSTAN_WORDS, ...GENEVA_NAMES, ...COMMITTEE_NAMES],
  'meeting verbs': allForms(['start', 'held', 'continue', 'end']),
};

/** Real articles, folded as the engine reads them: the seeds and the training split. */
function texts(): string[] {
  const dirs = [join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'corpus', 'train')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort().map((f) => foldArabic(readFileSync(join(d, f), 'utf8'))));
}

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('alternation: a trie of the words, matching what the longest-first list matched', () => {
  const corpus = texts();
  for (const [name, words] of Object.entries(LISTS)) {
    it(`${name}: the same matches over the seeds and the training split, at a word's end or not`, () => {
      expect(words.length).toBeGreaterThan(5);
      const shapes = [(alt: string) => `(?:${alt})`, (alt: string) => `(?<![\\p{L}])[وفبل]?(?:${alt})(?![\\p{L}])`];
      let found = 0;
      for (const shape of shapes) {
        const trie = new RegExp(shape(alternation(words)), 'gu');
        const flat = new RegExp(shape(flatAlternation(words)), 'gu');
        for (const text of corpus) {
          const got = matches(trie, text);
          expect(got).toEqual(matches(flat, text));
          found += got.length;
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }

  it('the longest word is taken where a shorter one also matches, and a space matches a run of spaces', () => {
    const re = new RegExp(`(?:${alternation(['جنيف', 'جنيف 2', 'جنيف 2 الموسع'])})`, 'u');
    expect('انعقد مؤتمر جنيف   2 امس'.match(re)?.[0]).toBe('جنيف   2');
    expect('جنيف 2 الموسع'.match(re)?.[0]).toBe('جنيف 2 الموسع');
    // A run of spaces inside a word is one space: the longer word still wins over a shorter one.
    expect('جنيف  الثاني'.match(new RegExp(`(?:${alternation(['جنيف  الثاني', 'جنيف الثا'])})`, 'u'))?.[0]).toBe('جنيف  الثاني');
    // The longer word gives way where what follows needs the shorter one.
    expect(new RegExp(`^(?:${alternation(['جنيف', 'جنيف 2'])}) 2 2$`, 'u').test('جنيف 2 2')).toBe(true);
  });

  it('escapes what a regex would read, and keeps an empty word as a match of nothing', () => {
    const re = new RegExp(`^(?:${alternation(['قرار (2254)', 'ج.', ''])})$`, 'u');
    expect(re.test('قرار (2254)')).toBe(true);
    expect(re.test('قرار 2254')).toBe(false);
    expect(re.test('ج.')).toBe(true);
    expect(re.test('جX')).toBe(false);
    expect(re.test('')).toBe(true);
  });

  it('gives the same source whatever the order of the words', () => {
    const words = Object.values(MONTH_NAMES).flat();
    expect(alternation([...words].reverse())).toBe(alternation(words));
  });
});
