import { describe, expect, it } from 'vitest';
import { groupEntries } from '../../src/components/group-entries.ts';

// Entries as the catalog holds them (sorted by day): the opening of Astana 8 quotes two articles, a
// statement quotes one article twice (two passages), a Geneva entry names no round of Astana.
const entries = [
  { id: 'astana-8-opening', data: { round: 'astana-08', actors: ['russia', 'turkey', 'iran'], sources: [{ article: 'a1', quote: 'انطلقت في أستانا الجولة الثامنة' }, { article: 'a2', quote: 'بدأت الجولة الثامنة أعمالها' }] } },
  { id: 'lavrentiev-statement', data: { round: 'astana-08', actors: ['lavrentiev', 'russia'], sources: [{ article: 'a2', quote: 'قال لافرنتييف إن' }, { article: 'a2', quote: 'وأضاف لافرنتييف' }] } },
  { id: 'geneva-8-closing', data: { round: undefined, actors: ['de-mistura'], sources: [{ article: 'a3', quote: 'اختتمت الجولة' }] } },
];

describe('groupEntries', () => {
  it('lists each article\'s entries once each, in the catalog\'s order, as filtering every entry did', () => {
    const byArticle = groupEntries(entries, (e) => e.data.sources.map((s) => s.article));
    for (const article of ['a1', 'a2', 'a3', 'a4']) {
      const filtered = entries.filter((e) => e.data.sources.some((s) => s.article === article));
      expect(byArticle.get(article) ?? []).toEqual(filtered);
    }
    expect(byArticle.get('a2')!.map((e) => e.id)).toEqual(['astana-8-opening', 'lavrentiev-statement']);
  });

  it('groups by actor and by round, and an entry without a round is in no round', () => {
    const byActor = groupEntries(entries, (e) => e.data.actors);
    expect(byActor.get('russia')!.map((e) => e.id)).toEqual(['astana-8-opening', 'lavrentiev-statement']);
    const byRound = groupEntries(entries, (e) => (e.data.round ? [e.data.round] : []));
    expect([...byRound.keys()]).toEqual(['astana-08']);
    expect(byRound.get('astana-08')!.map((e) => e.id)).toEqual(['astana-8-opening', 'lavrentiev-statement']);
  });
});
