// A meeting named after an «earlier» («ترتيبات سابقة أبرزها مذكرة إدلب») is recalled among past ones:
// neither the day of the clause's verb nor a plan still to come.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const anchorOf = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf ?? null;

describe('a meeting recalled as an earlier one', () => {
  it('is not tied to the day of a new agreement before it', () => {
    // Read as tied, the Idlib memorandum (17 September 2018) dated the new deal to the Tuesday after it.
    const text = 'موسكو - أبرم الجانبان الروسي والتركي اليوم الثلاثاء تفاهما جديدا حول الطريق الدولي، يلغي تفاهمات سابقة في مقدمتها مذكرة إدلب.';
    expect(anchorOf(text)).toBeNull();
  });
});
