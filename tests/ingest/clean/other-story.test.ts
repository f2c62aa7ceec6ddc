// Lines of another story inside a page: a photo caption, a ticker, a banner of another topic. The clean
// stage takes them out of the story, so the date engine never reads their dates or names.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';

const STORY = 'بدأت اليوم الخميس في أستانا الجولة الثامنة من المحادثات السورية بمشاركة الدول الضامنة روسيا وتركيا وإيران.';
const dropped = (text: string) => cleanArticle(text, 0).dropped.map((d) => [d.text, d.reason]);
const kept = (text: string) => cleanArticle(text, 0).text.text;

describe('a line of another story', () => {
  it.each([
    ['a caption with its date', `${STORY}\nصورة أرشيفية 2019/05/21`, 'صورة أرشيفية 2019/05/21', 'photo caption'],
    ['a caption with its label', `${STORY}\n(الصورة: وفود الدول الضامنة في قاعة الاجتماعات)`, '(الصورة: وفود الدول الضامنة في قاعة الاجتماعات)', 'photo caption'],
    ['a Corona banner between bars', `آخر إحصائيات كورونا | 2021/03/15\n\n${STORY}`, 'آخر إحصائيات كورونا | 2021/03/15', 'ticker or banner of another topic'],
    // A breaking label is no topic: the ticker is told from the page's own breaking lead by its words.
    ['a ticker of breaking news', `عاجل | 12/05/2025 | الشيباني يلتقي نظيره التركي\n\n${STORY}`, 'عاجل | 12/05/2025 | الشيباني يلتقي نظيره التركي', 'breaking-news ticker of another story'],
    ['a breaking ticker at the foot', `${STORY}\nعاجل | انطلاق الجولة التاسعة من محادثات أستانا اليوم الاثنين`, 'عاجل | انطلاق الجولة التاسعة من محادثات أستانا اليوم الاثنين', 'breaking-news ticker of another story'],
    ['a breaking banner of another topic', `عاجل | كورونا: 456 إصابة جديدة في سوريا اليوم\n\n${STORY}`, 'عاجل | كورونا: 456 إصابة جديدة في سوريا اليوم', 'ticker or banner of another topic'],
    ['a short banner opening with its topic', `إحصائيات 12 آذار 2020\n${STORY}`, 'إحصائيات 12 آذار 2020', 'ticker or banner of another topic'],
    ['an embedded post\'s signature', `${STORY}\nنأمل أن تكون هذه الجولة خطوة نحو السلام\n— Syrian Embassy (@SyrianEmbassy) March 3, 2019`, '— Syrian Embassy (@SyrianEmbassy) March 3, 2019', 'signature of an embedded post (its date is the post\'s)'],
    ['an embedded post\'s signature in Arabic', `${STORY}\n— وزارة الخارجية السورية (@syriamofa) 3 مارس 2019`, '— وزارة الخارجية السورية (@syriamofa) 3 مارس 2019', 'signature of an embedded post (its date is the post\'s)'],
    ['a long banner labelled with its topic', `${STORY}\nكورونا: 456 إصابة جديدة في سوريا اليوم 2 حزيران 2021`, 'كورونا: 456 إصابة جديدة في سوريا اليوم 2 حزيران 2021', 'ticker or banner of another topic'],
  ])('%s leaves the story', (_name, text, line, reason) => {
    expect(dropped(text)).toContainEqual([line, reason]);
    expect(kept(text)).not.toContain(line);
    expect(kept(text)).toContain(STORY);
  });
  it('is not a banner\'s date kept for dating as the page\'s stamp', () => {
    const text = `آخر إحصائيات كورونا | 2021/03/15\n\n${STORY}`;
    expect(dropped(text).map(([, reason]) => reason)).not.toContain('publication stamp (kept for dating)');
  });
});

describe('a story line with a furniture word', () => {
  it.each([
    ['naming a photo', 'ونشرت وزارة الخارجية صورة للوفد لدى وصوله إلى العاصمة الكازاخية.'],
    ['breaking its own news', 'عاجل: انطلاق الجولة الثامنة من محادثات أستانا اليوم الخميس في العاصمة الكازاخية'],
    ['telling of the pandemic', 'وقال المبعوث إن جائحة كورونا أخرت انعقاد الجولة الخامسة من اجتماعات اللجنة الدستورية عدة أشهر.'],
  ])('stays in the story: %s', (_name, line) => {
    expect(kept(`${STORY}\n${line}`)).toContain(line);
  });

  it('keeps a breaking item that is the story, its label set off by a bar', () => {
    // A hunt's text: a TV site's breaking item on one line, a call to follow below it; the line was taken
    // for a banner of another topic and the story was left empty.
    const line = 'عاجل | دي ميستورا يعلن بدء الجولة السادسة من المحادثات السورية في جنيف اليوم الثلاثاء بلقاء مع الوفد الحكومي.';
    expect(kept(`${line}\nتابعونا على تويتر وفيسبوك لمزيد من التفاصيل`)).toContain('دي ميستورا يعلن بدء الجولة السادسة');
    expect(kept(`${line}\nوقال إن الجولة ستستمر أربعة أيام.`)).toContain('دي ميستورا يعلن بدء الجولة السادسة');
  });
  it('but not one above a headline of the page\'s own story, whatever words they share', () => {
    // A review's text: the next round's ticker over a story of the delegation's arrival for the last one.
    const ticker = 'عاجل | انطلاق الجولة الثانية عشرة من محادثات أستانا في نور سلطان اليوم الخميس';
    const text = `${ticker}\n\nوفد المعارضة يصل إلى أستانا\n\nوصل وفد المعارضة السورية اليوم إلى العاصمة الكازاخية للمشاركة في محادثات أستانا، برئاسة أحمد طعمة.`;
    expect(kept(text)).not.toContain('الجولة الثانية عشرة');
    expect(dropped(text)).toContainEqual([ticker, 'breaking-news ticker of another story']);
  });
});
