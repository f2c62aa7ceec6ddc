// «الاجتماع المقبل» names a round by its place beside the rounds the story tells of: the next comes after
// each round of its track told as held. Invented sentences in the shape of a wire story (a minister's words on the next Astana meeting,
// with the last round recalled).
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';
import type { DatingResult } from '../../../src/ingest/time/types.ts';

const NEXT = 'قال وزير الخارجية الروسي اليوم الاثنين، خلال محادثاته مع نظيره الكازاخستاني خيرات عبد الرحمانوف، إن الاجتماع المقبل بشأن سوريا في أستانا سيلتئم في منتصف شهر فبراير المقبل، مضيفاً أن اللقاء القادم سيعقد في أستانا منتصف الشهر المقبل.\nواستضافت العاصمة الكازاخية في نوفمبر الماضي الجولة الحادية عشرة من محادثات أستانا.';

/** The rounds the evidence of a kind names, whether the day chosen satisfies it or not. */
const tiedRounds = (r: DatingResult, code: string): string[] =>
  [...r.anchor!.evidence, ...r.anchor!.conflicts].filter((e) => e.note.code === code).flatMap((e) => ('rounds' in e.note ? (e.note.rounds as { id: string }[]).map((x) => x.id) : []));

describe('a next round beside a numbered one told as held', () => {
  it('takes the next Astana meeting after the eleventh round the story recalls as held', () => {
    const told = dateArticle(NEXT, { rounds: CATALOG_ROUNDS, published: '2019-01-28' });
    const ids = tiedRounds(told, 'tie-date').filter((id) => id !== 'astana-11');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => Number(id.slice('astana-'.length)) > 11)).toBe(true);
  });

  it('so the Mondays of January 2019 hold the article, not the one before Astana 2 in 2017', () => {
    const a = dateArticle(NEXT, { rounds: CATALOG_ROUNDS }).anchor;
    expect(a?.edtf).toBe('2019-01-07/2019-01-28');
    expect(a?.certainty).toBe('range');
  });

  it('leaves a next round alone when no round of its track is told as held', () => {
    const text = 'قال الوزير اليوم الاثنين إن الاجتماع المقبل بشأن سوريا في أستانا سيلتئم في منتصف شهر فبراير المقبل.';
    const ids = tiedRounds(dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2017-01-30' }), 'tie-date');
    expect(ids).toContain('astana-02');
  });
});
