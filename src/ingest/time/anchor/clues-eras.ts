// Era clues: a name in use only during a period dates the article to it (Nur-Sultan 2019-2022;
// more weakly, the UN envoy or a minister of the day; a body that did not exist before a day).
import { parseDay } from '../../../lib/calendar.ts';
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Clue } from '../types.ts';
import { alternation } from '../constants.ts';
import { ERAS as LEXICON_ERAS } from '../../../lib/lexicon/eras.ts';
import type { ClueContext } from './clue-context.ts';

/** The last word of each of an era's names, folded: a text holding none of them cannot match, and a
 *  substring test costs far less than the era's pattern (sixty eras, run on every article). */
const lastWords = (names: string[]): string[] => [...new Set(names.map((n) => foldArabic(n).trim().split(/\s+/u).pop()!))];

const ERAS = LEXICON_ERAS.map((era) => ({
  keys: lastWords(era.names),
  re: new RegExp(
    (era.notBefore ? `(?<!(?:${alternation(era.notBefore)})\\s+)` : '') +
    `(?<![\\p{L}])[وفبل]?(?:${alternation(era.names)})(?![\\p{L}])` +
    (era.notAfter ? `(?!\\s*(?:${alternation(era.notAfter)}))` : ''), 'u'),
  from: parseDay(era.from)!, to: era.to === undefined ? undefined : parseDay(era.to)!, id: era.id, weight: era.weight ?? 2,
}));

// Writers keep an old name for a while after a renaming.
const GRACE = 180;
/** The far side of a bound from below: past any era the posterior considers. */
const OPEN_END = parseDay('2099-12-31')!;

/** Every era's last words in one pattern: a single scan of the text says which eras may match. */
const ANY_KEY = new RegExp(alternation(ERAS.flatMap((e) => e.keys)), 'gu');

export function cluesEras(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const found = new Set<string>();
  ANY_KEY.lastIndex = 0;
  // From the next character on, not the match's end: one key may sit inside another («بوتين» in a longer name).
  for (let m = ANY_KEY.exec(ctx.folded); m; m = ANY_KEY.exec(ctx.folded)) { found.add(m[0]); ANY_KEY.lastIndex = m.index + 1; }
  if (found.size === 0) return clues;
  for (const era of ERAS) {
    if (!era.keys.some((k) => found.has(k))) continue;
    const m = era.re.exec(ctx.folded);
    if (!m) continue;
    const lo = era.from;
    // A name still in use bounds the article from below only.
    const hi = era.to === undefined ? OPEN_END : era.to + GRACE;
    clues.push({ weight: era.weight, family: 'era', start: m.index, end: m.index + m[0].length, windows: [[lo, hi]], note: { code: 'era', era: era.id }, flat: true, score: (d) => (d >= lo && d <= hi ? 1 : 0) });
  }
  return clues;
}
