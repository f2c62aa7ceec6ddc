// The packed /timeline.json: what the client unpacks is exactly what the build meant to send, and the
// strings an entry shares with others (lane, kind, round, actors, articles, date text) travel once.
// Entries, rounds and articles are those the seeds build draws (tests/.cache/e2e-dist-seeds).
import { describe, expect, it } from 'vitest';
import { packTimeline, unpackTimeline } from '../../src/lib/timeline-wire.ts';
import type { TimelineData } from '../../src/lib/timeline-data.ts';

const round = (id: string, lane: string, label: string, name: string, start: string, end: string, city: string, date: string) =>
  ({ id, lane, label, name, start, end, city, confirmed: true, date });

const data: TimelineData = {
  lanes: [{ id: 'astana', label: 'أستانا' }, { id: 'geneva', label: 'جنيف' }, { id: 'other', label: 'أحداث أخرى' }],
  bands: [{ id: 'envoy-de-mistura', kind: 'envoy', label: 'ستافان دي ميستورا', short: 'دي ميستورا', start: '2014-07-10', end: '2018-12-31', date: '10 تموز 2014 – 31 كانون الأول 2018' }],
  kinds: [{ id: 'agreement', label: 'اتفاق' }, { id: 'round-closing', label: 'اختتام جولة' }, { id: 'statement', label: 'تصريح' }],
  actors: [{ id: 'iran', label: 'إيران' }, { id: 'russia', label: 'روسيا' }, { id: 'turkey', label: 'تركيا' }],
  rounds: [
    round('astana-04', 'astana', '4', 'أستانا 4', '2017-05-03', '2017-05-04', 'أستانا', '3 – 4 أيار 2017'),
    round('astana-07', 'astana', '7', 'أستانا 7', '2017-10-30', '2017-10-31', 'أستانا', '30 – 31 تشرين الأول 2017'),
  ],
  entries: [
    {
      id: '001-e170048bbaa0e3ab-e1283c', lane: 'astana', kind: 'agreement',
      title: 'توصلت روسيا وإيران وتركيا الى اتفاق لاقامة أربع مناطق خفض توتر',
      start: '2017-05-01', end: '2017-05-31', uncertain: true, date: 'أيار 2017 (اليوم الدقيق غير معروف)',
      round: 'astana-04', actors: ['iran', 'russia', 'turkey'], sources: ['001-e170048bbaa0e3ab'],
    },
    {
      id: '001-e170048bbaa0e3ab-3b2274', lane: 'astana', kind: 'round-closing', title: 'اختتام الجولة السابعة من محادثات أستانا',
      start: '2017-10-21', end: '2017-10-31', uncertain: true,
      date: 'بين 21 تشرين الأول 2017 و31 تشرين الأول 2017 (اليوم الدقيق غير معروف)',
      round: 'astana-07', actors: ['russia'], sources: ['001-e170048bbaa0e3ab', '003-6054453d1942b8b0'],
    },
    // No round, a single day that is a leap day, and the same date text as the next entry.
    {
      id: '003-6054453d1942b8b0-a1b2c3', lane: 'other', kind: 'statement', title: 'دي ميستورا يعلن جولة تاسعة من محادثات جنيف',
      start: '2016-02-29', end: '2016-02-29', uncertain: false, date: '29 شباط 2016', actors: [], sources: ['003-6054453d1942b8b0'],
    },
    {
      id: '003-6054453d1942b8b0-d4e5f6', lane: 'geneva', kind: 'statement', title: 'لافروف: على المعارضة أن تحضر إلى جنيف',
      start: '2016-02-29', end: '2016-02-29', uncertain: false, date: '29 شباط 2016', actors: ['russia'], sources: ['003-6054453d1942b8b0'],
    },
  ],
  articles: {
    '001-e170048bbaa0e3ab': { title: 'بحث قضية إطلاق سراح المعتقلين في آستانة', outlet: 'إيلاف' },
    '003-6054453d1942b8b0': { title: 'دي ميستورا يعلن جولة تاسعة من محادثات جنيف ويشارك في آستانة' },
  },
};

const occurrences = (text: string, s: string) => text.split(JSON.stringify(s)).length - 1;

describe('packTimeline / unpackTimeline', () => {
  it('gives back the same data, key order included, through JSON', () => {
    const back = unpackTimeline(JSON.parse(JSON.stringify(packTimeline(data))));
    expect(back).toStrictEqual(data);
    expect(JSON.stringify(back)).toBe(JSON.stringify(data));
  });

  it('sends each shared string once, however many entries carry it', () => {
    const wire = JSON.stringify(packTimeline(data));
    for (const s of ['other', 'geneva', 'statement', 'russia', 'astana-04', '003-6054453d1942b8b0', '29 شباط 2016', 'إيلاف']) {
      expect(occurrences(wire, s), s).toBe(1);
    }
    expect(wire).not.toContain('"2017-05-31"');
    expect(wire.length).toBeLessThan(JSON.stringify(data).length);
  });

  it('keeps the inclusive end of a span across months and a leap day', () => {
    const wire = packTimeline(data);
    expect(wire.entries.days).toEqual([30, 10, 0, 0]);
    expect(unpackTimeline(wire).entries.map((e) => e.end)).toEqual(['2017-05-31', '2017-10-31', '2016-02-29', '2016-02-29']);
  });

  it('refuses an entry that names what its tables lack, rather than drawing it wrong', () => {
    const stray = { ...data, entries: [{ ...data.entries[0]!, round: 'astana-99' }] };
    expect(() => packTimeline(stray)).toThrow(/round "astana-99"/);
    const badDay = { ...data, entries: [{ ...data.entries[0]!, start: '2017-02-30' }] };
    expect(() => packTimeline(badDay)).toThrow(/"2017-02-30" is not a day/);
  });
});
