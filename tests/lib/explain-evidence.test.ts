import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../src/ingest/time/index.ts';
import { ROUNDS } from '../time/fixtures.ts';
import { explainEvidence, UNKNOWN_EVIDENCE_AR } from '../../src/lib/explain-evidence.ts';

const ctx = { roundName: (id: string) => ({ 'astana-08': 'أستانا 8', 'astana-09': 'أستانا 9', 'geneva-08': 'جنيف 8' } as Record<string, string>)[id] };

describe('explainEvidence', () => {
  it.each([
    ['Thursday in a future clause: on or after the article date', 'يوم الخميس في سياق المستقبل: يقع في يوم المقال أو بعده.'],
    ['Thursday in a past clause: on or before the article date', 'يوم الخميس في سياق الماضي: يقع في يوم المقال أو قبله.'],
    ['the article date is a Wednesday (offset 1 is a Thursday)', 'يسمّي النص يوم الخميس، فالمقال كُتب يوم الأربعاء.'],
    ['a day still to come: the article is before it', 'يوم لم يأتِ بعد: المقال قبله.'],
    ['"current month" is month 7: the article is in that month', '«الشهر الجاري» هو الشهر 7: المقال في ذلك الشهر.'],
    ['mentions astana-09 as upcoming', 'يذكر النص «أستانا 9» موعداً قادماً: المقال قبلها.'],
    ['1 day(s) before the opening of astana-09 is reported news', 'يروي النص ما جرى قبل يوم من انطلاق «أستانا 9» خبراً جديداً: المقال في ذلك اليوم أو بعده بقليل.'],
    ['mentions astana-08 or geneva-08', 'يذكر النص «أستانا 8» أو «جنيف 8»: المقال قرب موعدها أو بعده.'],
    ['Hayat Tahrir al-Sham exists since 2017-01-28', 'تأسست «هيئة تحرير الشام» في 28 كانون الثاني 2017.'],
  ])('%s', (says, arabic) => {
    expect(explainEvidence(says, ctx)).toBe(arabic);
  });

  it('names rounds and prints dates in Arabic in the round clues', () => {
    const out = explainEvidence('the opening of astana-08 2017-12-21 or geneva-08 2017-11-28 is 1 day(s) from the article', ctx);
    expect(out).toContain('افتتاح «أستانا 8» (21 كانون الأول 2017) أو «جنيف 8»');
    expect(out).toContain('بعد يوم من المقال');
    expect(explainEvidence('same days as astana-16 (2021-07-07/2021-07-08) in the rounds catalog', ctx)).toMatch(/^الأيام نفسها التي عُقدت فيها جولة من دليل الجولات \(7–8 تموز 2021\)/);
  });

  it('explains the era clues of the date engine', () => {
    expect(explainEvidence("Kazakhstan's capital was called Nur-Sultan from 2019-03-20 to 2022-09-17", ctx)).toMatch(/^سُمّيت عاصمة كازاخستان «نور سلطان»/);
    expect(explainEvidence('Geir Pedersen was UN envoy from 2019-01-07', ctx)).toMatch(/^كان غير بيدرسن المبعوث الأممي منذ/);
  });

  it('never returns English: an unknown explanation gets an Arabic fallback', () => {
    expect(explainEvidence('the eighth round opened today (2017-12-21)', ctx)).toBe(UNKNOWN_EVIDENCE_AR);
    for (const says of ['Friday in a future clause: on or after the article date', 'states the article date 2017-12-20', 'printed date or dateline 2017-12-20',
      'reports 2017-12: the article is after it', 'Staffan de Mistura was UN envoy from 2014-07-10 to 2018-12-31', 'something new']) {
      expect(explainEvidence(says, ctx), says).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('every clue the engine gives on real articles has its Arabic sentence', () => {
  it('on the seeds and the held-out set, with days off a round\'s edge', () => {
    const texts = ['seeds', 'tests/fixtures/heldout'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
    texts.push('عاد الوفد الحكومي إلى دمشق اليوم الأحد بعد يومين من اختتام الجولة الثامنة من محادثات أستانا.');
    const says = new Set(texts.flatMap((t) => { const a = dateArticle(t, { rounds: ROUNDS }).anchor; return [...(a?.evidence ?? []), ...(a?.conflicts ?? [])].map((e) => e.says); }));
    expect(says.size).toBeGreaterThan(10);
    const unknown = [...says].filter((s) => explainEvidence(s, ctx) === UNKNOWN_EVIDENCE_AR);
    expect(unknown).toEqual([]);
  });
});

describe('day counts in Arabic', () => {
  it.each([
    ['the opening of astana-08 2017-12-21 is 1 day(s) from the article', 'بعد يوم من المقال'],
    ['the opening of astana-08 2017-12-21 is 2 day(s) from the article', 'بعد يومين من المقال'],
    ['the opening of astana-08 2017-12-21 is -3 day(s) from the article', 'قبل 3 أيام من المقال'],
    ['the opening of astana-08 2017-12-21 is 11 day(s) from the article', 'بعد 11 يوماً من المقال'],
    ['2 day(s) after the opening of astana-08 2017-12-23 is 0 day(s) from the article', 'بعد يومين من افتتاح «أستانا 8»'],
    ['12 day(s) after the last day of astana-08 2018-01-03 is 0 day(s) from the article', 'بعد 12 يوماً من اختتام «أستانا 8»'],
  ])('%s', (says, part) => {
    expect(explainEvidence(says, ctx)).toContain(part);
  });
});

describe('many candidate rounds', () => {
  it('are counted, not listed, for a round named without a number', async () => {
    const { explainEvidence } = await import('../../src/lib/explain-evidence.ts');
    const ids = Array.from({ length: 22 }, (_, i) => `astana-${String(i + 1).padStart(2, '0')}`);
    const ar = explainEvidence(`the opening of ${ids.map((id) => `${id} 2017-01-23`).join(' or ')} is the weekday named`, { roundName: () => 'جولة' });
    expect(ar).toContain('22 جولة');
    expect(ar.split('«').length).toBe(1);
  });
});
