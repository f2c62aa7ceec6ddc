// Two dates the text joins («من … حتى …»، «… - …») are one span when they can be: in one year, or across
// one new year. Dates years apart are two, each with its own year.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const spans = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2022-06-01' }).expressions
  .filter((e) => e.kind === 'date' || e.kind === 'day-range').map((e) => e.resolved?.edtf);

describe('dates joined into a span', () => {
  it('across a new year, one span', () => {
    expect(spans('سرت الهدنة من 30 كانون الأول 2016 حتى 5 كانون الثاني 2017 في معظم المناطق.')).toEqual(['2016-12-30/2017-01-05']);
  });
  it('in one year, one span, the first borrowing the second\'s year', () => {
    expect(spans('عقدت الاجتماعات بين 30 أيار و3 حزيران 2022 في جنيف.')).toEqual(['2022-05-30/2022-06-03']);
  });
  it('years apart, two dates, each its own year', () => {
    expect(spans('حفظ الأرشيف نسخاً من الصفحة 04 Feb 2016 - 18 Jan 2022.')).toEqual(['2016-02-04', '2022-01-18']);
    expect(spans('بقي الوضع على حاله من 12 أيار 2016 حتى 3 آذار 2019.')).toEqual(['2016-05-12', '2019-03-03']);
  });
});
