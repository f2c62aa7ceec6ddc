// A round of a track named with its qualifier after the name («اجتماع أستانا المقبل»، «جولة جنيف السابقة»),
// the way news writes it as often as «الجولة المقبلة من محادثات أستانا».
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const rounds = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2019-11-18' }).expressions.filter((e) => e.kind === 'round');

describe('a qualifier after the track’s name', () => {
  it('makes a round of that track, next or last, after a round or talks word', () => {
    expect(rounds('وقال الوزير إن اجتماع أستانا المقبل سيبحث ملف المعتقلين.')[0]).toMatchObject({ text: 'اجتماع أستانا المقبل', stated: { track: 'astana', rel: 1 } });
    expect(rounds('ورغم فشل جولة أستانا السابقة في إحداث خرق، عاد الوفد.')[0]).toMatchObject({ text: 'جولة أستانا السابقة', stated: { track: 'astana', rel: -1 } });
    expect(rounds('وتحضر الأمم المتحدة لجولة جنيف القادمة.')[0]).toMatchObject({ stated: { track: 'geneva', rel: 1 } });
  });

  it('is no round after a word that is neither, nor across a line', () => {
    // «رئيس أستانا المقبل» is not a round; «المقبل» on the next line belongs to another sentence.
    expect(rounds('قال رئيس بلدية أستانا المقبل إن المدينة جاهزة.').some((e) => e.stated.rel !== undefined)).toBe(false);
    expect(rounds('انتهت محادثات أستانا\nالمقبل من الأيام يحمل جديداً.').some((e) => e.stated.rel !== undefined)).toBe(false);
  });

  it('ties the round to the month the text gives it, so the article falls before that round', () => {
    const text = 'قال وزير الخارجية الكازاخستاني اليوم الاثنين إن العاصمة نور سلطان ستحتضن اجتماع أستانا المقبل بشأن سوريا في أوائل ديسمبر.';
    const a = dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2019-11-18' }).anchor!;
    const tie = a.evidence.find((e) => e.note.code === 'tie-date');
    expect(tie?.quote).toContain('اجتماع أستانا المقبل');
  });
});
