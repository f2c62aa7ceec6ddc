// The story's round named by a noun with the article («المحادثات التي افتتحت أمس») after or before the text
// names it («الجولة الرابعة من محادثات أستانا»): the day tied to the noun dates the story.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS });
const HEAD = 'وفد الفصائل يتوجه إلى كازاخستان\n';
// Astana's fourth round opened on Wednesday 3 May 2017: opened «yesterday», the story is of the 4th.
const NAMED = ' وتبحث الجولة الرابعة من محادثات أستانا إقامة مناطق لتخفيف التوتر.';

describe('a round named by a noun', () => {
  it('ties the day of its opening to the round the text names', () => {
    const r = date(`${HEAD}يصل وفد الفصائل المسلحة مساء اليوم إلى العاصمة الكازاخية ليلحق بالمحادثات التي افتتحت صباح أمس.${NAMED}`);
    expect(r.anchor?.edtf).toBe('2017-05-04');
    expect(r.anchor?.evidence.map((e) => e.note.code)).toContain('tie-offset');
    // The noun is the named round's: the article's expressions hold the round once, by its name.
    expect(r.expressions.filter((e) => e.kind === 'round').map((e) => [e.text, e.roundId])).toEqual([['الجولة الرابعة', 'astana-04']]);
  });
  it('not talks with someone, a meeting beside the round, nor a body named for the talks', () => {
    for (const lead of [
      'يصل الوزير مساء اليوم إلى العاصمة الكازاخية بعد الاجتماع التحضيري الذي افتتح صباح أمس.',
      'يصل الوزير مساء اليوم إلى العاصمة الكازاخية بعد المحادثات الثنائية التي افتتحت صباح أمس.',
      'يصل الوزير مساء اليوم إلى العاصمة الكازاخية بعد المحادثات مع نظيره التي افتتحت صباح أمس.',
      'تصل الهيئة العليا للمفاوضات التي افتتحت مكتبها أمس إلى العاصمة الكازاخية مساء اليوم.',
    ]) {
      const r = date(`${HEAD}${lead}${NAMED}`);
      expect(r.anchor, lead).toBeNull();
    }
  });
  it('not another round than the story\'s («الجولة المقبلة»، «الجولة الثانية»)', () => {
    for (const noun of ['الجولة المقبلة', 'الجولة الثانية']) {
      expect(date(`${HEAD}قال الوفد إن ${noun} التي تنطلق غداً ستبحث الخرائط.${NAMED}`).anchor, noun).toBeNull();
    }
  });
  it('not when the text names different rounds: which one the noun means is a guess', () => {
    for (const others of [
      ' وسبقتها الجولة الخامسة من محادثات جنيف.',
      ' وسبقت الجولة الرابعة من محادثات أستانا الجولة الخامسة من محادثات جنيف والجولة السادسة من محادثات جنيف والجولة الثالثة من محادثات أستانا والجولة الثانية من محادثات أستانا.',
    ]) {
      const r = date(`${HEAD}يصل وفد الفصائل المسلحة مساء اليوم ليلحق بالمحادثات التي افتتحت صباح أمس.${NAMED}${others}`);
      expect(r.anchor?.evidence.map((e) => e.note.code) ?? [], others).not.toContain('tie-offset');
    }
  });
  it('a bare number beside the track\'s own name is one round: the rounds both may be', () => {
    // «الجولة الرابعة» alone is Astana's, Geneva's or the committee's; «أستانا 4» says which.
    const r = date(`${HEAD}يصل وفد الفصائل المسلحة مساء اليوم ليلحق بالمحادثات التي افتتحت صباح أمس. وتبحث الجولة الرابعة إقامة مناطق لتخفيف التوتر في اجتماعات أستانا 4.`);
    const tie = r.anchor?.evidence.find((e) => e.note.code === 'tie-offset');
    expect(tie?.note).toMatchObject({ rounds: [{ id: 'astana-04' }] });
  });
  it('not a noun told to come when the round named is told as past: that is the next round', () => {
    // Astana 4 closed on Thursday 4 May 2017: closed «yesterday», the story is of the 5th; «المحادثات
    // ستستأنف الأسبوع المقبل» is the fifth round's, and must not put the fourth's opening a week ahead.
    const r = date('الوفود تغادر كازاخستان\nاختتمت أمس الجولة الرابعة من محادثات أستانا، وقال رئيس الوفد الروسي إن المحادثات ستستأنف الأسبوع المقبل.');
    expect(r.anchor?.edtf).toBe('2017-05-05');
    expect(r.anchor?.evidence.map((e) => e.note.code)).not.toContain('tie-date');
  });
  describe('a meeting to come in the city of the meeting the text names', () => {
    // The Action Group met in Geneva on Saturday 30 June 2012: «next Saturday» puts the story in the week before.
    const named = ' وستبحث مجموعة العمل حول سوريا خطة المبعوث ذات النقاط الست.';
    it('is that meeting', () => {
      const r = date(`المبعوث يدعو إلى لقاء في جنيف\nأعلن المبعوث الدولي أن وزراء خارجية الدول الكبرى سيلتقون في جنيف السبت القادم.${named}`);
      expect(r.anchor?.edtf).toBe('2012-06-23/2012-06-29');
    });
    it('not one told as past: any meeting before it may have been held there', () => {
      expect(date(`المبعوث يدعو إلى لقاء في جنيف\nأعلن المبعوث الدولي أن وزراء خارجية الدول الكبرى التقوا في جنيف السبت.${named}`).anchor).toBeNull();
    });
  });
});
