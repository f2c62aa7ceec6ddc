// «تدخل الجولة الثامنة من مفاوضات جنيف أسبوعها الثاني اليوم الثلاثاء»: Geneva's rounds ran up to eighteen
// days, and the news counts their weeks as it counts their days. Before, a round in its Nth week was only
// a round near the story (every Tuesday of Geneva 8 alike: refused), and «مع بدء الأسبوع الثاني من الجولة»
// read «بدء» as the round's own opening (printed a week early). Invented.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a round in its Nth week', () => {
  it('puts the story in that week', () => {
    expect(catalogDate('جنيف 8\nتدخل الجولة الثامنة من مفاوضات جنيف بين وفدي الحكومة السورية والمعارضة أسبوعها الثاني اليوم الثلاثاء وسط تعثر واضح.')).toBe('2017-12-05');
    expect(catalogDate('جنيف 8\nتتواصل اليوم الثلاثاء أعمال الجولة الثامنة من مفاوضات جنيف في أسبوعها الثاني بعودة وفد الحكومة.')).toBe('2017-12-05');
  });
  it('counts a calendar week too: a round opened on a Thursday is in its second week the next Tuesday', () => {
    expect(catalogDate('جنيف 4\nتدخل محادثات جنيف 4 بين وفدي الحكومة السورية والمعارضة أسبوعها الثاني وسط خلاف على جدول الأعمال، وقال المبعوث الأممي ستيفان دي ميستورا اليوم الثلاثاء إن السلال الأربع باتت مطروحة.')).toBe('2017-02-28');
  });
  it('with no day, holds the story to the week, not to one of its days', () => {
    expect(catalogDate('جنيف 8\nدخلت الجولة الثامنة من مفاوضات جنيف أسبوعها الثاني دون أن يلتقي الوفدان وجهاً لوجه.')).toBe('2017-12-02/2017-12-11');
  });
  it('reads the start of a week of the round as that week, not the round\'s opening', () => {
    expect(catalogDate('جنيف\nمع بدء الأسبوع الثاني من الجولة الثانية من مفاوضات جنيف 3، التقى دي ميستورا اليوم الاثنين وفد الهيئة العليا للمفاوضات.')).toBe('2016-03-21');
  });
  it('but a week of a month after the round is the month\'s', () => {
    expect(catalogDate('جنيف 8\nأعلن المبعوث الأممي اليوم الاثنين أن الجولة الثامنة من مفاوضات جنيف التي تبدأ غداً ستستمر حتى الأسبوع الثاني من كانون الأول.')).toBe('2017-11-27');
  });
  it('and an edge told of a week of the round is that week\'s', () => {
    expect(catalogDate('جنيف 8\nجنيف - اختتمت الجولة الثامنة من مفاوضات جنيف أسبوعها الأول اليوم الجمعة دون مفاوضات مباشرة.')).toBe('2017-12-01');
  });
  it('but a week another subject enters is not the round\'s', () => {
    expect(catalogDate('جنيف 8\nانطلقت اليوم الثلاثاء الجولة الثامنة من مفاوضات جنيف بين وفدي الحكومة والمعارضة، مع دخول الهدنة في الغوطة الشرقية أسبوعها الثاني.')).toBe('2017-11-28');
    expect(catalogDate('جنيف 5\nافتتح المبعوث الأممي ستيفان دي ميستورا اليوم الخميس الجولة الخامسة من محادثات جنيف وسط معارك تدخل أسبوعها الثاني في حي جوبر.')).toBe('2017-03-23');
  });
  it('nor the week of a subject joined after the round, of a masculine noun, or of a recalled round', () => {
    expect(catalogDate('جنيف 8\nانطلقت اليوم الثلاثاء في جنيف الجولة الثامنة من المحادثات السورية والحملة العسكرية على الغوطة الشرقية تدخل أسبوعها الثاني.')).toBe('2017-11-28');
    expect(catalogDate('جنيف 8\nانطلقت اليوم الثلاثاء الجولة الثامنة من محادثات جنيف والحصار على الغوطة الشرقية يدخل أسبوعه الثالث، بحسب ناشطين.')).toBe('2017-11-28');
    expect(catalogDate('فيينا\nانطلقت اليوم الخميس في فيينا جولة جديدة من المحادثات السورية برعاية الأمم المتحدة. وتأتي بعد الجولة الثامنة من محادثات جنيف التي انهارت في أسبوعها الثاني من دون أي تقدم.')).not.toBe('2017-12-07');
  });
  it('and a round that enters its own week is no other subject', () => {
    expect(catalogDate('اللجنة الدستورية في أسبوعها الثاني\nالجولة الأولى من اجتماعات اللجنة الدستورية السورية تدخل أسبوعها الثاني اليوم الاثنين في جنيف وسط خلافات حول جدول الأعمال.')).toBe('2019-11-04');
  });
  it('but a round that had met only three days is in its first week, not a day it was announced for', () => {
    const printed = catalogDate('جنيف\nالجولة الثانية من محادثات جنيف 3 تدخل أسبوعها الثاني اليوم الاثنين، ويلتقي دي ميستورا وفد الحكومة.');
    if (printed !== null) expect(printed.startsWith('2016-03')).toBe(true);
  });
});
