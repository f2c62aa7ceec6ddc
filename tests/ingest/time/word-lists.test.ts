// One Arabic lexicon (issue 9): the stages and the site take their word lists from src/lib/lexicon/,
// so a spelling added once is read by every pattern. A list of Arabic words written inside a module,
// the date engine's shared constants.ts included, is a second copy waiting to drift from the first.
// In the lexicon itself each list holds a word once, a module written folded holds only folded words
// (what its readers compare as it is), and no list is written again in another module.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';

const SRC = resolve(import.meta.dirname, '../../../src');
const TIME = join(SRC, 'ingest/time');
const LEXICON = join(SRC, 'lib/lexicon');
/** A quoted word holding an Arabic letter as an item of a list (after «[», a comma or at a line's start,
 *  before a comma or «]»), or as a key of a table (after «{», a comma or a line's start, before «:»). */
const ARABIC_WORD = "'[^'\\n]*[\\u0600-\\u06FF][^'\\n]*'\\s*";
const INLINE_LIST = new RegExp(`(?:^|[[{,])\\s*${ARABIC_WORD}(?:[,\\]]|:)`, 'u');

/** Where a module under `root` writes such a list: `file:line`, the file relative to `root`. */
function inlineLists(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').flatMap((line, i) => (INLINE_LIST.test(line) ? [`${f}:${i + 1}`] : [])));
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
    expect(inlineLists(TIME)).toEqual([]);
  });
});

/** Modules outside the lexicon that write Arabic in a list, and why it is no vocabulary to move. */
const NOT_VOCABULARY: Record<string, string> = {
  'ingest/link/explain-resolution.ts': 'the sentences it writes for the reader, not words it reads',
  'lib/search-normalize.ts': "the prefixes the site's search strips from a word: grammar, as a regex's «[وفبل]» is",
};
/** Single lines of other modules that write Arabic in a list: grammar, not vocabulary. */
const GRAMMAR_LINES: ReadonlyArray<{ file: string; holds: string; why: string }> = [
  { file: 'ingest/link/link-round.ts', holds: 'const PARTICLES = ', why: 'the particles written onto a name («و», «ب», «ل») and «في» before it' },
];

describe('the stages and src/lib write no Arabic word list of their own', () => {
  it('no module of src/ingest or src/lib outside the lexicon holds one, but those that write no vocabulary', () => {
    const found = [...inlineLists(join(SRC, 'ingest')).map((at) => `ingest/${at}`), ...inlineLists(join(SRC, 'lib')).map((at) => `lib/${at}`)]
      .filter((at) => !at.startsWith('lib/lexicon/'))
      .filter((at) => {
        const [file, line] = at.split(':') as [string, string];
        if (file in NOT_VOCABULARY) return false;
        const text = readFileSync(join(SRC, file), 'utf8').split('\n')[Number(line) - 1]!;
        return !GRAMMAR_LINES.some((g) => g.file === file && text.includes(g.holds));
      });
    expect(found).toEqual([]);
  });
  it('every exception still holds such a list', () => {
    for (const file of Object.keys(NOT_VOCABULARY)) expect(inlineLists(join(SRC, file, '..')).some((at) => file.endsWith(`/${at.split(':')[0]}`)), file).toBe(true);
    for (const g of GRAMMAR_LINES) expect(readFileSync(join(SRC, g.file), 'utf8'), g.file).toContain(g.holds);
  });
});

/** A list of the lexicon: where it is (`module.EXPORT`, with the key or index of a nested one), the
 *  module's file, the words, and the array, set or table it is read from. */
interface WordList { name: string; file: string; words: readonly string[]; source: object }

const ARABIC = /[\u0600-\u06FF]/u;

/** Every list of Arabic words a lexicon module exports: an array or a set of strings, the Arabic keys of
 *  a table, and such lists nested in the entries of a table or an array of records. */
function listsOf(file: string, name: string, value: unknown): WordList[] {
  if (typeof value !== 'object' || value === null) return [];
  const items = value instanceof Set ? [...value] : Array.isArray(value) ? value : null;
  if (items) {
    if (items.length > 0 && items.every((x) => typeof x === 'string')) return items.some((x) => ARABIC.test(x)) ? [{ name, file, words: items, source: value }] : [];
    return items.flatMap((x, i) => listsOf(file, `${name}[${i}]`, x));
  }
  const entries = Object.entries(value);
  if (entries.some(([k]) => ARABIC.test(k))) return [{ name, file, words: entries.map(([k]) => k), source: value }];
  return entries.flatMap(([k, x]) => listsOf(file, `${name}.${k}`, x));
}

const MODULES = readdirSync(LEXICON).filter((f) => f.endsWith('.ts')).sort();
const LISTS: WordList[] = (
  await Promise.all(MODULES.map(async (f) => Object.entries(await import(pathToFileURL(join(LEXICON, f)).href) as Record<string, unknown>)
    .flatMap(([k, v]) => listsOf(f, `${f.replace(/\.ts$/u, '')}.${k}`, v))))
).flat();
/** Modules whose words are written folded, as their readers compare them: their header says so. */
const FOLDED_MODULES = new Set(MODULES.filter((f) => /^\/\/.*Written folded/mu.test(readFileSync(join(LEXICON, f), 'utf8'))));

/** Lists of the same words in two places of the lexicon, and why both stay. */
const SAME_WORDS: Record<string, string> = {
  'talks.GUARANTOR_ADJECTIVES = talks.GUARANTOR_STATES': 'the adjectives are a table keyed by the states it names',
};
/** Lists of five words or more all of which another module's list holds, though that module does not
 *  build its list from them, and why neither is built from the other. */
const WORDS_INSIDE: Record<string, string> = {
  'calendar.MONTH_QUALIFIERS_ALONE ⊆ time-words.RELATIVE_QUALIFIERS': "only the masculine ones, which stand for «الشهر» alone («في 17 الجاري»); the table holds every period's and their offsets",
  'event-kinds.KIND_RULES ⊆ round-parts.ROUND_END_WORDS': "a kind's words tell kinds apart in one clause; the engine's closing words read a round's last day",
  'event-kinds.KIND_RULES ⊆ title-words.HAS_DAYS': 'the talks a round closes are a few of what has days',
  'event-kinds.KIND_RULES ⊆ action-words.ACTION_WORDS': 'an announcement is one kind of the actions the events read',
  'event-kinds.KIND_RULES ⊆ reporting-verbs.REPORTING_WORDS': 'an announcement is one kind of the words of saying',
  'round-parts.PART_PREPOSITIONS ⊆ name-words.PARTICLES': 'prepositions: every list of small words holds them',
  'round-parts.PART_PREPOSITIONS ⊆ title-words.DANGLING': 'prepositions: every list of small words holds them',
  'round-parts.PART_PREPOSITIONS ⊆ title-words.PHRASE_OPENERS': 'prepositions: every list of small words holds them',
  'title-words.ADJUNCT_PREPOSITIONS ⊆ name-words.PARTICLES': 'prepositions: every list of small words holds them',
  'eras.ERAS ⊆ talks.OTHER_COMMITTEE_QUALIFIERS': "the committee's era is not read before that list itself (its notAfter)",
  'talks.OTHER_COUNTRY_ADJECTIVES ⊆ eras.ERAS': "the eras' office titles name these countries; after the committee's name they make it another country's",
};

const exportOf = (list: WordList) => list.name.slice(list.name.indexOf('.') + 1).replace(/[.[].*$/u, '');
const moduleOf = (list: WordList) => list.file.replace(/\.ts$/u, '');
const FOLDED = new Map(LISTS.map((l) => [l, new Set(l.words.map(foldArabic))]));
const folded = (list: WordList) => FOLDED.get(list)!;

describe('the lexicon holds each word once', () => {
  it('reads every module: the lists of the calendar, the talks, the furniture and the titles are there', () => {
    for (const name of ['calendar.WEEKDAY_NAMES.0', 'talks.ASTANA_NAMES', 'furniture.SECTION_MARKERS', 'title-words.DANGLING', 'outlets.KNOWN_OUTLETS', 'event-kinds.KIND_RULES[0].any']) {
      expect(LISTS.map((l) => l.name), name).toContain(name);
    }
    expect([...FOLDED_MODULES]).toEqual(expect.arrayContaining(['furniture.ts', 'title-words.ts', 'action-words.ts', 'reporting-verbs.ts']));
  });
  it('no list holds a word twice, nor writes one twice (a set keeps one of the two)', () => {
    const repeated = LISTS.flatMap((l) => l.words.filter((w, i) => l.words.indexOf(w) !== i).map((w) => `${l.name}: ${w}`));
    for (const f of MODULES) {
      const code = readFileSync(join(LEXICON, f), 'utf8').replace(/^\s*(?:\/\/|\/?\*).*$/gmu, '');
      for (const literal of code.matchAll(/\[([^[\]]*)\]/gu)) {
        const words = [...literal[1]!.matchAll(/'([^'\n]*)'/gu)].map((m) => m[1]!);
        repeated.push(...words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${f}: ${w}`));
      }
    }
    expect(repeated).toEqual([]);
  });
  it('a module written folded holds only words that are their own fold', () => {
    const unfolded: Record<string, string[]> = {};
    for (const l of LISTS.filter((x) => FOLDED_MODULES.has(x.file))) {
      const words = l.words.filter((w) => foldArabic(w) !== w);
      if (words.length > 0) unfolded[l.name] = words;
    }
    // Such a word would never match: its readers compare folded text.
    expect(unfolded).toEqual({});
  });
  it('no list of three words or more is written again elsewhere in the lexicon', () => {
    const copies: string[] = [];
    for (const [i, a] of LISTS.entries()) {
      for (const b of LISTS.slice(i + 1)) {
        const fa = folded(a);
        const fb = folded(b);
        if (fa.size < 3 || fa.size !== fb.size || a.source === b.source || ![...fa].every((w) => fb.has(w))) continue;
        const pair = `${a.name} = ${b.name}`;
        if (!(pair in SAME_WORDS) && !(`${b.name} = ${a.name}` in SAME_WORDS)) copies.push(pair);
      }
    }
    expect(copies).toEqual([]);
  });
  it('a list of five words or more inside another module\'s list is built from it, or says why not', () => {
    const inside = new Set<string>();
    for (const a of LISTS) {
      const fa = folded(a);
      if (fa.size < 5) continue;
      for (const b of LISTS) {
        if (a.file === b.file || ![...fa].every((w) => folded(b).has(w))) continue;
        // Built from it: the module of the wider list spreads or names the narrower one.
        if (readFileSync(join(LEXICON, b.file), 'utf8').includes(exportOf(a))) continue;
        inside.add(`${moduleOf(a)}.${exportOf(a)} ⊆ ${moduleOf(b)}.${exportOf(b)}`);
      }
    }
    expect([...inside].sort()).toEqual(Object.keys(WORDS_INSIDE).sort());
  });
});
