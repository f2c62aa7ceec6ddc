// A headline printed with the page's date at one of its ends («… المذكرة | 16 مايو 2017»): the clean
// stage splits the date off as the page's stamp, and judges the headline by its own words.
import { foldLine } from '../shared/fold-line.ts';
import { stampShape } from './shape-signals.ts';

const TITLE_SEGMENT = /\s(?:\||[-–—])\s/gu;
/** Two days joined («3 و4», «3-4») and not a numeric date's day and month («16-05-2017»). */
const DAY_RANGE = /(?<!\d)\d{1,2}\s*(?:و|-|–|الي|حتي)\s*\d{1,2}(?!\d)(?!\s*[-/.]\s*\d)/u;

/**
 * A headline printed with its page's date as a segment at either end («… المذكرة | 16 مايو 2017»):
 * where the headline and the date stand in the line (offsets in it), or null when no end is a date.
 */
export function titleDateSegment(line: string): { headline: [number, number]; date: [number, number] } | null {
  const cuts = [...line.matchAll(TITLE_SEGMENT)];
  if (cuts.length === 0) return null;
  // One day: a range at the end («الجولة الرابعة - 3 و4 أيار 2017») names a meeting's days.
  const isDate = (segment: string): boolean => {
    const folded = foldLine(segment);
    return folded !== '' && !DAY_RANGE.test(folded) && stampShape(segment, folded, folded.split(' ').length).dateLine;
  };
  const first = cuts[0]!;
  const last = cuts[cuts.length - 1]!;
  const lastEnd = last.index! + last[0].length;
  if (isDate(line.slice(lastEnd))) return { headline: [0, last.index!], date: [lastEnd, line.length] };
  if (isDate(line.slice(0, first.index))) return { headline: [first.index! + first[0].length, line.length], date: [0, first.index!] };
  return null;
}

