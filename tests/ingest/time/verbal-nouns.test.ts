// A meeting's word after إلى, على or عن is a verbal noun: «يتطلع الضامنون إلى عقد الجولة» says nothing of
// when the round is, and «أعلن الوزير اليوم عن عقد الجولة» puts the announcement, not the round, today.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROUNDS } from './fixtures.ts';

const round = (text: string, published?: string) => dateArticle(text, { rounds: ROUNDS, ...(published ? { published } : {}) }).expressions.find((e) => e.kind === 'round')!;

describe('a round after a governed verbal noun', () => {
  it.each([
    'يتطلع الضامنون إلى عقد الجولة الثامنة من محادثات أستانا.',
    'دعا الوزير إلى انعقاد الجولة الثامنة من محادثات أستانا في موعدها.',
    'أعلن الوزير عن عقد الجولة الثامنة من محادثات أستانا.',
  ])('has no tense of the governing verb: %s', (text) => {
    expect(round(text).stated.tense).toBeUndefined();
  });
  it('keeps the tense of its own verb', () => {
    expect(round('أكد المبعوث أن الجولة الثامنة من محادثات أستانا انطلقت اليوم.').stated.tense).toBe('past');
  });
  it('is not tied to a day standing before the noun, which is the announcement\'s', () => {
    // Announced on Monday 11 December 2017, ten days before the round opened.
    const r = dateArticle('أعلن الوزير اليوم عن عقد الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS, published: '2017-12-11' });
    expect(r.anchor!.conflicts.map((c) => c.note.code)).not.toContain('tie-offset');
    expect(dateArticle('أعلن الوزير اليوم عن عقد الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS }).anchor).toBeNull();
  });
  it('after على as after إلى and عن, but a count off the edge is still the round\'s', () => {
    const agreed = dateArticle('وافق الوزير اليوم على عقد الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS, published: '2017-12-11' });
    expect(agreed.anchor!.conflicts.map((c) => c.note.code)).not.toContain('tie-offset');
    // Two days after Astana 8 closed on Friday 22 December 2017.
    expect(dateArticle('عاد الوفد الحكومي إلى دمشق اليوم بعد مرور يومين على اختتام الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS }).anchor?.edtf).toBe('2017-12-24');
  });
  it('with ب written onto it, is the object of the word before: the day before is that act\'s', () => {
    // A telephone call of Friday 4 March 2016 urging the Geneva talks to start: no round opened that Friday.
    const text = 'دعم وزير الخارجية الروسي ونظيره الأميركي يوم الجمعة، خلال مكالمة جمعتهما، التعجيل بانطلاق المفاوضات السورية في جنيف.';
    const r = dateArticle(text, { rounds: ROUNDS, published: '2016-03-05' });
    expect([...r.anchor!.evidence, ...r.anchor!.conflicts].map((c) => c.note.code)).not.toContain('tie-weekday');
    // «بدأت» opens with the root's ب, not the preposition's: still the round's own verb.
    expect(dateArticle('بدأت اليوم الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS }).anchor?.edtf).toBe('2017-12-21');
  });
  it('is still tied to a day after it', () => {
    const r = dateArticle('أعلن الوزير عن انطلاق الجولة الثامنة من محادثات أستانا اليوم.', { rounds: ROUNDS });
    expect(r.anchor?.edtf).toBe('2017-12-21');
  });
});

describe('a date governed by a noun of arranging or preparing', () => {
  const dateOf = (text: string) => dateArticle(text, { rounds: ROUNDS }).expressions.find((e) => e.kind === 'day-range' || e.kind === 'date')!;
  it.each([
    'كشفت كازاخستان اليوم الثلاثاء عن ترتيبها لجولة إضافية من المفاوضات بشأن سوريا في 25 و26 نيسان.',
    'بدأت الوفود استعداداتها للجولة المقبلة من المحادثات في 25 و26 نيسان.',
    'ناقش الوزيران التحضيرات لجولة جديدة من المحادثات في 25 و26 نيسان.',
    'أكد المبعوث أمس الجمعة عزمه على إعادة إطلاق المحادثات في 25 و26 نيسان.',
    // intending, and the meeting's word right after the noun, its object, is no past verb
    'أكدت الخارجية أمس الأربعاء نيتها عقد لقاء للدول الضامنة في 25 و26 نيسان.',
    'أعلن الوزير اعتزامه عقد اجتماع جديد في 25 و26 نيسان.',
  ])('is still to come, whatever the reporting verb\'s tense: %s', (text) => {
    expect(dateOf(text).stated.tense).toBe('future');
  });
  it('a past verb nearer the date keeps it past', () => {
    expect(dateOf('ناقش الوزيران التحضيرات التي جرت في 25 و26 نيسان.').stated.tense).toBe('past');
  });
});

describe('a past verb with its object pronoun', () => {
  const dateOf = (text: string) => dateArticle(text, { rounds: ROUNDS }).expressions.find((e) => e.kind === 'date')!;
  it('is past: «التي استضافتها عمّان في 19 يوليو»', () => {
    // A meeting announced for Tuesday as the sequel of talks Amman hosted on 19 July 2025.
    expect(dateOf('وقالت الوزارة إن اللقاء يعقد تتمةً للمحادثات التي استضافتها عمّان في 19 يوليو 2025.').stated.tense).toBe('past');
  });
  it('but a noun in ة with its pronoun is no verb: the future verb before it still holds', () => {
    expect(dateOf('وقالت الوزارة إن اللجنة ستعقد جولتها في 19 يوليو 2025.').stated.tense).toBe('future');
  });
});
