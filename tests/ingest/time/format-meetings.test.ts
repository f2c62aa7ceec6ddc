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

describe('a track\'s meetings with a city before them', () => {
  it('are not a meeting held there: the city is another act\'s place', () => {
    // Hunt 30: the envoy met Iran's minister in Tehran a week before the Tehran summit of Tuesday 19 July
    // 2022. «في طهران» before «اجتماعات اللجنة الدستورية» made the committee's meetings the Tehran summits,
    // tied to the story's Tuesday: 19 July was printed at p=1.00 for a story of the 12th.
    const text = 'بحث بيدرسن اليوم الثلاثاء مع وزير الخارجية الإيراني حسين أمير عبد اللهيان في طهران سبل استئناف اجتماعات اللجنة الدستورية، قبل أسبوع من قمة طهران الثلاثية.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf).not.toBe('2022-07-19');
    const rounds = dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2022-07-12' }).expressions.filter((e) => e.kind === 'round');
    expect(rounds[0]!.text).toBe('اجتماعات اللجنة الدستورية');
    expect(rounds[0]!.roundId ?? '').not.toMatch(/^summit-/u);
  });
});
