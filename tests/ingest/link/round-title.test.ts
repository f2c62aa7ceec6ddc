// A round's opening or closing takes the catalog's name, only when the event's date holds that edge.
import { describe, expect, it } from 'vitest';
import type { RoundRef } from '../../../src/ingest/dating-contract.ts';
import { roundTitle } from '../../../src/ingest/link/round-title.ts';

const round: RoundRef = { id: 'astana-09', track: 'astana', number: 9, start: '2018-05-14', end: '2018-05-15', name_ar: 'الجولة التاسعة من محادثات أستانا', aliases_ar: [], city_ar: 'أستانا' };
const committee: RoundRef = { id: 'cc-05', track: 'constitutional-committee', number: 5, start: '2021-01-25', end: '2021-01-29', name_ar: 'الدورة الخامسة للجنة الدستورية', aliases_ar: [], city_ar: 'جنيف' };

describe('roundTitle', () => {
  it.each([
    ['round-opening', round, '2018-05-14', 'انطلاق الجولة التاسعة من محادثات أستانا'],
    ['round-opening', round, '2018-05-14/2018-05-15', 'انطلاق الجولة التاسعة من محادثات أستانا'],
    ['round-closing', round, '2018-05-15', 'اختتام الجولة التاسعة من محادثات أستانا'],
    ['round-closing', committee, '2021-01-21/2021-01-31', 'اختتام الدورة الخامسة للجنة الدستورية'],
  ] as const)('%s of %s on %s', (kind, r, date, title) => expect(roundTitle(kind, r, date)).toBe(title));

  it.each([
    ['round-opening', round, '2018-05-15'], // the second day: not the opening
    ['round-closing', round, '2018-05-14'],
    ['statement', round, '2018-05-14'], // a statement keeps its own words
    ['round-opening', undefined, '2018-05-14'], // no round linked
  ] as const)('none for %s on %s', (kind, r, date) => expect(roundTitle(kind, r, date)).toBeNull());
});
