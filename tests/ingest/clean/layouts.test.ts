// Articles written for these tests (not copied from any site) in the page layouts of other outlets:
// an Egyptian portal, a Gulf daily, a Levantine site, a Maghrebi daily. Each asserts exactly which lines
// leave the story (furniture, and the page's stamp, which stays in the text the date engine reads) and
// that every other line stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/ingest/clean/classify-lines.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROOT } from '../run-ingest.ts';

const layout = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/layouts', name), 'utf8');

// 1-based line numbers. Lines not listed (and not blank) are story and must stay in the body.
const CASES: Record<string, { title: number; furniture: number[]; stamps: number[]; published: string }> = {
  // breadcrumb «»», stamp under the headline, «اقرأ أيضاً:» teaser, app prompt, «كلمات دلالية:» tags
  'egyptian-portal.txt': { title: 3, furniture: [1, 8, 11, 12], stamps: [4], published: '2017-11-12' },
  // breadcrumb «|», publication and update stamps, share button, channel prompt, «الوسوم:» with «|»
  'gulf-daily.txt': { title: 3, furniture: [1, 11, 12, 13], stamps: [4, 5], published: '2020-08-24' },
  // breadcrumb «›», «نشر في:» stamp, teaser ending in «…», tags with «/», share bar
  'levantine-site.txt': { title: 3, furniture: [1, 7, 11, 12], stamps: [4], published: '2017-12-20' },
  // breadcrumb «/», Maghrebi month name in the stamp, «نزّل» and «حمّلوا» prompts, comment marker
  'maghrebi-daily.txt': { title: 3, furniture: [1, 8, 11, 12], stamps: [4], published: '2018-01-29' },
};

describe('furniture of other sites by shape (tests/fixtures/layouts)', () => {
  it.each(Object.entries(CASES))('%s: exactly these lines leave the story', (name, expected) => {
    const lines = layout(name).split('\n').map((l) => l.trim());
    const { verdicts, title } = classifyLines(lines);
    expect(title).toBe(expected.title - 1);
    const roles = (role: string) => verdicts.flatMap((v, i) => (v.role === role ? [i + 1] : []));
    expect(roles('furniture')).toEqual(expected.furniture);
    expect(roles('stamp')).toEqual(expected.stamps);
    expect(roles('duplicate')).toEqual([]);
    const story = lines.flatMap((l, i) => (l !== '' && i + 1 !== expected.title && !expected.furniture.includes(i + 1) && !expected.stamps.includes(i + 1) ? [i + 1] : []));
    expect(roles('body')).toEqual(story);
  });

  it.each(Object.entries(CASES))('%s: the stamp leaves the story but the date engine still reads it', (name, expected) => {
    const text = layout(name);
    const lines = text.split('\n');
    const clean = cleanArticle(text, 0);
    const body = clean.paragraphs.map((p) => clean.text.text.slice(p.start, p.end));
    for (const n of expected.stamps) {
      expect(body).not.toContain(lines[n - 1]!.trim());
      expect(clean.text.text).toContain(lines[n - 1]!.trim());
    }
    for (const n of expected.furniture) expect(clean.text.text).not.toContain(lines[n - 1]!.trim());
    expect(dateArticle(clean.text.text, { rounds: [] }).anchor?.edtf).toBe(expected.published);
  });
});

describe('shape signals keep story lines', () => {
  const verdict = (line: string) => classifyLines(['عنوان الخبر عن محادثات أستانا', '', STORY, line, STORY2]).verdicts[3]!.role;
  const STORY = 'وصل وفد الحكومة السورية إلى أستانا أمس للمشاركة في الجولة الجديدة من المحادثات برعاية الدول الضامنة الثلاث.';
  const STORY2 = 'وقال رئيس الوفد إن بلاده ستبحث ملف المعتقلين مع الجانب الروسي قبل الجلسة العامة المقررة يوم الجمعة المقبل.';

  it.each([
    // a list after a colon inside a long sentence
    ['وتشارك في الجولة وفود الدول الضامنة: روسيا، تركيا، إيران، إضافة إلى الأردن والأمم المتحدة بصفة مراقبين.'],
    // a reporting verb and a colon: a statement, not a label
    ['وأضاف: «نعم، سنشارك، ولن نقاطع».'],
    // «شارك» and «تابع» as verbs of the story, without a word addressed to the reader
    ['شارك في الاجتماع ممثلون عن العشائر والأحزاب.'],
    ['وتابع المصدر أن الوفد الروسي سيقدم مسودة البيان الختامي.'],
    // a short statement with a word in the first person plural is not a prompt
    ['وتابع: «لن نتنازل عن حقنا».'],
    ['شارك وفدنا في الجولة الماضية.'],
    // a short story sentence with a date in it
    ['وكانت الجولة السابقة قد عقدت في 28 نوفمبر 2017.'],
    ['وتبدأ الجلسة عند الساعة 10:00 صباحاً'],
    ['اجتماع الضامنين 14 أيلول 2017'],
    // a headline-like line with its site's name after a separator
    ['الأسد يستقبل لافرنتييف في دمشق لبحث مسار أستانا | سانا'],
    // «/» joining two month names is not a breadcrumb
    ['وعقدت الجولة في 22 و23 نوفمبر/تشرين الثاني الماضي في العاصمة الكازاخية بحضور المبعوث الأممي.'],
  ])('%s stays', (line) => expect(verdict(line)).toBe('body'));

  // Story lines without a final full stop between two paragraphs: «شارك», «تابع», «سجل», «تواصل» are
  // ordinary verbs here, and «أستانا», «المعارك», «الأتراك» only end like «ـنا»/«ـك».
  it.each([
    ['شارك وفد المعارضة السورية في اجتماعات أستانا'],
    ['تواصل المعارك في ريف إدلب رغم اتفاق أستانا'],
    ['سجل الجيش السوري تقدماً جديداً في المعارك'],
    ['تابع الوفد الروسي مشاوراته مع الأتراك'],
    ['انضم وفد الأمم المتحدة إلى الاجتماع في فيينا'],
    ['اتصل الرئيس التركي بنظيره الروسي الآن بعد انتهاء الجلسة'],
  ])('%s stays (a verb of the story, not a prompt to the reader)', (line) => expect(verdict(line)).toBe('body'));

  // Lists and slashes inside the story: a colon with items, or places joined by «/», are story, not tags or a breadcrumb.
  it.each([
    ['أبرز البنود: وقف إطلاق النار، إطلاق المعتقلين، فتح المعابر'],
    ['الحضور: روسيا، تركيا، إيران، الأمم المتحدة'],
    ['جنيف / أستانا / سوتشي'],
    // a price with a decimal is no clock time
    ['سعر صرف الليرة 13.50'],
  ])('%s stays inside the story', (line) => expect(verdict(line)).toBe('body'));

  it.each([
    ['حمّل تطبيقنا على هاتفك', 'furniture'],
    ['تابع قناتنا على التلغرام', 'furniture'],
    ['سجل الآن في نشرتنا', 'furniture'],
    ['فعّل اشتراكك للحصول على آخر الأخبار', 'furniture'],
    ['تواصل معنا عبر البريد', 'furniture'],
    ['نشر في 30 تموز 2018 الساعة 10.15', 'stamp'],
    ['الساعة 10.15 بتوقيت دمشق', 'stamp'],
  ])('%s → %s (a real address to the reader, a time with its time word)', (line, role) => expect(verdict(line)).toBe(role));

  it.each([
    ['الرئيسية / أخبار / سوريا', 0, 'furniture'],
    ['كلمات: سوريا، أستانا، جنيف', 4, 'furniture'],
    ['جنيف / أستانا / سوتشي', 4, 'furniture'],
    ['الحضور: روسيا، تركيا، إيران، الأمم المتحدة', 4, 'furniture'],
  ])('%s (line %i, outside the story) → %s', (line, at, role) => {
    const lines = at === 0 ? [line, 'عنوان الخبر عن محادثات أستانا', STORY, STORY2] : ['عنوان الخبر عن محادثات أستانا', STORY, STORY2, '', line];
    expect(classifyLines(lines).verdicts[at]!.role).toBe(role);
  });

  it.each(['تسجيل الدخول', 'تسجيل دخول', 'إنشاء حساب', 'حسابي'])('the reader\'s account «%s» above the headline is the site\'s, not the story\'s', (line) => {
    expect(classifyLines([line, 'عنوان الخبر عن محادثات أستانا', STORY, STORY2]).verdicts[0]!.role).toBe('furniture');
  });

  it('reads a link to another story headed «المزيد:» or «شاهد |» inside the story as furniture, not a sentence that opens so', () => {
    // Kept as the story's, «المزيد: دي ميستورا يعلن موعد الجولة المقبلة» put the envoy's era into a story of 2012.
    for (const line of ['المزيد: دي ميستورا يعلن موعد الجولة المقبلة من المحادثات في جنيف', 'شاهد | وفد المعارضة يصل إلى جنيف للمشاركة في الجولة الرابعة', 'فيديو - مؤتمر صحفي للمبعوث الأممي في جنيف']) {
      expect(classifyLines(['عنوان الخبر عن محادثات أستانا', STORY, line, STORY2]).verdicts[2]!.role, line).toBe('furniture');
    }
    for (const line of ['المزيد من الضحايا سقطوا في إدلب أمس رغم الهدنة.', 'شاهد عيان: القصف استهدف السوق.']) {
      expect(classifyLines(['عنوان الخبر عن محادثات أستانا', STORY, line, STORY2]).verdicts[2]!.role, line).toBe('body');
    }
  });

  it('reads a list next to a section marker inside the story as furniture', () => {
    const { verdicts } = classifyLines(['عنوان الخبر عن محادثات أستانا', STORY, 'جنيف / أستانا / سوتشي', 'اقرأ أيضاً', 'دي ميستورا يصل إلى دمشق', STORY2]);
    expect(verdicts[2]!.role).toBe('furniture');
  });

  it.each([
    ['الرئيسية » سياسة » سوريا', 'furniture'],
    ['حمّل تطبيقنا الآن على هاتفك', 'furniture'],
    ['اقرأ أيضاً: دي ميستورا يصل إلى دمشق لبحث تشكيل اللجنة الدستورية…', 'furniture'],
    ['كلمات دلالية: سوريا، أستانا، المعارضة', 'furniture'],
    ['اشترك في نشرتنا اليومية', 'furniture'],
    ['نشر في: 30 تموز 2018 - 10:15', 'stamp'],
  ])('%s → %s', (line, role) => expect(verdict(line)).toBe(role));
});
