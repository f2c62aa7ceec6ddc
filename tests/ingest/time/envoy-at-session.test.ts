// The UN envoy named at a session the text ties to a day is in office on it: his era weighs as much
// as a city's name of the time, where an envoy merely named is weak evidence (he is often recalled).
// Named with his office and not as its past holder, he is in office more often than not.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;
const RESUMED = 'عادت المفاوضات بين الطرفين السوريين إلى الانعقاد اليوم في جنيف';

describe('an envoy at the session told as today\'s', () => {
  it('keeps the openings of his term: Brahimi\'s Geneva, the two sessions of January and February 2014', () => {
    // «بدأت»: either session's opening. Told as a return to meeting (RESUMED) it is the second's alone.
    const anchor = date(`${RESUMED.replace('عادت', 'بدأت').replace(' إلى الانعقاد', '')}، إذ اجتمع المبعوث الأممي الأخضر الإبراهيمي بالوفدين كلاً على حدة.`);
    expect(date(`${RESUMED}، إذ اجتمع المبعوث الأممي الأخضر الإبراهيمي بالوفدين كلاً على حدة.`)?.edtf).toBe('2014-02-10');
    expect(anchor?.certainty).toBe('range');
    const [from, to] = edtfSpan(anchor!.edtf)!;
    // The second session opened on 10 February 2014; the first on 22 January.
    expect(from).toBeLessThanOrEqual(parseDay('2014-01-22')!);
    expect(to).toBe(parseDay('2014-02-10')!);
    expect(to - from + 1).toBeLessThanOrEqual(31);
  });
  it('not a past holder commenting on it, his title before or after his name', () => {
    expect(date('قال المبعوث الأممي السابق الأخضر الإبراهيمي إن المفاوضات التي عادت إلى الانعقاد اليوم في جنيف تواجه عقبات كبيرة.')).toBeNull();
    expect(date('قال الأخضر الإبراهيمي، المبعوث الأممي السابق، إن المفاوضات التي عادت إلى الانعقاد اليوم في جنيف تواجه عقبات كبيرة.')).toBeNull();
  });
  it('not an envoy recalled in another sentence', () => {
    expect(date(`${RESUMED}. ويذكّر المشهد بالمحادثات التي رعاها الأخضر الإبراهيمي قبل سنوات.`)).toBeNull();
  });
  it('not a minister met there: he convenes nothing, and may be named in or out of office', () => {
    expect(date(`${RESUMED}، إذ التقى وزير الخارجية المصري نبيل فهمي بالوفدين كلاً على حدة.`)).toBeNull();
  });
});

describe('an envoy named with his office', () => {
  // A year-less day whose weekdays fit 2016 and 2021: de Mistura's term holds only the first.
  const story = (who: string) => `الائتلاف يبحث تشكيل وفده\nعقدت الهيئة السياسية للائتلاف الوطني اجتماعاً يومي الثلاثاء والأربعاء 19-20 كانون الثاني في الرياض لبحث تشكيل وفد التفاوض.\nوأكد ${who} أن الدعوات ستوجه إلى المشاركين في الأيام المقبلة.`;
  it('title before or after his name: his term keeps the year it fits', () => {
    for (const who of ['المبعوث الأممي إلى سوريا ستيفان دي ميستورا', 'ستيفان دي ميستورا، مبعوث الأمم المتحدة الخاص إلى سوريا']) {
      const anchor = date(story(who));
      expect(anchor?.certainty, who).toBe('range');
      const [from, to] = edtfSpan(anchor!.edtf)!;
      expect(from).toBeLessThanOrEqual(parseDay('2016-01-19')!);
      expect(to).toBeGreaterThanOrEqual(parseDay('2016-01-20')!);
      expect(to - from + 1).toBeLessThanOrEqual(31);
    }
  });
  it('not a past holder, nor his bare name: the year stays open', () => {
    expect(date(story('المبعوث الأممي السابق ستيفان دي ميستورا'))).toBeNull();
    expect(date(story('ستيفان دي ميستورا'))).toBeNull();
  });
});
