import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { detectLanguage } from '../../../src/ingest/clean/detect-language.ts';
import { foldFast } from '../../../src/ingest/shared/fold-fast.ts';
import { judgeRelevance } from '../../../src/ingest/relevance/judge-relevance.ts';
import { ROOT } from '../run-ingest.ts';

const seed = (name: string) => readFileSync(join(ROOT, 'seeds', name), 'utf8');

// Per seed: the lines (1-based) that are site furniture. Every other non-empty line is story and must survive.
const FURNITURE: Record<string, { lines: number[]; title: string; outlet: string | null }> = {
  '000_db2cdda413b17d13.txt': { lines: [10], title: 'موسكو تعتزم فتح ملف المعتقلين', outlet: 'المركز الصحفي السوري' },
  '001_e170048bbaa0e3ab.txt': { lines: [1, 7, 8, 9, 40, 42], title: 'بحث قضية إطلاق سراح المعتقلين في آستانة', outlet: 'إيلاف' },
  '002_1133cbd99b86392b.txt': { lines: [27, 29, 31], title: 'وزارة خارجية كازاخستان تعلن انطلاق', outlet: null },
  '003_6054453d1942b8b0.txt': { lines: [1, 5, 6, 8, 28, 30, 32, 33], title: 'دي ميستورا يعلن جولة تاسعة من محادثات جنيف ويشارك في آستانة', outlet: null },
  '004_557d863690ff85e5.txt': { lines: [1, 61, 63, 64, 65], title: 'لافروف يقول إن تنظيم «داعش»', outlet: 'الوطن' },
};

const PROMPTS = ['قراؤنا من مستخدمي إنستجرام', 'إضغط هنا للإشتراك', 'إشترك في خدمة واتساب', 'اشترك فى النشرة البريدية', 'تابعنا على مواقع التواصل',
  'تابع إحصائيات فيروس كورونا لحظة بلحظة', 'شاهد أيضاً', 'مقالات ذات صلة', 'التعليقات', 'جميع التعليقات المنشورة', 'السابق مناورات', 'التالى انتخابات',
  'إغلاق', 'زر الذهاب إلى الأعلى', 'مصالحة سورية', 'وقعت عدد من فصائل المعارضة المسلحة في الساحل'];

describe('cleanArticle on the seeds', () => {
  it.each(Object.entries(FURNITURE))('%s: furniture out, every story line kept, title and outlet found', (name, expected) => {
    const text = seed(name);
    const clean = cleanArticle(text, 0);
    const spaced = (s: string) => s.replace(/\s+/gu, ' ').trim();
    for (const prompt of PROMPTS) expect(clean.text.text).not.toContain(prompt);
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '' || expected.lines.includes(i + 1)) return;
      expect(spaced(clean.text.text), `line ${i + 1} lost`).toContain(spaced(line));
    });
    expect(clean.title).toContain(expected.title);
    expect(clean.outlet).toBe(expected.outlet);
    expect(clean.language.language).toBe('ar');
  });

  it('keeps the title once when the page repeats it three times', () => {
    const clean = cleanArticle(seed('003_6054453d1942b8b0.txt'), 0);
    expect(clean.text.text.split('دي ميستورا يعلن جولة تاسعة').length - 1).toBe(1);
  });

  it('maps every kept character back to its place in the source', () => {
    const text = seed('001_e170048bbaa0e3ab.txt');
    const clean = cleanArticle(text, 0);
    const at = clean.text.text.indexOf('في أواخر أكتوبر');
    expect(text.slice(clean.text.map[at], clean.text.map[at + 'في أواخر أكتوبر'.length])).toBe('في أواخر أكتوبر');
  });

  it('removes bidi controls and zero-width characters, reporting the controls', () => {
    const text = 'أعلن دي مي\u200Bستورا \u202Eانطلاق\u202C الجولة الثامنة من محادثات أستانا بين الحكومة والمعارضة اليوم الخميس 21 كانون الأول 2017.';
    const clean = cleanArticle(text, 0);
    expect(clean.text.text).toContain('دي ميستورا انطلاق الجولة');
    expect(clean.messages[0]).toMatchObject({ severity: 'warning', rule: 'bidi-control', offset: text.indexOf('\u202E') });
  });

  it('keeps a lead paragraph that stands in for a missing headline in the body', () => {
    const lead = 'بدأت أمس في جنيف جولة ثالثة من محادثات صياغة الدستور السوري تحت رعاية الأمم المتحدة، وتستمر لمدة خمسة أيام، ' +
      'على أن يناقش المشاركون المبادئ الأساسية للدستور والإصلاح الدستوري في ظل ظروف صحية صعبة فرضها انتشار الوباء في المدينة السويسرية.';
    const text = `${lead}\nوكان المبعوث قد حث جميع الأطراف على الانخراط في المفاوضات بجدية ومسؤولية كاملة من أجل الشعب السوري.`;
    const clean = cleanArticle(text, 0);
    expect(clean.text.text).toContain(lead);
    expect(clean.paragraphs).toHaveLength(2);
    expect(clean.title).toBe('بدأت أمس في جنيف جولة ثالثة من محادثات صياغة الدستور السوري تحت رعاية الأمم …');
  });
});

describe('language and relevance', () => {
  it('tells Arabic from English and French by script and stopwords', () => {
    expect(detectLanguage('انطلقت الجولة الثامنة من محادثات أستانا').language).toBe('ar');
    expect(detectLanguage('The eighth round of the Astana talks opened on Thursday in the Kazakh capital').language).toBe('en');
    expect(detectLanguage("Le huitième cycle des pourparlers d'Astana s'est ouvert jeudi dans la capitale").language).toBe('fr');
  });

  it('judges a football round and a weather report not about the talks, the seeds about them', () => {
    const sport = 'اختتمت أمس السبت منافسات الجولة الثامنة من الدوري السعودي لكرة القدم بفوز الهلال على مستضيفه الطائي وتعادل النصر مع الشباب في الرياض.';
    const weather = 'توقعت الأرصاد الجوية السورية أمطاراً متفرقة على المناطق الساحلية في سوريا حتى يوم الجمعة مع انخفاض درجات الحرارة في دمشق وحلب.';
    expect(judgeRelevance(foldFast(sport), []).relevant).toBe(false);
    expect(judgeRelevance(foldFast(weather), []).relevant).toBe(false);
    for (const name of Object.keys(FURNITURE)) expect(judgeRelevance(seed(name), []).relevant, name).toBe(true);
  });

  it('knows the talks by every spelling of their words, and consultations on a government from them', () => {
    // «آستانة» and «المباحثات», the sponsors as «الدول الراعية», the detainees' working group by its task.
    const spelled = 'بدأت في آستانة اليوم جولة جديدة من المباحثات بين وفدي الحكومة والمعارضة السوريين بحضور ممثلي إيران وروسيا وتركيا.';
    const sponsors = 'انطلقت في العاصمة الكازاخية المشاورات السورية بمشاركة الدول الراعية لمسار آستانة.';
    const detainees = 'عقد الفريق العامل المعني بالإفراج عن المحتجزين والمختطفين اجتماعه الخامس في أنقرة لبحث ملف المعتقلين في سوريا.';
    for (const text of [spelled, sponsors, detainees]) expect(judgeRelevance(foldFast(text), []).relevant, text).toBe(true);
    const lebanon = 'تتواصل المشاورات النيابية لتشكيل الحكومة اللبنانية وسط خلافات بين الكتل حول الحقائب، فيما زار وفد سوري بيروت أمس.';
    expect(judgeRelevance(foldFast(lebanon), []).relevant).toBe(false);
  });

  it('folds exactly as src/lib/arabic-fold does', () => {
    for (const name of Object.keys(FURNITURE)) expect(foldFast(seed(name))).toBe(foldArabic(seed(name)));
    const odd = 'ﻹعلان آستانة ٢٠١٧ ی ک مُحادَثات ـــ ﷲ ﻻ';
    expect(foldFast(odd)).toBe(foldArabic(odd));
  });
});
