// «اللجنة الدستورية الليبية»: another country's constitutional committee is not Syria's, and its rounds are
// not the Syrian committee's (whose third round opened on Monday 24 August 2020). Invented (hunt 12).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe("another country's constitutional committee", () => {
  it('is not the talks', () => {
    expect(catalogDate('انطلقت اليوم الاثنين في القاهرة الجولة الثالثة من اجتماعات اللجنة الدستورية الليبية.')).toBeNull();
  });

  it("but Syria's still is", () => {
    expect(catalogDate('انطلقت اليوم الاثنين في جنيف الجولة الثالثة من اجتماعات اللجنة الدستورية السورية.')).toBe('2020-08-24');
  });
});

describe("a round whose own phrase names another country's or another subject's talks", () => {
  // Hunts 30 and 31: each of these printed a catalog round's day at p=0.99-1.00 (Geneva 4, the committee's
  // fourth round, Geneva III's third session, Astana 5), the weekday fitting it.
  it.each([
    'انطلقت اليوم الاثنين في جنيف الجولة الرابعة من محادثات اللجنة العسكرية الليبية المشتركة «5+5»، برعاية بعثة الأمم المتحدة.',
    'انطلقت اليوم الجمعة الجولة الرابعة من المحادثات الليبية في جنيف، برعاية بعثة الأمم المتحدة للدعم في ليبيا.',
    'انطلقت اليوم الخميس الجولة الثالثة من المشاورات اليمنية في جنيف، بحضور المبعوث الأممي إلى اليمن.',
    'انطلقت اليوم الأربعاء في جنيف الجولة الثالثة من المفاوضات بين إيران ومجموعة الدول الست، وسط تفاؤل حذر.',
    'انطلقت اليوم الثلاثاء في أستانا الجولة الخامسة من المحادثات بين نواب وزراء خارجية الدول المطلة على بحر قزوين، لبحث الوضع القانوني للبحر.',
  ])('is theirs: %s', (text) => {
    expect(catalogDate(text)).toBeNull();
  });

  it('but another country named past the comma, or before the round, owns nothing', () => {
    // Geneva's fourth round opened on Thursday 23 February 2017; the committee's fourth on Monday 30 November 2020.
    expect(catalogDate('انطلقت اليوم الخميس في جنيف الجولة الرابعة من المحادثات السورية، بحضور وزير الخارجية اللبناني.')).toBe('2017-02-23');
    expect(catalogDate('القاهرة - «المصري اليوم»: قال المبعوث الأممي إن الجولة الرابعة من اجتماعات اللجنة الدستورية السورية، التي انطلقت اليوم الاثنين في جنيف، تبحث المبادئ الوطنية.')).toBe('2020-11-30');
  });
});

describe('another country or subject past the end of the round\'s own phrase (review 33)', () => {
  it.each([
    // Astana's fifth round opened on Tuesday 4 July 2017, its twentieth on Tuesday 20 June 2023; the
    // committee's sixth round on Monday 18 October 2021.
    ['أستانا 5\nانطلقت اليوم الثلاثاء الجولة الخامسة من محادثات أستانا بحضور السفير المصري في كازاخستان ووفود الدول الضامنة.', '2017-07-04'],
    ['أستانا\nانطلقت اليوم الثلاثاء الجولة العشرون من محادثات أستانا لبحث عودة اللاجئين السوريين من دول الجوار ولا سيما من الأراضي اللبنانية.', '2023-06-20'],
    ['الدستورية السادسة\nانطلقت اليوم الاثنين الجولة السادسة من اجتماعات اللجنة الدستورية السورية في ظل انشغال العواصم الغربية بالملف النووي الإيراني.', '2021-10-18'],
  ])('owns nothing: %s', (text, day) => {
    expect(catalogDate(text)).toBe(day);
  });
});

describe('another country past «منذ» or «فيما» (review 34)', () => {
  it.each([
    // The committee's seventh round opened on Monday 21 March 2022; Geneva's fifth on Thursday 23 March 2017.
    ['جنيف - الأناضول\nانطلقت اليوم الاثنين في مقر الأمم المتحدة بجنيف الجولة السابعة من اجتماعات اللجنة الدستورية والأولى منذ بدء العملية العسكرية الروسية في أوكرانيا.', '2022-03-21'],
    ['جنيف - وكالات\nانطلقت اليوم الخميس في جنيف الجولة الخامسة من المفاوضات غير المباشرة بين النظام والمعارضة فيما يستعد المبعوث الأممي إلى اليمن لجولة مشاورات في المدينة نفسها.', '2017-03-23'],
  ])('owns nothing: %s', (text, day) => {
    expect(catalogDate(text)).toBe(day);
  });
});

describe("a round of a body no track is (hunt 35)", () => {
  // Libya's joint military commission met in Geneva; each printed a day of the fourth rounds (Astana 4's
  // close on Thursday 4 May 2017, the committee's third and fourth opening on Mondays 24 August and 30
  // November 2020).
  it.each([
    'وقّع طرفا النزاع أمس الخميس في جنيف اتفاقاً لوقف إطلاق النار، في ختام الجولة الرابعة من محادثات اللجنة العسكرية المشتركة.',
    'انطلقت اليوم الاثنين في جنيف الجولة الرابعة من اجتماعات اللجنة العسكرية المشتركة برعاية الأمم المتحدة.',
    'بدأت اليوم الاثنين في جنيف الجولة الثالثة من محادثات اللجنة الأمنية المشتركة بين الطرفين.',
  ])('is the body\'s: %s', (text) => {
    expect(catalogDate(text)).toBeNull();
  });

  it('but the body the story named before, told by its head alone, is that one', () => {
    // The committee's sixth round opened on Monday 18 October 2021.
    expect(catalogDate('التقى الرئيسان المشتركان للجنة الدستورية اليوم الأحد في جنيف، قبل أن تنطلق الجولة السادسة من اجتماعات اللجنة غداً الاثنين.')).toBe('2021-10-17');
  });
});

describe('a body named by the talks\' own words (review 38)', () => {
  // The constitutional committee by other names, and the guarantors' trilateral body: the committee's fifth
  // round opened on Monday 25 January 2021; a round of them was refused as another body's.
  it.each([
    'اللجنة الدستورية\nانطلقت اليوم الاثنين في جنيف الجولة الخامسة من اجتماعات اللجنة الوطنية لصياغة الدستور برعاية الأمم المتحدة.',
    'اللجنة الدستورية\nانطلقت اليوم الاثنين في جنيف الجولة الخامسة للجنة السورية للدستور برعاية الأمم المتحدة.',
  ])('is the talks\' body: %s', (text) => {
    expect(catalogDate(text)).toBe('2021-01-25');
  });
});
