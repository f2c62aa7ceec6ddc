import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { classifyKind } from '../../../src/ingest/events/classify-kind.ts';
import { extractEvents } from '../../../src/ingest/events/extract-events.ts';
import { makeTitle } from '../../../src/ingest/events/make-title.ts';
import { splitClauses } from '../../../src/ingest/events/split-clauses.ts';
import { splitSentences } from '../../../src/ingest/events/split-sentences.ts';
import { foldWords } from '../../../src/ingest/shared/fold-words.ts';

const whole = (t: string) => [{ start: 0, end: t.length }];
const sentences = (t: string) => splitSentences(t, whole(t)).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on . ؟ ! ؛ but not inside quotes, numbers or after a one-letter abbreviation', () => {
    expect(sentences('قال د. محمد إن النمو بلغ 2.5 في المئة. وأضاف: «لن نتراجع. أبداً». هل تنجح الجولة؟ ربما؛ لا أحد يعرف!')).toEqual([
      'قال د. محمد إن النمو بلغ 2.5 في المئة.',
      'وأضاف: «لن نتراجع. أبداً».',
      'هل تنجح الجولة؟',
      'ربما؛',
      'لا أحد يعرف!',
    ]);
  });

  it('forgets an unbalanced quote at the paragraph end', () => {
    const t = 'قال «لم يغلق الاقتباس. ثم جملة.\nفقرة ثانية. وجملة أخرى.';
    const paragraphs = [{ start: 0, end: t.indexOf('\n') }, { start: t.indexOf('\n') + 1, end: t.length }];
    expect(splitSentences(t, paragraphs).map((s) => t.slice(s.start, s.end))).toEqual(['قال «لم يغلق الاقتباس. ثم جملة.', 'فقرة ثانية.', 'وجملة أخرى.']);
  });
});

describe('splitClauses', () => {
  it('cuts at commas and colons and before a connective that opens a new action, not before a duration', () => {
    const t = 'سيصل غدا للمشاركة بعد إجراء محادثات في موسكو اليوم، وقال: إنه باق بعد يومين';
    expect(splitClauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end))).toEqual([
      'سيصل غدا للمشاركة', 'بعد إجراء محادثات في موسكو اليوم،', 'وقال:', 'إنه باق بعد يومين',
    ]);
  });
});

describe('extractEvents with the date engine', () => {
  const text = 'أعلنت الخارجية الكازاخستانية اليوم، انطلاق الجولة التاسعة لمحادثات “أستانا”، الاثنين القادم، بحضور جميع الأطراف.\n' +
    'وقالت الوزارة في بيانها، اليوم السبت: “ستشارك في المفاوضات المرتقبة، يومي الـ14 والـ15 من الشهر الجاري، وفودٌ من الدول الضامنة”.\n' +
    'وكان المبعوث يرى أن الحل سياسي.';
  const paragraphs = text.split('\n').reduce<{ start: number; end: number }[]>((list, line) => {
    const start = list.length ? list[list.length - 1]!.end + 1 : 0;
    return [...list, { start, end: start + line.length }];
  }, []);
  const dating = dateArticle(text, { published: '2018-05-12', rounds: [] });
  const events = extractEvents(text, paragraphs, dating.expressions);

  it('finds one event per date in a sentence, dated by its own expression', () => {
    expect(events.map((e) => [e.expression.text, e.expression.resolved!.edtf])).toEqual([
      ['اليوم', '2018-05-12'],
      ['الاثنين القادم', '2018-05-14'],
      ['اليوم السبت', '2018-05-12'],
      ['يومي الـ14 والـ15 من الشهر الجاري', '2018-05-14/2018-05-15'],
    ]);
  });

  it('quotes exact spans of the text, an undated object shared by the events around it', () => {
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(events[0]!.quote).toBe('أعلنت الخارجية الكازاخستانية اليوم، انطلاق الجولة التاسعة لمحادثات “أستانا”،');
    expect(events[1]!.quote.startsWith('انطلاق الجولة التاسعة')).toBe(true);
  });

  it('classifies the announcement and the opening apart', () => {
    expect(events.slice(0, 2).map((e) => e.kind)).toEqual(['announcement', 'round-opening']);
  });

  it('leaves a sentence without a date out', () => {
    expect(events.some((e) => e.quote.includes('الحل سياسي'))).toBe(false);
  });
});

describe('classifyKind and makeTitle', () => {
  it.each([
    ['تمت أمس عند معبر أبو الزندين عملية لتبادل المحتجزين', 'exchange'],
    ['وانتهت آخر جولة محادثات في أستانة في أواخر أكتوبر', 'round-closing'],
    ['وبدأت في آستانة اليوم جولة ثامنة من محادثات السلام', 'round-opening'],
    ['وتوصلت روسيا وإيران وتركيا في مايو الى اتفاق لاقامة أربع مناطق', 'agreement'],
    ['اتهم التحالف الدولي قوات النظام بتسهيل وصول مقاتلي التنظيم', 'accusation'],
    ['رصد المركز 41 انتهاكا من قبل المسلحين في إدلب', 'military'],
    ['وسيلتقي دي ميستورا الخميس وزير الخارجية الروسي', 'meeting'],
    ['أعلنت الوزارة اليوم أسماء الوفود', 'announcement'],
    ['وقال المتحدث أمس إن الوضع صعب', 'statement'],
  ])('%s → %s', (text, kind) => expect(classifyKind(foldWords(text))).toBe(kind));

  it('titles a statement whose speaker is named «speaker: claim», the name in apposition being the speaker', () => {
    const quote = 'ومن جانبه، أكد نائب وزير الخارجية الروسي، ميخائيل بوغدانوف، أن “أستانا – 9” ستبحث مجموعة مسائل كثيرة';
    const title = makeTitle(quote, quote.indexOf('أكد'));
    expect(title).toBe('ميخائيل بوغدانوف: “أستانا – 9” ستبحث مجموعة مسائل كثيرة');
  });
});
