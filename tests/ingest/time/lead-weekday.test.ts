// A bare weekday in the lead's reported past («أكد …، الأربعاء، أن …») is the day of the news: the
// article is that day or, for a paper printed overnight, the next; a week later is far less likely.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROUNDS } from './fixtures.ts';

// Astana's eighth round opened on Thursday 21 December 2017.
const TEXT = 'دي ميستورا: الجولة الثامنة من محادثات أستانا خطوة مهمة\nأكد المبعوث الأممي ستيفان دي ميستورا، الخميس، أن الجولة الثامنة من محادثات أستانا خطوة مهمة نحو التسوية.';

describe('a weekday in the lead', () => {
  it('says the article is that day or the next', () => {
    const on = (published: string) => dateArticle(TEXT, { rounds: ROUNDS, published }).anchor!;
    expect(on('2017-12-21').evidence.map((e) => e.note)).toContainEqual({ code: 'lead-weekday', weekday: 4 });
    expect(on('2017-12-22').evidence.map((e) => e.note)).toContainEqual({ code: 'lead-weekday', weekday: 4 });
    expect(on('2017-12-26').conflicts.map((e) => e.note)).toContainEqual({ code: 'lead-weekday', weekday: 4 });
  });
  it('makes the day of the news the likeliest', () => {
    // Refused (the round alone does not fix the week), with the Thursday of its opening first.
    const r = dateArticle(TEXT, { rounds: ROUNDS });
    expect(r.messages.find((m) => m.severity === 'error')?.reason).toMatch(/likeliest: 2017-12-21 /);
  });
  it('is not a weekday of another sentence or one still to come', () => {
    const later = dateArticle('دي ميستورا: الجولة الثامنة خطوة مهمة\nأكد المبعوث أن الجولة الثامنة من محادثات أستانا ستبدأ الخميس.', { rounds: ROUNDS, published: '2017-12-18' });
    expect([...later.anchor!.evidence, ...later.anchor!.conflicts].map((e) => e.note.code)).not.toContain('lead-weekday');
  });
});
