// «القمة المقررة في جدة في 19 أيار»: a day set for something is still to come, even when the sentence
// opened on a past verb of another event («بعد اجتماع جدة الذي عقد …»).
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

describe('a year-less day after a scheduling adjective', () => {
  // The Amman consultative meeting of Arab ministers was on Monday 1 May 2023; the Jeddah summit
  // followed on 19 May 2023.
  const text = 'وزراء خارجية خمس دول عربية يلتقون في عمان\nالتقى وزراء خارجية الأردن والعراق والسعودية ومصر وسوريا اليوم الإثنين في العاصمة الأردنية. وجاء اللقاء عقب اجتماع جدة الذي عقد في 14 نيسان الماضي، وقبل القمة العربية المقررة في جدة في 19 أيار.';
  it.each(['المقررة', 'المرتقبة'])('puts the story before the day after «%s», not after it', (word) => {
    const r = dateArticle(text.replace('المقررة', word), { rounds });
    const span = edtfSpan(r.anchor!.edtf)!;
    expect(span[0]).toBeLessThanOrEqual(parseDay('2023-05-01')!);
    expect(span[1]).toBeGreaterThanOrEqual(parseDay('2023-05-01')!);
  });
});
