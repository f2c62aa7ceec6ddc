// The article's own date: front matter wins when valid, otherwise it is inferred from the evidence;
// conflicting evidence is reported; no evidence is an error naming the fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dateArticle, type RoundRef } from '../../../src/ingest/time/index.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { ROUNDS } from './fixtures.ts';

/** Geneva and Constitutional Committee rounds of one number: a bare "الجولة الرابعة" in Geneva may be either. */
const numbered = (track: string, prefix: string) => (n: number, start: string, end: string) =>
  ({ id: `${prefix}-0${n}`, track, number: n, start, end, name_ar: `${prefix} ${n}`, aliases_ar: [], city_ar: 'جنيف' });
const geneva = numbered('geneva', 'geneva');
const committee = numbered('constitutional-committee', 'cc');

const date = (text: string, published?: string) => dateArticle(text, { rounds: ROUNDS, ...(published !== undefined ? { published } : {}) });

describe('front matter', () => {
  it('a valid published day wins over the text', () => {
    const r = date('وقال المتحدث أمس الثلاثاء إن الجولة ستبدأ', '2019-03-05');
    expect(r.anchor).toMatchObject({ edtf: '2019-03-05', method: 'front-matter', certainty: 'exact' });
    expect(r.expressions.find((e) => e.text === 'أمس الثلاثاء')?.resolved?.edtf).toBe('2019-03-04');
  });
  it('a relative day whose weekday contradicts the published day is only approximate', () => {
    const r = date('وقال المتحدث أمس الخميس إن الجولة ستبدأ', '2019-03-05');
    expect(r.expressions.find((e) => e.text === 'أمس الخميس')?.resolved).toMatchObject({ edtf: '2019-03-04', certainty: 'approximate' });
  });
  it('an ISO timestamp in published is read as its day', () => {
    expect(date('نص', '2018-09-24T05:53:29+03:00').anchor?.edtf).toBe('2018-09-24');
  });
  it('an invalid published value is an error and the text decides', () => {
    const r = date('القاهرة 28 نوفمبر 2023 (شينخوا) أعلن الوزير اليوم', '2023-02-30');
    expect(r.messages.some((m) => m.severity === 'error' && m.reason.includes('2023-02-30'))).toBe(true);
    expect(r.anchor).toMatchObject({ edtf: '2023-11-28', method: 'inferred' });
  });
  it('evidence disagreeing with the front matter is reported as conflict', () => {
    const r = date('اليوم، الجمعة 19 من نيسان 2019 أعلن الوزير', '2019-05-01');
    expect(r.anchor?.conflicts.length).toBeGreaterThan(0);
  });
});

describe('inferred', () => {
  it('no evidence: no anchor and an error telling to add published', () => {
    const r = date('وقال المتحدث إن المحادثات ستستمر حتى التوصل إلى حل');
    expect(r.anchor).toBeNull();
    expect(r.messages[0]).toMatchObject({ severity: 'error' });
    expect(r.messages[0]!.reason).toContain('published: YYYY-MM-DD');
  });
  it('a relative day alone is no evidence', () => {
    expect(date('وقال المتحدث أمس الثلاثاء إن المحادثات ستستمر').anchor).toBeNull();
  });
  it('"اليوم" with a full date pins the day', () => {
    expect(date('دمشق - اليوم، الجمعة 19 من نيسان 2019: أعلن الوزير').anchor).toMatchObject({ edtf: '2019-04-19', certainty: 'exact' });
  });
  it('an agency dateline pins the day', () => {
    expect(date('القاهرة 28 نوفمبر 2023 (شينخوا) أعلن وزير الخارجية').anchor?.edtf).toBe('2023-11-28');
  });
  it('a site stamp pins the day', () => {
    expect(date('نشر في 04 أكتوبر, 2019\nأعلن الوزير أن المحادثات مستمرة').anchor?.edtf).toBe('2019-10-04');
  });
  it('a round opening tomorrow with its weekday pins the day', () => {
    const r = date('ومن المقرر أن يعقد غداً الخميس الجولة الثامنة من محادثات أستانا بين النظام والمعارضة.');
    expect(r.anchor).toMatchObject({ edtf: '2017-12-20', certainty: 'exact' });
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('astana-08');
  });
  it('a round on "الاثنين القادم" and "اليوم السبت" pin the day', () => {
    const r = date('أعلنت الخارجية الكازاخستانية اليوم، انطلاق الجولة التاسعة لمحادثات أستانا، الاثنين القادم. وقالت الوزارة في بيانها، اليوم السبت: إن الوفود ستصل.');
    expect(r.anchor?.edtf).toBe('2018-05-12');
  });
  it('an upcoming round with a current-month range and no printed day gives an interval', () => {
    const r = date('وتستبق الجولة الجديدة من محادثات صيغة أستانا والتي ستعقد في العاصمة الكازاخستانية نورسلطان في 7-8 من يوليو الجاري. وتمت أمس عملية تبادل.');
    expect(r.anchor).toMatchObject({ edtf: '2021-07-01/2021-07-06', certainty: 'range' });
    expect(r.expressions.find((e) => e.text === 'أمس')?.resolved).toMatchObject({ edtf: '2021-06-30/2021-07-05', certainty: 'range' });
  });
  it('a far-away printed date is a conflict, not a new anchor', () => {
    const r = date('الوزير يعلن موعد الجولة\n12 آذار 2020\nدمشق - اليوم، الجمعة 19 من نيسان 2019: أعلن الوزير أن الجولة ستعقد.');
    expect(r.anchor?.edtf).toBe('2019-04-19');
    expect(r.anchor?.conflicts.map((c) => c.quote)).toContain('12 آذار 2020');
  });
  it('a meeting the lead dates with a year is background, not the day\'s news', () => {
    // Pasted as one line, the first sentences are the headline and the lead; the congress's closing
    // statement, with its day and year beside it, is what the committee came from, years before.
    const r = date('ولادة اللجنة الدستورية وتعود فكرة اللجنة إلى مؤتمر سوتشي في 30 كانون الثاني/ يناير 2018، إذ نص بيانه الختامي على أن تتشكل من ممثلين للحكومة والمعارضة والمجتمع المدني. وقد تعثر تشكيلها مرات عدة قبل أن يعلن الأمين العام قيامها.');
    expect(r.anchor).toBeNull();
  });
  it('a later date the page opens on, above its headline, may be the day it was saved: the story is before it', () => {
    const r = date('12 آذار 2020\nالوزير يعلن موعد الجولة\nدمشق - اليوم، الجمعة 19 من نيسان 2019: أعلن الوزير أن الجولة ستعقد.');
    expect(r.anchor?.edtf).toBe('2019-04-19');
    expect(r.anchor?.evidence.find((c) => c.quote === '12 آذار 2020')?.note).toEqual({ code: 'page-top-day', day: '2020-03-12' });
  });
  it('a date in a banner of another topic is not a printed date of the story', () => {
    const r = date(cleanArticle('إحصائيات 12 آذار 2020\nدمشق - اليوم، الجمعة 19 من نيسان 2019: أعلن الوزير أن الجولة ستعقد.', 0).text.text);
    expect(r.anchor?.edtf).toBe('2019-04-19');
    expect(r.anchor?.evidence.filter((e) => e.quote === '12 آذار 2020').map((e) => e.says).join()).not.toMatch(/printed/);
  });
  it('a banner labelled with another topic is furniture however long its line', () => {
    // The committee's seventh round closed on Friday 25 March 2022; the Corona banner is a later crawl's.
    const rounds = [...ROUNDS, committee(7, '2022-03-21', '2022-03-25')];
    const r = dateArticle(cleanArticle('اختتمت اليوم الجمعة في جنيف أعمال الدورة السابعة لاجتماعات الهيئة المصغرة للجنة مناقشة الدستور، وسط تبادل للاتهامات.\nشارك\nكورونا: 456 إصابة جديدة في سوريا اليوم 2 حزيران 2021', 0).text.text, { rounds });
    expect(r.anchor?.edtf).toBe('2022-03-25');
    expect(r.anchor?.conflicts.map((c) => c.quote)).not.toContain('اليوم 2 حزيران 2021');
  });
  it('a weekday with a day and month picks the year from the other evidence', () => {
    // 19 April was a Thursday in 2018 (not in 2017 or 2019); the round catalog bounds the years.
    const r = date('أعلنت الخارجية الكازاخستانية اليوم، الخميس 19 أبريل، أن الجولة التاسعة من محادثات أستانا ستعقد في أيار المقبل.');
    expect(r.anchor?.edtf).toBe('2018-04-19');
  });
  it('a page stamp of another year loses to "today" told with its weekday, day and month', () => {
    // The top line is the day the page was saved; 22 April was a Friday in 2016 (and 2022, when
    // de Mistura was no longer the envoy), never in 2024.
    const r = date('السبت، 27 أفريل 2024\n\nأفاد وفد الحكومة في جنيف اليوم الجمعة 22 أفريل بأنه سيلتقي المبعوث ستافان دي ميستورا مرة أخرى يوم الاثنين المقبل.');
    expect(r.anchor?.edtf).toBe('2016-04-22');
    expect(r.anchor?.evidence.find((c) => c.quote === 'السبت، 27 أفريل 2024')?.note.code).toBe('page-top-day');
  });
  it('a track name set off by quotes still owns the round before it', () => {
    // «ثاني جولات "اللجنة الدستورية"» is the committee's second round (from Monday 25 November 2019):
    // it picks the year that the weekday, day and month leave open (2013, 2019 or 2024).
    const r = date('افتتاح ثاني جولات “اللجنة الدستورية” السورية في جنيف اليوم\nتبدأ الاجتماعات ظهر اليوم الاثنين 25 تشرين الثاني بحضور المبعوث غير بيدرسون.');
    expect(r.anchor?.edtf).toBe('2019-11-25');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('cc-02');
  });
  it('a round word after the preposition ل is still a round ("للجولة" drops the article\'s alif)', () => {
    // Geneva's fifth round opened on Thursday 23 March 2017; the delegation arrived the day before.
    const rounds = [...ROUNDS, geneva(5, '2017-03-23', '2017-03-31'), committee(5, '2021-01-25', '2021-01-29')];
    const r = dateArticle('وصل وفد الحكومة السورية برئاسة بشار الجعفري إلى جنيف أمس، استعدادا للجولة الخامسة من المحادثات السورية التي تنطلق اليوم الخميس', { rounds });
    expect(r.expressions.filter((e) => e.kind === 'round').map((e) => e.roundId)).toEqual(['geneva-05']);
    expect(r.anchor?.edtf).toBe('2017-03-23');
  });
  it('a relative day before a round belongs to another verb when the round\'s own date follows it', () => {
    // Geneva's fourth round opened on Thursday 23 February 2017: the delegation's Sunday is not its opening.
    const rounds = [...ROUNDS, geneva(4, '2017-02-23', '2017-03-03'), committee(4, '2020-11-30', '2020-12-04')];
    const r = dateArticle('قال مصدر دبلوماسي إن وفد المعارضة السورية سيتوجه إلى جنيف الأحد المقبل للمشاركة في الجولة الرابعة من المحادثات التي تبدأ الخميس 23 شباط 2017 برعاية الأمم المتحدة.', { rounds });
    expect(r.anchor?.evidence.map((e) => e.says).join(' | ')).not.toMatch(/coming weekday named/);
    expect(r.messages.filter((m) => /disagrees/.test(m.reason))).toEqual([]);
    // After a closing word the date is the round's end, and "اليوم" still dates its opening.
    const closing = date('تنطلق اليوم الثلاثاء الجولة الثامنة من محادثات جنيف لتنتهي في 14 كانون الأول 2017 برعاية الأمم المتحدة.');
    expect(closing.anchor?.edtf).toBe('2017-11-28');
  });
  it('the committee as the subject of an opening verb names one of its rounds', () => {
    // The Constitutional Committee first met on Wednesday 30 October 2019; its other rounds opened on Mondays.
    const rounds = [...ROUNDS, committee(1, '2019-10-30', '2019-11-08'), committee(3, '2020-08-24', '2020-08-29')];
    const r = dateArticle('تبدأ اللجنة الدستورية السورية أعمالها غداً الأربعاء في مقر الأمم المتحدة بجنيف بحضور المبعوث الأممي غير بيدرسن.', { rounds });
    expect(r.anchor?.edtf).toBe('2019-10-29');
    // Another country's committee is not the Syrian one.
    const other = dateArticle('تبدأ اللجنة الدستورية الليبية أعمالها غداً الأربعاء في القاهرة بحضور المبعوث الأممي غير بيدرسن.', { rounds });
    expect(other.expressions.filter((e) => e.kind === 'round')).toEqual([]);
  });
  it('an office holder named with the office picks the year a weekday and a day leave open', () => {
    // 4 April fell on a Wednesday in 2012 and 2018; Erdogan was prime minister then, president now.
    expect(date('قال الرئيس التركي رجب طيب أردوغان اليوم الأربعاء 4 نيسان إن طهران ستستضيف القمة المقبلة بشأن سوريا.').anchor?.edtf).toBe('2018-04-04');
    expect(date('قال رئيس الوزراء التركي رجب طيب أردوغان اليوم الأربعاء 4 نيسان إن طهران ستستضيف القمة المقبلة بشأن سوريا.').anchor).toBeNull();
    // Tuesday 26 November: 2013, 2019 and 2024; only the first had Nabil Fahmy as Egypt's foreign minister.
    expect(date('أعلن وزير الخارجية المصري نبيل فهمي اليوم الثلاثاء 26 تشرين الثاني أن بلاده تدعم انعقاد مؤتمر جنيف 2.').anchor?.edtf).toBe('2013-11-26');
    expect(date('أعلن وزير الخارجية المصري سامح شكري اليوم الثلاثاء 26 تشرين الثاني أن بلاده تدعم الحل السياسي في سوريا.').anchor).toBeNull();
    // Thursday 28 January: 2016 under Ban Ki-moon, 2021 under Guterres (the title with a comma too).
    expect(date('أكد الأمين العام للأمم المتحدة، أنطونيو غوتيريش، اليوم الخميس 28 كانون الثاني دعمه للمحادثات.').anchor?.edtf).toBe('2021-01-28');
    expect(date('أكد الأمين العام للأمم المتحدة بان كي مون اليوم الخميس 28 كانون الثاني دعمه للمحادثات.').anchor?.edtf).toBe('2016-01-28');
  });
  it('a catalog a day off is likelier than one a week off', () => {
    // The catalog opens the Sochi congress on Monday 29 January 2018, the day the delegates came; the
    // report has it open on Tuesday: the Tuesday next to the catalog's day, not the one a week before.
    const congress = { id: 'sochi-congress-2018', track: 'sochi', number: null, start: '2018-01-29', end: '2018-01-30', name_ar: 'مؤتمر الحوار الوطني السوري في سوتشي', aliases_ar: ['مؤتمر الحوار الوطني السوري'], city_ar: 'سوتشي' };
    const r = dateArticle('انطلقت اليوم الثلاثاء في سوتشي أعمال مؤتمر الحوار الوطني السوري بمشاركة أكثر من 1500 مندوب.', { rounds: [...ROUNDS, congress] });
    expect(r.anchor?.edtf).toBe('2018-01-30');
    expect(r.anchor?.conflicts.length).toBe(1);
  });
  it('the talks held in Astana are its talks; those held in Geneva any of the tracks meeting there', () => {
    // Astana's first round closed on Tuesday 24 January 2017.
    const first = { id: 'astana-01', track: 'astana', number: 1, start: '2017-01-23', end: '2017-01-24', name_ar: 'أستانا 1', aliases_ar: [], city_ar: 'أستانا' };
    const r = dateArticle('أستانا (رويترز) - اختتمت محادثات السلام السورية في أستانا اليوم الثلاثاء بإعلان روسيا وتركيا وإيران إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.', { rounds: [...ROUNDS, first] });
    expect(r.expressions.filter((e) => e.kind === 'round').map((e) => e.text)).toEqual(['محادثات السلام السورية في أستانا']);
    // Astana 7 also closed on a Tuesday: the closing day of either, named in the refusal.
    expect(r.anchor).toBeNull();
    expect(r.messages[0]?.reason).toMatch(/2017-01-24 \(\d+ %\).*2017-10-31 \(\d+ %\)|2017-10-31 \(\d+ %\).*2017-01-24 \(\d+ %\)/);
    // A city owns no round: the rounds closed on a Tuesday are looked for among Geneva's two tracks,
    // and the catalog has none (Geneva 8 closed on a Thursday, the committee's rounds on Fridays).
    const geneva = dateArticle('اختتمت محادثات السلام السورية في جنيف اليوم الثلاثاء دون نتائج.', { rounds: [...ROUNDS, first] });
    expect(geneva.expressions.filter((e) => e.kind === 'round').map((e) => e.stated)).toMatchObject([{ track: 'geneva', place: true, loose: true }]);
    expect(geneva.anchor).toBeNull();
  });
  it('a new round numbered after its track ("جولة جديدة …، هي السادسة") is that round', () => {
    // The committee's sixth round opened on Monday 18 October 2021; its fifth on Monday 25 January 2021.
    const rounds = [...ROUNDS, committee(5, '2021-01-25', '2021-01-29'), committee(6, '2021-10-18', '2021-10-22')];
    const sixth = dateArticle('يبدأ المبعوث الأممي غير بيدرسن غداً الاثنين جولة جديدة من اجتماعات اللجنة الدستورية في جنيف، هي السادسة منذ تشكيلها.', { rounds });
    expect(sixth.anchor?.edtf).toBe('2021-10-17');
    // "the first since …" counts from another event: no number, and Mondays of several rounds.
    const first = dateArticle('يبدأ المبعوث الأممي غير بيدرسن غداً الاثنين جولة جديدة من اجتماعات اللجنة الدستورية في جنيف، هي الثانية منذ انتهاء الهدنة.', { rounds });
    expect(first.anchor?.certainty).not.toBe('exact');
  });
  it('the eve of an opening told in the lead is the news, not the opening', () => {
    // Astana 9 opened on Monday 14 May 2018: the delegation's arrival on its eve is news of the 13th.
    const r = date('عشية انطلاق الجولة التاسعة من محادثات أستانا، وصل الوفد الروسي برئاسة ألكسندر لافرنتييف إلى العاصمة الكازاخستانية.');
    expect(r.anchor?.edtf.startsWith('2018-05-13')).toBe(true);
    expect(r.anchor?.evidence.map((e) => e.says)).toContain('1 day(s) before the opening of astana-09 is reported news');
  });
  it('a round going on "لليوم الثاني" is news of its second day, not a round to come', () => {
    // Astana 13 was held on 1-2 August 2019.
    const thirteenth = { id: 'astana-13', track: 'astana', number: 13, start: '2019-08-01', end: '2019-08-02', name_ar: 'أستانا 13', aliases_ar: [], city_ar: 'نور سلطان' };
    const r = dateArticle('تتواصل لليوم الثاني في نور سلطان اجتماعات الجولة الثالثة عشرة من محادثات صيغة أستانا.', { rounds: [...ROUNDS, thirteenth] });
    expect(r.anchor?.evidence.map((e) => e.says)).toContain('day 2 of astana-13 is reported as today\'s news');
    const span = r.anchor!.edtf.split('/');
    expect(span[0]! <= '2019-08-02' && (span[1] ?? span[0])! >= '2019-08-02').toBe(true);
  });
  it('a round opened on a weekday told in the past puts the article on or after that day', () => {
    // Astana 21 opened on Wednesday 24 January 2024.
    const opened = { id: 'astana-21', track: 'astana', number: 21, start: '2024-01-24', end: '2024-01-25', name_ar: 'أستانا 21', aliases_ar: [], city_ar: 'أستانا' };
    const r = dateArticle('بدأت، الأربعاء، في العاصمة الكازاخية أستانا، الجولة الحادية والعشرون من المحادثات حول سوريا.', { rounds: [...ROUNDS, opened] });
    expect(r.anchor?.edtf.split('/')[0]).toBe('2024-01-24');
  });
  it('a day past another round belongs to that round, not to the first', () => {
    // At the close of Astana 8 (Friday 22 December 2017) its participants agreed on the Sochi congress of 29-30 January.
    const congress = { id: 'sochi-congress-2018', track: 'sochi', number: null, start: '2018-01-29', end: '2018-01-30', name_ar: 'مؤتمر الحوار الوطني السوري في سوتشي', aliases_ar: ['مؤتمر الحوار الوطني السوري'], city_ar: 'سوتشي' };
    const r = dateArticle('وقالت وزارة الخارجية الكازاخستانية في بيان اليوم الجمعة إن المشاركين في الجولة الثامنة من محادثات أستانا اتفقوا على عقد مؤتمر الحوار الوطني السوري في سوتشي يومي 29 و30 كانون الثاني المقبل.', { rounds: [...ROUNDS, congress] });
    expect(r.anchor?.evidence.map((e) => e.says).join(' | ')).not.toMatch(/astana-08 [^|]*falls on the date named/);
    const span = r.anchor!.edtf.split('/');
    expect(span[0]! <= '2017-12-22' && (span[1] ?? span[0])! >= '2017-12-22').toBe(true);
  });
  it('a headline without a verb holds its round at the time that follows it', () => {
    // Astana 8 opened on Thursday 21 December 2017; Astana 9 on Monday 14 May 2018.
    expect(date('الجولة الثامنة من محادثات أستانا غداً بمشاركة وفدي الحكومة والمعارضة\nأعلنت الخارجية الكازاخية أن الوفود بدأت بالوصول إلى العاصمة.').anchor?.edtf).toBe('2017-12-20');
    expect(date('أستانا 9 غداً\nيصل الوفد الروسي إلى العاصمة الكازاخية اليوم الأحد استعداداً للجولة التاسعة من المحادثات.').anchor?.edtf).toBe('2018-05-13');
    // A day the catalog knows ("أول أغسطس") says nothing of how far ahead the headline is: no tie.
    const announced = date('كازاخستان تعلن: الجولة التاسعة لمحادثات أستانا 14 مايو\nأعلنت الخارجية الكازاخية اليوم الجمعة موعد الجولة المقبلة.');
    expect(announced.anchor?.evidence.map((e) => e.says).join(' | ') ?? '').not.toMatch(/falls on the date named/);
  });
  it('a photo caption credited to an agency is not a dateline', () => {
    const caption = 'وزراء خارجية الدول الثلاث خلال اجتماع سابق ضمن صيغة أستانا في نيويورك، 27 سبتمبر 2024 (الأناضول)';
    const r = date(`الوزراء الثلاثة يلتقون السبت\n\n${caption}\n\nأكدت الخارجية التركية اليوم الجمعة أن الوزراء سيجتمعون السبت في الدوحة.`);
    expect(r.anchor?.evidence.find((e) => e.quote === '27 سبتمبر 2024')?.says ?? '').not.toMatch(/printed/);
    expect(r.anchor?.edtf).not.toBe('2024-09-27');
    const dateline = date('أنقرة 27 سبتمبر 2024 (الأناضول) - أكدت الخارجية التركية أن الوزراء سيجتمعون في الدوحة.');
    expect(dateline.anchor?.edtf).toBe('2024-09-27');
  });
  it('a day of the talks takes its track from the talks named in another sentence', () => {
    // The second sentence names no track; the first names Astana, whose round of 7 July (2021) is the
    // only one that day within a year: the Monday of that week.
    const r = date('أعلنت الخارجية الأميركية اليوم الاثنين أنها لن توفد أحداً إلى المحادثات السورية التي تحتضنها أستانة هذا الأسبوع.\nوأوضح المتحدث أن السفير سيحضر بصفة مراقب المحادثات التي ستجري في 7 تموز.');
    expect(r.anchor?.edtf).toBe('2021-07-05');
  });
  it('a headline cut in two by ".." still leaves the next line as the lead', () => {
    const r = date('الجولة الثامنة من اجتماعات اللجنة الدستورية.. دون أي تقدم يذكر\nذكر المرصد في تقرير أصدره أن الجولة الثامنة من اجتماعات اللجنة الدستورية تدخل يومها الثالث من غير أن تحرز أي تقدم.\nوأوضح التقرير أن وفد الحكومة حاد عن جدول الأعمال.');
    // The round's third day (1 June 2022) is the lead's news: the week around it, not a refusal.
    expect(r.anchor).toMatchObject({ edtf: '2022-05-29/2022-06-04', certainty: 'range' });
    expect(r.anchor?.evidence.map((e) => e.says)).toContain('day 3 of cc-08 is reported as today\'s news');
  });
  it('a headline\'s present tense is the day\'s news, unless a future word says otherwise', () => {
    // Astana 10 closed on Tuesday 31 July 2018.
    const today = date('الجولة العاشرة من محادثات أستانا تنتهي ببيان مشترك للدول الضامنة\nأصدرت الدول الضامنة اليوم الثلاثاء بياناً أكدت فيه التزامها بوحدة الأراضي السورية.');
    expect(today.anchor?.edtf).toBe('2018-07-31');
    const tomorrow = date('الجولة العاشرة من محادثات أستانا تنتهي غداً ببيان مشترك\nأعلنت الخارجية الكازاخية اليوم الاثنين أن الوفود ستصدر بياناً.');
    expect(tomorrow.anchor?.edtf).toBe('2018-07-30');
  });
  it('an alias two catalog meetings share names one of them, and the weekday chooses', () => {
    // Ankara hosted the guarantors' summit on Wednesday 4 April 2018 and on Monday 16 September 2019.
    const summit = (id: string, day: string) => ({ id, track: 'summits', number: null, start: day, end: day, name_ar: `القمة الثلاثية في أنقرة ${id}`, aliases_ar: ['قمة أنقرة'], city_ar: 'أنقرة' });
    const rounds = [...ROUNDS, summit('summit-ankara-2018', '2018-04-04'), summit('summit-ankara-2019', '2019-09-16')];
    const r = dateArticle('قمة أنقرة تنتهي بتوافق على تأليف اللجنة الدستورية\nانتهت قمة أنقرة التي جمعت رؤساء الدول الضامنة لمسار أستانا اليوم الاثنين ببيان مشترك.', { rounds });
    expect(r.expressions.filter((e) => e.kind === 'round').map((e) => e.roundId)).toEqual(['summit-ankara-2019', 'summit-ankara-2019']);
    expect(r.anchor?.edtf).toBe('2019-09-16');
  });
  it('a track\'s meeting placed in another city is one of the meetings held there', () => {
    // The Astana-format ministers met in Doha on Saturday 7 December 2024; no Astana round fits.
    const doha = { id: 'fm-doha-2024', track: 'summits', number: null, start: '2024-12-07', end: '2024-12-07', name_ar: 'اجتماع وزراء خارجية صيغة أستانا في الدوحة', aliases_ar: [], city_ar: 'الدوحة' };
    const r = dateArticle('أعلن وزير الخارجية الإيراني اليوم الخميس أن وزراء خارجية صيغة أستانا سيجتمعون السبت المقبل في الدوحة لبحث الوضع في سوريا.', { rounds: [...ROUNDS, doha] });
    expect(r.anchor?.edtf).toBe('2024-12-05');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('fm-doha-2024');
  });
  it.each(['كازاخستان', 'كزاخستان', 'قازاقستان', 'العاصمة الكازاخية'])('a round placed in «%s» is one Kazakhstan hosted', (place) => {
    // Every round Kazakhstan hosted met in its capital. Unplaced, the committee's eighth round also
    // closed on a Friday (3 June 2022).
    const r = date(`اختتمت اليوم الجمعة في ${place} الجولة الثامنة من المحادثات السورية.`);
    expect(r.anchor?.edtf).toBe('2017-12-22');
  });
  it('a round the text gives a year for is not taken to be near the article', () => {
    // «في النصف الثاني من العام الجاري»: announced months ahead, so the Thursday just before the round
    // (26 July 2018, before Astana 10) is no likelier than any other of that year.
    const r = date('أفاد بيان للخارجية الكازاخية اليوم الخميس بالاتفاق مع الدول الضامنة على أن تلتئم الجولة العاشرة من محادثات أستانا في النصف الثاني من العام الجاري.');
    expect(r.anchor).toBeNull();
    expect(r.messages[0]?.reason).not.toMatch(/2018-07-26/);
  });
  it('a body that did not exist before a day bounds the article from below', () => {
    // Hayat Tahrir al-Sham was formed on 28 January 2017: a story naming it cannot be from 2016.
    const text = 'قال المتحدث إن هيئة تحرير الشام رفضت المشاركة في المحادثات.';
    const early = dateArticle(text, { rounds: ROUNDS, published: '2016-06-01' });
    expect(early.anchor?.conflicts.map((c) => c.says)).toContain('Hayat Tahrir al-Sham exists since 2017-01-28');
    const later = dateArticle(text, { rounds: ROUNDS, published: '2018-06-01' });
    expect(later.anchor?.evidence.map((c) => c.says)).toContain('Hayat Tahrir al-Sham exists since 2017-01-28');
  });
  it.each(['رابع منطقة لخفض التصعيد', 'مناطق لخفض التصعيد'])('«%s» is the de-escalation zones\' term, with its lam', (term) => {
    const r = dateArticle(`قال الوفد إن إدلب أصبحت ${term} بعد المحادثات.`, { rounds: ROUNDS, published: '2016-06-01' });
    expect(r.anchor?.conflicts.map((c) => c.note)).toContainEqual({ code: 'era', era: 'de-escalation-zones' });
  });
  it('a ministry\'s spokesman in office picks the year of a dateline without one', () => {
    // 6 February fell on a Monday in 2012, 2017 and 2023; Bahram Qasemi spoke for Iran's ministry 2016-2019.
    const text = 'طهران/ 6 شباط/ فبراير/ ارنا- قال المتحدث باسم الخارجية الإيرانية بهرام قاسمي في مؤتمره الصحفي اليوم الاثنين إن المشاورات مع موسكو بشأن سوريا متواصلة.';
    expect(dateArticle(text, { rounds: ROUNDS }).anchor?.edtf).toBe('2017-02-06');
    expect(dateArticle(text.replace('بهرام قاسمي', 'فلان'), { rounds: ROUNDS }).anchor).toBeNull();
  });
  it.each([['لافرنتييف', 'ru-lavrentiev-envoy'], ['زاخاروفا', 'ru-zakharova-spokes']])('%s bounds the article from 2015 on', (name, era) => {
    const text = `قال ${name} إن موسكو تدعم المحادثات السورية.`;
    expect(dateArticle(text, { rounds: ROUNDS, published: '2014-06-01' }).anchor?.conflicts.map((c) => c.note)).toContainEqual({ code: 'era', era });
    expect(dateArticle(text, { rounds: ROUNDS, published: '2018-06-01' }).anchor?.evidence.map((c) => c.note)).toContainEqual({ code: 'era', era });
  });
  it('the host\'s foreign minister, titled before or after the name, bounds the article to his term', () => {
    const notes = (text: string, published: string) => {
      const a = dateArticle(text, { rounds: ROUNDS, published }).anchor!;
      return { evidence: a.evidence.map((c) => c.note), conflicts: a.conflicts.map((c) => c.note) };
    };
    const era = { code: 'era', era: 'kz-tleuberdi-fm' };
    const after = 'قال مختار تليوبردي، وزير الخارجية الكازخستاني، إن العاصمة تستعد لاستضافة الجولة المقبلة من المحادثات بشأن سوريا.';
    const before = 'أعلن وزير الخارجية الكازاخستاني تلاوبردي موعد الجولة المقبلة من المحادثات بشأن سوريا.';
    for (const text of [after, before]) {
      expect(notes(text, '2020-11-18').evidence, text).toContainEqual(era);
      expect(notes(text, '2018-05-01').conflicts, text).toContainEqual(era);
    }
    // Before September 2019 he was the first deputy: that title names no minister's term.
    const deputy = 'وقال النائب الأول لوزير الخارجية الكازاخستاني مختار تليوبردي إن الجولة المقبلة من المحادثات بشأن سوريا تعقد الشهر المقبل.';
    expect(notes(deputy, '2018-05-01').conflicts).not.toContainEqual(era);
    expect(notes('قال وزير الخارجية الكازاخستاني أتامكولوف إن الجولة المقبلة من المحادثات بشأن سوريا تعقد في نور سلطان.', '2019-05-01').evidence).toContainEqual({ code: 'era', era: 'kz-atamkulov-fm' });
    // Untitled, or recalled as the former minister, the name says nothing of the day.
    expect(notes('قال أتامكولوف إن الجولة المقبلة من المحادثات بشأن سوريا تعقد في نور سلطان.', '2021-05-01').conflicts).not.toContainEqual({ code: 'era', era: 'kz-atamkulov-fm' });
    expect(notes('وكان مختار تليوبردي، وزير الخارجية الكازاخستاني السابق، قد أعلن موعد الجولة المقبلة من المحادثات بشأن سوريا.', '2024-05-01').conflicts).not.toContainEqual(era);
  });
  it('Iran\'s foreign minister, his name written from Persian either way («عراقجي»، «عراقتشي»), bounds the article', () => {
    for (const name of ['عباس عراقجي', 'عباس عراقتشي']) {
      const text = `أعلن وزير الخارجية الإيراني، ${name}، أنه بحث مع نظيره التركي الوضع في سوريا.`;
      expect(dateArticle(text, { rounds: ROUNDS, published: '2024-12-07' }).anchor?.evidence.map((c) => c.note), name).toContainEqual({ code: 'era', era: 'ir-araghchi-fm' });
      expect(dateArticle(text, { rounds: ROUNDS, published: '2020-12-07' }).anchor?.conflicts.map((c) => c.note), name).toContainEqual({ code: 'era', era: 'ir-araghchi-fm' });
    }
  });
  it('an opposition leader or a delegate named with his office bounds the article to his term', () => {
    const notes = (text: string, published: string) => {
      const a = dateArticle(text, { rounds: ROUNDS, published }).anchor!;
      return { evidence: a.evidence.map((c) => c.note), conflicts: a.conflicts.map((c) => c.note) };
    };
    // Khaled Khoja led the coalition from January 2015 to March 2016, titled before or after his name.
    const khoja = { code: 'era', era: 'snc-khoja' };
    for (const text of ['قال رئيس الائتلاف الوطني السوري خالد خوجة إن المعارضة لن تشارك في المحادثات قبل وقف القصف.',
      'وقال خالد خوجة، رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية، إن المعارضة لن تشارك في المحادثات قبل وقف القصف.']) {
      expect(notes(text, '2015-06-01').evidence, text).toContainEqual(khoja);
      expect(notes(text, '2019-06-01').conflicts, text).toContainEqual(khoja);
    }
    // Recalled as the past president (after the shorter title or the longer one), or a deputy, he names no term.
    for (const text of ['وقال رئيس الائتلاف السابق خالد خوجة إن المعارضة لن تشارك في المحادثات قبل وقف القصف.',
      'وقال خالد خوجة، رئيس الائتلاف الوطني السوري السابق، إن المعارضة لن تشارك في المحادثات قبل وقف القصف.',
      'وقال خالد خوجة إن المعارضة لن تشارك في المحادثات قبل وقف القصف.']) {
      expect(notes(text, '2019-06-01').conflicts, text).not.toContainEqual(khoja);
    }
    expect(notes('وقال نائب رئيس الائتلاف عبد الرحمن مصطفى إن وفد المعارضة سيشارك في المحادثات.', '2017-06-01').conflicts).not.toContainEqual({ code: 'era', era: 'snc-mustafa' });
    // Hadi al-Bahra led the coalition twice, in 2014 and again from 2023: never before July 2014.
    const bahra = 'قال رئيس الائتلاف الوطني السوري هادي البحرة إن المعارضة مستعدة للعودة إلى المحادثات.';
    expect(notes(bahra, '2024-03-01').evidence).toContainEqual({ code: 'era', era: 'snc-bahra' });
    expect(notes(bahra, '2014-03-01').conflicts).toContainEqual({ code: 'era', era: 'snc-bahra' });
    expect(notes('قال هادي البحرة، الرئيس المشترك للجنة الدستورية عن المعارضة، إن الجولة المقبلة من المحادثات تعقد في جنيف.', '2018-06-01').conflicts).toContainEqual({ code: 'era', era: 'cc-bahra' });
    // Bashar al-Jaafari: the UN ambassador and head of the government's delegation until 2020, deputy minister after.
    const deputy = 'قال نائب وزير الخارجية والمغتربين بشار الجعفري إن دمشق لن تقبل بأي شروط في المحادثات.';
    expect(notes(deputy, '2021-06-01').evidence).toContainEqual({ code: 'era', era: 'sy-jaafari-deputy-fm' });
    expect(notes(deputy, '2016-06-01').conflicts).toContainEqual({ code: 'era', era: 'sy-jaafari-deputy-fm' });
    expect(notes(deputy, '2021-06-01').conflicts).not.toContainEqual({ code: 'era', era: 'sy-jaafari-un' });
    expect(notes('قال رئيس الوفد الحكومي بشار الجعفري إن دمشق لن تقبل بأي شروط في المحادثات.', '2023-06-01').conflicts).toContainEqual({ code: 'era', era: 'sy-jaafari-un' });
    // «الائتلاف المعارض» is the coalition too, and «خوجا» is Khoja.
    expect(notes('وسمّى المصدر بين المدعوين رئيس الائتلاف المعارض أنس العبدة بصفته الشخصية.', '2014-06-01').conflicts).toContainEqual({ code: 'era', era: 'snc-abdeh' });
    expect(notes('وقال رئيس الائتلاف خالد خوجا إن المعارضة لن تشارك في المحادثات قبل وقف القصف.', '2019-06-01').conflicts).toContainEqual(khoja);
    // Faisal Mekdad was the deputy minister for years before he was the minister (November 2020).
    const mekdad = { code: 'era', era: 'sy-mekdad-fm' };
    expect(notes('قال نائب وزير الخارجية فيصل المقداد إن دمشق لن تقبل بأي شروط في المحادثات.', '2017-06-01').conflicts).not.toContainEqual(mekdad);
    expect(notes('قال وزير الخارجية فيصل المقداد إن دمشق لن تقبل بأي شروط في المحادثات.', '2017-06-01').conflicts).toContainEqual(mekdad);
  });
  it('an envoy is news from the day he is named, before he takes office', () => {
    const text = 'التقى المبعوث الأممي الجديد إلى سوريا غير بيدرسن وفد المعارضة قبل توليه مهامه في المحادثات.';
    const evidence = (published: string) => dateArticle(text, { rounds: ROUNDS, published }).anchor!.evidence.map((c) => c.note);
    expect(evidence('2018-11-20')).toContainEqual({ code: 'era', era: 'envoy-pedersen' });
    expect(evidence('2018-06-01')).not.toContainEqual({ code: 'era', era: 'envoy-pedersen' });
  });
  it('a resolution or an operation named bounds the article from the day it began', () => {
    const notes = (text: string, published: string) => {
      const a = dateArticle(text, { rounds: ROUNDS, published }).anchor!;
      return [...a.evidence, ...a.conflicts].map((c) => ({ ...c.note, conflict: a.conflicts.includes(c) }));
    };
    const resolution = 'دعا الوفد إلى تطبيق قرار مجلس الأمن الدولي رقم 2254 في المحادثات المقبلة.';
    expect(notes(resolution, '2015-06-01')).toContainEqual({ code: 'era', era: 'un-res-2254', conflict: true });
    expect(notes(resolution, '2017-06-01')).toContainEqual({ code: 'era', era: 'un-res-2254', conflict: false });
    for (const quoted of ['عملية «نبع السلام»', 'عملية "نبع السلام"', 'عملية نبع السلام']) {
      expect(notes(`بحث الضامنون تداعيات ${quoted} التركية شمال سوريا.`, '2019-06-01'), quoted).toContainEqual({ code: 'era', era: 'op-peace-spring', conflict: true });
    }
    const pandemic = 'أوقف المبعوث اجتماعات اللجنة بسبب جائحة كورونا وإصابات بين أعضاء الوفود.';
    expect(notes(pandemic, '2019-06-01')).toContainEqual({ code: 'era', era: 'covid', conflict: true });
    expect(notes(pandemic, '2020-08-24')).toContainEqual({ code: 'era', era: 'covid', conflict: false });
    // Bare «كورونا» was MERS too, in the Gulf's news of 2012-2015.
    expect(notes('أجلت الوفود الخليجية مشاركتها في المحادثات بسبب فيروس كورونا.', '2014-05-01').map((n) => ('era' in n ? n.era : ''))).not.toContain('covid');
    // Al-Sharaa's own name from late 2024; before, only as the real name of al-Julani.
    expect(notes('قال الرئيس السوري أحمد الشرع إن المحادثات مع الأكراد ستستأنف.', '2023-06-01')).toContainEqual({ code: 'era', era: 'sy-sharaa', conflict: true });
    expect(notes('هاجم أبو محمد الجولاني، واسمه الحقيقي أحمد الشرع، محادثات أستانا.', '2021-06-01').map((n) => ('era' in n ? n.era : ''))).not.toContain('sy-sharaa');
    // The bare olive branch is a peace symbol, not the operation.
    expect(notes('مد الوفد غصن الزيتون إلى المعارضة في المحادثات.', '2016-06-01').map((n) => ('era' in n ? n.era : ''))).not.toContain('op-olive-branch');
  });
  it('Syria after Assad\'s fall is told by its new rulers\' names and by the fall as a past fact', () => {
    const notes = (text: string, published: string) => {
      const a = dateArticle(text, { rounds: ROUNDS, published }).anchor!;
      return [...a.evidence, ...a.conflicts].map((c) => ({ ...c.note, conflict: a.conflicts.includes(c) }));
    };
    const eras = (text: string, published: string) => notes(text, published).flatMap((n) => ('era' in n ? [n.era] : []));
    // Rewritten from a report of the Paris conference of February 2025 (train/p04_syria-today.txt).
    const paris = 'وأبدى الوزير الشيباني، في تدوينة على منصة «إكس»، رضاه عن نتائج المؤتمر الوزاري في باريس.';
    expect(notes(paris, '2025-02-15')).toContainEqual({ code: 'era', era: 'sy-shaibani-fm', conflict: false });
    expect(notes(paris, '2023-02-15')).toContainEqual({ code: 'era', era: 'sy-shaibani-fm', conflict: true });
    expect(eras('وحضر وزير الخارجية والمغتربين السوري أسعد الشيباني اللقاء ومعه توماس بارك، المبعوث الأميركي إلى سوريا.', '2025-08-10')).toEqual(expect.arrayContaining(['sy-shaibani-fm', 'us-barrack-envoy']));
    // A deputy is someone else.
    expect(eras('قال نائب وزير الخارجية الشيباني إن المحادثات ستستأنف.', '2025-03-01')).not.toContain('sy-shaibani-fm');
    expect(notes('تواصل الإدارة السورية الجديدة مشاوراتها مع دول الجوار منذ سقوط نظام الأسد.', '2016-01-10')).toEqual(expect.arrayContaining([
      { code: 'era', era: 'sy-new-rulers', conflict: true }, { code: 'era', era: 'assad-fallen', conflict: true },
    ]));
    // «ما بعد سقوط الأسد», «عقب سقوط نظام الأسد» were hypotheses for years before it happened.
    expect(eras('ناقش المؤتمر ترتيبات المرحلة التي تلي سقوط الأسد في محادثات جنيف المقبلة.', '2013-05-01')).not.toContain('assad-fallen');
    expect(eras('قال المعارض إن سوريا عقب سقوط نظام الأسد ستحتاج إلى دستور جديد تبحثه محادثات جنيف.', '2017-02-20')).not.toContain('assad-fallen');
    // After ل the article's alef goes («للإدارة», «للجنة»): the name is the era's still.
    expect(eras('أكد المبعوث دعم الأمم المتحدة للإدارة السورية الجديدة في المحادثات.', '2025-02-01')).toContain('sy-new-rulers');
    expect(eras('وجه المبعوث الدعوة إلى الجولة المقبلة للجنة الدستورية في جنيف.', '2021-01-10')).toContain('constitutional-committee');
    // A new administration in Washington and its policy in Syria are not Syria's new rulers.
    expect(eras('ينتظر المشاركون في اجتماعات اللجنة الدستورية في جنيف اتضاح سياسة الإدارة الجديدة في سوريا.', '2021-01-25')).not.toContain('sy-new-rulers');
    // A title after a name may be the next man's: only the title before the name names the office.
    expect(eras('انتقد السيناتور ماركو روبيو وزير الخارجية الأمريكي جون كيري بسبب محادثات جنيف.', '2016-02-01')).not.toContain('us-rubio');
    expect(eras('قال وزير الخارجية الأمريكي ماركو روبيو إن المحادثات مع دمشق مستمرة.', '2025-05-20')).toContain('us-rubio');
    // Named before his new office (army commander), Joseph Aoun is not yet Lebanon's president.
    expect(eras('استقبل قائد الجيش اللبناني جوزيف عون وفدا سوريا لبحث المحادثات.', '2019-05-01')).not.toContain('lb-aoun-president');
    expect(eras('قال الرئيس اللبناني جوزيف عون إن بلاده تدعم المحادثات السورية.', '2025-03-01')).toContain('lb-aoun-president');
  });
  it('«أفخم» alone is «the most luxurious», not Iran\'s spokeswoman', () => {
    const r = dateArticle('نزلت الوفود في أفخم فنادق العاصمة قبل المحادثات.', { rounds: ROUNDS, published: '2019-06-01' });
    expect([...r.anchor!.evidence, ...r.anchor!.conflicts].map((c) => c.note)).not.toContainEqual({ code: 'era', era: 'ir-afkham-spokes' });
  });
  it('bounds of years alone name no likeliest day', () => {
    const r = date('وأوضح الوفد أن المشاركة تهدف إلى تثبيت وقف إطلاق النار في مناطق خفض التصعيد.');
    expect(r.anchor).toBeNull();
    expect(r.messages[0]?.reason).toBe('no date evidence narrower than years: add published: YYYY-MM-DD to the front matter');
  });
  it('a numeric date reporting an event in the body is not a site stamp', () => {
    const r = date('قال المتحدث اليوم الخميس إن الاتفاق الذي وقع في 15/3/2011 لم يعد قائماً، وإن الجولة الثامنة من محادثات أستانا تبدأ اليوم.');
    expect(r.anchor?.edtf).toBe('2017-12-21');
  });
  it('the name of Nursultan Nazarbayev is no Nur-Sultan era', () => {
    const r = date('استقبل الرئيس نور سلطان نزارباييف الوفود، وبدأت في أستانا اليوم الجولة الثامنة من محادثات السلام.');
    expect(r.anchor?.edtf).toBe('2017-12-21');
    expect(r.anchor?.conflicts).toEqual([]);
  });
  it('a dateline without a year takes it from the round it reports', () => {
    const r = date('أستانا، 14 أيار (سبوتنيك) - انطلقت اليوم الجولة التاسعة من محادثات أستانا بمشاركة الدول الضامنة.');
    expect(r.anchor?.edtf).toBe('2018-05-14');
  });
  // Alone above the story, such a line may be the date or the day the page was shown: the story
  // must agree (here its weekday, and a minister in office from December 2016 to February 2019) before it
  // is printed.
  it('a dateline line of a Hijri and a Gregorian date pins the day the story agrees with', () => {
    const r = date('الأحد 5 ربيع الآخر 1439 هـ الموافق 24 ديسمبر 2017\nقال وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم الأحد إن المؤتمر سيعقد نهاية الشهر المقبل.');
    expect(r.anchor?.edtf).toBe('2017-12-24');
    expect(date('الأحد 5 ربيع الآخر 1439 هـ الموافق 24 ديسمبر 2017\nقال وزير الخارجية إن المؤتمر سيعقد نهاية الشهر المقبل.').anchor).toBeNull();
  });
  it('a Hijri dateline alone, with its weekday, pins the day the story agrees with', () => {
    expect(date('الأحد 5 ربيع الآخر 1439 هـ\nقال وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم الأحد إن المؤتمر سيعقد نهاية الشهر المقبل.').anchor?.edtf).toBe('2017-12-24');
  });
  it('a dateline line under the headline pins the day alone', () => {
    expect(date('الوزير يعلن موعد المؤتمر\nالأحد 5 ربيع الآخر 1439 هـ الموافق 24 ديسمبر 2017\nقال وزير الخارجية إن المؤتمر سيعقد نهاية الشهر المقبل.').anchor?.edtf).toBe('2017-12-24');
  });
  it('a round whose track the text leaves open gives no day rather than a guess', () => {
    // Astana 8 opened 2017-12-21, Geneva 8 on 2017-11-28, and "في جنيف" is also the city of the
    // Constitutional Committee, whose round 8 opened 2022-05-30: readings years apart, so no anchor.
    const r = date('وفد المعارضة في أستانا. المبعوث في جنيف. ومن المقرر أن تنطلق غداً الجولة الثامنة.');
    expect(r.anchor).toBeNull();
    // The refusal names the candidates, each with its probability.
    for (const day of ['2017-11-27', '2017-12-20', '2022-05-29']) expect(r.messages[0]!.reason).toContain(day);
  });
  it('word counts alone do not choose a track: no day is claimed', () => {
    // Astana is named twice, Geneva once, in the round's sentence but far from it: every opening stays
    // possible (Astana 8, Geneva 8 three weeks earlier, the committee's round 8 in 2022).
    const r = date('اجتماعات أستانا. ملف أستانا. ومن المقرر أن يعقد غداً الجولة الثامنة من المفاوضات بين النظام والمعارضة والتي تتركز على المسائل العسكرية بعد فشل جنيف.');
    expect(r.anchor).toBeNull();
    for (const day of ['2017-11-27', '2017-12-20']) expect(r.messages[0]!.reason).toContain(day);
  });
  it('an anchor wider than half a year is no anchor', () => {
    // "أمس الأربعاء" + cc-06 "next October": any Thursday of a whole year.
    const r = date('قال المبعوث الأممي غير بيدرسن، أمس الأربعاء، إن اللجنة الدستورية ستستأنف اجتماعاتها في جنيف في 18 من تشرين الأول المقبل.');
    expect(r.anchor).toBeNull();
    expect(r.messages[0]!.reason).toContain('published: YYYY-MM-DD');
  });
  it('the envoy of the day separates tracks that share a round number', () => {
    // Round 8 of Astana and of Geneva were in 2017, of the constitutional committee on 2022-05-30;
    // Pedersen was envoy from 2019. Named alone he may be recalled: the eve of the committee's round is
    // far the likeliest, though not sure enough to print.
    const r = date('قال بيدرسن الأسبوع الماضي إن المحادثات السورية ستتواصل. وتنطلق الجولة الثامنة غداً.');
    expect(r.messages[0]?.reason).toMatch(/likeliest: 2022-05-29 \((7|8|9)\d %\)/);
    // Speaking of the round tied to the morrow, he is its convener of the day: the eve is printed.
    expect(date('قال بيدرسن إن الجولة الثامنة تنطلق غداً.').anchor?.edtf).toBe('2022-05-29');
    const dated = date('قال بيدرسن اليوم الأحد إن الجولة الثامنة تنطلق غداً.');
    expect(dated.anchor?.edtf).toBe('2022-05-29');
    expect(dated.expressions.find((e) => e.kind === 'round')?.roundId).toBe('cc-08');
  });
  it('a round tied to "next week" puts the article in the calendar week before it', () => {
    // Astana 9 opened on Monday 2018-05-14: «الأسبوع المقبل» is a calendar week (Saturday-, Sunday- or
    // Monday-first), so the article is in the week before, and «اليوم الأربعاء» leaves 2018-05-09 alone
    // (from Wednesday 2018-05-02 the next week ends by 2018-05-13).
    const r = date('أعلنت كازاخستان اليوم الأربعاء أن الجولة التاسعة من محادثات أستانا تنطلق الأسبوع المقبل.');
    expect(r.anchor?.edtf).toBe('2018-05-09');
  });
  it('a publication stamp wins over a later update stamp', () => {
    const r = date('نشر في 04 أكتوبر 2019 - آخر تحديث 05 أكتوبر 2019\nأعلن المبعوث أن اللجنة الدستورية تجتمع نهاية الشهر.');
    expect(r.anchor?.edtf).toBe('2019-10-04');
  });
  it('evidence quotes are exact slices of the input', () => {
    const text = 'ومن المقرر أن يعقد غداً الخميس الجولة الثامنة من محادثات أستانا.';
    for (const e of date(text).anchor!.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('with the real rounds catalog', () => {
  const catalog = readdirSync('content/rounds').filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => yaml.load(readFileSync(join('content/rounds', f), 'utf8')) as RoundRef);
  it('a trilateral summit told without the article is one of the guarantors\' summits', () => {
    // Ankara, Monday 16 September 2019; Tehran, Friday 7 September 2018.
    expect(dateArticle('عقد رؤساء روسيا وتركيا وإيران اليوم الاثنين في أنقرة قمة ثلاثية هي الخامسة من نوعها لبحث الوضع في سوريا.', { rounds: catalog }).anchor?.edtf).toBe('2019-09-16');
    expect(dateArticle('تستضيف العاصمة الإيرانية طهران اليوم الجمعة قمة ثلاثية تجمع الرؤساء الروسي والتركي والإيراني لبحث الوضع في إدلب.', { rounds: catalog }).anchor?.edtf).toBe('2018-09-07');
  });
  it('«أنهى» closes a round as «اختتم» does', () => {
    // Astana 14 closed on Wednesday 11 December 2019.
    expect(dateArticle('أنهت الجولة الرابعة عشرة من المحادثات السورية في نور سلطان أعمالها اليوم الأربعاء ببيان ختامي.', { rounds: catalog }).anchor?.edtf).toBe('2019-12-11');
  });
  it('Geneva as the place supports the track its sentence names, and a track never named is a poor candidate', () => {
    // The committee's second round opened on Monday 25 November 2019 (Geneva 2's second round, 2014, is no candidate).
    expect(dateArticle('يستأنف أعضاء الهيئة المصغرة للجنة الدستورية اليوم الإثنين اجتماعاتهم في جنيف ضمن الجولة الثانية.', { rounds: catalog }).anchor?.edtf).toBe('2019-11-25');
    // Its third round was suspended on its first day, Monday 24 August 2020 (Astana 3 opened on a Tuesday).
    expect(dateArticle('علّقت الأمم المتحدة أمس الاثنين اجتماعات اللجنة الدستورية السورية في جنيف بعد إصابة ثلاثة من أعضائها بفيروس، وذلك في اليوم الأول من الجولة الثالثة.', { rounds: catalog }).anchor?.edtf).toBe('2020-08-25');
  });
  it('a new round of talks no track is named for takes its number after them and its track from the place', () => {
    // Astana 2 opened on Wednesday 15 February 2017; Geneva 6 on Tuesday 16 May 2017.
    const on = (text: string) => dateArticle(text, { rounds: catalog }).anchor?.edtf;
    expect(on('بدأت اليوم الأربعاء في أستانا جولة جديدة من المحادثات السورية هي الثانية بعد جولة كانون الثاني.')).toBe('2017-02-15');
    expect(on('انطلقت في جنيف اليوم الثلاثاء جولة جديدة من المحادثات السورية، هي السادسة التي يرعاها دي ميستورا.')).toBe('2017-05-16');
    // A count from another event is no number of the round.
    const since = dateArticle('بدأت اليوم الأربعاء في أستانا جولة جديدة من المحادثات السورية هي الأولى منذ مقتل السفير.', { rounds: catalog });
    expect(since.expressions.filter((e) => e.kind === 'round' && e.stated.round !== undefined)).toEqual([]);
  });
  it('with both edges told in a clause, a day goes with the edge whose word stands nearest it', () => {
    // Astana 19: Tuesday 22 and Wednesday 23 November 2022.
    const on = (text: string) => dateArticle(text, { rounds: catalog }).anchor?.edtf;
    expect(on('انطلقت الثلاثاء الجولة التاسعة عشرة من محادثات أستانا بشأن سوريا، وتختتم أعمالها اليوم.')).toBe('2022-11-23');
    expect(on('اختتمت اليوم الجولة التاسعة عشرة من محادثات أستانا بشأن سوريا، والتي انطلقت أمس.')).toBe('2022-11-23');
    // Geneva 7: Monday 10 to Friday 14 July 2017.
    expect(on('اختتمت اليوم الجمعة الجولة السابعة من محادثات جنيف، وكان دي ميستورا قد افتتحها يوم الاثنين الماضي.')).toBe('2017-07-14');
  });
  it('a round announced for a part of a month is tied to it, not to the days it was held', () => {
    // Astana 11 closed on Thursday 29 November 2018 with the 12th round set for early February 2019;
    // it was held on 25-26 April.
    const r = dateArticle('قال وزير الخارجية الكازاخستاني خيرت عبد الرحمانوف اليوم الخميس في ختام الجولة الحادية عشرة إن الجولة الثانية عشرة من محادثات أستانا ستعقد في مطلع شباط المقبل.', { rounds: catalog });
    expect(r.anchor?.edtf).toBe('2018-11-29');
    const ties = r.anchor!.evidence.flatMap((e) => (e.note.code === 'tie-date' ? e.note.rounds : []));
    expect(ties).toContainEqual({ id: 'astana-12', span: '2019-02-01', planned: true });
    expect(r.messages.filter((m) => /disagrees/u.test(m.reason))).toEqual([]);
  });
  it('a round announced for a part of a month is not placed there by a day told of it', () => {
    // Astana 14 was announced for late October, then mid-November 2019; it opened on Tuesday 10 December.
    expect(dateArticle('تستضيف نور سلطان اليوم الثلاثاء الجولة الرابعة عشرة من محادثات أستانا بشأن سوريا.', { rounds: catalog }).anchor?.edtf).toBe('2019-12-10');
  });
  it('a round in a clause about tomorrow is still to come', () => {
    // Astana 12 opened on Thursday 25 April 2019: the delegation «arrives tomorrow» to take part in it, on
    // the round's eve or first day (a journey to it), so the story is of Wednesday the 24th.
    const r = dateArticle('يصل الوفد الحكومي السوري برئاسة بشار الجعفري غداً الخميس إلى نور سلطان للمشاركة في الجولة الثانية عشرة من محادثات صيغة أستانا.', { rounds: catalog });
    expect(r.anchor?.evidence.map((e) => e.note)).toContainEqual({ code: 'tie-offset', point: { edge: 'opening', arrival: true }, rounds: [{ id: 'astana-12', span: '2019-04-24/2019-04-25' }], offset: 1 });
    expect(r.anchor?.edtf).toBe('2019-04-24');
  });
  it('a count of days in a row in the round\'s sentence is the round\'s day', () => {
    // The committee's fifth round opened on Monday 25 January 2021: its third day was Wednesday the 27th.
    const r = dateArticle('لليوم الثالث على التوالي، واصلت وفود اللجنة الدستورية السورية اجتماعاتها في جنيف ضمن جولتها الخامسة، وقال بيدرسن اليوم الأربعاء إن النقاش صعب.', { rounds: catalog });
    expect(r.anchor?.edtf).toBe('2021-01-27');
    expect(r.anchor?.evidence.map((e) => e.note)).toContainEqual({ code: 'edge-news', point: { edge: 'opening', nth: 3 }, rounds: ['cc-05'], today: false });
  });
  it('the guarantors\' meeting named by their adjectives or as the guarantor states is one of their summits or ministers\' meetings', () => {
    // Ankara, Monday 16 September 2019 (the Russian-Turkish memorandum of Monday 17 September 2018 is no summit);
    // Tehran, Friday 7 September 2018; the ministers in Geneva, Tuesday 18 December 2018 (de Mistura's: they
    // met there again on Tuesday 29 October 2019, with Pedersen).
    const on = (text: string) => dateArticle(text, { rounds: catalog }).anchor?.edtf;
    expect(on('تبدأ اليوم الاثنين أعمال قمة تجمع زعماء الدول الضامنة لمحادثات أستانا (روسيا إيران وتركيا) لبحث الوضع في إدلب.')).toBe('2019-09-16');
    expect(on('يعقد اليوم الاثنين في أنقرة اجتماع قمة روسي تركي إيراني لبحث الوضع في سوريا.')).toBe('2019-09-16');
    expect(on('تنعقد اليوم الجمعة في طهران قمة رؤساء الدول الضامنة لمسار أستانا.')).toBe('2018-09-07');
    expect(on('تنطلق اليوم الاثنين في أنقرة قمة ضمت رؤساء الدول الضامنة لمسار أستانا.')).toBe('2019-09-16');
    expect(on('اجتمع وزراء خارجية الدول الضامنة اليوم الثلاثاء في جنيف مع المبعوث الأممي ستيفان دي ميستورا.')).toBe('2018-12-18');
    expect(on('اجتمع وزراء خارجية الدول الضامنة اليوم الثلاثاء في جنيف مع المبعوث الأممي غير بيدرسن عشية انطلاق أعمال اللجنة الدستورية.')).not.toBe('2018-12-18');
    // «أنقرة تجمع قادة تركيا وروسيا وإيران»: what gathers the leaders holds their summit, told with no other
    // word of the talks: one of the summits (Ankara 2018 was a Wednesday, told the Saturday before).
    const gathered = dateArticle('أنقرة تجمع قادة تركيا وروسيا وإيران الأربعاء للتباحث في الشأن السوري', { rounds: catalog, published: '2018-03-31' });
    expect(gathered.expressions.some((e) => e.kind === 'round' && e.stated.track === 'summits')).toBe(true);
    // The three presidents by surname after what gathers them: their summit, never the Arab League's or the
    // four-way one the catalog also holds.
    const leaders = dateArticle('فإن أنقرة ستحتضن الأربعاء المقبل، لقاءً ثلاثياً يجمع أردوغان وبوتين وروحاني، يتناول الأزمة السورية.', { rounds: catalog, published: '2018-03-31' });
    const summit = leaders.expressions.find((e) => e.kind === 'round' && e.stated.track === 'summits');
    expect(summit?.text).toBe('أردوغان وبوتين وروحاني');
    expect(summit?.stated.roundIds).toContain('summit-ankara-2018');
    expect(summit?.stated.roundIds).not.toContain('summit-jeddah-2023');
    expect(summit?.stated.roundIds).not.toContain('summit-istanbul-2018');
    // What gathers them holds the summit: the day after it is the summit's own (Ankara, 4 April 2018).
    const tied = dateArticle('قال المتحدث اليوم السبت إن أنقرة تتهيأ لاستقبال لقاء قمة ثلاثي يضم أردوغان وبوتين وروحاني في الرابع من أبريل المقبل.', { rounds: catalog, published: '2018-03-31' }).anchor!;
    expect(tied.evidence.filter((e) => e.note.code === 'tie-date').flatMap((e) => ('rounds' in e.note ? (e.note.rounds as { id: string }[]).map((x) => x.id) : []))).toContain('summit-ankara-2018');
    // The group recalled without a meeting word before it names no meeting.
    const recalled = dateArticle('وكان رؤساء الدول الضامنة قد عقدوا في السابق عدة لقاءات خصصت للملف السوري.', { rounds: catalog });
    expect(recalled.expressions.filter((e) => e.kind === 'round')).toEqual([]);
  });
  it('a full date told past with its weekday is the article\'s day or one just before it, never after it', () => {
    // Kazakhstan's spokesman announced the 19th meeting on Monday 21 November 2022, for the 22nd and 23rd:
    // the announcement's own day is the article's, the week before it no longer as likely.
    const r = dateArticle('وقال المتحدث باسم الخارجية الكازاخستانية خلال مؤتمر صحفي يوم الاثنين 21 نوفمبر 2022 إن الاجتماع الدولي التاسع عشر بصيغة أستانا سيعقد من 22 إلى 23 نوفمبر الجاري.', { rounds: catalog });
    expect(r.anchor?.edtf).toBe('2022-11-21');
    expect(r.anchor?.evidence.map((e) => e.note.code)).toContain('weekday-of-date');
  });
  it('a guarantor\'s minister or president meeting "his two counterparts" of the other two is the guarantors\' meeting', () => {
    // The ministers in Geneva on Tuesday 18 December 2018 (they met there again on Tuesday 29 October 2019,
    // with Pedersen: the envoy of the time tells them apart); the presidents in Tehran on Friday 7 September 2018.
    const ministers = dateArticle('وصل وزير الخارجية الإيراني محمد جواد ظريف اليوم الثلاثاء إلى مقر الأمم المتحدة في جنيف لعقد محادثات مع نظيريه الروسي سيرغي لافروف والتركي مولود جاويش أوغلو والمبعوث الأممي ستافان دي ميستورا حول اللجنة الدستورية.', { rounds: catalog });
    expect(ministers.anchor?.edtf).toBe('2018-12-18');
    expect(ministers.expressions.find((e) => e.kind === 'round')?.roundId).toBe('fm-geneva-2018');
    const presidents = dateArticle('عقد الرئيس الإيراني حسن روحاني اليوم الجمعة في طهران قمة مع نظيريه الروسي فلاديمير بوتين والتركي رجب طيب أردوغان حول سوريا.', { rounds: catalog });
    expect(presidents.anchor?.edtf).toBe('2018-09-07');
    expect(presidents.expressions.find((e) => e.kind === 'round')?.roundId).toBe('summit-tehran-2018');
    // Named with no day of its own, the one meeting its place leaves is one the story is near: of the
    // Tuesdays the text allows, the meeting's is the likeliest (too few words to print it).
    const near = dateArticle('قال وزير الخارجية الإيراني محمد جواد ظريف اليوم الثلاثاء إنه يأمل التوصل إلى اتفاق حول اللجنة الدستورية السورية.\nوعند وصوله إلى مقر الأمم المتحدة في جنيف لعقد محادثات مع نظيريه الروسي سيرغي لافروف والتركي مولود جاويش أوغلو، قال ظريف إنه متفائل.', { rounds: catalog });
    expect(near.anchor).toBeNull();
    expect(near.messages.find((m) => m.severity === 'error')?.reason).toMatch(/likeliest: 2018-12-18 /);
    // A host of another state meeting two of the guarantors is no meeting of theirs.
    const other = dateArticle('عقد وزير الخارجية الأمريكي اليوم الثلاثاء في جنيف محادثات مع نظيريه الروسي سيرغي لافروف والتركي مولود جاويش أوغلو حول سوريا.', { rounds: catalog });
    expect(other.expressions.filter((e) => e.kind === 'round')).toEqual([]);
  });
  it('taking part in a round on a day told («يشارك»، «شهدت»، «ترأس») is a day of it', () => {
    // Astana's eighth round met on Thursday 21 and Friday 22 December 2017.
    for (const text of [
      'يشارك وفد المعارضة اليوم الخميس في الجولة الثامنة من محادثات أستانا.',
      'شهدت العاصمة الكازاخستانية اليوم الخميس الجولة الثامنة من محادثات أستانا.',
      'ترأس لافرنتييف اليوم الخميس الوفد الروسي إلى الجولة الثامنة من محادثات أستانا.',
    ]) expect(dateArticle(text, { rounds: catalog }).anchor?.edtf, text).toBe('2017-12-21');
    // Past rounds taken part in, and a day told of something else: no tie.
    expect(dateArticle('شارك الوفد في الجولات السابقة من محادثات أستانا، وقال اليوم الخميس إنه سيقاطع الجولة المقبلة.', { rounds: catalog }).anchor).toBeNull();
  });
  it('an agreement signed or reached on a day told («وقع»، «أبرم»، «توصلا إلى») is met on that day', () => {
    // The Sochi memorandum on Idlib was signed on Monday 17 September 2018; the second Sochi memorandum
    // on Tuesday 22 October 2019: of the two, a Monday chooses the first, and the Friday after is the story's.
    const lead = 'وأوضح المتحدث في حديث اليوم الجمعة أن الوثيقة وزعت على أعضاء مجلس الأمن.\n';
    for (const text of [
      'وكان الرئيسان بوتين وأردوغان قد توصلا يوم الاثنين الماضي إلى اتفاق سوتشي.',
      'ووقع الجانبان يوم الاثنين الماضي مذكرة سوتشي.',
      'وأبرم الرئيسان الاثنين الماضي اتفاق سوتشي.',
      'وجاء ذلك بموجب اتفاق سوتشي الذي وقع يوم الاثنين الماضي.',
    ]) expect(dateArticle(lead + text, { rounds: catalog }).anchor?.edtf, text).toBe('2018-09-21');
    // Agreeing on a day to hold a round to come: the day is the agreement's, never the round's.
    expect(dateArticle('واتفق الضامنون يوم الاثنين الماضي على عقد الجولة المقبلة من محادثات أستانا.', { rounds: catalog }).anchor).toBeNull();
  });
  it('a round «لمباحثات جنيف» is Geneva\'s, as «لمحادثات جنيف» is', () => {
    // Geneva's eighth round opened on Tuesday 28 November 2017; Astana's eighth on Thursday 21 December.
    for (const noun of ['لمحادثات', 'لمفاوضات', 'لمباحثات']) {
      // The tie holds Geneva's round alone, not the eighth of every track.
      const r = dateArticle(`تنطلق غداً الجولة الثامنة ${noun} جنيف حول سوريا.`, { rounds: catalog, published: '2017-11-27' });
      const tie = r.anchor!.evidence.find((c) => c.note.code === 'tie-offset')!.note as { rounds: { id: string }[] };
      expect(tie.rounds.map((x) => x.id), noun).toEqual(['geneva-08']);
    }
  });
  it('a meeting inside a round («لقاءً في إطار الجولة»، «على هامش») is on one of its days, not its first', () => {
    // Geneva's eighth round ran from Tuesday 28 November to 14 December 2017, in two phases; Astana's eighth
    // met on Thursday 21 December. «لمباحثات جنيف» names the track as «لمحادثات جنيف» does.
    for (const text of ['تعقد المعارضة غداً الخميس لقاءً بالمبعوث الأممي في إطار المرحلة الثانية من الجولة الثامنة لمباحثات جنيف.',
      'تعقد المعارضة غداً الخميس لقاءً بالمبعوث الأممي على هامش الجولة الثامنة لمباحثات جنيف.']) {
      const r = dateArticle(text, { rounds: catalog });
      expect(r.expressions.find((e) => e.kind === 'round')?.roundId, text).toBe('geneva-08');
      // A Thursday of the round: 30 November, 7 or 14 December; the article the day before one of them.
      const [from, to] = r.anchor!.edtf.split('/');
      expect(from! <= '2017-12-06' && to! >= '2017-12-06', r.anchor!.edtf).toBe(true);
    }
    // Its own verb after it still tells its edge: «ضمن الجولة السابعة … التي بدأت أمس» (Geneva 7 opened on 10 July 2017).
    expect(dateArticle('أجرى الوفد جولة محادثات ثانية مع المبعوث الأممي في جنيف ضمن الجولة السابعة من محادثات جنيف التي بدأت أمس.', { rounds: catalog }).anchor?.edtf).toBe('2017-07-11');
  });
  it('a meeting\'s word with the ل of purpose («اتفاق لعقد»، «تمهيداً لانطلاق») leaves the day before it to the other act', () => {
    // Astana's tenth round met in Sochi on Monday 30 and Tuesday 31 July 2018: a Friday is none of its days.
    for (const text of ['توصلت الأطراف يوم الجمعة إلى اتفاق لعقد الجولة العاشرة من محادثات أستانا في سوتشي.',
      'وصل الوفد الروسي يوم الجمعة إلى سوتشي تمهيداً لانطلاق الجولة العاشرة من محادثات أستانا.']) {
      // Told the article's day (the Friday before the round), no tie of the Friday to the round stands against it.
      const r = dateArticle(text, { rounds: catalog, published: '2018-07-27' });
      expect(r.anchor!.conflicts.map((c) => c.note.code), text).not.toContain('tie-weekday');
    }
  });
  it('a conference named with a number and no track («مؤتمر الرياض 2») is the catalog\'s', () => {
    // The second Riyadh conference of the opposition opened on Wednesday 22 November 2017.
    const r = dateArticle('انطلقت اليوم الأربعاء أعمال مؤتمر الرياض 2 للمعارضة السورية بمشاركة نحو 140 شخصية.', { rounds: catalog });
    expect(r.anchor?.edtf).toBe('2017-11-22');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('riyadh-2017');
  });
  it('a meeting a body came out of is recalled, not reported: nothing near it', () => {
    const r = dateArticle('وقال عضو في الهيئة العليا للمفاوضات المنبثقة عن مؤتمر "الرياض 2" اليوم الأحد إن القائمة اكتملت.', { rounds: catalog });
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('riyadh-2017');
    expect(r.messages.map((m) => m.reason).join(' ')).not.toMatch(/2017-11/);
  });
  it('an imperfect after «لم» is past: a round that «لم تشهد» a meeting is not still to come', () => {
    // Said on a Saturday of Geneva III's second session (14-24 March 2016): read as to come, the round
    // put the article before it, on a day the session had not yet begun.
    const r = dateArticle('قال المتحدث باسم الهيئة العليا للمفاوضات اليوم السبت من جنيف إن الجولة الثانية من مفاوضات جنيف 3 لم تشهد أي لقاء مباشر.', { rounds: catalog });
    expect(r.expressions.find((e) => e.kind === 'round')?.stated.tense).toBe('past');
    expect(r.anchor).toBeNull();
    expect(r.messages.find((m) => m.severity === 'error')?.reason).toMatch(/likeliest: 2016-03-19 /);
  });
  it('a part of the round named before it («على هامش»، «خلال»، «في مستهل»، «في نهاية أعمال») ties the clause\'s day', () => {
    // Astana's eighth round met on Thursday 21 and Friday 22 December 2017. Not across reported speech,
    // nor from a relative clause about something else (null: no day printed).
    const cases: [string, string | null][] = [
      ['أجرى الوفد الروسي اليوم الخميس مشاورات ثنائية على هامش الجولة الثامنة من محادثات أستانا.', '2017-12-21'],
      ['قدم وفد المعارضة اليوم الخميس ورقة خلال الجولة الثامنة من محادثات أستانا.', '2017-12-21'],
      ['بحث الوفدان اليوم الخميس ملف المعتقلين ضمن الجولة الثامنة من محادثات أستانا.', '2017-12-21'],
      ['قال لافرنتييف اليوم الخميس في مستهل الجولة الثامنة من محادثات أستانا إن الأطراف جاهزة.', '2017-12-21'],
      ['أعلن المبعوث اليوم الجمعة في نهاية أعمال الجولة الثامنة من محادثات أستانا أن الأطراف اتفقت.', '2017-12-22'],
      ['قال المبعوث اليوم الخميس إن الوفد طرح خلال الجولة الثامنة من محادثات أستانا ملف المعتقلين.', null],
      ['أكد رئيس الوفد اليوم الخميس ضرورة تفادي العقبات التي برزت خلال الجولة الثامنة من محادثات أستانا.', null],
    ];
    for (const [text, day] of cases) expect(dateArticle(text, { rounds: catalog }).anchor?.edtf ?? null, text).toBe(day);
  });
  it('a meeting that brought them together («جمعه») is held on the day told', () => {
    // Astana's format met in Doha on Saturday 7 December 2024; Geneva 4 went on on Monday 27 February 2017.
    expect(dateArticle('قال وزير الخارجية الروسي سيرغي لافروف إن اجتماع صيغة أستانا في الدوحة، الذي جمعه اليوم السبت بنظيريه التركي هاكان فيدان والإيراني عباس عراقجي، أكد ضرورة الحوار بين السوريين.', { rounds: catalog }).anchor?.edtf).toBe('2024-12-07');
    expect(dateArticle('أكد المبعوث الأممي أن اللقاء الذي جمع اليوم الاثنين وفدي الحكومة والمعارضة في إطار الجولة الرابعة من محادثات جنيف كان بناءً.', { rounds: catalog }).anchor?.edtf).toBe('2017-02-27');
  });
  it('the guarantors\' ministers named by their three states meet in one of the meetings held in the city named', () => {
    // The three foreign ministers met de Mistura in Geneva on Tuesday 18 December 2018.
    const r = dateArticle('اجتمع وزراء خارجية روسيا وتركيا وإيران اليوم الثلاثاء في جنيف مع المبعوث الأممي ستيفان دي ميستورا لبحث تشكيل اللجنة الدستورية.', { rounds: catalog });
    expect(r.anchor?.edtf).toBe('2018-12-18');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('fm-geneva-2018');
    // The three listed as the guarantors are no meeting.
    const listed = dateArticle('أكدت الدول الضامنة روسيا وتركيا وإيران اليوم الثلاثاء التزامها بوقف إطلاق النار في سوريا.', { rounds: catalog });
    expect(listed.expressions.filter((e) => e.kind === 'round')).toEqual([]);
  });
});
