// «بعد أسبوع من مؤتمر باريس»، «قبل يومين من الجولة الثامنة»: a count of days off a meeting named with no
// opening or closing word, counted from its close when after it and from its opening when before, as
// «بعد أسبوع من اختتام …» already was. Invented texts (hunt 9); the Paris conference met on Thursday 13
// February 2025, Astana's eighth round opened on Thursday 21 December 2017.
import { describe, expect, it } from 'vitest';
import { catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

describe('a count of days off a meeting named bare', () => {
  it('after it, from its close', () => {
    expect(catalogDate('بعد أسبوع من مؤتمر باريس حول سوريا، زار الشيباني أنقرة اليوم الخميس.')).toBe('2025-02-20');
  });

  it('before it, from its opening', () => {
    expect(catalogDate('وصل الوفد اليوم الثلاثاء إلى أستانا قبل يومين من الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-19');
  });

  it('not across a reported clause to a day of the saying', () => {
    // The ninth round said to come a week after the eighth: «اليوم الخميس» is the envoy's saying.
    expect(catalogDate('وقال المبعوث اليوم الخميس إن الجولة التاسعة من محادثات أستانا ستعقد بعد أسبوع من الجولة الثامنة.')).toBeNull();
  });

  it("not when the round's own relative clause tells its time", () => {
    // A review's texts, widened to a week by the first version: the count was read off the clause's
    // weekday. The committee's eighth round closed on Friday 3 June 2022.
    expect(catalogDate('وصل وفد المعارضة اليوم الثلاثاء إلى أستانا، قبل يومين من الجولة الثامنة من محادثات أستانا التي تنطلق الخميس.')).toBe('2017-12-19');
    expect(catalogDate('قال بيدرسن اليوم السبت، بعد يوم من الجولة الثامنة للجنة الدستورية التي اختتمت الجمعة في جنيف، إن الخلافات ما زالت كبيرة.')).toBe('2022-06-04');
  });
});

describe('a count of days off another act told at a meeting', () => {
  // A review's text: Putin met Assad in Sochi on Monday 20 November 2017, two days before hosting the
  // Sochi summit of Wednesday 22 November; «اليوم الاثنين» was read as a summit's Monday (Ankara, 16
  // September 2019).
  it('is a count off the meeting when the act is at it («في»)', () => {
    expect(catalogDate('بوتين يلتقي الأسد\nالتقى بوتين الأسد في سوتشي اليوم الاثنين قبل يومين من مشاركته في القمة الثلاثية في سوتشي.')).toBe('2017-11-20');
    // Geneva's fourth round opened on Thursday 23 February 2017.
    expect(catalogDate('وصل وفد المعارضة إلى جنيف اليوم الثلاثاء قبل يومين من مشاركته في الجولة الرابعة من المحادثات برعاية دي ميستورا.')).toBe('2017-02-21');
  });

  it('never makes the day the meeting\'s own', () => {
    // Three summits opened on a Wednesday; nothing tells which.
    expect(catalogDate('بوتين يلتقي الأسد\nالتقى بوتين الأسد في سوتشي اليوم الاثنين قبل يومين من استقباله أردوغان وروحاني في قمة ثلاثية.')).toBeNull();
    // A review's text: counted after an act at the round, which may fall on any of its days (Geneva 8 ran
    // seventeen days; the delegation suspended its part on 1 December 2017): not off the close.
    expect(catalogDate('أكد رئيس وفد الحكومة السورية بشار الجعفري اليوم الأحد بعد يومين من تعليق مشاركته في الجولة الثامنة من محادثات جنيف أن عودة الوفد مرهونة بسحب بيان الرياض 2.')).toBeNull();
    // A call about the summit, not at it: the Monday is the ministers' meeting's.
    expect(catalogDate('لافروف وجاويش أوغلو\nالتقى لافروف نظيره التركي في موسكو اليوم الاثنين بعد يومين من اتصال هاتفي بين الرئيسين بشأن القمة الثلاثية.')).toBeNull();
  });

  it("keeps the day of the meeting's own opening verb", () => {
    expect(catalogDate('انطلقت اليوم الخميس بعد يومين من وصول الوفود إلى العاصمة الكازاخية الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
    // Told in the present the lead's edge reading does not stand in for the tie: without the verb's day it was refused.
    expect(catalogDate('تنطلق اليوم الخميس بعد يومين من وصول الوفود إلى العاصمة الكازاخية الجولة الثامنة من محادثات أستانا.')).toBe('2017-12-21');
  });
});

describe('a count of days set off by commas', () => {
  it('counts off the meeting for the clause\'s day', () => {
    // A hunt's text: the day after the Sochi summit of Wednesday 22 November 2017.
    expect(catalogDate('قال الرئيس الإيراني حسن روحاني اليوم الخميس، بعد يوم من القمة الثلاثية الروسية التركية الإيرانية في سوتشي، إن العملية السياسية في سوريا دخلت مرحلة جديدة.')).toBe('2017-11-23');
  });

  it('but a count with no number still opens a clause of its own', () => {
    // A review's text: «انطلقت» is Astana 10's (Sochi, Monday 30 July 2018), not the Ankara summit's.
    expect(catalogDate('انطلقت اليوم الاثنين في سوتشي، بعد أشهر من قمة أنقرة الثلاثية، أعمال الجولة العاشرة من محادثات أستانا بمشاركة الدول الضامنة.')).not.toBe('2019-09-16');
  });
});

describe('a count off an edge with a day right after the round', () => {
  it('tells the clause\'s act\'s distance from the edge, whose own day that is', () => {
    // The committee's sixth round opened on Monday 18 October 2021; the briefing came a week before. Read as
    // the day a week before the opening, «الاثنين المقبل» put the story a week early.
    expect(catalogDate('قدم المبعوث الأممي غير بيدرسن اليوم الاثنين إحاطة لمجلس الأمن، قبل أسبوع من انطلاق الجولة السادسة من اجتماعات اللجنة الدستورية الاثنين المقبل.')).toBe('2021-10-11');
  });

  it('but a day past a comma and another verb is that verb\'s, the count\'s day', () => {
    // Astana's eighth round opened on Thursday 21 December 2017.
    expect(catalogDate('قبل يومين من انطلاق الجولة الثامنة من محادثات أستانا، وصل الوفد الروسي اليوم الثلاثاء إلى العاصمة الكازاخية.')).toBe('2017-12-19');
  });
});

describe('a count off an edge of other talks named after the round', () => {
  it('is no count off the round', () => {
    // Astana's second round opened on Wednesday 15 February 2017, a week before Geneva resumed. The count
    // off «استئناف محادثات جنيف» was read off the round's own opening, and 8 February was printed.
    expect(catalogDate('أستانا 2\nانطلقت اليوم الأربعاء في العاصمة الكازاخية الجولة الثانية من المحادثات، قبل أسبوع من استئناف محادثات جنيف.')).toBe('2017-02-15');
  });
});

describe('a sentence that frames the news against a meeting, counting days off it', () => {
  it('ties the count to the story\'s day told before it', () => {
    // Hunt 30: background stories tell the talks in a later sentence («ويأتي ذلك …»، «وجاءت الغارات …») with
    // no day of its own; read only in the lead, the count was lost and the story refused. The Tehran summit
    // met on Friday 7 September 2018; Astana's fourteenth round closed on Wednesday 11 December 2019.
    expect(catalogDate('شنت طائرات حربية روسية اليوم الثلاثاء غارات على ريف إدلب الغربي.\nوجاءت الغارات قبل ثلاثة أيام من قمة طهران الثلاثية.')).toBe('2018-09-04');
    expect(catalogDate('جرت اليوم الأربعاء عملية تبادل محتجزين قرب مدينة الباب.\nوشملت العملية عشرين شخصاً من كل طرف.\nوتأتي العملية بعد أسبوع من اختتام الجولة الرابعة عشرة من محادثات أستانا.')).toBe('2019-12-18');
  });

  it('but a sentence another verb opens, or a story with no day of its own, ties nothing', () => {
    expect(catalogDate('شنت طائرات حربية روسية اليوم الثلاثاء غارات على ريف إدلب الغربي.\nوكانت الطائرات قد قصفت المنطقة قبل ثلاثة أيام من قمة طهران الثلاثية.')).toBeNull();
    expect(catalogDate('شنت طائرات حربية روسية غارات على ريف إدلب الغربي.\nوجاءت الغارات قبل ثلاثة أيام من قمة طهران الثلاثية.')).toBeNull();
  });
});

describe('a count set off at the end of a reported clause', () => {
  it('times the reporting clause, whose day it ties', () => {
    // Hunt 30: the presidents' video summit met on Wednesday 1 July 2020; the envoy spoke the next day. The
    // reported clause has no day of its own, and the count in it tied nothing.
    expect(catalogDate('قال المندوب الروسي في مجلس الأمن اليوم الخميس إن موقف بلاده لم يتغير، بعد يوم من القمة الثلاثية عبر الفيديو.')).toBe('2020-07-02');
  });

  it('but with no comma before it the count is the reported clause\'s own', () => {
    expect(catalogDate('قال المندوب الروسي في مجلس الأمن اليوم الخميس إن موقف بلاده لم يتغير بعد يوم من القمة الثلاثية عبر الفيديو.')).toBeNull();
  });
});

describe('this stop\'s counts narrowed (review 32)', () => {
  it('a count off the round\'s own talks by another name is the round\'s', () => {
    // Geneva's fifth round opened on Thursday 23 March 2017.
    expect(catalogDate('جنيف 5\nوصل وفد المعارضة اليوم إلى جنيف للمشاركة في الجولة الخامسة من محادثات جنيف، قبل يومين من انطلاق مفاوضات السلام.')).toBe('2017-03-21');
  });

  it('«اليوم» right after a counted-off round is the count\'s day', () => {
    // Geneva's fourth round opened on Thursday 23 February 2017; read as its opening, the Monday moved the
    // story to the committee's fourth round, which opened on a Monday (30 November 2020).
    expect(catalogDate('جنيف 4\nوصل وفد الحكومة السورية إلى جنيف قبل ثلاثة أيام من انطلاق الجولة الرابعة من المحادثات برعاية الأمم المتحدة اليوم الاثنين.')).toBe('2017-02-20');
  });

  it('a framing sentence after a sentence of another day, or «وجاء في», ties nothing', () => {
    expect(catalogDate('جنيف 5\nيعقد مجلس الأمن الدولي غداً جلسة طارئة حول سوريا، بحسب ما أعلنت البعثة البريطانية اليوم.\n\nوتأتي الجلسة قبل أسبوع من انطلاق الجولة الخامسة من محادثات جنيف.')).toBeNull();
    expect(catalogDate('جنيف 4\nأصدرت الهيئة العليا للمفاوضات اليوم بياناً حول الأوضاع الإنسانية في المناطق المحاصرة.\n\nوجاء في البيان أن وفد الهيئة سيتوجه إلى جنيف قبل يومين من انطلاق الجولة الرابعة من المحادثات.')).toBeNull();
  });
});

describe('a count set off after a reported clause with words of its own', () => {
  it('times the saying when the reported act is to come', () => {
    // Hunt 30: the deputies met in Moscow on 3-4 April 2023; «مطلع الشهر المقبل» is the ministers' meeting to
    // come, and read as the count's day it printed a month early.
    expect(catalogDate('قال جاويش أوغلو اليوم الخميس إن اجتماعاً لوزراء خارجية تركيا وروسيا وإيران وسوريا قد يعقد مطلع الشهر المقبل، بعد يومين من اختتام الاجتماع الرباعي لنواب وزراء الخارجية في موسكو.')).toBe('2023-04-06');
  });

  it('but times the reported act told in the past (review 34)', () => {
    // Geneva's fourth round opened on Thursday 23 February 2017, the evening of the story; the delegation came
    // two days before. Tied to the saying, the count put the story two days after the opening, against its
    // own line, and it was refused.
    expect(catalogDate('جنيف 4\nقال رئيس الوفد اليوم الخميس إن الوفد وصل إلى جنيف، قبل يومين من انطلاق الجولة الرابعة من المحادثات.\nوتنطلق الجولة مساء اليوم بجلسة افتتاحية يرأسها المبعوث الدولي.')).toBe('2017-02-23');
  });
});

describe('a framing sentence after a sentence an auxiliary opens with no «قد» (review 34)', () => {
  it('frames that earlier act: it ties nothing', () => {
    // The committee's sixth round opened on Monday 18 October 2021; the story is of the Monday before. «وجاء ذلك»
    // was tied to the story's day, two weeks before the opening, and 4 October was printed at p=1.00.
    expect(catalogDate('جنيف - وكالات\nقال المبعوث الأممي غير بيدرسن اليوم الاثنين إن الجولة السادسة من اجتماعات اللجنة الدستورية ستنطلق الاثنين المقبل في جنيف.\nوكان بيدرسن أعلن في إحاطته أمام مجلس الأمن أن الرئيسين المشتركين للجنة اتفقا على منهجية جديدة للعمل.\nوجاء ذلك قبل أسبوعين من انطلاق الجولة السادسة من اجتماعات اللجنة الدستورية.')).toBe('2021-10-11');
  });
});

// «قبل أسبوعين من موعد انعقاد الجولة»: the time the edge is set for stood between the count and the edge, and
// the count was not read: the story's Thursday was taken for the round's opening, two weeks late (hunt 36,
// six wrong days). Astana's twelfth round opened on Thursday 25 April 2019, the tenth on Monday 30 July 2018.
describe('a count off the time an edge is set for', () => {
  it('counts off the edge', () => {
    expect(catalogDate('تحضيرات\nقبل أسبوعين من موعد انعقاد الجولة الثانية عشرة من محادثات أستانا، قالت الخارجية الكازاخية اليوم الخميس إن الترتيبات تمضي كما هو مقرر.')).toBe('2019-04-11');
    expect(catalogDate('تحضيرات\nقبل عشرة أيام من تاريخ انطلاق الجولة الثانية عشرة من محادثات أستانا، قالت الخارجية الكازاخية اليوم الاثنين إن الدعوات أرسلت.')).toBe('2019-04-15');
  });
  it('told definite, with what fixed it: «من الموعد المحدد لانطلاق»', () => {
    // Review 37: the count unread, the Thursday a week late was printed.
    expect(catalogDate('تحضيرات\nقبل أسبوع من الموعد المحدد لانطلاق الجولة الثانية عشرة من محادثات أستانا، أعلنت الخارجية الكازاخية اليوم الخميس مشاركة مراقبين جدد.')).toBe('2019-04-18');
    expect(catalogDate('تحضيرات\nقبل أسبوع من التاريخ المحدد لانعقاد الجولة الثانية عشرة من محادثات أستانا، أعلنت الخارجية الكازاخية اليوم الخميس مشاركة مراقبين جدد.')).toBe('2019-04-18');
  });
  it('but a date the round is scheduled for, told after it, is its own, not a day off it', () => {
    const span = catalogSpan('تحضيرات\nقبل أسبوعين من موعد انعقاد الجولة العاشرة من محادثات أستانا، تتكثف الاتصالات بين العواصم، وسط ترقب للاجتماعات المقررة يومي 30 و31 من الشهر الجاري في سوتشي.');
    expect(span).not.toBeNull();
    expect(span![0] <= parseDay('2018-07-16')! && span![1] >= parseDay('2018-07-16')!).toBe(true);
  });
});

// Review 37: «… اليوم الجمعة، أي قبل أسبوع من موعد انتهاء تفويض الفريق الاستشاري»: a count off an edge past
// the round whose object is another thing was read off the round's edge (a week early), with «موعد» or not.
// The committee's second round closed on Friday 29 November 2019; Geneva 5 opened on 23 March 2017.
describe('a count off an edge past the round', () => {
  it('is off another thing\'s edge when the edge has an object of its own', () => {
    expect(catalogDate('جنيف\nاختتمت الجولة الثانية من اجتماعات اللجنة الدستورية اليوم الجمعة، أي قبل أسبوع من موعد انتهاء تفويض الفريق الاستشاري.')).toBe('2019-11-29');
  });
  it('but off the round\'s when the object is the talks named again', () => {
    expect(catalogDate('جنيف\nوصلت الوفود اليوم إلى جنيف للمشاركة في الجولة الخامسة من محادثات جنيف، قبل يومين من بدء مفاوضات السلام.')).toBe('2017-03-21');
  });
});
describe('a counted-off meeting with a relative clause of who met at it', () => {
  // Hunt 30: «… بعد يومين من لقاء لوزان الذي جمع وزيري الخارجية …»: the relative clause's «جمع» was read
  // as a second word of the meeting's, and a framing sentence or a count set off after a reported clause
  // ties only one. The guarantors' summit in Ankara met on Monday 16 September 2019; the Amman meeting of
  // five foreign ministers on Monday 1 May 2023.
  it('still ties the count in a framing sentence', () => {
    expect(catalogDate('نفذت طائرات حربية اليوم الأربعاء غارات على مواقع للفصائل في ريف حماة الشمالي.\nوجاءت الغارات بعد يومين من قمة أنقرة الثلاثية التي جمعت زعماء الدول الضامنة لمسار أستانا.')).toBe('2019-09-18');
  });

  it('and after a reported clause', () => {
    expect(catalogDate('قال وزير الخارجية العراقي اليوم الأربعاء إن بلاده تدعم عودة سوريا إلى محيطها العربي، بعد يومين من اجتماع عمان التشاوري الذي جمع وزراء خارجية خمس دول عربية.')).toBe('2023-05-03');
  });
});

describe('a meeting «المقرر بعد أسبوع»: scheduled a count ahead of the story', () => {
  // Hunt 30: «بحث الشيباني اليوم الخميس … التحضيرات لمؤتمر باريس حول سوريا، المقرر بعد أسبوع»: the count told
  // after the meeting's scheduling adjective was no time of the meeting's, and the story was refused. The Paris
  // conference met on Thursday 13 February 2025; Astana's tenth round opened in Sochi on Monday 30 July 2018.
  it('opens the meeting that far from the story\'s day', () => {
    expect(catalogDate('بحث وزير الخارجية أسعد الشيباني اليوم الخميس مع نظيره الفرنسي التحضيرات لمؤتمر باريس حول سوريا، المقرر بعد أسبوع.')).toBe('2025-02-06');
    expect(catalogDate('بحث وزير الخارجية الروسي سيرغي لافروف اليوم السبت في موسكو مع نظيره الإيراني الترتيبات للجولة العاشرة من محادثات أستانا، المقررة بعد يومين في سوتشي.')).toBe('2018-07-28');
  });

  it('but not the count of another meeting named after it', () => {
    // The results of the Paris conference, over; the European meeting is what comes a week later.
    expect(catalogDate('ناقش وزير الخارجية أسعد الشيباني اليوم الخميس مع نظيره الفرنسي نتائج مؤتمر باريس حول سوريا والاجتماع الوزاري الأوروبي المقرر بعد أسبوع في بروكسل.')).toBeNull();
  });
});

describe('a sentence opened by a past act that ends in a count set off by a comma', () => {
  // Hunt 30: «والتقى المعلم فور وصوله جابري أنصاري …، قبل يومين من انطلاق الجولة التاسعة»: a later sentence with
  // no day of its own and no framing verb, whose act follows the news told before it; the count timed nothing
  // and the story was refused. Astana's tenth round opened in Sochi on Monday 30 July 2018.
  it('ties the count to the story\'s day told before it', () => {
    expect(catalogDate('وزير الخارجية الإيراني في دمشق\nوصل وزير الخارجية الإيراني محمد جواد ظريف اليوم السبت إلى دمشق في زيارة يلتقي خلالها الرئيس السوري وكبار المسؤولين.\nواستقبل ظريف في مقر إقامته وفداً من أحزاب المعارضة الداخلية، قبل يومين من انطلاق الجولة العاشرة من محادثات أستانا.')).toBe('2018-07-28');
  });

  it('but not an earlier act, a reported one, or one with a time of its own', () => {
    expect(catalogDate('غارات على ريف إدلب\nشنت طائرات حربية اليوم السبت غارات على بلدات في ريف إدلب الجنوبي، بحسب الدفاع المدني.\nوكانت الطائرات قد قصفت المنطقة نفسها، قبل يومين من انطلاق الجولة العاشرة من محادثات أستانا.')).toBeNull();
    expect(catalogDate('غارات على ريف إدلب\nشنت طائرات حربية اليوم السبت غارات على بلدات في ريف إدلب الجنوبي، بحسب الدفاع المدني.\nوقال ناشطون إن الفصائل ردت بقصف مواقع للقوات الحكومية، قبل يومين من انطلاق الجولة العاشرة من محادثات أستانا.')).toBeNull();
    expect(catalogDate('غارات على ريف إدلب\nشنت طائرات حربية اليوم السبت غارات على بلدات في ريف إدلب الجنوبي، بحسب الدفاع المدني.\nوشهدت المنطقة منذ أيام اشتباكات عنيفة بين الفصائل والقوات الحكومية، قبل يومين من انطلاق الجولة العاشرة من محادثات أستانا.')).toBeNull();
  });
});

describe('a count set off after the clause\'s act, another meeting its object', () => {
  // Hunt 30: «بحث بيدرسن اليوم الثلاثاء … سبل استئناف اجتماعات اللجنة الدستورية، قبل أسبوع من قمة طهران»: the
  // committee named between the day and the summit made the day the committee's, and the count off the
  // summit tied nothing. The guarantors' summit in Ankara met on Monday 16 September 2019 (and on Wednesday
  // 4 April 2018, which the envoy's visit was read as).
  it('ties the act\'s day to the meeting counted off', () => {
    expect(catalogDate('بحث المبعوث الأممي غير بيدرسن اليوم الأربعاء في أنقرة مع وزير الخارجية التركي سبل استئناف اجتماعات اللجنة الدستورية، قبل خمسة أيام من القمة الثلاثية في أنقرة.')).toBe('2019-09-11');
    expect(catalogDate('ناقش المبعوث الأممي غير بيدرسن اليوم الأربعاء في أنقرة مع وزير الخارجية التركي تحضيرات انعقاد الجولة الثانية من اجتماعات اللجنة الدستورية، قبل خمسة أيام من القمة الثلاثية في أنقرة.')).toBe('2019-09-11');
  });

  it('but not when the act is the other meeting\'s own opening', () => {
    // Geneva's sixth round opened on Tuesday 16 May 2017, twelve days after Astana's fourth closed: the count
    // is off the opening, which the catalog knows, and tied to the Tuesday it widened the day to two.
    expect(catalogDate('افتتح المبعوث الدولي اليوم الثلاثاء في جنيف الجولة السادسة من المحادثات السورية، بعد أسبوعين من اختتام الجولة الرابعة من محادثات أستانا.')).toBe('2017-05-16');
  });

  it('but not when the count is the object meeting\'s own time', () => {
    // Review 38: Sochi's congress opened on Tuesday 30 January 2018, four days after Vienna's special round
    // closed on Friday the 26th: a count off that close which lands on the congress's opening tells when the
    // congress met, not when it was prepared (read as the act's, Monday the 29th was printed).
    expect(catalogDate('ناقش وزير الخارجية الروسي اليوم الاثنين مع المبعوث الأممي في موسكو الترتيبات لمؤتمر الحوار الوطني السوري في سوتشي، بعد ثلاثة أيام من اختتام جولة فيينا.')).toBeNull();
    // A word of schedule after the comma says so whatever the catalog holds (ten days on is Monday 5 February).
    expect(catalogDate('ناقش وزير الخارجية الروسي اليوم الاثنين مع المبعوث الأممي في موسكو الترتيبات لمؤتمر الحوار الوطني السوري في سوتشي، المقرر بعد عشرة أيام من اختتام جولة فيينا.')).toBeNull();
  });

  it('nor when any adjective of the meeting stands between the comma and the count', () => {
    // Review 40: «، المتوقع/المنتظر/المرجح/المفترض بعد ثلاثة أسابيع من اختتام الجولة السابعة» printed a Tuesday
    // three weeks after Astana's seventh round for a story of an earlier Tuesday; the congress was floated
    // for November and met on 30 January, so the catalog could not tell. Any «ال…» word between says the
    // count is the meeting's expected time, listed or not. Ten days after Vienna's close is Monday 5 February.
    expect(catalogDate('ناقش وزير الخارجية الروسي اليوم الاثنين مع المبعوث الأممي في موسكو الترتيبات لمؤتمر الحوار الوطني السوري في سوتشي، المنتظر بعد عشرة أيام من اختتام جولة فيينا.')).toBeNull();
    expect(catalogDate('ناقش وزير الخارجية الروسي اليوم الاثنين مع المبعوث الأممي في موسكو الترتيبات لمؤتمر الحوار الوطني السوري في سوتشي، المحتمل بعد عشرة أيام من اختتام جولة فيينا.')).toBeNull();
  });
});
