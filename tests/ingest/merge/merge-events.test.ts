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

  // Pattern 9 of issue 10: one announcement told twice in one article is one entry.
  it.each([
    ['أعلنت وزارة الخارجية اليوم موعد الجولة الجديدة من المحادثات', 'وقالت الوزارة في بيانها إن الوفود كلها ستحضر', 'announcement'],
    ['أعلنت الرئاسة الكازاخية اليوم استضافة الاجتماع المقبل', 'وأضافت أن الدعوات وُجهت إلى الدول الضامنة', 'announcement'],
    ['قال المبعوث الأممي إن الوفدين سيلتقيان الأسبوع المقبل', 'وتابع أن جدول الأعمال لم يُحسم بعد', 'statement'],
    ['صرّح المتحدث باسم الخارجية بأن الجولة ستعقد في موعدها', 'وذكر البيان أن المراقبين سيحضرون الجلسة الأولى', 'statement'],
  ])('«%s» then «%s»: one %s entry with both quotes', (first, second, kind) => {
    const merged = mergeEvents([report('a', 1, { kind: kind as EventRecord['kind'], quote: first }), report('a', 2, { kind: 'statement', quote: second })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.entry).toMatchObject({ id: 'a-1', kind, title: first.slice(0, 30) });
    expect(merged[0]!.entry.sources.map((s) => s.quote)).toEqual([first, second]);
    expect(merged[0]!.aliases).toEqual(['a-1', 'a-2']);
  });

  it.each([
    ['a new speaker', 'قال لافروف إن الجولة ستعقد في موعدها', 'وقال جاويش أوغلو إن بلاده ستشارك', {}],
    ['another day', 'أعلنت الخارجية اليوم موعد الجولة', 'وأضافت الوزارة أن الوفود ستحضر', { date: '2017-12-22' }],
    ['another article', 'أعلنت الخارجية اليوم موعد الجولة', 'وأضافت الوزارة أن الوفود ستحضر', { article: 'b' }],
    ['not said but done', 'أعلنت الخارجية اليوم موعد الجولة', 'وأضافت القوات الحكومية مواقع جديدة إلى سيطرتها', { kind: 'military' }],
  ])('%s: two entries', (_, first, second, over) => {
    const later = report((over as { article?: string }).article ?? 'a', 2, { quote: second, ...(over as Partial<EventRecord>) });
    expect(mergeEvents([report('a', 1, { kind: 'announcement', quote: first }), later])).toHaveLength(2);
  });

  it('«وأضاف» continues the statement just before it, not an earlier one of that day', () => {
    const merged = mergeEvents([
      report('a', 1, { quote: 'قال لافروف إن الجولة ستعقد في موعدها' }),
      report('a', 2, { quote: 'وقال جاويش أوغلو إن بلاده ستشارك في الجولة' }),
      report('a', 3, { quote: 'وأضاف أن أنقرة ستوفد نائب وزير الخارجية' }),
    ]);
    expect(merged.map((m) => m.aliases)).toEqual([['a-1'], ['a-2', 'a-3']]);
  });
});
