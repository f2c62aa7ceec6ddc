// A slice's words told from its text's (sliceWithWords) are those splitWords finds in the slice itself:
// every slice of a few texts of the train corpus, spaces of several kinds and an astral character beside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceWithWords, splitWords, wordsOf } from '../../../src/ingest/shared/text-words.ts';

const TRAIN = join(import.meta.dirname, '../../fixtures/corpus/train');

describe('sliceWithWords', () => {
  it('gives the slice, its words those splitWords finds in it', () => {
    const texts = readdirSync(TRAIN).filter((f) => f.endsWith('.txt')).sort().slice(0, 4)
      .map((f) => `${readFileSync(join(TRAIN, f), 'utf8').slice(200, 330)}  \u00a0«قال»،\n\t\u{1F600}x  `);
    let slices = 0;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 3) {
        for (let to = from; to <= text.length; to += 7) {
          const part = sliceWithWords(text, from, to);
          expect(part).toBe(text.slice(from, to));
          expect(wordsOf(part)).toEqual(splitWords(part));
          slices++;
        }
        expect(wordsOf(sliceWithWords(text, from))).toEqual(splitWords(text.slice(from)));
      }
    }
    expect(slices).toBeGreaterThan(1000);
  });
});
