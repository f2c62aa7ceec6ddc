// «ختام الجولة السابعة من مفاوضات جنيف» over a lead «اختتمت في جنيف الجولة السابعة …»: a headline and its
// lead tell one close, not two. Counted twice, the close weighed as two independent pieces of evidence and
// a next-day story («… إن الجولة التي انتهت الجمعة …», Saturday 15 July 2017) was printed as Friday's
// at p = 0.86. The same happened when a page's lead, repeated under its dateline, was pasted as one line.
// Invented, after the shape of a training article.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const HEADLINE = 'ختام الجولة السابعة من مفاوضات جنيف دون اختراق';
const LEAD = 'اختتمت في جنيف الجولة السابعة من مفاوضات السلام السورية دون اختراق يذكر.';
const MORE = 'وقال المبعوث الأممي ستيفان دي ميستورا إن الجولة التي انتهت الجمعة ركزت على مكافحة الإرهاب.';

/** The printed span holds both the close (Friday 14 July 2017) and the day after. */
function holdsBoth(printed: string | null): void {
  expect(printed).not.toBeNull();
  const [lo, hi] = edtfSpan(printed!)!;
  expect(lo).toBeLessThanOrEqual(parseDay('2017-07-14')!);
  expect(hi).toBeGreaterThanOrEqual(parseDay('2017-07-15')!);
}

describe('one close told in the headline and the lead', () => {
  it('is one piece of evidence: the day after the close stays possible', () => {
    holdsBoth(catalogDate(`${HEADLINE}\n${LEAD}\n${MORE}`));
  });
  it('and so when the page, its lead repeated under the dateline, is pasted as one line', () => {
    holdsBoth(catalogDate(`${HEADLINE} ${LEAD} جنيف - وكالات: ${LEAD} ${MORE}`));
  });
});
