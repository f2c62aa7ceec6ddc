import { describe, expect, it } from 'vitest';
import { findSuccessors } from '../../../src/ingest/lock/find-successors.ts';

const entryOf = (id: string) => id.replace(/^r-/, 'e-');

describe('findSuccessors', () => {
  const old = {
    id: 'a-111111', article: 'a',
    quote: 'وأعلنت وزارة الخارجية الكازاخية أن روسياوتركيا وإيران اتفقت على عقد الجولة المقبلة في أستانا',
  };

  it('maps an id whose quote had a typo fixed to the report that replaced it', () => {
    const reports = [
      { id: 'r-222222', article: 'a', quote: 'وأعلنت وزارة الخارجية الكازاخية أن روسيا وتركيا وإيران اتفقت على عقد الجولة المقبلة في أستانا' },
      { id: 'r-333333', article: 'a', quote: 'وقال دي ميستورا إن المحادثات ستستأنف في جنيف الشهر المقبل' },
    ];
    expect(findSuccessors([old], reports, entryOf)).toEqual({ 'a-111111': 'e-222222' });
  });

  it('maps a sentence cut in two to the part that keeps most of its words', () => {
    const reports = [
      { id: 'r-444444', article: 'a', quote: 'وأعلنت وزارة الخارجية الكازاخية' },
      { id: 'r-555555', article: 'a', quote: 'أن روسيا وتركيا وإيران اتفقت على عقد الجولة المقبلة في أستانا' },
    ];
    expect(findSuccessors([old], reports, entryOf)).toEqual({ 'a-111111': 'e-555555' });
  });

  it('never takes a report of another article, nor one that shares only a name or two', () => {
    const reports = [
      { id: 'r-666666', article: 'b', quote: old.quote },
      { id: 'r-777777', article: 'a', quote: 'وصل وفد المعارضة إلى أستانا صباح اليوم' },
    ];
    expect(findSuccessors([old], reports, entryOf)).toEqual({});
  });

  it('skips a report that is part of no live entry', () => {
    expect(findSuccessors([old], [{ id: 'r-888888', article: 'a', quote: old.quote }], () => undefined)).toEqual({});
  });
});
