// A round's Nth day in the forms news writes besides «اليوم الثالث من الجولة»: the ordinal's construct with
// the days («في ثالث أيام الجولة السادسة»), the day fronted by its pronoun before a comma («في يومها الرابع،
// لم تحقق الجولة الثانية …»), and the Nth day told beside «اليوم» whatever verb tells it («واصلت الجولة
// الثامنة أعمالها اليوم في يومها الثالث»). Before, the first two were refused and the third was a
// nine-day interval. Invented (hunts 19 and 20).
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a round\'s Nth day', () => {
  it('in construct with the days', () => {
    expect(catalogDate('اللجنة الدستورية\nناقشت الهيئة المصغرة للجنة الدستورية السورية، اليوم الأربعاء، في ثالث أيام الجولة السادسة، مبدأ سيادة القانون.')).toBe('2021-10-20');
    expect(catalogDate('جنيف 4\nالتقى المبعوث الدولي ستيفان دي ميستورا اليوم، في ثاني أيام الجولة الرابعة من مفاوضات جنيف، وفد الهيئة العليا للمفاوضات.')).toBe('2017-02-24');
  });
  it('in construct with the days right after «اليوم», whatever the verb', () => {
    // Astana's ninth round met on 14-15 May 2018, Geneva III's second session opened on 14 March 2016.
    // «اليوم» before an ordinal was dropped as a day of something, and the count was told with no day:
    // spans from the day counted.
    expect(catalogDate('شهد اليوم ثاني أيام الجولة التاسعة من محادثات أستانا لقاءات ثنائية بين الوفود.')).toBe('2018-05-15');
    expect(catalogDate('عقد المبعوث اليوم ثالث أيام الجولة الثانية من مفاوضات جنيف 3 جلسة مع وفد المعارضة.')).toBe('2016-03-16');
  });
  it('but not an edge of the round when the days counted are something else\'s', () => {
    // Astana's eighth round opened on 21 December 2017: the workshop's second day is no opening of it.
    expect(catalogDate('بدأت اليوم ثاني أيام ورشة العمل حول الجولة الثامنة من محادثات أستانا.')).not.toBe('2017-12-21');
  });
  it('fronted by its pronoun before the round', () => {
    expect(catalogDate('جنيف 2\nفي يومها الرابع، لم تحقق الجولة الثانية من مفاوضات جنيف 2 أي اختراق، إذ أعلن الإبراهيمي اليوم الخميس أنه سيلتقي مسؤولين روساً وأميركيين.')).toBe('2014-02-13');
  });
  it('told beside «اليوم» with a verb of no edge', () => {
    expect(catalogDate('جنيف 8\nواصلت الجولة الثامنة من محادثات جنيف أعمالها اليوم في يومها الثالث بلقاءات منفصلة.')).toBe('2017-11-30');
  });
  it('but another act\'s days, beside a round that is its setting or its object, are not the round\'s', () => {
    expect(catalogDate('اعتصام\nيواصل أهالي المعتقلين اعتصامهم اليوم أمام مقر الأمم المتحدة بالتزامن مع الجولة الخامسة من محادثات جنيف لليوم الثاني.')).not.toBe('2017-03-24');
    expect(catalogDate('احتجاجات\nدخلت الاحتجاجات في إدلب يومها الأول أمس.\nفي يومها الثاني، رفض المحتجون الجولة الرابعة عشرة من محادثات أستانا ومخرجاتها.\nورفعوا لافتات.')).toBeNull();
  });
  it('nor the days a pronoun of the other gender counts', () => {
    // Astana's fourth round met on 3-4 May 2017: «يومه» is the strike's fifth day, and a fifth day of a
    // round of two was the round's last day, printed.
    const strike = 'إضراب\nأعلن معتقلو سجن حماة اليوم مواصلة إضرابهم عن الطعام للمطالبة بإدراج قضيتهم على جدول أعمال الجولة الرابعة من محادثات أستانا، في يومه الخامس.';
    expect(catalogDate(strike)).not.toBe('2017-05-04');
    // A round named by its name tells no gender its pronoun must agree with: Astana 9 opened on 14 May 2018.
    expect(catalogDate('أستانا 9\nتواصلت أستانا 9 اليوم في يومها الثاني بلقاءات ثنائية بين الوفود.')).toBe('2018-05-15');
  });
  it('nor a day past the round\'s last: only a round that lasted so long is counted', () => {
    // The committee's eighth round met for five days (30 May-3 June 2022), Geneva's eighth for seventeen: a
    // sixth day on a Friday was the committee's last day, printed (3 June 2022). Geneva 8's sixth day was
    // Sunday 3 December 2017.
    const sixth = 'تتواصل اليوم الجمعة في جنيف جلسات الجولة الثامنة من المحادثات لليوم السادس على التوالي.';
    expect(catalogDate(sixth)).not.toBe('2022-06-03');
    expect(catalogDate(sixth.replace('الجمعة', 'الأحد'))).toBe('2017-12-03');
  });
  it('but when no round of the reference lasted so long, the writer counts days the catalog does not: its last', () => {
    // Astana's sixth round met on 14-15 September 2017 (Friday the 15th), its technical meetings the day
    // before: with its one candidate dropped, the close told on its «third day» was refused.
    expect(catalogDate('أستانا 6\nاختتمت الجولة السادسة من محادثات أستانا أعمالها اليوم الجمعة في يومها الثالث.')).toBe('2017-09-15');
  });
  it('nor two days of a month in the dual («يومي الثالث والرابع»)', () => {
    // Astana 4 was set for 3-4 May 2017, announced on Sunday 30 April: read as the round's third day,
    // past a round of two, the clue went and the story was refused.
    const span = catalogSpan('أعلنت وزارة الخارجية الكازاخية، اليوم الأحد، أن الجولة الرابعة من المحادثات السورية ستعقد في أستانا يومي الثالث والرابع من الشهر المقبل.');
    expect(span).not.toBeNull();
    expect(span![0] <= parseDay('2017-04-30')! && parseDay('2017-04-30')! <= span![1]).toBe(true);
  });
  it('nor the days of something else before the round', () => {
    expect(catalogDate('أستانا 10\nانطلقت اليوم في ثالث أيام زيارة الوفد الروسي الجولة العاشرة من محادثات أستانا.')).toBe('2018-07-30');
  });
});

// «في اليوم الثاني من أعمال الجولة الرابعة»: the round's work between the Nth day and the round. The work
// words' alternation was not grouped, so only the last of them could stand there with its space.
describe('a round\'s Nth day before the round\'s work', () => {
  it('is read', () => {
    expect(catalogDate('جنيف 4\nالتقى المبعوث الدولي ستيفان دي ميستورا اليوم الجمعة، في اليوم الثاني من أعمال الجولة الرابعة من مفاوضات جنيف، وفد الهيئة العليا للمفاوضات.')).toBe('2017-02-24');
  });
});
