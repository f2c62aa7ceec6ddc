// A meeting of the Astana format named without its number («اجتماع بصيغة أستانا»، «اجتماع يعقد بصيغة
// "أستانة"»), its place given with the host's adjective («في العاصمة القطرية الدوحة»): one meeting of the
// track, which the place narrows to the catalog's, not the process named in passing. Invented sentences
// in the shape of a wire story of December 2024.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const roundsOf = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2024-12-07' }).expressions.filter((e) => e.kind === 'round');
/** The rounds each clue of the article names, as the evidence lists them. */
const tied = (text: string) => {
  const a = dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2024-12-07' }).anchor!;
  return [...a.evidence, ...a.conflicts].flatMap((e) => ('rounds' in e.note ? (e.note.rounds as (string | { id: string })[]).map((x) => (typeof x === 'string' ? x : x.id)) : []));
};

describe('a meeting of the format', () => {
  it('is a round of the track, with its name in quotation marks or not', () => {
    for (const name of ['أستانة', '“أستانة”', '«أستانة»', '"أستانة"']) {
      const text = `وعقد اجتماع بصيغة ${name} في الدوحة بحضور ممثلي تركيا وروسيا وإيران.`;
      const r = roundsOf(text);
      expect(r, name).toHaveLength(1);
      expect(r[0]!.text, name).toContain('اجتماع');
      expect(r[0]!.stated.loose, name).toBeUndefined();
    }
  });

  it('with a holding verb between, and the host named by its adjective, is the catalog\'s meeting there', () => {
    const text = 'ويتزامن ذلك مع اجتماع يعقد بصيغة “أستانة” في العاصمة القطرية الدوحة، يحضره ممثلو تركيا وروسيا وإيران.';
    expect(roundsOf(text)[0]!.text).toBe('اجتماع يعقد بصيغة “أستانة');
    expect(tied(text)).toContain('fm-doha-2024');
  });

  it('is not the process named in passing', () => {
    expect(roundsOf('وأشاد الوزير بمسار أستانا ودوره في خفض التصعيد.')).toHaveLength(0);
    expect(roundsOf('وأشاد الوزير بمسار «أستانا» ودوره في خفض التصعيد.')).toHaveLength(0);
  });
});
