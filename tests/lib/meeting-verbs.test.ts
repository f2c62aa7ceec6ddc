import { describe, expect, it } from 'vitest';
import { allForms, formsOf, meetingForms, MEETING_VERBS } from '../../src/lib/lexicon/meeting-verbs.ts';

const entry = (perfect: string) => MEETING_VERBS.find((e) => e.perfect === perfect)!;

describe('meeting verbs generated from their stems', () => {
  it('a regular verb: persons of the perfect and the imperfect, and the future', () => {
    const f = formsOf(entry('انعقد'));
    expect(f.past).toEqual(expect.arrayContaining(['انعقد', 'انعقدت', 'انعقدوا']));
    expect(f.present).toEqual(expect.arrayContaining(['ينعقد', 'تنعقد', 'ينعقدون']));
    expect(f.future).toEqual(expect.arrayContaining(['سينعقد', 'ستنعقد']));
    expect(f.nouns).toContain('منعقد');
  });
  it('a verb with a weak last letter drops it where Arabic does', () => {
    const f = formsOf(entry('انتهى'));
    expect(f.past).toEqual(expect.arrayContaining(['انتهى', 'انتهت', 'انتهوا']));
    expect(f.present).toEqual(expect.arrayContaining(['ينتهي', 'تنتهي', 'ينتهون']));
  });
  it('a final ى comes back as ي before the dual: «التقيا», but not where a noun is spelled so («جرياً»)', () => {
    expect(formsOf(entry('التقى')).past).toContain('التقيا');
    expect(formsOf(entry('جرى')).past).not.toContain('جريا');
    // «بدآ» folds to «بدا» (it seemed): no dual for a final أ, and never the misspelled «بدأا».
    expect(formsOf(entry('بدأ')).past).toEqual(expect.arrayContaining(['بدأت', 'بدأوا']));
    expect(formsOf(entry('بدأ')).past).not.toContain('بدأا');
  });
  it('a passive with its own hamza seat is generated with the perfect, in every person', () => {
    // Form X's hamza after «است» sits on و in the passive (استُؤنِف); once listed by hand, only two persons.
    expect(formsOf(entry('استأنف')).past).toEqual(expect.arrayContaining(['استؤنف', 'استؤنفت', 'استؤنفا', 'استؤنفتا']));
  });
  it('roles select the verbs: no closing verb among the openings', () => {
    const opening = allForms(['start']);
    expect(opening).toEqual(expect.arrayContaining(['تنطلق', 'انطلقت', 'ستنطلق', 'انطلاق', 'يفتتح']));
    expect(opening).not.toContain('اختتمت');
    expect(meetingForms(['end']).past).toContain('اختتمت');
  });
  it('expecting and announcing are only future markers, never meeting words', () => {
    expect(allForms(['start', 'held', 'continue', 'end'])).not.toContain('يرتقب');
    expect(meetingForms(['expect']).present).toContain('يرتقب');
    expect(allForms(['announce'])).toEqual(expect.arrayContaining(['أعلن', 'يعلن', 'تعلن']));
  });
});

describe('no form of one tense is spelled like a form of the other', () => {
  it('folded, the present forms never equal a past form (no first person «أنطلق» = «انطلق»)', async () => {
    const { foldArabic } = await import('../../src/lib/arabic-fold.ts');
    for (const e of MEETING_VERBS) {
      const f = formsOf(e);
      const past = new Set(f.past.map(foldArabic));
      for (const w of [...f.present, ...f.future]) expect(past.has(foldArabic(w)), `${w} (${e.perfect})`).toBe(false);
    }
  });
});

describe('verbs ending in alif', () => {
  it('«دعا» gives «دعت» and «دعوا», and «يدعون» in the present', () => {
    const f = formsOf(entry('دعا'));
    expect(f.past).toEqual(expect.arrayContaining(['دعا', 'دعت', 'دعوا']));
    expect(f.present).toContain('يدعون');
    expect(f.present).not.toContain('يدعوون');
  });
});

describe('forms spelled like other words', () => {
  it('the bare «التأم» is left out: folded it is «التام» (complete)', () => {
    expect(formsOf(entry('التأم')).past).not.toContain('التأم');
    expect(formsOf(entry('التأم')).past).toContain('التأمت');
  });
});
