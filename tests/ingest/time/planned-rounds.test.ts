// A round announced for days it was then not held on (Geneva 4 set for 8 February 2017, held from the
// 23rd): news written before the change gives those days. The catalog's `scheduled` keeps them, each
// with its sources; a day to come tied to the round may be one of them, a day told past never is.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { noteAr, noteEn } from '../../../src/lib/evidence/explain-note.ts';
import type { RoundRef } from '../../../src/ingest/time/types.ts';
import type { EvidenceNote, RoundAt } from '../../../src/lib/evidence/evidence-note.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const withoutPlans: RoundRef[] = CATALOG_ROUNDS.map(({ scheduled: _scheduled, ...r }) => r);
const notes = (text: string, rounds: RoundRef[], published: string) => {
  const a = dateArticle(text, { rounds, published }).anchor!;
  return { held: a.evidence.map((e) => e.note), broken: a.conflicts.map((e) => e.note) };
};
const planned = (n: EvidenceNote): boolean => 'rounds' in n && (n.rounds as (string | RoundAt)[]).some((r) => typeof r === 'object' && r.planned === true);

describe('a round announced for other days than it was held on', () => {
  const ANNOUNCED = 'أعلن مكتب المبعوث الأممي أن الجولة الرابعة من محادثات جنيف ستنطلق في 8 شباط.';
  it('ties a day to come to the days it was announced for', () => {
    expect(CATALOG_ROUNDS.find((r) => r.id === 'geneva-04')?.scheduled?.some((s) => s.start === '2017-02-08')).toBe(true);
    const { held, broken } = notes(ANNOUNCED, CATALOG_ROUNDS, '2016-12-19');
    expect(held.some(planned)).toBe(true);
    expect(broken.some(planned)).toBe(false);
    // Without the catalog's announced days, the same text fits no day of the round.
    expect(notes(ANNOUNCED, withoutPlans, '2016-12-19').held.some((n) => n.code === 'tie-date')).toBe(false);
  });

  it('never takes a day told past for one it was only announced for', () => {
    const { held, broken } = notes('انطلقت الجولة الرابعة من محادثات جنيف في 8 شباط.', CATALOG_ROUNDS, '2017-02-10');
    expect([...held, ...broken].some(planned)).toBe(false);
  });

  it('says so in both languages, for a tie and for a day of the round\'s month', () => {
    const days = { code: 'catalog-days' as const, rounds: [{ id: 'geneva-3-2016-r1', span: '2016-01-25', planned: true }] };
    expect(noteEn(days)).toContain('as announced before it was put off');
    expect(noteAr(days, { roundName: () => 'محادثات جنيف 3' })).toContain('موعدها المعلن آنذاك');
  });

  it('never copies the day a round was declared open onto a day it was only announced for', () => {
    const a = dateArticle('أعلن المبعوث أن محادثات جنيف 3 ستنطلق رسمياً في 25 كانون الثاني.', { rounds: CATALOG_ROUNDS, published: '2016-01-10' }).anchor!;
    for (const n of [...a.evidence, ...a.conflicts].map((e) => e.note)) {
      if (!('rounds' in n)) continue;
      const ids = (n.rounds as (string | RoundAt)[]).map((r) => (typeof r === 'string' ? r : `${r.id} ${r.span} ${r.planned === true}`));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('says so in both languages', () => {
    const note = { code: 'tie-date' as const, point: { edge: 'opening' as const }, rounds: [{ id: 'geneva-04', span: '2017-02-08', planned: true }] };
    expect(noteEn(note)).toContain('as announced before it was put off');
    expect(noteAr(note, { roundName: () => 'الجولة الرابعة من محادثات جنيف' })).toContain('موعدها المعلن آنذاك');
  });

  it('places a story on a congress put off in the weeks before the days it was then set for', () => {
    // Sochi's congress: set for 18 November 2017, then for 2-4 December, held 29-30 January 2018.
    const text = 'قال مصدر دبلوماسي إن مؤتمر الحوار الوطني السوري سيعقد في سوتشي بين 2 و4 ديسمبر/كانون الأول، بعد تأجيله.';
    const { held } = notes(text, CATALOG_ROUNDS, '2017-11-21');
    expect(held.some(planned)).toBe(true);
  });
});
