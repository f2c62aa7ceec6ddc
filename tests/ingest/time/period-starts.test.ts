// «بدأ الشهر باجتماع عمان التشاوري»: in a roundup the start verb's subject is the month; the meeting is
// its first event, not the story's news. Read as the meeting's opening reported in the lead, it dated a
// month's roundup to that meeting's first days.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a period that starts with a meeting', () => {
  it('does not make the meeting the lead\'s news', () => {
    // Before, 2023-05-01/2023-05-05: before the summit of the 19th the roundup tells as past.
    const text = 'حصاد أيار\nبدأ الشهر باجتماع عمان التشاوري لوزراء الخارجية، ثم عادت دمشق إلى مقعدها في الجامعة العربية، قبل أن يحضر الأسد القمة العربية في جدة في التاسع عشر منه.';
    const r = dateArticle(text, { rounds: CATALOG_ROUNDS });
    const span = r.anchor ? edtfSpan(r.anchor.edtf)! : null;
    expect(span === null || span[1] >= parseDay('2023-05-19')!, r.anchor?.edtf).toBe(true);
  });
});
