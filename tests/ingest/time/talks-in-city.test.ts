// Talks whose clause names a host city as their place: a round held there, of any track meeting in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: ROUNDS });
const rounds = (text: string) => date(text).expressions.filter((e) => e.kind === 'round');

describe('talks held in a host city', () => {
  it('Geneva hosts the UN talks and the committee: a Monday opening there is one of the committee\'s', () => {
    // Of Geneva's rounds in the catalog only the committee's opened on a Monday (25 November 2019, 30 May 2022).
    const text = 'عادت المحادثات بين الأطراف السورية إلى الانعقاد اليوم الاثنين في جنيف بعد توقف دام أشهراً.';
    expect(rounds(text).map((e) => e.text)).toEqual(['المحادثات']);
    const r = date(text);
    expect(r.anchor).toBeNull();
    expect(r.messages[0]?.reason).toMatch(/2019-11-25 \(50 %\), 2022-05-30 \(50 %\)/);
  });
  it('and a Tuesday opening there the UN talks\' (the eighth round, 28 November 2017)', () => {
    expect(date('انطلقت المشاورات السورية اليوم الثلاثاء في جنيف وسط أجواء من الحذر.').anchor?.edtf).toBe('2017-11-28');
  });
  it('the city described before its name («في العاصمة الكازاخستانية أستانا»)', () => {
    // Astana's eighth round opened on Thursday 21 December 2017, the only Thursday opening in the catalog.
    expect(date('انطلقت اليوم الخميس المحادثات السورية في العاصمة الكازاخستانية أستانا.').anchor?.edtf).toBe('2017-12-21');
  });
  it('the city described in the host\'s other spellings («العاصمة القازاقية آستانة»)', () => {
    for (const adjective of ['القازاقية', 'الكزاخستانية', 'القازاخية']) {
      expect(date(`انطلقت اليوم الخميس المحادثات السورية في العاصمة ${adjective} أستانا.`).anchor?.edtf, adjective).toBe('2017-12-21');
    }
  });
  it('a day set off by commas inside the talks\' clause («اليوم الأربعاء، في العاصمة …»)', () => {
    const text = 'انطلقت المحادثات اليوم الخميس، في العاصمة الكازاخستانية أستانا.';
    expect(rounds(text).map((e) => [e.text, e.stated.place])).toEqual([['المحادثات', true]]);
    expect(date(text).anchor?.edtf).toBe('2017-12-21');
    // Re-written from a Syrian opposition site's report (dev b02): Astana 4 opened on Wednesday 3 May 2017.
    const report = dateArticle(readFileSync(join(import.meta.dirname, '../../fixtures/corpus/dev/b02_zamanarabic.txt'), 'utf8'), { rounds: CATALOG_ROUNDS });
    expect(report.anchor?.edtf).toBe('2017-05-03');
    // A comma after anything else ends the clause, as before, and so does one after a day not right
    // before the place: the clause after it is another.
    expect(rounds('انطلقت المحادثات مع الوفد الحكومي، في العاصمة الكازاخستانية أستانا.')).toEqual([]);
    expect(rounds('تعثرت المفاوضات السورية أمس الأربعاء، وتعقد الدول الضامنة لقاء في أستانا.')).toEqual([]);
    expect(rounds('بدأت المفاوضات بين الوفدين اليوم الخميس، وقال لافروف في أستانا إن الحل سياسي.')).toEqual([]);
  });
  it('the day in brackets, as many outlets write it («اليوم (الخميس)، في …»)', () => {
    for (const text of ['انطلقت المحادثات اليوم (الخميس)، في العاصمة الكازاخستانية أستانا.', 'انطلقت المحادثات اليوم (الخميس) في العاصمة الكازاخستانية أستانا.']) {
      expect(rounds(text).map((e) => [e.text, e.stated.place]), text).toEqual([['المحادثات', true]]);
      expect(date(text).anchor?.edtf, text).toBe('2017-12-21');
    }
    // A bracket closing anything but the day before the comma still ends the clause, and an aside in
    // brackets is no part of it.
    expect(rounds('انطلقت المحادثات مع الوفد (الحكومي)، في العاصمة الكازاخستانية أستانا.')).toEqual([]);
    expect(rounds('انطلقت اليوم الخميس المحادثات (التي لم تنعقد) في جنيف بشأن سوريا.')).toEqual([]);
  });
  it('the preposition written onto the city («بجنيف»)', () => {
    expect(date('انطلقت المشاورات السورية اليوم الثلاثاء بجنيف وسط أجواء من الحذر.').anchor?.edtf).toBe('2017-11-28');
  });
  it('a reported clause between the talks and the city is another clause', () => {
    expect(rounds('انتهت المحادثات وأعلن المبعوث أنه باق اليوم في جنيف.')).toEqual([]);
  });
  it('punctuation between them ends the talks\' clause', () => {
    expect(rounds('انتهت المحادثات، وبدأ المبعوث اليوم جولة لقاءات في جنيف.')).toEqual([]);
  });
  it('talks named by their track are that track\'s, not the city\'s', () => {
    expect(rounds('بدأت اليوم اجتماعات اللجنة الدستورية في جنيف.').map((e) => e.stated)).toMatchObject([{ track: 'constitutional-committee', loose: true }]);
    expect(rounds('بدأت اليوم اجتماعات اللجنة الدستورية في جنيف.').map((e) => e.stated.place)).toEqual([undefined]);
  });
  it('Geneva hosting talks holds a round of either track, as Astana hosting them holds one of its own', () => {
    const hosts = rounds('تحتضن جنيف اليوم الخميس محادثات السلام السورية.');
    expect(hosts.map((e) => [e.text, e.stated.track, e.stated.place])).toEqual([['تحتضن جنيف', 'geneva', true]]);
    const hosted = rounds('وصل الوفد السوري للمشاركة في المحادثات التي تحتضنها جنيف.');
    expect(hosted.map((e) => [e.stated.track, e.stated.place])).toEqual([['geneva', true]]);
  });
  it('the talks as a dialogue, named with their city («الحوار السوري السوري … في جنيف»)', () => {
    expect(date('يشارك الوفد في الحوار السوري السوري الذي انطلق اليوم الثلاثاء في جنيف.').anchor?.edtf).toBe('2017-11-28');
  });
  it('the city named as the place before the talks (verb, place, time, subject)', () => {
    // Astana's 13th round opened in Nur-Sultan on Thursday 1 August 2019, the only Thursday opening there
    // near the round the headline names.
    const r = dateArticle('أستانا 13: الضامنون يبحثون الوضع في إدلب\nبدأت في العاصمة الكازاخستانية نور سلطان اليوم الخميس جولة جديدة من المحادثات حول سوريا بمشاركة الدول الضامنة.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2019-08-01');
    expect(r.expressions.find((e) => e.text === 'جولة جديدة من المحادثات')?.roundId).toBe('astana-13');
    // The preposition written onto the city's description names it as the place too.
    expect(rounds('بدأت بالعاصمة الكازاخستانية أستانا اليوم الخميس جولة جديدة من المحادثات حول سوريا.').map((e) => [e.text, e.stated.place])).toEqual([['جولة جديدة من المحادثات', true]]);
    // The city a delegation goes to is the place of the talks after it.
    expect(rounds('وصل وفد المعارضة مساء اليوم الأحد إلى أستانا للمشاركة في المحادثات التي تنطلق غدا الاثنين.').map((e) => [e.text, e.stated.track, e.stated.place])).toEqual([['المحادثات', 'astana', true]]);
    // Talks as the topic of something else held there, and a minister's tour, are no round.
    expect(rounds('عقد المبعوث الأممي في جنيف اليوم الثلاثاء مؤتمرا صحفيا حول المحادثات السورية.')).toEqual([]);
    expect(rounds('بدأ وزير الخارجية في أستانا اليوم جولة خليجية تشمل ثلاث دول.')).toEqual([]);
    expect(rounds('أجرى وزير الخارجية الأمريكي في جنيف اليوم محادثات مع نظيره الروسي حول سوريا.')).toEqual([]);
  });
  it('peace talks in Geneva are the UN\'s, not the committee\'s', () => {
    // Geneva's seventh round closed on Friday 14 July 2017; the committee's seventh on Friday 25 March 2022.
    const r = dateArticle('اختتمت أمس الجمعة في جنيف الجولة السابعة من محادثات السلام السورية دون نتائج ملموسة.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2017-07-15');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('geneva-07');
  });
  it('told for a day none of its rounds met on, it names none of them (not the nearest one)', () => {
    // On 21 December 2017 de Mistura announced talks in Geneva for the second half of January; they
    // met in Vienna on 25-26 January. Geneva's eighth round, just over, is not the round told.
    const r = dateArticle('وقال دي ميستورا في مؤتمر عقده بموسكو إن محادثات السلام السورية ستستأنف بجنيف في النصف الثاني من كانون الثاني (يناير) المقبل.', { rounds: CATALOG_ROUNDS, published: '2017-12-21' });
    const talks = r.expressions.find((e) => e.kind === 'round');
    expect(talks?.text).toBe('محادثات');
    expect(talks?.roundId).toBeUndefined();
  });
  it('Geneva hosts others\' talks too: its talks are Syria\'s when their sentence says so', () => {
    expect(rounds('وتزامن ذلك مع محادثات الملف النووي التي انطلقت اليوم في جنيف.')).toEqual([]);
    expect(rounds('دعت واشنطن الجيش إلى الالتحاق بمحادثات وقف إطلاق النار التي بدأت أمس في جنيف.')).toEqual([]);
    expect(rounds('تحتضن جنيف اليوم محادثات بين الحكومة اليمنية والحوثيين.')).toEqual([]);
    expect(rounds('دعت واشنطن المعارضة السورية إلى الالتحاق بمحادثات وقف إطلاق النار التي بدأت أمس في جنيف.').map((e) => e.stated.track)).toEqual(['geneva']);
  });
});
