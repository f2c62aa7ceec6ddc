// One Arabic lexicon (issue 9): the date engine's modules take their word lists from src/lib/lexicon/
// (or the engine's shared time/constants.ts), so a spelling added once is read by every pattern. A
// list of Arabic words written inside a module is a second copy waiting to drift from the first.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TIME = resolve(import.meta.dirname, '../../../src/ingest/time');
/** An array literal that opens with a quoted word holding an Arabic letter and goes on to a second item. */
const INLINE_LIST = /\[\s*'[^'\n]*[\u0600-\u06FF][^'\n]*'\s*,/u;

/** Where a module of the engine, constants.ts aside, writes such a list: `file:line`. */
function inlineLists(): string[] {
  return readdirSync(TIME, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && f !== 'constants.ts')
    .sort()
    .flatMap((f) => readFileSync(join(TIME, f), 'utf8').split('\n').flatMap((line, i) => (INLINE_LIST.test(line) ? [`${f}:${i + 1}`] : [])));
}

describe('the date engine writes no Arabic word list of its own', () => {
  it('the check sees a list the round clues once wrote inline, and not the lexicon name that replaced it', () => {
    expect(INLINE_LIST.test("const UNTIL_BEFORE = new RegExp(`(?<![\\\\p{L}])(?:${alternation(['حتى', 'لغاية', 'إلى غاية'])})\\\\s*$`, 'u');")).toBe(true);
    expect(INLINE_LIST.test("const UNTIL_BEFORE = new RegExp(`(?<![\\\\p{L}])(?:${alternation(UNTIL_PREPOSITIONS)})\\\\s*$`, 'u');")).toBe(false);
  });
  it('no module of src/ingest/time but constants.ts holds one', () => {
    expect(inlineLists()).toEqual([]);
  });
});
