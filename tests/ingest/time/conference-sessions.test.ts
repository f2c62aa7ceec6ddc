// Geneva II and III met in sessions the news calls rounds («الجولة الثانية من مفاوضات جنيف 3»). A round
// word's ordinal counts the sessions of the conference named, never the conferences: «الجولة الثانية» is
// not «جنيف 2».
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS, catalogSpan } from './fixtures.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS });
const roundOf = (text: string, words: string) => date(text).expressions.find((e) => e.text === words)?.roundId;

describe('a conference’s sessions', () => {
  it('are the rounds a round word counts, in the conference named after its track', () => {
    // Geneva III's second session opened on Monday 14 March 2016; Geneva II's on Monday 10 February 2014.
    const text = 'انطلقت اليوم الاثنين الجولة الثانية من مفاوضات جنيف 3 بين وفدي الحكومة والمعارضة برعاية المبعوث الأممي.';
    expect(roundOf(text, 'الجولة الثانية')).toBe('geneva-3-2016-r2');
    expect(date(text).anchor?.edtf).toBe('2016-03-14');
    expect(roundOf(text.replace('جنيف 3', 'جنيف 2'), 'الجولة الثانية')).toBe('geneva-2-2014-r2');
  });

  it('of which a launch with no session named is the first\'s, a resumption any one\'s', () => {
    // Geneva III was declared open on Monday 1 February 2016; its second session opened on Monday 14 March.
    const launched = 'انطلقت اليوم الاثنين محادثات جنيف 3 بين وفدي الحكومة والمعارضة السوريين برعاية المبعوث الأممي.';
    expect(date(launched).anchor?.edtf).toBe('2016-02-01');
    expect(date(launched.replace('انطلقت', 'استؤنفت')).anchor).toBeNull();
  });

  it('or in the conference the article names elsewhere', () => {
    const text = 'جنيف 3: المعارضة تصل\nووصل وفد المعارضة للمشاركة في الجولة الثانية من المفاوضات التي انطلقت اليوم الاثنين في جنيف.';
    expect(roundOf(text, 'الجولة الثانية')).toBe('geneva-3-2016-r2');
  });

  it('are candidates of a round word with no track in a sentence that names the talks', () => {
    // Geneva III's third session opened on Wednesday 13 April 2016; five days on was Monday the 18th.
    // With only Astana 3 and the committee's third round as candidates, a Monday near neither's fifth day
    // after its opening was printed (20 March 2017).
    const text = 'أعلنت الهيئة العليا للمفاوضات اليوم الاثنين تعليق مشاركتها في محادثات جنيف، بعد خمسة أيام من انطلاق الجولة الثالثة، احتجاجاً على خروقات الهدنة.';
    expect(date(text).anchor?.edtf).toBe('2016-04-18');
    // A dateline's city is where the story was filed, not the talks: the committee's second round
    // opened on Monday 25 November 2019, Geneva III's second session on Monday 14 March 2016.
    const filed = 'جنيف - انطلقت اليوم الاثنين الجولة الثانية من المفاوضات، ووصفها الأخضر الإبراهيمي، المبعوث الأممي السابق، بأنها فرصة أخيرة.\nوتستمر حتى الجمعة.';
    expect(date(filed).anchor?.edtf).toBe('2019-11-25');
    for (const line of ['جنيف (رويترز) -', 'جنيف/ الأناضول -', 'جنيف، (أ ف ب) -']) {
      const wire = `${line} بدأت اليوم الاثنين الجولة الثانية من المباحثات السورية بمشاركة 45 عضواً يمثلون الحكومة والمعارضة والمجتمع المدني.`;
      expect(date(wire).anchor?.edtf, line).toBe('2019-11-25');
    }
    // Nor talks named after the round as its background: the committee's first round opened on Wednesday
    // 30 October 2019, Geneva II's first session on Wednesday 22 January 2014.
    const background = 'انطلقت اليوم الأربعاء الجولة الأولى من اجتماعات الهيئة الموسعة، بعد سنوات من تعثر محادثات جنيف.';
    expect(date(background).anchor?.edtf).toBe('2019-10-30');
    // Talks named after it as its frame are its own: Geneva III's second session opened on Monday 14 March
    // 2016, the committee's second round on a Monday too (25 November 2019, printed before).
    const framed = 'انطلقت اليوم الاثنين الجولة الثانية من المفاوضات غير المباشرة بين وفدي النظام والمعارضة، في إطار محادثات جنيف.\nوتأتي الجولة بعد أسبوعين من بدء سريان اتفاق وقف الأعمال العدائية في 27 شباط 2016.';
    expect(date(framed).anchor?.edtf).toBe('2016-03-14');
    // Not a round about the constitution, the committee's whatever talks frame it: its first round opened on
    // Wednesday 30 October 2019, Geneva II's first session on Wednesday 22 January 2014 (printed before).
    expect(date('بدأت اليوم الأربعاء الجولة الأولى من النقاشات حول الدستور السوري، في إطار محادثات جنيف، بمشاركة ممثلي المجتمع المدني.').anchor?.edtf).toBe('2019-10-30');
  });

  it('are either conference’s when none is named: the ordinal is not the conference’s number', () => {
    // Once read as Geneva II, this sentence of 2016 was dated 10 February 2014. Both second sessions
    // opened on a Monday; the envoy of the time chooses Geneva III's (14 March 2016).
    const r = date('انطلقت اليوم الاثنين في جنيف الجولة الثانية من مفاوضات جنيف بين وفدي الحكومة والمعارضة برعاية المبعوث الأممي ستافان دي ميستورا.');
    expect(r.anchor?.edtf).toBe('2016-03-14');
    expect(r.expressions.find((e) => e.text === 'الجولة الثانية')?.roundId).toBe('geneva-3-2016-r2');
  });

  it('hold the conference named inside the round\'s name: it is no second round told of the day', () => {
    // Geneva III's second session opened on Monday 14 March 2016; its third day was Wednesday the 16th. The
    // conference's name before «اليوم» was read on its own as a session opening that day, and the day
    // count lost its tie: the texts were given spans from the 13th or the 16th (hunt 39's C4, in April,
    // the third session's opening).
    expect(date('تناول ثالث أيام الجولة الثانية من مفاوضات «جنيف 3» اليوم ملف الانتقال السياسي بحضور المبعوث الأممي.').anchor?.edtf).toBe('2016-03-16');
    expect(date('شهد ثالث أيام الجولة الثانية من مفاوضات جنيف 3 اليوم لقاءات منفصلة مع الوفدين.').anchor?.edtf).toBe('2016-03-16');
  });

  it('take no number after a track that met in no sessions for a conference', () => {
    // «أستانا 14 و15 أيلول» names days: the sixth round stays Astana's sixth.
    expect(roundOf('واختتمت الجولة السادسة من محادثات أستانا 14 و15 أيلول.', 'الجولة السادسة')).toBe('astana-06');
    expect(roundOf('انطلقت الجولة الرابعة من مفاوضات جنيف 23 شباط.', 'الجولة الرابعة')).toBe('geneva-04');
  });

  it('leave the numbered rounds and a conference named by its number as they were', () => {
    expect(roundOf('انطلقت الجولة الثامنة من محادثات جنيف.', 'الجولة الثامنة')).toBe('geneva-08');
    expect(date('وصل الوفد إلى جنيف 3 للمشاركة في المحادثات.').expressions.find((e) => e.kind === 'round')?.stated).toMatchObject({ round: 3, byName: true });
  });
});

describe('a conference’s ministerial part', () => {
  it('opens on one of its days, not on its first', () => {
    // Brussels VIII ran from 30 April to 27 May 2024, its ministers meeting on Monday 27 May. Read as
    // the conference's opening, «انطلق اليوم الاثنين» printed Monday 29 April, the day before it began.
    const got = date('انطلق اليوم الاثنين في بروكسل الاجتماع الوزاري لمؤتمر بروكسل الثامن لدعم مستقبل سوريا والمنطقة.').anchor?.edtf;
    expect(got).toBe('2024-05-06/2024-05-27');
    // With its day told, it is that day.
    expect(date('انطلق اليوم الاثنين 27 أيار في بروكسل الاجتماع الوزاري لمؤتمر بروكسل الثامن.').anchor?.edtf).toBe('2024-05-27');
  });
});

describe('a conference’s ministerial part closing', () => {
  it('closes the conference: no day before it is printed', () => {
    // Brussels VI met on 9-10 May 2022, its ministers on the 10th. Read as a day of the conference, the
    // close printed Monday the 9th; now a span holding the 10th (the headline's present reads as to come).
    const text = 'مؤتمر بروكسل السادس يجمع 6.4 مليار يورو\n\nاختتم اليوم الاجتماع الوزاري لمؤتمر بروكسل السادس بتعهدات بلغت 6.4 مليار يورو لعام 2022 وما بعده.';
    const [a, b] = catalogSpan(text) ?? [Infinity, -Infinity];
    expect(a <= parseDay('2022-05-10')! && parseDay('2022-05-10')! <= b).toBe(true);
  });

  it('opens, in the news, on its ministerial day when the conference was held in two parts', () => {
    // Brussels VIII began with a Day of Dialogue on Tuesday 30 April 2024 and met at ministerial level on
    // Monday 27 May, the day the catalog keeps as `opened`. Read only as opening on the 30th, the Monday
    // nearest it (29 April) was printed for these stories.
    const launched = 'انطلق اليوم الاثنين في العاصمة البلجيكية مؤتمر بروكسل الثامن لدعم مستقبل سوريا والمنطقة، بحضور وزراء عشرات الدول.';
    expect(date(launched).anchor?.edtf).toBe('2024-05-27');
    // Brussels IV's days of dialogue began on Monday 22 June 2020, its ministers met on Tuesday the 30th.
    expect(date('انطلق اليوم الثلاثاء مؤتمر بروكسل الرابع لدعم مستقبل سوريا والمنطقة عبر الإنترنت بمشاركة نحو 80 وفداً.').anchor?.edtf).toBe('2020-06-30');
    // The day a relative clause tells is the opening's own, not its eve: read as the eve's, the Sunday
    // before the ministerial day (28 June) was printed.
    expect(date('عشية انطلاق مؤتمر بروكسل الرابع، الذي يبدأ غداً الاثنين بأيام حوار افتراضية، دعت منظمات سورية اليوم الأحد إلى إشراك اللاجئين.').anchor?.edtf).toBe('2020-06-21');
    const eve = 'يعقد مؤتمر بروكسل الثامن اجتماعه الوزاري يوم الاثنين.\n\nودعت منظمات إغاثية اليوم الأحد، عشية المؤتمر، المانحين إلى زيادة تعهداتهم.';
    expect(date(eve).anchor?.edtf).toBe('2024-05-26');
  });
});
