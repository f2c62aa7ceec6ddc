// The weekday a story names its own day by («اليوم السبت») is the surest word of its date: days printed
// with none of that weekday are a reading gone wrong. Invented texts in the shape of hunt 31's wire story
// (Astana's seventh round met on Monday and Tuesday 30-31 October 2017; the delegations came on Saturday
// the 28th). Their arrival («بدأت الوفود … بالوصول») is read as such now; a verb of beginning with another
// act of theirs («… بالتجمع») still reads as the round's opening, and is what the net is tried on.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const lead = 'أستانا - سبوتنيك: بدأت الوفود المشاركة في الجولة السابعة من محادثات أستانا بالتجمع في العاصمة الكازاخية اليوم السبت، استعداداً للاجتماعات التي ستعقد يومي الاثنين والثلاثاء المقبلين.';
const quote = 'وقال رئيس الوفد الروسي ألكسندر لافرنتييف للصحفيين إن الدول الضامنة متفقة على ضرورة الحفاظ على نظام وقف الأعمال القتالية.';

describe('days against the weekday the story names its day by', () => {
  it('are not printed', () => {
    // Read as the round's opening, the Saturday pulled the story to 29-30 October, and that span was printed
    // against both the Saturday and the opening it was read from.
    const r = dateArticle(`وفود الضامنين تصل أستانا استعداداً للجولة السابعة\n${lead}\n${quote}`, { rounds: CATALOG_ROUNDS });
    expect(r.anchor).toBeNull();
    expect(r.messages.map((m) => m.reason).join(' ')).toContain('not the weekday the story names its day by');
  });

  it('but days of that weekday still are', () => {
    const front = lead.replace('بدأت الوفود', 'بدأت اليوم السبت الوفود').replace(' اليوم السبت،', '،');
    expect(dateArticle(`وفود الضامنين تصل أستانا استعداداً للجولة السابعة\n${front}\n${quote}`, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2017-10-28');
  });
});
