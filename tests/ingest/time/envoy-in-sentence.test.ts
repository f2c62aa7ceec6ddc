// «جنيف - افتتح المبعوث الدولي الأخضر الإبراهيمي اليوم الاثنين الجولة الثانية من المفاوضات بين وفدي الحكومة
// السورية والائتلاف الوطني»: a round with no track, in a sentence naming the UN envoy in office, met in his
// term. Before, the city only in the dateline left Geneva II's second session out, and the Monday of the
// committee's second round (2019) was printed against Brahimi's term. Invented (hunt 20).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('the envoy named in office in the round\'s sentence', () => {
  it('holds the round in his term', () => {
    expect(catalogDate('الإبراهيمي يفتتح الجولة\nجنيف - افتتح المبعوث الدولي الأخضر الإبراهيمي اليوم الاثنين الجولة الثانية من المفاوضات بين وفدي الحكومة السورية والائتلاف الوطني، بلقاءات منفصلة مع كل منهما.')).toBe('2014-02-10');
  });
  it('but a predecessor named beside him is no envoy in office', () => {
    expect(catalogDate('بيدرسن يفتتح الجولة\nافتتح المبعوث الأممي غير بيدرسن اليوم الاثنين الجولة الثانية من المفاوضات، بعد خمس سنوات من جولتي سلفه الأخضر الإبراهيمي.')).toBe('2019-11-25');
  });
  it('nor a past envoy named by «السابق», before his name or after it', () => {
    expect(catalogDate('الجولة الثانية\nجنيف - انطلقت اليوم الاثنين الجولة الثانية من المفاوضات بين أعضاء الهيئة المصغرة، وسط تشكيك من المبعوث الأممي السابق الأخضر الإبراهيمي في جدواها.')).toBe('2019-11-25');
    expect(catalogDate('الجولة الثانية\nجنيف - انطلقت اليوم الاثنين الجولة الثانية من المفاوضات، ووصفها الأخضر الإبراهيمي، المبعوث الأممي السابق، بأنها فرصة أخيرة.\nوتستمر حتى الجمعة.')).toBe('2019-11-25');
  });
  it('nor an envoy whose name a paper carries', () => {
    expect(catalogDate('الجولة الثانية\nانطلقت اليوم الاثنين في جنيف الجولة الثانية من المفاوضات على أساس ورقة دي ميستورا للمبادئ الاثنتي عشرة.\nوتستمر حتى الجمعة.')).not.toBe('2016-03-14');
  });
});
