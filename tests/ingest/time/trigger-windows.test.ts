// The parsers' trigger words only say where to look: over real articles, matching near them finds what a
// scan of the whole text finds, match for match (parse-expressions.ts, `matches`). The articles are those
// the engine was written on (the seeds and the held-out sets); the corpus's splits are left to fit-dating.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWithMap } from '../../../src/lib/arabic-fold.ts';
import { PARSERS, matches } from '../../../src/ingest/time/parse-expressions.ts';
import { ERAS, eraWordsAt, firstMatch, lastWordsIn } from '../../../src/ingest/time/anchor/clues-eras.ts';
import { ERAS as ERA_NAMES } from '../../../src/lib/lexicon/eras.ts';
import { ROUNDS } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '../../..');
const texts = ['seeds', 'tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'tests/fixtures/golden', 'tests/fixtures/layouts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:txt|md)$/.test(f)).sort()
    .map((f) => foldWithMap(readFileSync(join(ROOT, dir, f), 'utf8')).text));

const found = (all: Iterable<RegExpExecArray>) => [...all].map((m) => [m.index, m[0]]);

/** Every non-empty match of a scan of the whole text (matchAll starts where `re` was left). */
function scanned(re: RegExp, text: string) {
  re.lastIndex = 0;
  return found(text.matchAll(re)).filter(([, m]) => m !== '');
}

describe('matching near trigger words', () => {
  it('reads articles', () => expect(texts.length).toBeGreaterThan(40));
  for (const parser of PARSERS) {
    it(`${parser.name}: the same matches as a scan of the whole text`, () => {
      for (const folded of texts) {
        const ctx = { folded, rounds: ROUNDS };
        const trigger = parser.trigger ?? parser.triggerFor?.(ctx);
        const re = parser.pattern(ctx);
        expect(found(matches(re, trigger, folded))).toEqual(scanned(re, folded));
      }
    });
  }
});

// Text pasted with wide gaps between words («ثالث      اجتماعات»): a parser's lookback is counted on single
// spaces, so the window before a trigger word must count a run of spaces as one, or matches a whole scan
// finds are lost (a round's ordinal six spaces before its counted word was).
describe('matching near trigger words in text with wide gaps between words', () => {
  const gapped = texts.map((folded) => folded.replace(/ /gu, '      '));
  for (const parser of PARSERS) {
    it(`${parser.name}: the same matches as a scan of the whole text`, () => {
      for (const folded of gapped) {
        const ctx = { folded, rounds: ROUNDS };
        const re = parser.pattern(ctx);
        expect(found(matches(re, parser.trigger ?? parser.triggerFor?.(ctx), folded))).toEqual(scanned(re, folded));
      }
    });
  }
});

describe('an era\'s names matched only before their last words (clues-eras.ts)', () => {
  // Every name written as news may set it: with a prefix, its spaces doubled or broken across lines,
  // after a word that makes it someone else's, inside a longer word, twice.
  const written = ERA_NAMES.flatMap((era) => era.names.flatMap((n) => [
    `قال ${n} اليوم`, `و${n}،`, `${n.replace(/ /g, '  ')} أمس`, `(${n.replace(/ /g, '\n')})`, `${era.notBefore?.[0] ?? 'السيد'} ${n}`,
    `${n} ${era.notAfter?.[0] ?? 'نفسه'}`, `ال${n}`, `${n}ات ثم ${n}`,
  ])).map((t) => foldWithMap(t).text);

  it('finds in every article and every written name what a scan of the whole text finds first', () => {
    for (const folded of [...texts, ...written]) {
      const words = lastWordsIn(folded);
      // An era none of whose last words the text holds has no match: its pattern needs one.
      for (const era of ERAS.filter((e) => e.keys.some((k) => folded.includes(k)))) {
        const first = folded.match(era.re) as RegExpExecArray | null;
        expect(found([firstMatch(era, folded, eraWordsAt(era, words))].filter((m) => m !== null)), `${era.id}: ${folded.slice(0, 80)}`)
          .toEqual(found(first ? [first] : []));
      }
    }
    // Every era over every article: 5.3 s once on a loaded machine, past vitest's five.
  }, 60_000);
});
