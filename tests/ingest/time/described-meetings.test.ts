// Meetings of the catalog told in a writer's own words, not by a name the catalog lists: the words of one
// of its names around the meeting's head, in any order and inflection. Invented sentences, each day a
// real one of the catalog's meeting.
import { describe, expect, it } from 'vitest';
import { parseExpressions } from '../../../src/ingest/time/parse-expressions.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';
import { CATALOG_ROUNDS, catalogDate } from './fixtures.ts';

/** The catalog meetings the described-meeting reader finds in `text` (after every refiner), each finding's
 *  candidates sorted. */
const described = (text: string): string[][] => parseExpressions({ folded: foldArabic(text), rounds: CATALOG_ROUNDS })
  .filter((e) => e.parser === 'described-meeting')
  .map((e) => [...(e.stated.roundIds ?? [e.stated.roundId!])].sort());

describe('a catalog meeting told in other words', () => {
  it('is dated by its day', () => {
    // The Paris conference on Syria, Thursday 13 February 2025.
    expect(catalogDate('استضافت باريس اليوم الخميس مؤتمراً دولياً حول سوريا بمشاركة وزير الخارجية أسعد الشيباني.')).toBe('2025-02-13');
    // The Riyadh meetings on Syria, Sunday 12 January 2025, told the next day.
    expect(catalogDate('شارك وزير الخارجية السوري أسعد الشيباني في الاجتماع الذي استضافته الرياض أمس الأحد بشأن سوريا.')).toBe('2025-01-13');
    expect(catalogDate('عقدت في الرياض اليوم الأحد اجتماعات وزارية عربية ودولية بشأن سورية، بمشاركة وزير الخارجية أسعد الشيباني.')).toBe('2025-01-12');
    // Brussels VIII closed with its ministerial day, Monday 27 May 2024: «annual» makes its count the series'.
    expect(catalogDate('اختتم اليوم الاثنين المؤتمر السنوي الثامن الذي تنظمه بروكسل دعماً لمستقبل سوريا.')).toBe('2024-05-27');
  });

  it('is not a press conference, nor a meeting a noun after the head makes another', () => {
    expect(described('عقد وزير الخارجية الفرنسي اليوم الخميس مؤتمراً صحفياً في باريس حول سوريا.')).toEqual([]);
    expect(described('افتتح اليوم في باريس مؤتمر أصدقاء سوريا بمشاركة عشرات الدول.')).toEqual([]);
    // The deputies' meeting is not the ministers' (the catalog's other meeting in Moscow).
    expect(described('وسيعقد على هامشها اجتماع لنواب وزراء خارجية روسيا وإيران وتركيا وسوريا.').flat()).not.toContain('fm-moscow-2023');
  });

  it('is not a meeting of another country\'s conflict told in the same words', () => {
    expect(described('عقد في موسكو اليوم الاثنين الاجتماع الثلاثي بين قادة روسيا وأذربيجان وأرمينيا.')).toEqual([]);
  });

  it('is not a meeting proposed', () => {
    expect(described('وتبحث الجولة مقترحاً روسياً لعقد مؤتمر للحوار الوطني السوري.')).toEqual([]);
    expect(described('وطرح الرئيس فكرة عقد مؤتمر للحوار الوطني بشأن سوريا.')).toEqual([]);
  });

  it('takes no word of another meeting named after it', () => {
    // «اجتماعاً في عمان»: «العقبة» and «سوريا» belong to the Aqaba meeting the model names.
    const found = described('يعقد الوزراء العرب اليوم الأحد اجتماعاً في عمان، على غرار اجتماع العقبة حول سوريا.');
    expect(found.flat()).not.toContain('fm-amman-2023');
  });

  it('reads a count only where a name has it', () => {
    // «أول لقاء» is a first meeting of any kind, not «لقاء موسكو الأول».
    expect(described('التقى الوزيران أمس في موسكو، في أول لقاء علني بين البلدين منذ 2011.')).toEqual([]);
    // «اللقاء الثاني في موسكو» is any second meeting held there.
    expect(described('يشارك الوزير اليوم في اللقاء الثاني في موسكو مع نظيريه.')).toEqual([]);
  });

  it('names every meeting of a series when it leaves out the count', () => {
    // The opposition met in Riyadh twice (December 2015, November 2017); the first's name has no count.
    expect(described('وفي الرياض، بدأت المعارضة السورية أمس اجتماعاً موسعاً لتوحيد وفدها.')).toEqual([['riyadh-2015', 'riyadh-2017']]);
  });

  it('keeps the parties and the place its words tell', () => {
    // Three states' summit in Sochi: neither a Russian-Turkish summit nor one held in Tehran or Ankara.
    expect(described('واعتبر روحاني أن القمة الروسية الإيرانية التركية الأولى في سوتشي شكلت منطلقاً للحل.')).toEqual([['summit-sochi-2017', 'summit-sochi-2019']]);
  });

  it('reads «سورية» as the country only after a preposition or with one written onto it', () => {
    // «مجموعة عمل أردنية سورية أميركية» is no «مجموعة العمل حول سوريا» (Geneva I's Action Group).
    expect(described('واتفق المجتمعون على تشكيل مجموعة عمل أردنية سورية أميركية لدعم وقف إطلاق النار.').flat()).not.toContain('geneva-1-2012');
  });
});

describe('a catalog meeting told by its verb', () => {
  it('is the meeting its noun names', () => {
    // Putin and Erdogan met in Sochi on seven days the catalog holds; two were Wednesdays. The one since
    // which this was their first meeting in person narrows it to 29 September 2021.
    const text = 'التقى الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، نظيره الروسي فلاديمير بوتين في منتجع سوتشي الروسي. وهذا أول لقاء وجهاً لوجه بين الزعيمين منذ آذار 2020.';
    expect(described(text)[0]).toContain('bilateral-sochi-2021');
    expect(catalogDate(text)).toBe('2021-09-29');
  });

  it('is not the same leaders meeting at another occasion', () => {
    // The Winter Olympics' opening in Sochi, Friday 7 February 2014: Friday 5 August 2022 is a catalog one.
    expect(described('التقى الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان اليوم الجمعة في سوتشي على هامش افتتاح دورة الألعاب الأولمبية الشتوية.')).toEqual([]);
  });
});

describe('a described meeting the catalog may not hold', () => {
  it('told by its verb, needs who met: a city and Syria are any meeting held there', () => {
    // Al-Sharaa's visit to Riyadh, Sunday 2 February 2025: read as the Riyadh meetings on Syria of Sunday
    // 12 January, it was printed as that day.
    expect(catalogDate('اجتمع ولي العهد السعودي اليوم الأحد في الرياض مع الرئيس الانتقالي في سوريا أحمد الشرع.')).toBeNull();
  });

  it('takes no word past a time counted off another event', () => {
    // Putin and Erdogan in Samarkand, Friday 16 September 2022, «six weeks after» their Sochi meeting of
    // Friday 5 August: printed as that Sochi meeting.
    expect(catalogDate('التقى بوتين وأردوغان في سمرقند اليوم الجمعة بعد ستة أسابيع من محادثاتهما في سوتشي التي تناولت الملف السوري.')).toBeNull();
  });

  it('of a lower rank than its name tells, is another meeting', () => {
    // The envoy with the guarantors' representatives, Tuesday 11 September 2018: printed as the ministers'
    // Geneva meeting of Tuesday 18 December.
    expect(catalogDate('اجتمع المبعوث الأممي إلى سوريا ستيفان دي ميستورا اليوم الثلاثاء في جنيف مع ممثلي الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران.')).toBeNull();
  });

  it('counted in a city, is the catalog\'s series only with Syria its subject', () => {
    // An energy conference's fifth edition in Brussels: printed as Brussels V (Tuesday 30 March 2021).
    expect(catalogDate('افتتح اليوم الثلاثاء في بروكسل المؤتمر السنوي الخامس للطاقة بمشاركة وزراء من دول الاتحاد.')).toBeNull();
  });

  it('of a city, a form and Syria alone, stands only with other evidence of its time', () => {
    // No era, stamp or year: a conference on Syria in Paris on a Friday is not the catalog's of Thursday
    // 13 February 2025 (nor the day after it).
    expect(described('استضافت باريس اليوم الجمعة مؤتمراً دولياً حول سوريا بمشاركة عشرات الدول.')).toEqual([['conf-paris-2025']]);
    expect(catalogDate('استضافت باريس اليوم الجمعة مؤتمراً دولياً حول سوريا بمشاركة عشرات الدول.')).toBeNull();
    // With al-Shaibani, in office only since December 2024, it is that conference.
    expect(catalogDate('استضافت باريس اليوم الخميس مؤتمراً دولياً حول سوريا بمشاركة وزير الخارجية أسعد الشيباني.')).toBe('2025-02-13');
  });

  it('names every meeting its people held there', () => {
    // Lavrov, Zarif and Cavusoglu met in Moscow on 20 December 2016 (the Moscow declaration) and again on
    // 28 April 2018.
    expect(described('اجتمع لافروف وظريف وجاويش أوغلو اليوم في موسكو وتبنوا وثيقة تحدد مبادئ تسوية الأزمة السورية.')[0]).toEqual(['fm-moscow-2016', 'fm-moscow-2018']);
  });
});

describe('a day told between a meeting\'s head and the words of its name before it', () => {
  it('does not push them out of reach', () => {
    // The consultative meeting in Jeddah was on Friday 14 April 2023; its city is the dateline's, six words
    // before the head once «مساء» joins the day.
    const text = 'جدة - تستضيف السعودية مساء اليوم الجمعة اجتماعاً تشاورياً لوزراء خارجية دول مجلس التعاون ومصر والأردن والعراق بشأن سوريا.';
    expect(described(text)).toContainEqual(['fm-jeddah-2023']);
    expect(catalogDate(text)).toBe('2023-04-14');
  });
});
