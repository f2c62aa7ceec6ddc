import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../src/ingest/time/index.ts';
import { ROUNDS } from '../ingest/time/fixtures.ts';
import { noteAr, noteEn, UNKNOWN_EVIDENCE_AR } from '../../src/lib/evidence/explain-note.ts';
import type { EvidenceNote } from '../../src/lib/evidence/evidence-note.ts';
import { ERAS } from '../../src/lib/lexicon/eras.ts';

const ctx = { roundName: (id: string) => ({ 'astana-08': 'أستانا 8', 'astana-09': 'أستانا 9', 'geneva-08': 'جنيف 8' } as Record<string, string>)[id] };
const opening = { edge: 'opening' } as const;

describe('each kind of evidence in English and in Arabic, from one note', () => {
  it.each<[EvidenceNote, string, string]>([
    [{ code: 'weekday-tense', weekday: 4, tense: 'future' }, 'Thursday in a future clause: on or after the article date', 'يوم الخميس في سياق المستقبل: يقع في يوم المقال أو بعده.'],
    [{ code: 'weekday-tense', weekday: 4, tense: 'past' }, 'Thursday in a past clause: on or before the article date', 'يوم الخميس في سياق الماضي: يقع في يوم المقال أو قبله.'],
    [{ code: 'weekday-offset', article: 3, offset: 1, named: 4 }, 'the article date is a Wednesday (offset 1 is a Thursday)', 'يسمّي النص يوم الخميس، فالمقال كُتب يوم الأربعاء.'],
    [{ code: 'day-to-come' }, 'a day still to come: the article is before it', 'يوم لم يأتِ بعد: المقال قبله.'],
    [{ code: 'recent-date', side: 'after' }, 'a date with no year, already past: news is most often weeks from the days it names', 'تاريخ بلا سنة مضى: الخبر في الغالب على بعد أسابيع من الأيام التي يذكرها.'],
    [{ code: 'named-period', period: 'year', rel: -1, named: '2016', article: '2017' }, 'last year is named 2016: the article is in 2017', 'يسمّي النص العام الماضي (2016)، فالمقال في 2017.'],
    [{ code: 'named-period', period: 'month', rel: -1, named: '4', article: '5' }, 'last month is named month 4: the article is in month 5', 'يسمّي النص الشهر الماضي (الشهر 4)، فالمقال في الشهر 5.'],
    [{ code: 'current-month', month: 7 }, '"current month" is month 7: the article is in that month', '«الشهر الجاري» هو الشهر 7: المقال في ذلك الشهر.'],
    [{ code: 'near-round', rounds: ['astana-09'], upcoming: true }, 'mentions astana-09 as upcoming', 'يذكر النص «أستانا 9» موعداً قادماً: المقال قبلها.'],
    [{ code: 'edge-news', point: { edge: 'opening', shift: -1 }, rounds: ['astana-09'], today: false }, '1 day(s) before the opening of astana-09 is reported news', 'يروي النص ما جرى قبل يوم من انطلاق «أستانا 9» خبراً جديداً: المقال في ذلك اليوم أو بعده بقليل.'],
    [{ code: 'edge-news', point: { edge: 'close', shift: 14, hedge: 'about' }, rounds: ['astana-09'], today: false }, 'about 14 day(s) after the close of astana-09 is reported news', 'يروي النص ما جرى بعد نحو 14 يوماً من اختتام «أستانا 9» خبراً جديداً: المقال في ذلك اليوم أو بعده بقليل.'],
    [{ code: 'edge-news', point: { edge: 'close', shift: 3, hedge: 'few' }, rounds: ['astana-09'], today: false }, 'a few days after the close of astana-09 is reported news', 'يروي النص ما جرى بعد بضعة أيام من اختتام «أستانا 9» خبراً جديداً: المقال في ذلك اليوم أو بعده بقليل.'],
    [{ code: 'edge-news', point: { edge: 'close', since: true }, rounds: ['astana-09'], today: false }, 'the time since the close of astana-09 is reported: the article is days after it', 'يروي النص ما جرى منذ اختتام «أستانا 9»، فالمقال بعد ذلك بيوم أو أكثر.'],
    [{ code: 'anniversary', years: 1, edge: 'opening', rounds: [{ id: 'astana-08', span: '2018-12-21' }], today: true }, 'the 1-year anniversary of the opening of astana-08 (2018-12-21): the article is on it', 'يذكر النص مرور عام على انطلاق «أستانا 8»: المقال في يوم الذكرى نفسه (21 كانون الأول 2018).'],
    [{ code: 'near-round', rounds: ['astana-08', 'geneva-08'], upcoming: false }, 'mentions astana-08 or geneva-08', 'يذكر النص «أستانا 8» أو «جنيف 8»: المقال قرب موعدها أو بعده.'],
    [{ code: 'era', era: 'hts' }, 'Hayat Tahrir al-Sham exists since 2017-01-28', 'تأسست «هيئة تحرير الشام» في 28 كانون الثاني 2017.'],
    [{ code: 'page-top-day', day: '2026-02-13' }, "the page opens on 2026-02-13, above its headline: the story's day, or the day the page was shown or saved (the story is then before it)", 'تعلو العنوانَ في أول الصفحة 13 شباط 2026: هو يوم الخبر، أو يوم عرض الصفحة أو حفظها فيكون الخبر قبله.'],
    [{ code: 'page-foot-day', day: '2026-02-13' }, "the page closes on 2026-02-13, below its story: the story's day, or the day the page was shown or saved (the story is then before it)", 'يختم الصفحةَ تحت الخبر 13 شباط 2026: هو يوم الخبر، أو يوم عرض الصفحة أو حفظها فيكون الخبر قبله.'],
    [{ code: 'meta', field: 'JSON-LD datePublished', day: '2017-05-16' }, "the page's metadata (JSON-LD datePublished) states the publication day 2017-05-16", 'تذكر بيانات الصفحة الأصلية يوم نشرها: 16 أيار 2017.'],
  ])('%j', (note, english, arabic) => {
    expect(noteEn(note)).toBe(english);
    expect(noteAr(note, ctx)).toBe(arabic);
  });

  it('names rounds and prints their days in Arabic', () => {
    const out = noteAr({ code: 'tie-offset', point: opening, rounds: [{ id: 'astana-08', span: '2017-12-21' }, { id: 'geneva-08', span: '2017-11-28' }], offset: 1 }, ctx);
    expect(out).toContain('افتتاح «أستانا 8» (21 كانون الأول 2017) أو «جنيف 8»');
    expect(out).toContain('بعد يوم من المقال');
    expect(noteAr({ code: 'catalog-days', rounds: [{ id: 'astana-16', span: '2021-07-07/2021-07-08' }] }, ctx)).toMatch(/^الأيام نفسها التي عُقدت فيها جولة من دليل الجولات \(7–8 تموز 2021\)/);
  });

  it('gives every era its own two sentences', () => {
    for (const era of ERAS) {
      expect(noteEn({ code: 'era', era: era.id })).toBe(era.en);
      expect(noteAr({ code: 'era', era: era.id }, ctx), era.id).not.toMatch(/[A-Za-z{}]/);
    }
    expect(new Set(ERAS.map((e) => e.id)).size).toBe(ERAS.length);
  });

  it('never gives the reader English: a note of another build gets a plain Arabic sentence', () => {
    expect(noteAr(undefined, ctx)).toBe(UNKNOWN_EVIDENCE_AR);
    expect(noteAr({ code: 'opened-today' } as unknown as EvidenceNote, ctx)).toBe(UNKNOWN_EVIDENCE_AR);
    // A known code without the fields it needs (written by an older engine).
    expect(noteAr({ code: 'tie-date' } as unknown as EvidenceNote, ctx)).toBe(UNKNOWN_EVIDENCE_AR);
    expect(noteAr({ code: 'toString' } as unknown as EvidenceNote, ctx)).toBe(UNKNOWN_EVIDENCE_AR);
  });
});

describe('every piece of evidence the engine gives on real articles', () => {
  const texts = ['seeds', 'tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'tests/fixtures/corpus/train'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
  texts.push('عاد الوفد الحكومي إلى دمشق اليوم الأحد بعد يومين من اختتام الجولة الثامنة من محادثات أستانا.');
  const evidence = texts.flatMap((t) => { const a = dateArticle(t, { rounds: ROUNDS }).anchor; return [...(a?.evidence ?? []), ...(a?.conflicts ?? [])]; });

  it('has its English diagnostic rendered from its note', () => {
    expect(new Set(evidence.map((e) => e.note.code)).size).toBeGreaterThan(10);
    for (const e of evidence) expect(e.says).toBe(noteEn(e.note));
  });

  it('has an Arabic sentence, never the fallback and never Latin letters', () => {
    for (const e of evidence) {
      const ar = noteAr(e.note, ctx);
      expect(ar, e.says).not.toBe(UNKNOWN_EVIDENCE_AR);
      expect(ar, e.says).not.toMatch(/[A-Za-z]/);
    }
  });

  it('survives the trip through the written article (YAML) as the same note', async () => {
    const yaml = await import('js-yaml');
    for (const e of evidence.slice(0, 200)) expect(yaml.load(yaml.dump(e.note))).toEqual(e.note);
  });
});

describe('day counts in Arabic', () => {
  it.each<[EvidenceNote, string]>([
    [{ code: 'tie-offset', point: opening, rounds: [{ id: 'astana-08', span: '2017-12-21' }], offset: 1 }, 'بعد يوم من المقال'],
    [{ code: 'tie-offset', point: opening, rounds: [{ id: 'astana-08', span: '2017-12-21' }], offset: 2 }, 'بعد يومين من المقال'],
    [{ code: 'tie-offset', point: opening, rounds: [{ id: 'astana-08', span: '2017-12-21' }], offset: -3 }, 'قبل 3 أيام من المقال'],
    [{ code: 'tie-offset', point: opening, rounds: [{ id: 'astana-08', span: '2017-12-21' }], offset: 11 }, 'بعد 11 يوماً من المقال'],
    [{ code: 'tie-offset', point: { edge: 'opening', shift: 2 }, rounds: [{ id: 'astana-08', span: '2017-12-23' }], offset: 0 }, 'بعد يومين من افتتاح «أستانا 8»'],
    [{ code: 'tie-offset', point: { edge: 'close', shift: 12 }, rounds: [{ id: 'astana-08', span: '2018-01-03' }], offset: 0 }, 'بعد 12 يوماً من اختتام «أستانا 8»'],
  ])('%j', (note, part) => {
    expect(noteAr(note, ctx)).toContain(part);
  });
});

describe('many candidate rounds', () => {
  it('are counted, not listed, for a round named without a number', () => {
    const rounds = Array.from({ length: 22 }, (_, i) => ({ id: `astana-${String(i + 1).padStart(2, '0')}`, span: '2017-01-23' }));
    const ar = noteAr({ code: 'tie-weekday', point: opening, rounds }, { roundName: () => 'جولة' });
    expect(ar).toContain('22 جولة');
    expect(ar.split('«').length).toBe(1);
  });
});
