// A date after the story's first verb on its line is that verb's time, not a dateline: «الجزائر (واج) -
// اختتمت يوم الخميس 4 ماي …» is told on the 4th or after, not stamped with it. Invented, in a Maghreb
// agency's shape; Astana's fourth round closed on Thursday 4 May 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate, printedBefore } from './fixtures.ts';

describe('a weekday and date after the first verb of a dateline\'s line', () => {
  it('is no stamp of the article\'s day', () => {
    // Read as the dateline, this was printed 2017-05-04, though it tells the 6th as past.
    const text = 'الجزائر (واج) - اختتمت يوم الخميس 4 ماي في أستانا الجولة الرابعة من المحادثات السورية بالتوقيع على مذكرة مناطق خفض التصعيد، وهي المذكرة التي بدأ تطبيقها يوم 6 ماي.';
    expect(catalogDate(text)).not.toBe('2017-05-04');
    expect(printedBefore(text, '2017-05-04')).toBe(false);
  });
  it('while a place, an agency and the date before the dash still are', () => {
    expect(catalogDate('الجزائر - الخميس 4 ماي 2017 (واج) - اختتمت في أستانا الجولة الرابعة من المحادثات السورية.')).toBe('2017-05-04');
  });
});
