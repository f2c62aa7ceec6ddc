import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/ingest/shared/event-record.ts';
import { mergeEvents } from '../../../src/ingest/merge/merge-events.ts';

function report(article: string, order: number, over: Partial<EventRecord> & { quote: string }): EventRecord {
  return {
    id: `${article}-${order}`, article, order, date: '2017-12-21', dateCertainty: 'exact', title: over.quote.slice(0, 30), kind: 'statement',
    actors: [], places: [], datedBy: { expression: 'الخميس', resolution: 'r', article }, flags: [], ...over,
  };
}

describe('mergeEvents', () => {
  it('makes one entry with several sources of one round opening, keeping the first report\'s id and redirecting the others', () => {
    const merged = mergeEvents([
      report('b', 5, { kind: 'round-opening', round: 'astana-08', quote: 'وبدأت في آستانة اليوم جولة ثامنة من محادثات السلام' }),
      report('a', 9, { kind: 'round-opening', round: 'astana-08', date: '2017-12-21/2017-12-22', quote: 'تنطلق غداً الخميس الجولة الثامنة' }),
      report('a', 2, { kind: 'round-opening', round: 'astana-08', quote: 'في جولة جنيف القادمة المقرر انطلاقتها الخميس', flags: ['venue-conflict: geneva'] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.entry.id).toBe('a-2');
    expect(merged[0]!.aliases).toEqual(['a-2', 'a-9', 'b-5']);
    expect(merged[0]!.entry.title).toBe('تنطلق غداً الخميس الجولة الثامنة'.slice(0, 30));
    expect(merged[0]!.entry.flags).toEqual(['venue-conflict: geneva']);
    expect(merged[0]!.entry.sources.map((s) => s.note ?? '')).toEqual(['venue-conflict: geneva', '', '']);
  });

  it('keeps two different statements of one day apart', () => {
    const merged = mergeEvents([
      report('a', 1, { actors: ['sergey-lavrov'], quote: 'قال لافروف إن داعش يركز قواته في أفغانستان' }),
      report('b', 1, { actors: ['sergey-lavrov'], quote: 'أكد لافروف أن روسيا تدعم الجيش السوري في إدلب' }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('merges one statement reported by two outlets in nearly the same words', () => {
    const merged = mergeEvents([
      report('a', 1, { actors: ['kazakh-foreign-ministry'], quote: 'أكدت الخارجية الكازاخية ان وفود روسيا وإيران وتركيا وصلوا إلى آستانة للمشاركة في المحادثات' }),
      report('b', 1, { actors: ['kazakh-foreign-ministry'], quote: 'وقال متحدث باسم وزارة خارجية كازاخستان ان وفود روسيا وايران وتركيا وصلوا الى أستانة للمشاركة في هذه المحادثات' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.entry.sources).toHaveLength(2);
  });

  it('never merges two reports of one article outside rounds', () => {
    const q = 'قال لافروف إن داعش يركز قواته في أفغانستان';
    expect(mergeEvents([report('a', 1, { actors: ['x'], quote: q }), report('a', 2, { actors: ['x'], quote: q })])).toHaveLength(2);
  });
});
