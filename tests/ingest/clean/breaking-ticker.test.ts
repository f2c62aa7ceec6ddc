// A breaking-news ticker the page opens on is another story: its «اليوم الخميس» or its date is the day
// the page was shown, not the story's. A story headed «عاجل:» by its own outlet keeps its headline.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'الأزمة السورية مجدداً في جنيف';
// 16 May 2017, a Tuesday, opened the sixth round of the Geneva talks.
const LEAD = 'بدأت اليوم في جنيف الجولة السادسة للمحادثات السورية تحت رعاية الأمم المتحدة، ويُفترض أن تجري المفاوضات فيها بصورة غير مباشرة، إذ يتنقل المبعوث الدولي ستافان دي مستورا وفريقه بين الوفود.';
const REASON = 'breaking-news ticker of another story';
const dayOf = (text: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds }).anchor?.edtf ?? null;

describe('a breaking-news ticker above the story', () => {
  it.each([
    'عاجل: الرئيس يستقبل وفداً برلمانياً اليوم الخميس',
    'خبر عاجل: انفجار في العاصمة أمس الأربعاء',
    'عاجل: الرئيس يستقبل وفداً برلمانياً اليوم الخميس 12 مارس 2026',
  ])('«%s» leaves the story, and its day with it', (ticker) => {
    for (const text of [`${ticker}\n${HEAD}\n${LEAD}`, `${ticker}\n${LEAD}`]) {
      const clean = cleanArticle(text, 0);
      expect(clean.dropped).toContainEqual(expect.objectContaining({ text: ticker, reason: REASON }));
      expect(clean.title).not.toBe(ticker);
      expect(dayOf(text)).toBe('2017-05-16');
    }
  });
  it('a story headed «عاجل:» by its outlet keeps it: its words come back in the lead', () => {
    const own = 'عاجل: انطلاق الجولة السادسة من المحادثات السورية في جنيف';
    const clean = cleanArticle(`${own}\n${LEAD}`, 0);
    expect(clean.title).toBe(own);
    expect(clean.dropped.map((d) => d.text)).not.toContain(own);
  });
});
