import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { linkActors } from '../../../src/ingest/link/link-actors.ts';
import { linkRound } from '../../../src/ingest/link/link-round.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { processArticle } from '../../../src/ingest/pipeline.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROOT } from '../run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(files('rounds'), files('actors')), null);

describe('linkActors (the committed catalog)', () => {
  it.each([
    ['وقال ألكسندر لافرينتيف إن', 'alexander-lavrentiev'],
    ['بحث الأسد مع لافرنتييف', 'alexander-lavrentiev'],
    ['المبعوث ستيفان دي ميستورا', 'staffan-de-mistura'],
    ['المبعوث دي مستورا', 'staffan-de-mistura'],
    ['وأضاف دى ميستورا', 'staffan-de-mistura'],
  ])('%s → %s', (quote, id) => expect(linkActors(quote, context.matcher).actors).toContain(id));

  it.each([['في أستانا'], ['في آستانة'], ['في أستانة'], ['في العاصمة نور سلطان']])('folds the venue %s to one place', (quote) => {
    expect(linkActors(quote, context.matcher).places).toEqual(['astana']);
  });

  it('does not take the president for the actor in "the president\'s envoy"', () => {
    const { actors } = linkActors('كشف مبعوث الرئيس الروسي إلى مفاوضات أستانا أن ملف المعتقلين سيكون حاضراً', context.matcher);
    expect(actors).not.toContain('vladimir-putin');
  });

  it('does not rewrite the outlet\'s naming of the government: the quote is linked, never changed', () => {
    const quote = 'اتهم التحالف قوات النظام وحليفها الروسي';
    linkActors(quote, context.matcher);
    expect(quote).toBe('اتهم التحالف قوات النظام وحليفها الروسي');
  });
});

describe('linkActors: bare short variants («الأسد», «النظام»)', () => {
  it.each([
    ['بحث الأسد مع لافرنتييف تحضيرات اجتماعات أستانا', 'bashar-al-assad'],
    ['وكان الأسد التقى في 28 من الشهر الماضي كبير مساعدي وزير الخارجية الإيراني', 'bashar-al-assad'],
    ['واستقبل الأسد الوفد الروسي في دمشق أمس', 'bashar-al-assad'],
    ['ملف المعتقلين والمحتجزين بين النظام والمعارضة سيكون حاضراً في الجولة القادمة', 'syrian-government'],
    ['واتهم وفد المعارضة النظام بعرقلة حصول أي تقدم في المفاوضات', 'syrian-government'],
    ['وطالبت الهيئة بالضغط على النظام لدفعه إلى التسوية السياسية', 'syrian-government'],
    // the defined word after «النظام» is the verb's object or an adverb, not a qualifier
    ['واتهم النظام المعارضة بعرقلة المفاوضات', 'syrian-government'],
    ['ورفض النظام المقترح الأممي', 'syrian-government'],
    ['وتفاوض المعارضة النظام الثلاثاء في جنيف', 'syrian-government'],
    ['وأكد النظام الذي يسيطر على دمشق رفضه للمقترح', 'syrian-government'],
    // a title or a noun governing the name, a verb or a particle before «الأسد»
    ['وأكد الرئيس الأسد أن الحل سياسي', 'bashar-al-assad'],
    ['وقال الأسد في مقابلة إن بلاده لن تتخلى عن أراضيها', 'bashar-al-assad'],
    ['واعتبر الأسد أن المحادثات لم تحقق شيئاً', 'bashar-al-assad'],
    ['ويريد الأسد استعادة السيطرة على إدلب', 'bashar-al-assad'],
    ['وأشارت التقارير إلى أن الأسد سيلتقي بوتين', 'bashar-al-assad'],
    ['وطالبت المعارضة بتنحي الأسد عن الحكم', 'bashar-al-assad'],
    ['ودعت حكومة الأسد إلى الحوار', 'bashar-al-assad'],
  ])('%s → %s', (quote, id) => expect(linkActors(quote, context.matcher).actors).toContain(id));

  it('keeps «قوات الأسد» and «نظام الأسد» the government', () => {
    expect(linkActors('وتقدمت قوات الأسد في ريف حماة', context.matcher).actors).toEqual(['syrian-government']);
    expect(linkActors('وطالبت المعارضة برحيل نظام الأسد', context.matcher).actors).toEqual(['syrian-government']);
  });

  it.each([
    // another member of the family: a personal first name right before «الأسد»
    ['وقال منذر الأسد إن العائلة لن تتدخل', 'bashar-al-assad'],
    ['وكان فواز الأسد قد غادر اللاذقية', 'bashar-al-assad'],
    // «النظام» with a relational adjective or in a known compound is something else
    ['وأقر المجلس النظام الانتخابي الجديد', 'syrian-government'],
    ['ودعا إلى الحفاظ على النظام العالمي', 'syrian-government'],
    ['وطالبت الشرطة بحفظ النظام العام في المدينة', 'syrian-government'],
    ['وكان الرئيس الراحل حافظ الأسد قد وقع الاتفاق عام 1974', 'bashar-al-assad'],
    ['ونقل عن ماهر الأسد قوله إن الفرقة الرابعة لن تنسحب', 'bashar-al-assad'],
    ['منذ عهد الأسد الأب لم تشهد المنطقة مثل هذا الاجتماع', 'bashar-al-assad'],
    ['وأقرت اللجنة الدستورية النظام الداخلي لعملها في جنيف', 'syrian-government'],
    ['وناقش المشاركون شكل نظام الحكم في سوريا بعد الحرب', 'syrian-government'],
    ['ودعا إلى احترام النظام الدولي القائم على القواعد', 'syrian-government'],
    ['وانتقد وزير الخارجية السعودي النظام الإيراني في كلمته', 'syrian-government'],
  ])('%s: not %s', (quote, id) => expect(linkActors(quote, context.matcher).actors).not.toContain(id));

  it('still reads the longer variants first («النظام السوري», «قوات الأسد»)', () => {
    expect(linkActors('وقصفت قوات الأسد ريف إدلب', context.matcher).actors).toEqual(['syrian-government']);
    expect(linkActors('وفد النظام السوري يصل إلى أستانا', context.matcher).actors).toEqual(['syrian-government']);
  });
});

describe('linkRound', () => {
  it('links a numbered round on its dates', () => {
    expect(linkRound('ومن المقرر أن يعقد غداً الخميس الجولة الثامنة من المفاوضات', '2017-12-21', [], context.rounds)).toEqual({ round: 'astana-08', by: 'date', flags: [] });
  });

  it('links by date and flags a text that calls an Astana round Geneva', () => {
    const link = linkRound('سيكون حاضراً في جولة جنيف القادمة المقرر انطلاقتها الخميس', '2017-12-21', [], context.rounds);
    expect(link.round).toBe('astana-08');
    expect(link.flags[0]).toMatch(/^venue-conflict: .*geneva.*astana-08/);
  });

  it('links "the last round in Astana, late October" to the round held then', () => {
    expect(linkRound('وانتهت آخر جولة محادثات في أستانة في أواخر أكتوبر', '2017-10-21/2017-10-31', [], context.rounds).round).toBe('astana-07');
  });

  // Pattern 9 of issue 10: a clause about a round's sitting, with no word for the round or the talks.
  it.each([
    ['وتنعقد الجلسة العامة يوم الجمعة بحضور الوفود كلها', '2019-08-02', ['astana'], 'astana-13'],
    ['وقال رئيس الوفد إثر انتهاء الجلسة إن النقاش تناول السلال الأربع', '2017-07-11', ['geneva'], 'geneva-07'],
    ['وصدر البيان الختامي مساء الجمعة مؤكداً وحدة الأراضي السورية', '2019-08-02', ['astana', 'geneva'], 'astana-13'],
    ['ورفض الوفد الحكومي في الجلسة الافتتاحية أي شروط مسبقة', '2017-12-21', ['astana'], 'astana-08'],
  ])('%s (%s, the article names %j): %s', (quote, date, tracks, round) => {
    expect(linkRound(quote, date, [], context.rounds, new Set(tracks))).toEqual({ round, by: 'track', flags: [] });
  });

  it.each([
    ['وتنعقد الجلسة العامة يوم الجمعة بحضور الوفود كلها', '2019-08-02', [], 'the article names no track'],
    ['وتنعقد الجلسة العامة يوم الجمعة بحضور الوفود كلها', '2019-08-02', ['geneva'], 'no round of its track on that day'],
    ['وعقد الوفد جلسة مطولة أمس مع الخبراء', '2019-08-20', ['astana'], 'no round on that day'],
    ['ودعا المبعوث خلال جلسة لمجلس الأمن إلى إطلاق المعتقلين', '2017-12-21', ['astana'], "another body's sitting"],
    ['وأقر البرلمان في الجلسة العامة القانون الجديد', '2017-12-21', ['astana'], "a parliament's sitting"],
  ])('%s (%s, %j): no round, %s', (quote, date, tracks) => {
    expect(linkRound(quote, date, [], context.rounds, new Set(tracks))).toEqual({ flags: [] });
  });

  // The date engine's round of an expression: kept while the round is still weeks or months to come, or
  // just over; not an event a year before it or long after it.
  it.each([
    ['وأوقف المبعوث الأممي الجولة الأولى من التفاوض في الثالث من شباط', '2016-02-03', ['astana-01'], undefined],
    ['وكانت الجولة السابقة قد جرت يومي 22 و23 تشرين الثاني 2022', '2022-11-22/2022-11-23', ['astana-20', 'astana-19'], 'astana-19'],
    ['وقد انطلق المسار في العاصمة الكازاخية عام 2017', '2017', ['astana-12'], undefined],
    ['وأعلنت الخارجية الكازاخية أن الجولة الثامنة ستعقد في كانون الأول', '2017-11-24', ['astana-08'], 'astana-08'],
    ['وأكد الوفد أنه عاد من الجولة الثامنة دون نتائج', '2017-12-26', ['astana-08'], 'astana-08'],
    // announced for March 2020, held in February 2021: the announcement is near the days it was set for
    ['وأعلن الوزير أن الجولة الخامسة عشرة من محادثات أستانا ستعقد في آذار المقبل', '2020-03', ['astana-15'], 'astana-15'],
  ])('%s (%s, the engine read %j): %s', (quote, date, ids, round) => {
    expect(linkRound(quote, date, ids, context.rounds).round).toBe(round);
  });

  it('links nothing when no round was held on the date', () => {
    expect(linkRound('وقال المتحدث إن المحادثات ستستمر', '2019-08-15', [], context.rounds)).toEqual({ flags: [] });
  });
});

describe('link stage: a round found by its dates alone', () => {
  const withEngine = pipelineContext(loadCatalog(files('rounds'), files('actors')), dateArticle);
  const roundsOf = (text: string) => processArticle('seeds/x.txt', new TextEncoder().encode(`---\npublished: 2017-12-21\n---\n${text}\n`), withEngine).events.map((e) => [e.quote, e.round]);

  it('is not the round of an event the quote places in another city', () => {
    const events = roundsOf('وقال المبعوث الأممي إلى سوريا ستيفان دي ميستورا إنه أجرى محادثات في موسكو اليوم مع وزير الخارجية الروسي سيرغي لافروف.');
    expect(events.length).toBeGreaterThan(0);
    for (const [, round] of events) expect(round).toBeUndefined();
  });
  it('is the round of talks the quote places in the round\'s city', () => {
    const events = roundsOf('وقال المبعوث الأممي إلى سوريا ستيفان دي ميستورا إن المحادثات السورية انطلقت في أستانا اليوم بمشاركة الدول الضامنة.');
    expect(events.map(([, round]) => round)).toContain('astana-08');
  });
});
