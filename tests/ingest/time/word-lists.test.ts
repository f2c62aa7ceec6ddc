// One Arabic lexicon (issue 9): the date engine's modules take their word lists from src/lib/lexicon/,
// so a spelling added once is read by every pattern. A list of Arabic words written inside a module,
// its shared constants.ts included, is a second copy waiting to drift from the first.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TIME = resolve(import.meta.dirname, '../../../src/ingest/time');
/** A quoted word holding an Arabic letter as an item of a list (after «[», a comma or at a line's start,
 *  before a comma or «]»), or as a key of a table (after «{», a comma or a line's start, before «:»). */
const ARABIC_WORD = "'[^'\\n]*[\\u0600-\\u06FF][^'\\n]*'\\s*";
const INLINE_LIST = new RegExp(`(?:^|[[{,])\\s*${ARABIC_WORD}(?:[,\\]]|:)`, 'u');

/** Where a module of the engine writes such a list: `file:line`. */
function inlineLists(): string[] {
  return readdirSync(TIME, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => readFileSync(join(TIME, f), 'utf8').split('\n').flatMap((line, i) => (INLINE_LIST.test(line) ? [`${f}:${i + 1}`] : [])));
}

describe('the date engine writes no Arabic word list of its own', () => {
  it('the check sees a list the round clues once wrote inline, and not the lexicon name that replaced it', () => {
    expect(INLINE_LIST.test("const UNTIL_BEFORE = new RegExp(`(?<![\\\\p{L}])(?:${alternation(['حتى', 'لغاية', 'إلى غاية'])})\\\\s*$`, 'u');")).toBe(true);
    expect(INLINE_LIST.test("const UNTIL_BEFORE = new RegExp(`(?<![\\\\p{L}])(?:${alternation(UNTIL_PREPOSITIONS)})\\\\s*$`, 'u');")).toBe(false);
  });
  it('the check sees the lists constants.ts once held: a word after a spread, a lone word, a table, a list run on', () => {
    expect(INLINE_LIST.test("const NOUN_FORM = new RegExp(`^(?:${alternation([...EDGE_NOUNS, 'انعقاد', ...EDGE_SESSION_WORDS])})$`, 'u');")).toBe(true);
    expect(INLINE_LIST.test("const IN_A_ROW = new RegExp(alternation(['على التوالي']), 'u');")).toBe(true);
    expect(INLINE_LIST.test("export const RELATIVE_DAYS: Record<string, number> = { 'اليوم': 0, 'الليلة': 0,")).toBe(true);
    expect(INLINE_LIST.test("  'أمس': -1, 'الأمس': -1,")).toBe(true);
    expect(INLINE_LIST.test("  'قوى', 'تحالف', 'تيار', 'فريق'];")).toBe(true);
  });
  it('the check leaves alone the code constants.ts keeps: a prefix tested, a lookup by a word', () => {
    expect(INLINE_LIST.test("  const lam = (w: string): string => (w.startsWith('الل') ? `ل${w.slice(2)}` : `لل${w.slice(2)}`);")).toBe(false);
    expect(INLINE_LIST.test("const HOLDING_NOUN = formsOf(MEETING_VERBS.find((v) => v.perfect === 'عقد')!).nouns;")).toBe(false);
  });
  it('no module of src/ingest/time holds one', () => {
    expect(inlineLists()).toEqual([]);
  });
});
