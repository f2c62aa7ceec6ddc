// A day and month without a year: which years the weekday beside it allows, which side of the article
// its tense puts it, and how near the article news usually is to the days it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { parseExpressions } from '../../../src/ingest/time/parse-expressions.ts';
import { recencyClue } from '../../../src/ingest/time/anchor/clue-recency.ts';
import { near } from '../../../src/ingest/time/anchor/clues-dates.ts';
import { resolveAt } from '../../../src/ingest/time/resolve/resolve-at.ts';
import { daysFromCivil } from '../../../src/lib/calendar.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';
import type { Expr } from '../../../src/ingest/time/types.ts';
import { ROUNDS, CATALOG_ROUNDS } from './fixtures.ts';

const TRAIN = join(import.meta.dirname, '../../fixtures/corpus/train');


// 19 January was a Tuesday in 2016 and 2021; in 2015 the 20th was.
const MEETING = 'التأمت الهيئة العليا للمفاوضات في اجتماعها الثالث يومي الثلاثاء والأربعاء 19-20 كانون الثاني، في مدينة الرياض، وعرض المنسق حصيلة مشاوراته.';
const codes = (published: string) => {
  const a = dateArticle(MEETING, { rounds: ROUNDS, published }).anchor!;
  return { held: a.evidence.map((e) => e.note.code), broken: a.conflicts.map((e) => e.note.code) };
};

describe('a pair of weekdays before a pair of days', () => {
  it('is one expression whose first weekday names the first day', () => {
    const r = dateArticle(MEETING, { rounds: ROUNDS, published: '2016-01-20' });
    const pair = r.expressions.find((e) => e.kind === 'day-range')!;
    expect(pair.text).toBe('يومي الثلاثاء والأربعاء 19-20 كانون الثاني');
    expect(pair.stated).toMatchObject({ day: 19, dayEnd: 20, weekday: 2, weekdayEnd: 3 });
    expect(pair.resolved?.edtf).toBe('2016-01-19/2016-01-20');
  });
  it('fits only the years where the first day is the first weekday', () => {
    expect(codes('2016-01-21').held).toContain('weekday-fits-years');
    expect(codes('2021-01-21').held).toContain('weekday-fits-years');
    // 2015: the 20th was a Tuesday, the 19th a Monday.
    expect(codes('2015-01-21').broken).toContain('weekday-fits-years');
  });
  it('told in the past, is before the article, not after it', () => {
    expect(codes('2016-01-24').held).toContain('weekday-fits-years');
    expect(codes('2016-01-15').broken).toContain('weekday-fits-years');
  });
});

describe('a city hosting talks later in its clause', () => {
  const rounds = (text: string) => dateArticle(text, { rounds: ROUNDS }).expressions.filter((e) => e.kind === 'round');
  it('is a round of the Astana talks', () => {
    const found = rounds('ومن المنتظر أن تحتضن أستانة في بداية الأسبوع الأخير من الشهر الجاري مفاوضات بين النظام والمعارضة السوريين.');
    expect(found.map((e) => [e.text, e.stated.track])).toEqual([['تحتضن أستانة', 'astana']]);
  });
  it('is no round when what the city hosts is not talks', () => {
    expect(rounds('تحتضن أستانة الأسبوع المقبل معرضاً دولياً للكتاب.')).toEqual([]);
    // The talks in another clause are not what the city hosts: they are those held in Geneva.
    expect(rounds('تحتضن أستانة معرضاً للكتاب، فيما تستمر المحادثات السورية في جنيف.').map((e) => e.stated.track)).toEqual(['geneva']);
  });
});

describe('the nearness of a day and month named without a year', () => {
  const expr = (text: string, tense: Expr['tense']): Expr => {
    const folded = foldArabic(text);
    const p = parseExpressions({ folded, rounds: ROUNDS }).find((x) => x.stated.month !== undefined || x.stated.day !== undefined)!;
    return { ...p, index: 0, sentence: [0, folded.length], tense, candidates: [] };
  };
  const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);
  it('told in the past, falls with the days after it and is nothing before it', () => {
    const clue = recencyClue(expr('ولا تزال الهدنة قائمة منذ 30 كانون الأول', 'past'))!;
    expect(clue.score(day(2017, 1, 10), 0)).toBeGreaterThan(clue.score(day(2017, 4, 10), 0));
    expect(clue.score(day(2017, 4, 10), 0)).toBeGreaterThan(0);
    expect(clue.score(day(2016, 12, 25), 0)).toBeLessThan(clue.score(day(2017, 1, 10), 0));
    expect(clue.note).toEqual({ code: 'recent-date', side: 'after' });
  });
  it('to come, is before the day and says the same of every year', () => {
    const clue = recencyClue(expr('ستنطلق الجولة المقبلة في 11 أبريل في جنيف', 'future'))!;
    expect(clue.score(day(2016, 4, 5), 0)).toBeCloseTo(clue.score(day(2019, 4, 5), 0), 10);
    expect(clue.score(day(2016, 4, 5), 0)).toBeGreaterThan(clue.score(day(2016, 4, 12), 0));
    // Its share is its mean over a year: the posterior weighs it by how few days it favours.
    let sum = 0;
    for (let d = day(2018, 1, 1); d < day(2019, 1, 1); d++) sum += clue.score(d, 0);
    expect(clue.share!).toBeCloseTo(sum / 365, 2);
  });
  it('to come by its qualifier, is before the day whatever tense the clause was read in', () => {
    // «المقبل» puts the 4th of April after the article even where no verb says so.
    const clue = recencyClue(expr('تجمع القمة الرؤساء الثلاثة في الرابع من أبريل/نيسان المقبل', null))!;
    expect(clue.note).toEqual({ code: 'recent-date', side: 'before' });
    expect(clue.score(day(2018, 3, 31), 0)).toBeGreaterThan(clue.score(day(2017, 11, 18), 0) * 50);
    expect(clue.score(day(2018, 4, 5), 0)).toBeLessThan(clue.score(day(2018, 1, 5), 0));
    // Past by its qualifier: «الماضي» puts the day before the article, in an earlier month: told in
    // September, «9 أيلول الماضي» is a year back.
    const past = recencyClue(expr('وكان الاجتماع قد عقد في 9 أيلول الماضي', null))!;
    expect(past.note).toEqual({ code: 'recent-date', side: 'after' });
    expect(past.score(day(2019, 10, 2), 0)).toBeGreaterThan(past.score(day(2019, 11, 20), 0));
    expect(past.score(day(2019, 10, 2), 0)).toBeGreaterThan(past.score(day(2019, 9, 12), 0) * 1000);
    expect(past.score(day(2019, 9, 6), 0) / past.score(day(2019, 9, 12), 0)).toBeCloseTo(Math.exp(6 / 30), 9);
    // Of this month, either side whatever the tense: «عقد اجتماع» is as often a verbal noun as a past verb;
    // but only in that month: on 2 June the 25th of May «الجاري» is no day at all.
    const current = recencyClue(expr('قررت الدول الضامنة عقد اجتماع للخبراء في 25 أيار الجاري', 'past'))!;
    expect(current.note).toEqual({ code: 'recent-date', side: 'near' });
    expect(current.score(day(2017, 5, 20), 0)).toBeGreaterThan(0);
    expect(current.score(day(2017, 5, 31), 0)).toBeGreaterThan(current.score(day(2017, 5, 2), 0));
    expect(current.score(day(2017, 6, 2), 0)).toBe(0);
    expect(current.score(day(2017, 4, 28), 0)).toBe(0);
    // To come, even in its own month: «تستمر حتى 4 ديسمبر المقبل» was told on 1 December.
    const ahead = recencyClue(expr('وتستمر الجولة حتى 4 ديسمبر المقبل', null))!;
    expect(ahead.score(day(2020, 12, 1), 0)).toBeCloseTo(Math.exp(-3 / 30), 6);
    expect(ahead.score(day(2020, 12, 5), 0)).toBeLessThan(0.01);
  });
  it('read as one year\'s days, holds from the day after the same days a year before', () => {
    // Said on 31 July 2017, «يومي 30 و31 تموز» to come are that year's days, not Sochi's round of 2018.
    const sochi: [number, number] = [day(2018, 7, 30), day(2018, 7, 31)];
    expect(near(expr('وتستضيف سوتشي يومي 30 و31 تموز الجولة العاشرة', 'future'), sochi)).toEqual([day(2017, 8, 1), day(2018, 7, 31)]);
    // Told in the past, it holds up to the day before the same days a year after.
    expect(near(expr('وكانت الجولة قد عقدت يومي 30 و31 تموز', 'past'), sochi)).toEqual([day(2018, 7, 30), day(2019, 7, 29)]);
    // A 29th of February is read so on every day of the years between: a year is the bound.
    expect(near(expr('وتعقد الجولة في 29 شباط', 'future'), [day(2024, 2, 29), day(2024, 2, 29)])[0]).toBe(day(2024, 2, 29) - 366);
    expect(near(expr('وكانت الجولة قد عقدت في 29 شباط', 'past'), [day(2020, 2, 29), day(2020, 2, 29)])[1]).toBe(day(2020, 2, 29) + 366);
    // «آب المقبل» said in August is next year's: the same days a year before still read as this one.
    expect(near(expr('وتعقد الجولة يومي 1 و2 آب المقبل', 'future'), [day(2019, 8, 1), day(2019, 8, 2)])).toEqual([day(2019, 8, 1) - 366, day(2019, 7, 31)]);
  });
  it('is no such clue with a year, a qualifier of no month or a weekday beside it', () => {
    expect(recencyClue(expr('في 11 أبريل 2016', 'future'))).toBeNull();
    expect(recencyClue(expr('في 11 من الشهر المقبل', 'future'))).toBeNull();
    expect(recencyClue(expr('عقد الاجتماع الأربعاء 19 كانون الثاني', 'past'))).toBeNull();
  });
});

describe('a deadline («بحلول»)', () => {
  const tenseOf = (text: string) => dateArticle(text, { rounds: ROUNDS, published: '2018-09-21' }).expressions.find((e) => e.stated.month !== undefined)?.stated.tense;
  it('is a day still to come, whatever verb told of it before', () => {
    expect(tenseOf('وكان الرئيسان قد توافقا يوم الاثنين الماضي على إنشاء منطقة منزوعة السلاح بحلول 15 تشرين الأول.')).toBe('future');
    expect(tenseOf('وأبدى أمله في أن تثمر المفاوضات شيئاً وبحلول 11 شباط.')).toBe('future');
  });
  it('is past when a past verb after it says the deadline was met', () => {
    expect(tenseOf('وبحلول 20 كانون الثاني كانت الفصائل قد انسحبت من المنطقة.')).toBe('past');
  });
  it('is past when the clause\'s own past verb met it, not one that set an aim', () => {
    expect(tenseOf('انسحبت الفصائل من المنطقة المنزوعة السلاح بحلول 15 تشرين الأول.')).toBe('past');
    expect(tenseOf('وقال المسؤول إن الفصائل انسحبت من المنطقة بحلول 15 تشرين الأول.')).toBe('past');
  });
});

describe('a date to come with its year', () => {
  it('places an announcement in the weeks before it, where the relative words then choose', () => {
    // Astana's 17th round met on 21-22 December 2021: «next week» is the week before.
    const r = dateArticle('ستعقد الجولة الجديدة من محادثات أستانا الأسبوع القادم\nوأوضح البيان أن الاجتماع يعقد يومي 21 و22 كانون الأول 2021 في نور سلطان.', { rounds: CATALOG_ROUNDS });
    const [from, to] = r.anchor!.edtf.split('/');
    expect(r.anchor!.certainty).toBe('range');
    expect(from! >= '2021-12-11' && to! <= '2021-12-20', r.anchor!.edtf).toBe(true);
    expect(r.anchor!.evidence.map((e) => e.note)).toContainEqual({ code: 'recent-date', side: 'before' });
  });
  it('is no such clue when the date is told in the past', () => {
    const r = dateArticle('وكانت الجولة السابعة عشرة من محادثات أستانا قد عقدت يومي 21 و22 كانون الأول 2021 في نور سلطان.', { rounds: CATALOG_ROUNDS, published: '2022-01-10' });
    expect([...r.anchor!.evidence, ...r.anchor!.conflicts].map((e) => e.note.code)).not.toContain('recent-date');
  });
});

describe('an announcement of a day to come without its year', () => {
  it('is dated to the weekday nearest before the day, not to one months earlier', () => {
    // Re-written from a news agency's report (train q01): the summit of Ankara, 4 April 2018, announced on
    // Saturday 31 March; Sochi's summit of Wednesday 22 November 2017 also fits «الأربعاء المقبل» with a
    // Saturday before it, months before that April.
    const r = dateArticle(readFileSync(join(TRAIN, 'q01_arab-turkey.txt'), 'utf8'), { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2018-03-31');
    expect(r.anchor!.evidence.map((e) => e.note)).toContainEqual({ code: 'recent-date', side: 'before' });
  });
});

describe('a day of this month', () => {
  it('«من هذا الشهر» is the current month, as «من الشهر الجاري» is', () => {
    const r = dateArticle('أعلنت الخارجية الكازاخية اليوم الثلاثاء أن الجولة الثامنة من محادثات أستانا ستعقد يومي 21 و22 من هذا الشهر.', { rounds: ROUNDS });
    expect(r.expressions.find((e) => e.kind === 'day-range')).toMatchObject({ text: 'يومي 21 و22 من هذا الشهر', stated: { day: 21, dayEnd: 22, rel: 0 } });
    // The Tuesdays of December 2017 before the round: 5, 12 and 19.
    expect(r.anchor?.edtf).toBe('2017-12-05/2017-12-19');
  });
  it('still to come, is before the day named, and a little on that day (a morning report)', () => {
    const text = 'قال المتحدث إن الجولة الثامنة من محادثات أستانا ستعقد في الحادي والعشرين من الشهر الجاري.';
    const note = (published: string) => dateArticle(text, { rounds: ROUNDS, published }).anchor!;
    expect(note('2017-12-20').evidence.map((e) => e.note.code)).toContain('day-to-come');
    expect(note('2017-12-21').evidence.map((e) => e.note.code)).toContain('day-to-come');
    expect(note('2017-12-22').conflicts.map((e) => e.note.code)).toContain('day-to-come');
  });
});

// «حتى 4 ديسمبر المقبل» written on 30 November is printed on 1 December: a day of the article's own month a
// few days ahead is still this year's (chooseYear's print lag), ten days ahead next year's. The anchor asks
// one expression about many days, remembered by month and side of the day: both readings must come back
// whichever day is asked first.
describe('a year-less day to come in the article\'s own month', () => {
  const expr = (): Expr => ({ ...parseExpressions({ folded: foldArabic('حتى 14 ديسمبر المقبل'), rounds: ROUNDS }).find((p) => p.kind === 'date')!, index: 0, sentence: [0, 20], tense: 'future', candidates: [] });
  const yearOf = (e: Expr, day: number) => { const r = resolveAt(e, day, undefined, false)!; return new Date(r.span[0] * 86400000).getUTCFullYear(); };
  it('is this year\'s within the print lag and next year\'s beyond it, asked in either order', () => {
    const far = daysFromCivil(2017, 12, 4);
    const close = daysFromCivil(2017, 12, 10);
    const a = expr();
    expect([yearOf(a, far), yearOf(a, close)]).toEqual([2018, 2017]);
    const b = expr();
    expect([yearOf(b, close), yearOf(b, far)]).toEqual([2017, 2018]);
  });
});
