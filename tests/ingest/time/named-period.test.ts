// A period counted from the article with its name beside it: the name is what the period resolves to,
// and, counted back, the article's own year or month.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, ROUNDS } from './fixtures.ts';

const date = (text: string, published?: string) => dateArticle(text, { rounds: ROUNDS, ...(published ? { published } : {}) });
const named = (text: string) => date(text).expressions.find((e) => e.stated.named !== undefined);

describe('a counted period with its name', () => {
  it.each([
    ['وقال الوزير إن بلاده استضافت خلال العام الماضي 2016 عدة جولات من المحادثات.', 'العام الماضي 2016', { year: 2016 }],
    ['وقال إن المحادثات ستستأنف مطلع العام المقبل (2018) في جنيف.', 'مطلع العام المقبل (2018)', { year: 2018 }],
    ['وقال إن الجولة ستعقد خلال الشهر الجاري (أيار) في أستانا.', 'الشهر الجاري (أيار)', { month: 5 }],
    ['وقال إن الجولة عقدت في الشهر الماضي، نيسان، في أستانا.', 'الشهر الماضي، نيسان', { month: 4 }],
    ['وقال إن المحادثات ستستأنف في الأسبوع الأول من الشهر المقبل، حزيران 2017.', 'الأسبوع الأول من الشهر المقبل، حزيران 2017', { year: 2017, month: 6, part: [1, 7] }],
  ])('%s', (text, words, stated) => {
    const e = named(text);
    expect(e?.text).toBe(words);
    expect(e?.stated).toMatchObject(stated);
  });
  it('is not bound to a name that another word stands before', () => {
    expect(named('وقال إن الجولة عقدت في الشهر الماضي وفي نيسان عقدت جولة أخرى.')).toBeUndefined();
    expect(named('وقال إن العام الماضي شهد 2016 حادثة.')).toBeUndefined();
  });
});

describe('what it says of the article', () => {
  it('the year counted back', () => {
    const text = 'وقال الوزير اليوم الثلاثاء إن بلاده استضافت خلال العام الماضي 2016 عدة جولات من المحادثات.';
    const note = { code: 'named-period', period: 'year', rel: -1, named: '2016', article: '2017' };
    expect(date(text, '2017-05-16').anchor?.evidence.map((e) => e.note)).toContainEqual(note);
    expect(date(text, '2018-01-09').anchor?.conflicts.map((e) => e.note)).toContainEqual(note);
  });
  it('the month counted back, with the year when it is told, and what the period resolves to', () => {
    const r = date('وقال الوزير اليوم الثلاثاء إن المحادثات ستستأنف في الأسبوع الأول من الشهر المقبل، حزيران 2017.');
    const [from, to] = r.anchor!.edtf.split('/');
    expect(from! >= '2017-05-01' && (to ?? from)! <= '2017-05-31', r.anchor!.edtf).toBe(true);
    expect(r.expressions.find((e) => e.stated.named)?.resolved?.edtf).toBe('2017-06-01/2017-06-07');
    expect(date('وقال إن الجولة عقدت في الشهر الماضي، نيسان، في أستانا.', '2017-05-16').expressions.find((e) => e.stated.named)?.resolved?.edtf).toBe('2017-04');
  });
});

describe('a named month of a counted year', () => {
  it.each([
    ['عقدت الجولة في كانون الأول من العام الماضي.', 'كانون الأول من العام الماضي', -1, '2016-12'],
    ['ستستأنف المحادثات في شباط من العام المقبل.', 'شباط من العام المقبل', 1, '2018-02'],
    ['ستستأنف المحادثات في شباط من هذا العام.', 'شباط من هذا العام', 0, '2017-02'],
    ['وقع الاتفاق في 30 كانون الأول من العام الماضي.', '30 كانون الأول من العام الماضي', -1, '2016-12-30'],
  ])('%s', (text, words, yearRel, edtf) => {
    const e = date(text, '2017-05-16').expressions.find((x) => x.stated.yearRel !== undefined)!;
    expect(e.text).toBe(words);
    expect(e.stated.yearRel).toBe(yearRel);
    expect(e.resolved?.edtf).toBe(edtf);
  });
  it('puts the article in the year after a round held in that month', () => {
    // Geneva's eighth round ran from 28 November to 14 December 2017.
    const text = 'قال الوزير اليوم إن الجولة الثامنة من محادثات جنيف التي عقدت في كانون الأول من العام الماضي لم تحقق تقدماً.';
    expect(date(text, '2018-03-05').anchor!.evidence.map((c) => c.note.code)).toContain('tie-date');
    // The December of the round is the article's own year's, not the last.
    expect(date(text, '2017-12-20').anchor!.conflicts.map((c) => c.note.code)).toContain('tie-date');
  });
});

describe('a counted part of a month named elsewhere by the same part', () => {
  // «منتصف شهر فبراير المقبل» in the lead and «منتصف الشهر المقبل» in a quote a paragraph on: one period.
  const text = 'قال وزير الخارجية الروسي اليوم الاثنين إن الاجتماع المقبل بشأن سوريا في أستانا سيلتئم في منتصف شهر فبراير المقبل.\nوأضاف أن «اللقاء القادم سيعقد في أستانا منتصف الشهر المقبل».';
  it('is that month, and puts the article in the month before', () => {
    const counted = date(text).expressions.find((e) => e.text === 'منتصف الشهر المقبل')!;
    expect(counted.stated).toMatchObject({ month: 2, named: { period: 'month', rel: 1, paired: true } });
    const note = { code: 'paired-month', rel: 1, named: 2, article: 1 };
    expect(date(text, '2019-01-28').anchor?.evidence.map((e) => e.note)).toContainEqual(note);
    expect(date(text, '2019-02-04').anchor?.conflicts.map((e) => e.note)).toContainEqual(note);
  });
  it('is not paired with another part, nor with two months of that part', () => {
    const other = text.replace('منتصف شهر فبراير المقبل', 'أواخر شهر فبراير المقبل');
    expect(date(other).expressions.find((e) => e.text === 'منتصف الشهر المقبل')?.stated.named).toBeUndefined();
    const two = `${text}\nوكانت جولة سابقة قد عقدت في منتصف نوفمبر.`;
    expect(date(two).expressions.find((e) => e.text === 'منتصف الشهر المقبل')?.stated.named).toBeUndefined();
  });
});

describe('a headline\'s bare counted month named by its body', () => {
  // The committee's first meeting opened on 30 October 2019; the story came out in September.
  const text = 'اللجنة الدستورية السورية تجتمع في جنيف الشهر القادم\nأعلن الأمين العام للأمم المتحدة مساء أمس السبت أن أول اجتماع للجنة الدستورية السورية سيعقد في 30 أكتوبر القادم في جنيف.';
  it('is the month the body names with the same count word, and the article is in the month before', () => {
    const r = date(text);
    expect(r.expressions.find((e) => e.text === 'الشهر القادم')?.stated).toMatchObject({ month: 10, named: { period: 'month', rel: 1, paired: true } });
    const note = { code: 'paired-month', rel: 1, named: 10, article: 9 };
    expect(date(text, '2019-09-29').anchor?.evidence.map((e) => e.note)).toContainEqual(note);
    expect(date(text, '2019-10-06').anchor?.conflicts.map((e) => e.note)).toContainEqual(note);
  });
  it('is not named by a month the body counts another way, nor by two months', () => {
    expect(date(text.replace('30 أكتوبر القادم', '30 أكتوبر')).expressions.find((e) => e.text === 'الشهر القادم')?.stated.named).toBeUndefined();
    expect(date(`${text}\nوكانت الأطراف قد اتفقت على جولة ثانية في ديسمبر القادم.`).expressions.find((e) => e.text === 'الشهر القادم')?.stated.named).toBeUndefined();
    // Not a count in the body: only a headline sums its lead up.
    const body = 'أخبار اللجنة الدستورية\nقال المبعوث إن اللجنة تجتمع في جنيف الشهر القادم، وإن جولة أخرى تعقد في 30 أكتوبر القادم.';
    expect(date(body).expressions.find((e) => e.text === 'الشهر القادم')?.stated.named).toBeUndefined();
  });
});

describe('a counted year and a date with its year in the next sentence', () => {
  // Both told of the meeting to come: «مطلع العام المقبل» is early 2022, so the article is of 2021.
  const text = 'قال مسؤول إيراني إن الدول الضامنة اتفقت على أن تستضيف طهران القمة المقبلة بشأن سوريا مطلع العام المقبل.\nوأوضح أن القمة ستعقد في شباط أو آذار 2022 بحسب الأوضاع الصحية.';
  const note = { code: 'paired-year', rel: 1, named: 2022, article: 2021 };
  it('are one period: the article is in the year before', () => {
    expect(date(text, '2021-12-20').anchor?.evidence.map((e) => e.note)).toContainEqual(note);
    expect(date(text, '2022-01-10').anchor?.conflicts.map((e) => e.note)).toContainEqual(note);
  });
  it('not a date told as past, one outside the part counted, nor one two sentences off', () => {
    const notes = (t: string) => date(t, '2021-12-20').anchor!.evidence.concat(date(t, '2021-12-20').anchor!.conflicts).map((e) => e.note.code);
    expect(notes(text.replace('ستعقد في شباط أو آذار 2022', 'عقدت في شباط أو آذار 2021'))).not.toContain('paired-year');
    expect(notes(text.replace('شباط أو آذار 2022', 'أيلول 2022'))).not.toContain('paired-year');
    expect(notes(text.replace('\n', '\nوأشار إلى أن التحضيرات بدأت.\n'))).not.toContain('paired-year');
  });
});

describe('a year or a month counted back is paired with nothing', () => {
  // What a story recalls beside «العام الماضي» or «آذار الماضي» may be of any year before it.
  const codes = (text: string) => { const a = date(text, '2018-05-14').anchor!; return [...a.evidence, ...a.conflicts].map((e) => e.note.code); };
  it('a year', () => {
    expect(codes('قال المبعوث الأممي إن المسار السياسي شهد تعثراً كبيراً العام الماضي.\nوكانت البلاد قد شهدت في أيلول 2016 هدنة لم تصمد طويلاً.')).not.toContain('paired-year');
  });
  it('a month', () => {
    expect(codes('عاد مئات اللاجئين اليوم في أكبر دفعة منذ آذار الماضي.\nوكانت الدفعة الأولى قد عادت في آذار 2016.')).not.toContain('dated-counted-month');
  });
});

describe('a counted month given its year elsewhere', () => {
  // De Mistura left his post at the end of November 2018. «كانون الأول المقبل» is December 2018, since
  // the text gives that month the year 2018 in what is to come: the article is in the year before it,
  // and «تشرين الثاني الحالي» places it there.
  const text = 'أبدى المبعوث الأممي ستيفان دي ميستورا استعداده لدعوة أعضاء اللجنة الدستورية إلى اجتماع في جنيف منتصف كانون الأول المقبل.\nوألمح إلى أنه سيطوي ملف اللجنة إذا لم يتم الاتفاق عليها بحلول نهاية كانون الأول 2018.\nويغادر دي ميستورا منصبه نهاية تشرين الثاني الحالي.';
  it('is that year\'s month, and the article in the twelve months before it', () => {
    const anchor = dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;
    expect(anchor?.edtf).toMatch(/^2018-11/);
    expect(anchor?.evidence.map((e) => e.note)).toContainEqual({ code: 'dated-counted-month', rel: 1, month: 12, year: 2018, article: '2017-12-01/2018-11-30' });
  });
  it('not when the month is given two years', () => {
    const two = `${text}\nوتوقع أن تستكمل اللجنة عملها في كانون الأول 2019.`;
    const codes = (r: ReturnType<typeof date>) => [...r.anchor!.evidence, ...r.anchor!.conflicts].map((e) => e.note.code);
    expect(codes(date(two, '2018-11-20'))).not.toContain('dated-counted-month');
  });
});
