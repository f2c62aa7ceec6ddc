// Inputs shared by the date-engine tests: a small rounds catalog with fixed dates (the real one is
// still being verified, and table cases must not move when it does) and a helper that dates a text
// with a fixed front-matter reference date.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { dateArticle, type RoundRef, type TimeExpression } from '../../../src/ingest/time/index.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const round = (id: string, track: string, number: number | null, start: string, end: string, name_ar: string, aliases_ar: string[] = []): RoundRef =>
  ({ id, track, number, start, end, name_ar, aliases_ar, city_ar: '' });

export const ROUNDS: RoundRef[] = [
  round('astana-07', 'astana', 7, '2017-10-30', '2017-10-31', 'الجولة السابعة من محادثات أستانا'),
  round('astana-08', 'astana', 8, '2017-12-21', '2017-12-22', 'الجولة الثامنة من محادثات أستانا'),
  round('astana-09', 'astana', 9, '2018-05-14', '2018-05-15', 'الجولة التاسعة من محادثات أستانا'),
  round('astana-10', 'astana', 10, '2018-07-30', '2018-07-31', 'الجولة العاشرة من محادثات أستانا'),
  round('astana-11', 'astana', 11, '2018-11-28', '2018-11-29', 'الجولة الحادية عشرة من محادثات أستانا'),
  round('astana-14', 'astana', 14, '2019-12-10', '2019-12-11', 'الجولة الرابعة عشرة من محادثات أستانا'),
  round('astana-16', 'astana', 16, '2021-07-07', '2021-07-08', 'الجولة السادسة عشرة من محادثات أستانا'),
  round('astana-20', 'astana', 20, '2023-06-20', '2023-06-21', 'الجولة العشرون من محادثات أستانا'),
  round('astana-21', 'astana', 21, '2024-01-24', '2024-01-25', 'الجولة الحادية والعشرون من محادثات أستانا'),
  round('geneva-08', 'geneva', 8, '2017-11-28', '2017-12-14', 'الجولة الثامنة من محادثات جنيف', ['جنيف 8']),
  round('cc-02', 'constitutional-committee', 2, '2019-11-25', '2019-11-29', 'الجولة الثانية من اجتماعات اللجنة الدستورية', ['الجولة الثانية للجنة الدستورية']),
  round('cc-08', 'constitutional-committee', 8, '2022-05-30', '2022-06-03', 'الجولة الثامنة من اجتماعات اللجنة الدستورية'),
  round('sochi-congress-2018', 'sochi', null, '2018-01-29', '2018-01-30', 'مؤتمر الحوار الوطني السوري في سوتشي', ['مؤتمر سوتشي', 'مؤتمر الحوار الوطني السوري']),
];

/** Dates `text` as an article published on `published`. */
export function dateWith(text: string, published: string): TimeExpression[] {
  return dateArticle(text, { published, rounds: ROUNDS }).expressions;
}

/** The project's own catalog (content/rounds), for the cases whose question is which real round is meant. */
export const CATALOG_ROUNDS: RoundRef[] = readdirSync('content/rounds').filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => yaml.load(readFileSync(join('content/rounds', f), 'utf8')) as RoundRef);

/** The day or interval the engine prints for `text` against the project's catalog, or null when it refuses. */
export const catalogDate = (text: string): string | null => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf ?? null;
/** The same as a span of day numbers, or null. */
export const catalogSpan = (text: string): [number, number] | null => { const edtf = catalogDate(text); return edtf === null ? null : edtfSpan(edtf)!; };
/** Whether the engine prints for `text` a date or interval that begins before `day` (a wrong date, when
 *  the story cannot have been written before it). */
export const printedBefore = (text: string, day: string): boolean => { const s = catalogSpan(text); return s !== null && s[0] < parseDay(day)!; };
