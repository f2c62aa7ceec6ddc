// The patterns opening at a word are tried without their look-behind, which parse-expressions.ts reads
// itself (`lookBehindHolds`): over every short text of the letters the look-behinds name, others, spaces,
// digits and astral characters, it must say what the look-behind itself says at each place.
import { describe, expect, it } from 'vitest';
import { OPENINGS, lookBehindHolds } from '../../../src/ingest/time/parse-expressions.ts';

const UNITS = ['و', 'ف', 'ل', 'ب', 'ك', 'ا', 'م', 'x', ' ', '،', '1', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00'];

function* texts(length: number, prefix = ''): Generator<string> {
  yield prefix;
  if (length === 0) return;
  for (const u of UNITS) yield* texts(length - 1, prefix + u);
}

describe('an opening look-behind read without the pattern', () => {
  for (const opening of OPENINGS) {
    it(`${opening.source}: as the look-behind says`, () => {
      const re = new RegExp(opening.source, 'uy');
      let places = 0;
      const wrong: [string, number][] = [];
      for (const text of texts(4)) {
        for (let at = 0; at <= text.length; at++) {
          // Where the unit before is a surrogate half the pattern is tried whole (it may move back into a pair).
          if (at > 0 && /[\uD800-\uDFFF]/.test(text[at - 1]!)) continue;
          re.lastIndex = at;
          // String#match on a sticky pattern tries it at lastIndex alone, as exec does.
          const m = text.match(re);
          if (lookBehindHolds(opening, text, at) !== (m !== null && m.index === at)) wrong.push([text, at]);
          places++;
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(places).toBeGreaterThan(100_000);
    });
  }
});
