// A year-less day after a named round is that round's day: the catalog's other meetings of its track whose
// days it also fits (the Brussels donors' conference of 2024, four weeks from 30 April to 27 May; Geneva's
// fourth round, from 23 February 2017) give it no year. Invented texts of hunt 9.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds, catalogDate } from './fixtures.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const catalogRounds = (text: string): string[] =>
  dateArticle(text, { rounds }).anchor?.evidence.flatMap((e) => (e.note.code === 'catalog-days' ? e.note.rounds.map((r) => r.id) : [])) ?? [];

describe('a year-less day after a named round', () => {
  // The Arab ministers met in Jeddah on Friday 14 April 2023, five weeks before the summit of 19 May.
  const jeddah = 'جدة - الأناضول\nيلتقي وزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن والعراق، مساء اليوم الجمعة، في مدينة جدة بدعوة من المملكة العربية السعودية، لبحث عودة سوريا إلى محيطها العربي.\n\nويأتي الاجتماع قبل نحو شهر من القمة العربية المقررة في جدة في 19 أيار/مايو المقبل.';

  it("is the summit's, not a day inside another conference's weeks", () => {
    // Read as a day of the Brussels conference too, it admitted the Fridays of May 2023 and printed
    // 2023-04-21/2023-05-19, which leaves the true day out.
    expect(catalogDate(jeddah)).toBeNull();
  });

  it("is the named conference's own suspension day, not a later round's", () => {
    // Geneva 3 was suspended on Wednesday 3 February 2016 until the 25th; Geneva's fourth round met from
    // 23 February 2017, and the day was read as one of its days: 2017-02-03/2017-02-28.
    const text = 'أكد رئيس الوفد السوري إلى محادثات جنيف 3 بشار الجعفري أن المعارضة أفشلت المحادثات، وذلك بعد إعلان دي ميستورا اليوم تعليقها حتى الخامس والعشرين من شباط الجاري.';
    const edtf = catalogDate(text);
    expect(edtf?.startsWith('2016-02')).toBe(true);
    expect(catalogRounds(text)).not.toContain('geneva-04');
  });

  it("still gives a year when the day is another meeting's, named after it", () => {
    // «14 نيسان الماضي» is the Jeddah ministers' meeting of 2023, the summit named only after it.
    const text = 'التقى وزراء خارجية الأردن والعراق والسعودية ومصر وسوريا اليوم الإثنين في العاصمة الأردنية. وجاء اللقاء عقب اجتماع جدة الذي عقد في 14 نيسان الماضي، وقبل القمة العربية المقررة في جدة في 19 أيار.';
    expect(catalogRounds(text)).toContain('fm-jeddah-2023');
  });
});
