// A meeting named after an «earlier» («ترتيبات سابقة أبرزها مذكرة إدلب») is recalled among past ones:
// neither the day of the clause's verb nor a plan still to come.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, catalogDate } from './fixtures.ts';

describe('a meeting recalled as an earlier one', () => {
  it('is not tied to the day of a new agreement before it', () => {
    // Read as tied, the Idlib memorandum (17 September 2018) dated the new deal to the Tuesday after it.
    const text = 'موسكو - أبرم الجانبان الروسي والتركي اليوم الثلاثاء تفاهما جديدا حول الطريق الدولي، يلغي تفاهمات سابقة في مقدمتها مذكرة إدلب.';
    expect(catalogDate(text)).toBeNull();
  });
});

describe('a planning noun an «earlier» qualifies', () => {
  it('is done, and a date after it is not still to come', () => {
    // Read as planned, «ترتيبات سابقة» made the memorandum's date one ahead of the article, dated to a
    // Tuesday before 17 September 2018.
    const text = 'سوتشي - اتفق الرئيسان اليوم الثلاثاء على آلية جديدة للدوريات المشتركة، تحل محل ترتيبات سابقة أبرزها مذكرة إدلب (September 17, 2018).';
    const r = dateArticle(text, { rounds: CATALOG_ROUNDS });
    expect(r.anchor === null || r.anchor.edtf > '2018-09-17', r.anchor?.edtf).toBe(true);
  });
});
