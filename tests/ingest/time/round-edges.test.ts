// Words for a round's close and days besides the common ones: «أسدل الستار على الجولة», «انفضت الجولة»,
// and the Nth day told with ل («لليوم الثاني»).
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, ROUNDS, catalogDate, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const on = (text: string) => dateArticle(text, { rounds: ROUNDS }).anchor?.edtf ?? null;

describe('a round named by its owner\'s pronoun («جولتها»)', () => {
  it('keeps the day told before its owner: the owner is no other round between them', () => {
    // The committee's fifth round met on 25-29 January 2021. The committee named before «جولتها» was read as
    // another round between «اليوم» and the round, which lost its tie, and the text was refused.
    expect(catalogDate('عقدت اليوم الهيئة المصغرة للجنة الدستورية السورية اجتماعاتها في جنيف ضمن جولتها الخامسة.')).toBe('2021-01-25/2021-01-29');
  });
});

describe('talks taken up again («استؤنفت»، «تستأنف»)', () => {
  it('with no round named, are a new round opening that day', () => {
    // Astana's eighth round opened on Thursday 21 December 2017; the eleventh met on 28-29 November 2018,
    // a Thursday its second day. Read as a day of some round, the resumption was refused.
    expect(on('استؤنفت اليوم الخميس في أستانا المحادثات السورية بمشاركة الدول الضامنة ووفدي الحكومة والمعارضة.')).toBe('2017-12-21');
    expect(on('تستأنف اليوم الخميس في أستانا المحادثات السورية بمشاركة الدول الضامنة.')).toBe('2017-12-21');
  });
  it('are not at their first round nor at a conference\'s first session', () => {
    // Geneva II (Brahimi's) opened on 22 January 2014 and met again on 10 February: read as any opening,
    // the resumption was the span between them.
    expect(catalogDate('استؤنفت اليوم في جنيف المفاوضات بين وفدي الحكومة والمعارضة السوريين برعاية الوسيط الدولي الأخضر الإبراهيمي.')).toBe('2014-02-10');
  });
  it('but a conference\'s later session keeps the weight it has against a numbered round', () => {
    // Geneva's seventh round opened on Monday 10 July 2017, the war six years old; Geneva II's and III's
    // second sessions opened on Mondays too (2014, 2016). With their weight restored once the first
    // sessions were dropped, the story was refused.
    expect(catalogDate('استؤنفت اليوم الاثنين في جنيف المفاوضات السورية بين وفدي الحكومة والمعارضة، وسط آمال ضعيفة بتسوية النزاع المستمر منذ ست سنوات.')).toBe('2017-07-10');
  });
  it('told as their return to meeting («عادت … إلى الانعقاد»), are a resumption', () => {
    // Geneva II's second session opened on 10 February 2014: the returning verb was not read, and the
    // noun after «إلى» was an opening of either session.
    expect(catalogDate('عادت المفاوضات بين وفدي الحكومة والمعارضة السوريين إلى الانعقاد اليوم في جنيف برعاية الوسيط الدولي الأخضر الإبراهيمي.')).toBe('2014-02-10');
  });
  it('but with no day told, only a part of a month, still a day of some round then', () => {
    // The committee's rounds opened between the 18th and the 30th of their months: read as an opening in
    // «منتصف الشهر», the one nearest a month's middle (the sixth, 18 October 2021) was taken and a span printed.
    expect(catalogDate('أفادت مصادر بأن اجتماعات اللجنة الدستورية السورية ستستأنف في جنيف منتصف الشهر الجاري بعد توقف طويل.')).toBeNull();
  });
  it('but a round named may resume after a pause inside it: a day of it, not its opening', () => {
    // Geneva's eighth round opened on Tuesday 28 November 2017 and ran to 14 December, the government's
    // delegation away for days in between.
    expect(on('استؤنفت اليوم الثلاثاء في جنيف الجولة الثامنة من المحادثات السورية بعد توقف دام أياماً.')).not.toBe('2017-11-28');
  });
});

describe('a round closed in other words', () => {
  // Astana's eighth round: 21-22 December 2017.
  it.each([
    'أسدل الستار اليوم على الجولة الثامنة من محادثات أستانا.',
    'انفضت اليوم الجولة الثامنة من محادثات أستانا دون نتائج.',
  ])('%s', (text) => {
    expect(on(text)).toBe('2017-12-22');
  });
});

describe('the Nth day told with ل', () => {
  it.each([
    'تواصلت لليوم الثاني أعمال الجولة الثامنة من محادثات أستانا اليوم.',
    'تتواصل اليوم أعمال الجولة الثامنة من محادثات أستانا لليوم الثاني.',
  ])('is the round\'s Nth day: %s', (text) => {
    expect(on(text)).toBe('2017-12-22');
  });
  it.each([
    ['انطلقت اليوم أعمال اليوم الثاني والأخير من الجولة الثامنة من محادثات أستانا.', '2017-12-22'],
    ['وتواصلت أمس أعمال اليوم الثاني والختامي للجولة الثامنة من محادثات أستانا.', '2017-12-23'],
  ])('is still the Nth day when also called the last: %s', (text, day) => {
    expect(on(text)).toBe(day);
  });
  it('in a row, fronted in its own clause, beside «اليوم» told of the round', () => {
    // The count was read only as news of a day with no day of its own: a span from the day counted.
    expect(on('لليوم الثاني على التوالي، تواصلت اليوم في أستانا اجتماعات الجولة الثامنة من المحادثات السورية.')).toBe('2017-12-22');
    expect(catalogDate('لليوم الثالث على التوالي، عقدت اليوم الهيئة المصغرة للجنة الدستورية السورية اجتماعاتها في جنيف ضمن جولتها الخامسة.')).toBe('2021-01-27');
  });
  it('in a row, but not the days of another act the round is the setting of', () => {
    // Geneva's fifth round met from 23 to 31 March 2017; the sit-in's second day may be any of its days.
    // Read as the round's, the span ended on its second day, the 24th.
    const span = catalogSpan('لليوم الثاني على التوالي، يواصل أهالي المعتقلين اعتصامهم اليوم أمام مقر الأمم المتحدة بالتزامن مع الجولة الخامسة من محادثات جنيف.');
    expect(span?.[1]).toBeGreaterThanOrEqual(parseDay('2017-03-31')!);
  });
  it('in a reported clause with no day of its own, as today\'s news', () => {
    // «اليوم الجمعة» is the saying's day; the round going on for its second day says it is the 22nd.
    expect(on('قال المتحدث اليوم الجمعة إن أعمال الجولة الثامنة من محادثات أستانا تتواصل لليوم الثاني.')).toBe('2017-12-22');
  });
});

describe('a part of the round named before it as the news\'s time', () => {
  // Astana's eighth round: Thursday 21 and Friday 22 December 2017.
  it.each([
    ['في اليوم الأخير من الجولة الثامنة من محادثات أستانا، قال رئيس الوفد اليوم الجمعة إن الوثيقة جاهزة.', '2017-12-22'],
    ['قال رئيس الوفد اليوم الجمعة في اليوم الأخير من أعمال الجولة الثامنة من محادثات أستانا إن الوثيقة جاهزة.', '2017-12-22'],
    ['في نهاية الجولة الثامنة من محادثات أستانا، قال رئيس الوفد اليوم الجمعة إن الوثيقة جاهزة.', '2017-12-22'],
    ['في بداية الجولة الثامنة من محادثات أستانا، قال رئيس الوفد اليوم الخميس إن الوفد قدم ورقته.', '2017-12-21'],
  ])('%s', (text, day) => {
    expect(on(text)).toBe(day);
  });
});

describe('the committee\'s drafting body named alone', () => {
  it('is the committee: its round numbers date the story', () => {
    // The committee's eighth round opened on Monday 30 May 2022.
    const r = dateArticle('انطلقت اليوم في جنيف أعمال الدورة الثامنة للهيئة المصغرة.', { rounds: ROUNDS });
    expect(r.anchor?.edtf).toBe('2022-05-30');
    expect(r.expressions.find((e) => e.kind === 'round')?.roundId).toBe('cc-08');
  });
});

describe('a round «في جنيف» told by who sits at the table', () => {
  // Geneva's fourth UN round (23 February 2017) and the committee's fourth (30 November 2020).
  const rounds = [...ROUNDS,
    { id: 'geneva-04', track: 'geneva', number: 4, start: '2017-02-23', end: '2017-03-03', name_ar: 'الجولة الرابعة من محادثات جنيف', aliases_ar: [], city_ar: 'جنيف' },
    { id: 'cc-04', track: 'constitutional-committee', number: 4, start: '2020-11-30', end: '2020-12-04', name_ar: 'الجولة الرابعة من اجتماعات اللجنة الدستورية', aliases_ar: [], city_ar: 'جنيف' }];
  const chosen = (text: string) => dateArticle(text, { rounds }).expressions.find((e) => e.kind === 'round')?.roundId;
  it.each([
    ['تجتمع الوفود الثلاثة (الحكومة والمعارضة والمجتمع المدني) اليوم في جنيف في الجولة الرابعة.', 'cc-04'],
    ['يجتمع وفدا الحكومة والمعارضة اليوم في جنيف ضمن الجولة الرابعة من المحادثات غير المباشرة.', 'geneva-04'],
  ])('%s', (text, id) => {
    expect(chosen(text)).toBe(id);
  });
});

describe('a headline in two parts joined by two dots', () => {
  it('is one sentence: the round named before the dots is the one opened after them', () => {
    const r = dateArticle('أستانا 8.. انطلاق المحادثات وسط غياب المعارضة', { rounds: ROUNDS });
    // The opening told as the day's news: the day of it or soon after, as for «انطلاق الجولة الثامنة».
    expect(r.anchor?.evidence.map((e) => e.note.code)).toContain('edge-news');
    expect(r.anchor?.edtf.startsWith('2017-12-')).toBe(true);
  });
  it('still ends a sentence when the dots end a line', () => {
    const r = dateArticle('وصل الوفد إلى أستانا 8..\nانطلاق المحادثات وسط غياب المعارضة', { rounds: ROUNDS });
    expect(r.anchor?.evidence.map((e) => e.note.code) ?? []).not.toContain('edge-news');
  });
});

describe('a vague count of days off an edge', () => {
  it('«بعد أيام من اختتام» ties no day to the round', () => {
    expect(dateArticle('عاد الوفد بعد أيام من اختتام الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS }).anchor).toBeNull();
  });
  it('a «بعد» of another phrase before the edge word («بعد ظهر اليوم») leaves the day tied', () => {
    // Astana 8 closed on Friday 22 December 2017.
    expect(dateArticle('أعلن المبعوث بعد ظهر اليوم اختتام الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS }).anchor?.edtf).toBe('2017-12-22');
  });
});

describe('one round named twice in the clause of its edge', () => {
  it('is one piece of news: the close told in the past is its day or the morrow, not its day alone', () => {
    // Geneva's seventh round closed on Friday 14 July 2017. Counted twice, «الجولة السابعة» and «جنيف 7»
    // printed the closing day alone; told once, the morrow stays as likely as the news allows.
    const r = dateArticle('دي ميستورا: المفاوضات السورية تشهد تقدماً\nأعلن المبعوث الخاص للأمم المتحدة إلى سوريا ستيفان دي ميستورا عند ختام الجولة السابعة من مفاوضات السلام في جنيف 7 أن المفاوضات أحرزت تقدماً.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toMatch(/^2017-07-14\/2017-07-1[5-9]$/);
    expect(r.anchor?.evidence.filter((e) => e.note.code === 'edge-news')).toHaveLength(1);
  });
  it('and its edge told with a day there is that tie\'s news, not a second clue', () => {
    // Astana's eighth round closed on Friday 22 December 2017.
    const r = dateArticle('اختتمت اليوم الجمعة الجولة الثامنة من محادثات أستانا 8.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2017-12-22');
    expect(r.anchor?.evidence.map((e) => e.note.code)).not.toContain('edge-news');
  });
  it('unless the edge narrows the tie of a loose round (which of its rounds it is)', () => {
    // The committee's eighth round opened on Monday 30 May 2022; «اجتماعات الهيئة المصغرة» alone is any of its rounds.
    const r = dateArticle('انطلقت صباح اليوم في جنيف اجتماعات الهيئة المصغرة للجنة الدستورية ضمن الجولة الثامنة.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2022-05-30');
  });
});

describe('one round named twice, narrowed differently', () => {
  it('is one round the story is near: the narrower reading stands', () => {
    // Vienna's ninth round (25-26 January 2018), named in the headline with Geneva's talks and in the lead
    // with no track (Astana's ninth too); counted twice, an announcement weeks ahead read as days ahead.
    const r = dateArticle('المبعوث الأممي يعلن جولة تاسعة لمحادثات جنيف\nأكد المبعوث الأممي من موسكو اليوم الخميس 21 كانون الأول 2017 عزمه تحضير جولة تاسعة من المباحثات السورية.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2017-12-21');
    expect(r.anchor?.evidence.filter((e) => e.note.code === 'near-round').map((e) => e.note)).toEqual([{ code: 'near-round', rounds: ['vienna-2018'], upcoming: true }]);
  });
});

describe('a round announced with nothing else to date the article', () => {
  it('is not dated to the weeks just before it: announcements come months ahead too', () => {
    // De Mistura announced the ninth round on Thursday 21 December 2017, five weeks before it met (in
    // Vienna, 25-26 January 2018). With the announcement alone the four Thursdays before it were printed.
    const r = dateArticle('المبعوث الأممي يعلن جولة تاسعة لمحادثات جنيف\nأكد المبعوث الأممي ستافان دي ميستورا اليوم الخميس عزمه تحضير جولة تاسعة من المباحثات السورية في جنيف.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor).toBeNull();
    expect(r.messages.find((m) => m.severity === 'error')?.reason).toMatch(/spread over 2017-/);
  });
});

describe('text run together with no stop', () => {
  it('a round\'s verb past another event\'s verb is that clause\'s, not the round\'s', () => {
    // A headline run into its lead: «ستحتضن» belongs to «كشفت … أن نور سلطان ستحتضن», not to «الجولة الـ13 … أول
    // أغسطس» before «كشفت»; read as the round's, it tied the round to August 1 and printed its second day.
    const r = dateArticle('الجولة الـ13 من محادثات أستانا أول أغسطس كشفت الخارجية الكازاخستانية اليوم الجمعة أن نور سلطان ستحتضن الاجتماع.', { rounds: CATALOG_ROUNDS, published: '2019-07-26' });
    expect([...r.anchor!.evidence, ...r.anchor!.conflicts].map((e) => e.note.code)).not.toContain('tie-date');
  });
});

describe('a day of a month told as the next one («يومي 1 و2 أغسطس المقبل»)', () => {
  it('puts the article in a month before it, not on the round\'s own days', () => {
    // Astana's 13th round met on 1-2 August 2019: an article of 2 August would say «الجاري».
    const r = dateArticle('كشفت الخارجية الكازاخستانية اليوم الجمعة أن الجولة الـ13 من محادثات أستانا ستعقد في نور سلطان يومي 1 و2 أغسطس المقبل.', { rounds: CATALOG_ROUNDS, published: '2019-08-02' });
    expect(r.anchor!.conflicts.map((e) => e.note.code)).toContain('catalog-days');
    expect(dateArticle('كشفت الخارجية الكازاخستانية اليوم الجمعة أن الجولة الـ13 من محادثات أستانا ستعقد في نور سلطان يومي 1 و2 أغسطس المقبل.', { rounds: CATALOG_ROUNDS, published: '2019-07-26' }).anchor!.evidence.map((e) => e.note.code)).toContain('catalog-days');
  });
});

describe('a round\'s edge said to be past, by no count («بعد انتهاء»، «عقب اختتام»، «بعد انعقاد»)', () => {
  // The Constitutional Committee's sixth round: Monday 18 to Friday 22 October 2021. A Wednesday told
  // after it is the 27th (or later), never the 20th inside it.
  const anchor = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;
  it.each([
    'قال عضو في وفد المعارضة اليوم الأربعاء إن النقاش لم يتقدم، بعد انتهاء الجولة السادسة من اجتماعات اللجنة الدستورية في جنيف.',
    'قال عضو في وفد المعارضة اليوم الأربعاء، عقب اختتام الجولة السادسة من اجتماعات اللجنة الدستورية في جنيف، إن النقاش لم يتقدم.',
    'قال عضو في وفد المعارضة اليوم الأربعاء إن النقاش لم يتقدم.\nويأتي ذلك بعد انعقاد الجولة السادسة من اجتماعات اللجنة الدستورية في جنيف.',
  ])('%s', (text) => {
    const a = anchor(text);
    // Printed or not, the 20th is never given: a day the story says is past the round cannot be in it.
    if (a) expect(a.edtf.split('/')[0]! >= '2021-10-22', a.edtf).toBe(true);
  });
  it('after the opening, the round may still be going on', () => {
    expect(anchor('قال عضو في وفد المعارضة اليوم الأربعاء إن الوفد قدم ورقته، بعد انطلاق الجولة السادسة من اجتماعات اللجنة الدستورية في جنيف.')?.edtf).toBe('2021-10-20');
  });
});

describe('an anniversary of an edge or a meeting', () => {
  // «تحل اليوم الذكرى …» is news of the anniversary: the edge it recalls is a year or more back.
  const anchor = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;
  // «ويصادف اليوم الذكرى الخامسة لانطلاق الجولة الأولى» is now dated by the anniversary itself, five years on
  // (anniversary-tie.test.ts); «الذكرى السنوية» counts no years.
  it.each([
    'تحل اليوم الخميس الذكرى السنوية لانطلاق الجولة الثامنة من محادثات أستانا.',
    'في الذكرى السنوية الأولى لتوقيع اتفاق سوتشي، قال المتحدث اليوم الاثنين إن الاتفاق صامد.',
  ])('dates nothing by the edge: %s', (text) => {
    const a = anchor(text);
    // The round's own days (Astana 1: 23 January 2017; Astana 8: 21 December 2017; Sochi: 17 September 2018) are never printed.
    expect(['2017-01-23', '2017-12-21', '2018-09-17']).not.toContain(a?.edtf);
    expect(a?.certainty ?? 'refused').not.toBe('exact');
  });
});

describe('a round set for a time given right after its scheduling adjective', () => {
  // Astana's eighth round opened on Thursday 21 December 2017: told the Thursday before.
  it('«المقررة الأسبوع المقبل» is its opening\'s week', () => {
    expect(on('كشف مصدر اليوم الخميس أن الجولة الثامنة من محادثات أستانا، المقررة الأسبوع المقبل، ستبحث ملف المعتقلين.')).toBe('2017-12-14');
  });
});

describe('a meeting carrying on its work («يواصل المؤتمر أعماله»)', () => {
  it('is held on the day told, as «تتواصل أعماله» is', () => {
    // The Sochi congress's session opened on Tuesday 30 January 2018. Before, «يواصل» was no verb of a
    // meeting and the story, a radio bulletin's line, was refused.
    expect(catalogDate('نشرة الصباح\nيواصل مؤتمر الحوار الوطني السوري في سوتشي أعماله اليوم الثلاثاء بجلسة عامة بعد أن وصلت الوفود أمس الاثنين.')).toBe('2018-01-30');
  });

  it('but another act carried on alongside a round counts its own days, not the round\'s', () => {
    // Geneva's fifth round met 23-31 March 2017; its second day was Friday the 24th. The sit-in's second
    // day is a Wednesday of the round (the 29th).
    expect(catalogDate('اعتصام\nيواصل أهالي المعتقلين اعتصامهم اليوم الأربعاء أمام مقر الأمم المتحدة بالتزامن مع الجولة الخامسة من محادثات جنيف لليوم الثاني.')).toBe('2017-03-29');
  });
});

describe('«تواصل» before a round', () => {
  it('is read as before «يواصل» was a meeting verb: not a round to come', () => {
    // Form III's present «تواصل» (she carries on) is spelled as form VI's perfect; taken for the present, it
    // made the committee's fourth round, going on, one announced (a train article's interval slid a day
    // before its story).
    const r = dateArticle('تواصل اجتماعات الجولة الرابعة للجنة مناقشة الدستور في جنيف\nلليوم الرابع على التوالي، مضت الوفود في جلسات اللجنة ضمن جولتها الرابعة في جنيف.', { rounds: CATALOG_ROUNDS });
    const round = r.expressions.find((e) => e.kind === 'round' && e.text === 'الجولة الرابعة');
    expect(round?.stated.tense).not.toBe('future');
  });
});
