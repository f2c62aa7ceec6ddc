// A round declared formally open days after it first met: Geneva III met the government's delegation on
// Friday 29 January 2016 and was declared started on Monday 1 February, after meeting the opposition.
// «انطلقت رسمياً أمس الاثنين» tells of that day as the opening.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import type { RoundRef } from '../../../src/ingest/time/types.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const TEXT = 'دي ميستورا: محادثات جنيف 3 انطلقت رسمياً\nأعلن المبعوث الأممي أمس الاثنين انطلاق محادثات جنيف 3 رسمياً بعد لقائه وفد المعارضة.';
const withoutOpened: RoundRef[] = CATALOG_ROUNDS.map(({ opened: _opened, ...r }) => r);

describe('a round declared open after its first day', () => {
  it('has that day in the catalog', () => {
    expect(CATALOG_ROUNDS.find((r) => r.id === 'geneva-3-2016-r1')?.opened).toBe('2016-02-01');
  });
  it('ties an opening told of the day after it', () => {
    const a = dateArticle(TEXT, { rounds: CATALOG_ROUNDS, published: '2016-02-02' }).anchor!;
    expect(a.evidence.map((e) => e.note.code)).toContain('tie-offset');
    expect(a.conflicts.map((e) => e.note.code)).not.toContain('tie-offset');
  });
  it('so the first session is no longer ruled out for the second', () => {
    // With its first day alone, only the second session (opened Monday 14 March) fits: a wrong day printed.
    expect(dateArticle(TEXT, { rounds: withoutOpened }).anchor?.edtf).toBe('2016-03-15');
    // With the day it was declared open, both fit, and a launch is the first session's (a later one resumes).
    expect(dateArticle(TEXT, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2016-02-02');
    const resumed = dateArticle(TEXT.replaceAll('انطلاق', 'استئناف').replace('انطلقت', 'استؤنفت'), { rounds: CATALOG_ROUNDS });
    expect(resumed.anchor).toBeNull();
    expect(resumed.messages.map((m) => m.reason).join(' ')).toMatch(/2016-02-02 \(20 %\), 2016-03-15 \(20 %\)/);
  });
});

describe('a congress whose delegates arrived the day before it opened', () => {
  // The Sochi congress was set for 29-30 January 2018; its delegates arrived on the 29th and its session
  // opened on Tuesday the 30th.
  const OPENED = 'وافتتح وزير الخارجية الروسي اليوم أعمال مؤتمر سوتشي للحوار الوطني السوري.';
  it('has the day of its opening in the catalog', () => {
    expect(CATALOG_ROUNDS.find((r) => r.id === 'sochi-congress-2018')?.opened).toBe('2018-01-30');
  });
  it('an opening told today is either day, not the first alone', () => {
    expect(dateArticle(OPENED, { rounds: withoutOpened }).anchor?.edtf).toBe('2018-01-29');
    expect(dateArticle(OPENED, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2018-01-29/2018-01-30');
  });
});
