// Other conflicts' meetings named in the words of the catalog's (hunt 35): a summit of three in Sochi is
// also the Karabakh leaders', «القمة الثلاثية» also Egypt's, Jordan's and Iraq's. Every reading of a
// catalog meeting asks the one test of the other talks' words. Invented sentences.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe("a catalog meeting's name told of another conflict's meeting", () => {
  it.each([
    // The guarantors' Sochi summit met on Thursday 14 February 2019; each of these printed a day beside it.
    'عقدت اليوم الخميس في منتجع سوتشي قمة ثلاثية جمعت الرئيس الروسي فلاديمير بوتين والرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان.',
    'استضاف الكرملين اليوم الجمعة قمة ثلاثية ضمت الرئيس الروسي ونظيره الأذربيجاني ورئيس الوزراء الأرميني لبحث ترسيم الحدود.',
    'انطلقت في بغداد اليوم الأحد القمة الثلاثية المصرية الأردنية العراقية لبحث مشاريع الربط الكهربائي.',
  ])('is theirs: %s', (text) => {
    expect(catalogDate(text)).toBeNull();
  });

  it("but the guarantors' own summit keeps its day", () => {
    expect(catalogDate('عقدت اليوم الخميس في منتجع سوتشي قمة ثلاثية جمعت الرئيس الروسي فلاديمير بوتين ونظيريه التركي رجب طيب أردوغان والإيراني حسن روحاني.')).toBe('2019-02-14');
  });
});

describe("a track's name and number with another country's adjective after it (hunt 35)", () => {
  // Yemen's talks of December 2015 were called «جنيف 2» too; each printed a day of Geneva II's sessions
  // (January and February 2014, the weekday fitting).
  it.each([
    'بدأ اليوم الثلاثاء في مدينة بيل السويسرية مؤتمر «جنيف 2» اليمني برعاية المبعوث الأممي إسماعيل ولد الشيخ أحمد.',
    '«جنيف 2» اليمني ينطلق اليوم الثلاثاء في سويسرا بالتزامن مع هدنة هشة.',
  ])('is that country\'s: %s', (text) => {
    expect(catalogDate(text)).toBeNull();
  });

  it('but other talks told after the name, not of it, own nothing', () => {
    // Astana 14 opened on Tuesday 10 December 2019; Geneva II on Wednesday 22 January 2014.
    expect(catalogDate('تنطلق اليوم الثلاثاء محادثات «أستانا 14» والجولة الثانية من المشاورات اليمنية في ستوكهولم.')).toBe('2019-12-10');
    expect(catalogDate('بدأت اليوم الأربعاء في مونترو محادثات «جنيف 2» حول سوريا بحضور وزراء خارجية نحو أربعين دولة.')).toBe('2014-01-22');
  });
});

describe('who a meeting brought together, told in a relative clause after its name (hunt 35)', () => {
  it("makes it theirs: the Egypt-Jordan-Iraq summit is not the guarantors' (Sunday 15 September 2019 printed)", () => {
    expect(catalogDate('عقدت اليوم الأحد في بغداد القمة الثلاثية التي ضمت الرئيس المصري عبد الفتاح السيسي والعاهل الأردني ورئيس الوزراء العراقي مصطفى الكاظمي.')).toBeNull();
  });

  it("and the guarantors' summit so told is theirs", () => {
    expect(catalogDate('عقدت اليوم الخميس في سوتشي القمة الثلاثية التي جمعت الرئيس الروسي ونظيريه التركي والإيراني.')).toBe('2019-02-14');
  });
});

describe('neighbours that attend Syria\'s meetings (review 38)', () => {
  // Iraq and Lebanon sat in Astana's fourteenth round as observers (Tuesday 10 December 2019); Lebanon hosts
  // refugees and speaks at Brussels (the sixth conference's ministers met on Tuesday 10 May 2022). Their
  // adjectives in a round's gathering clause or after a meeting's own name were read as other talks.
  it('are no owners of a round they are gathered in', () => {
    expect(catalogDate('نور سلطان\nانطلقت اليوم الثلاثاء في نور سلطان الجولة الرابعة عشرة من المحادثات التي تضم للمرة الأولى الوفدين العراقي واللبناني بصفة مراقبين.')).toBe('2019-12-10');
  });
  it('nor of a meeting its own name names', () => {
    expect(catalogDate('بروكسل\nانطلق اليوم الثلاثاء مؤتمر بروكسل السادس والحكومة اللبنانية تطالب بدعم أكبر للدول المضيفة للاجئين السوريين.')).toBe('2022-05-10');
  });
});
