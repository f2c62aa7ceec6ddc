// General patterns of news writing that decide which events a sentence reports and the date of each,
// as table tests on invented sentences, read by the real date engine with a known article date and the
// committed rounds catalog (astana-10: 2018-07-30/2018-07-31).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { extractEvents } from '../../../src/ingest/events/extract-events.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROOT } from '../run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const { rounds } = pipelineContext(loadCatalog(files('rounds'), files('actors')), null);

/** [date, kind, title] of every event of `text`, published on `published`. */
function events(text: string, published: string): Array<[string, string, string]> {
  const dating = dateArticle(text, { published, rounds });
  return extractEvents(text, [{ start: 0, end: text.length }], dating.expressions).map((e) => [e.expression.resolved!.edtf, e.kind, e.title]);
}
const dates = (text: string, published: string) => events(text, published).map(([d]) => d);

describe('a round placed by a time phrase dates its clause from the catalog', () => {
  it.each([
    ['وعلى هامش الجولة العاشرة من محادثات أستانا التقى المبعوث الأممي الوفد الإيراني.', '2018-07-30/2018-07-31'],
    ['وفي ختام الجولة العاشرة من محادثات أستانا وزعت الدول الضامنة بيانها المشترك.', '2018-07-31'],
    ['وفي افتتاح الجولة العاشرة من محادثات أستانا ألقى رئيس الوفد كلمة قصيرة، اجتمع بعدها الوسطاء.', '2018-07-30'],
    ['وفي اليوم الثاني من الجولة العاشرة من محادثات أستانا، اجتمع الوفدان بحضور الوسطاء.', '2018-07-31'],
    ['وفي اليوم الثاني والأخير من الجولة العاشرة من محادثات أستانا، اجتمع الوفدان بحضور الوسطاء.', '2018-07-31'],
  ])('%s → %s', (text, date) => expect(dates(text, '2018-08-02')).toEqual([date]));

  it('takes the catalog\'s closing day over the span the text gives the round', () => {
    expect(dates('وفي ختام الدورة السابعة لاجتماعات اللجنة الدستورية المنعقدة بين 21 و25 من الشهر الجاري، أعلن المبعوث أن الوفود لم تتفق على أي مبدأ.', '2022-03-26')).toEqual(['2022-03-25']);
  });

  it('leaves the time phrase out of the title and the kind', () => {
    expect(events('وعلى هامش الجولة العاشرة من محادثات أستانا التقى المبعوث الأممي الوفد الإيراني.', '2018-08-02')).toEqual([
      ['2018-07-30/2018-07-31', 'meeting', 'التقى المبعوث الأممي الوفد الإيراني'],
    ]);
  });

  it('does not read a round named as the object of the sentence as its time', () => {
    expect(events('وأعلنت الخارجية انطلاق الجولة العاشرة من محادثات أستانا.', '2018-07-25')).toEqual([]);
  });
});

describe('a statement made at a round about a later thing is dated when it was made', () => {
  it('gives the statement the closing day and the thing it announces its own date', () => {
    expect(events('وقال رئيس الوفد في ختام الجولة العاشرة من محادثات أستانا إن الجولة المقبلة ستعقد في النصف الأول من تشرين الثاني.', '2018-08-02')).toEqual([
      ['2018-07-31', 'statement', 'رئيس الوفد: الجولة المقبلة ستعقد في النصف الأول من تشرين الثاني'],
      ['2018-11-01/2018-11-15', 'round-opening', 'الجولة المقبلة ستعقد في النصف الأول من تشرين الثاني'],
    ]);
  });

  it('cuts what a speaker intends («عزمه على …», «عزمها …») from the saying, each with its day', () => {
    expect(events('وأعلن المبعوث الأممي أمس الخميس عزمه على استئناف المفاوضات في العاشر من الشهر المقبل.', '2017-06-16')).toEqual([
      ['2017-06-15', 'announcement', 'أعلن المبعوث الأممي عزمه على استئناف المفاوضات'],
      ['2017-07-10', 'other', 'استئناف المفاوضات'],
    ]);
    expect(dates('وأكدت الخارجية الروسية أمس الأربعاء نيتها عقد لقاء للدول الضامنة في الخامس من تموز.', '2018-06-21')).toEqual(['2018-06-20', '2018-07-05']);
    // With no day of its own, what is intended stays in the saying's event.
    expect(dates('وأعلن المبعوث الأممي أمس الخميس عزمه على استئناف المفاوضات قريبا.', '2017-06-16')).toEqual(['2017-06-15']);
  });

  it('dates a statement by the time that opens its sentence, not by what it announces', () => {
    expect(events('وأمس الأربعاء، صرّح وزير الخارجية أن بلاده ستشارك في الاجتماع المقرر في 20 آذار.', '2019-03-14')).toEqual([
      ['2019-03-13', 'statement', 'وزير الخارجية: بلاده ستشارك في الاجتماع المقرر في 20 آذار'],
      ['2019-03-20', 'other', 'بلاده ستشارك في الاجتماع المقرر في 20 آذار'],
    ]);
  });
});

describe('the date of the action, not merely the first expression', () => {
  it.each([
    // a duration tells how long, the weekday when
    ['وبعد قطيعة دامت منذ 10 سنوات عقد الوفدان يوم الاثنين لقاءً جديداً.', ['2019-03-11']],
    ['واجتمع الوفدان المتخاصمان منذ 10 سنوات يوم الثلاثاء في جنيف.', ['2019-03-12']],
    // a date after a citing word is the cited document's
    ['وصدر البيان الختامي اليوم مستشهداً بإعلان قمة أنقرة في 16 أيلول 2018.', ['2019-03-14']],
    ['وأكد الوزير أمس التزام بلاده بالهدنة استناداً إلى الاتفاق الموقع في 5 آذار 2017.', ['2019-03-13']],
  ])('%s', (text, expected) => expect(dates(text, '2019-03-14')).toEqual(expected));
});

describe('weeks and durations as the text writes them', () => {
  it.each([
    // calendar weeks, Saturday-, Sunday- or Monday-first: from Thursday 2019-03-14
    ['وزار المبعوث أنقرة الأسبوع الماضي والتقى وزير خارجيتها.', '2019-03-02/2019-03-10'],
    ['ويزور المبعوث أنقرة الأسبوع المقبل للقاء وزير خارجيتها.', '2019-03-16/2019-03-24'],
    // a comma slipped in between «منذ» and its number
    ['وتبادل الطرفان الأسرى منذ، 7 أشهر في المنطقة الحدودية.', '2018-08'],
  ])('%s → %s', (text, date) => expect(dates(text, '2019-03-14')).toEqual([date]));
});

describe('a list of dated events gives one event per item', () => {
  it.each([
    // items that drop their verb: each takes the verb before it
    ['وعقد الطرفان لقاءين، الأول في 3 آذار، والثاني في 17 نيسان.', [['2019-03-03', 'عقد الطرفان لقاءين، الأول في 3 آذار'], ['2019-04-17', 'عقد الطرفان لقاءين، والثاني في 17 نيسان']]],
    ['واجتمعت اللجنة مرتين: الأولى في 5 شباط والثانية في 20 شباط.', [['2019-02-05', 'اجتمعت اللجنة مرتين: الأولى في 5 شباط'], ['2019-02-20', 'اجتمعت اللجنة مرتين: والثانية في 20 شباط']]],
    // verbs joined by «و», each with its own weekday
    ['وصل الوفد الاثنين وغادر الأربعاء.', [['2019-04-29', 'وصل الوفد'], ['2019-05-01', 'وصل الوفد وغادر']]],
  ])('%s', (text, expected) => expect(events(text, '2019-05-02').map(([d, , t]) => [d, t])).toEqual(expected));

  it('keeps a statement and what it reports apart, not as a list', () => {
    expect(dates('وأعلنت الخارجية اليوم وأكدت أن الجولة ستعقد الاثنين المقبل.', '2019-05-02')).toEqual(['2019-05-02', '2019-05-06']);
  });
});

// «ولا تزال الهدنة قائمة منذ 30 كانون الأول»: what still holds since a day began on that day.
describe('a state that still holds since a day reports its start', () => {
  it.each([
    ['وما زالت الهدنة صامدة منذ 12 أيلول في معظم المناطق.', [['2018-09-12', 'ما زالت الهدنة صامدة منذ 12 أيلول في معظم المناطق']]],
  ])('%s', (text, expected) => expect(events(text, '2019-03-14').map(([d, , t]) => [d, t])).toEqual(expected));

  it('dates it by the day, after its subject too', () => {
    expect(dates('والهدنة التي رعتها العاصمتان لا تزال قائمة منذ 30 كانون الأول، رغم الخروقات.', '2019-03-14')).toEqual(['2018-12-30']);
  });

  it.each([
    ['since a length of time, not a day', 'ولا يزال الوفد في جنيف منذ 10 أيام.'],
    ['no since at all', 'ولا تزال المعارك مستمرة في محيط دمشق.'],
  ])('none: %s', (_, text) => expect(events(text, '2019-03-14')).toEqual([]));
});

// Issue 10, pattern 2: a statement reported as an act («أصدر بياناً», «في بيان أصدرته») is a statement,
// told by who issued it and what it says.
describe('a statement issued is a statement, titled by who made it', () => {
  it.each([
    ['وأصدرت وزارة الخارجية الروسية أمس بياناً رحبت فيه بنتائج الجولة.', ['2019-03-13', 'statement', 'أصدرت وزارة الخارجية الروسية بياناً رحبت فيه بنتائج الجولة']],
    ['ونشرت الأمم المتحدة الأربعاء بياناً يدعو الأطراف إلى الالتزام بالهدنة.', ['2019-03-13', 'statement', 'نشرت الأمم المتحدة بياناً يدعو الأطراف إلى الالتزام بالهدنة']],
    ['ووزعت المعارضة أمس بياناً انتقدت فيه تأجيل الجولة.', ['2019-03-13', 'statement', 'وزعت المعارضة بياناً انتقدت فيه تأجيل الجولة']],
    // the statement's setting opens the sentence: the title is who spoke and what they said
    ['وفي بيان أصدرته الثلاثاء، رحبت الخارجية الإيرانية باستئناف المحادثات.', ['2019-03-12', 'statement', 'رحبت الخارجية الإيرانية باستئناف المحادثات']],
    ['وفي بيان صدر اليوم، دعت الأمم المتحدة الأطراف إلى ضبط النفس.', ['2019-03-14', 'statement', 'دعت الأمم المتحدة الأطراف إلى ضبط النفس']],
    ['وفي تصريح للصحفيين أمس، رحب المبعوث بقرار استئناف الجولة.', ['2019-03-13', 'statement', 'رحب المبعوث بقرار استئناف الجولة']],
    // what a speaker showed or welcomed is what they said
    ['وأبدى المبعوث الأممي يوم الاثنين تفاؤله بنتائج الجولة.', ['2019-03-11', 'statement', 'أبدى المبعوث الأممي تفاؤله بنتائج الجولة']],
    ['ورحبت الخارجية الإيرانية الثلاثاء باستئناف المحادثات.', ['2019-03-12', 'statement', 'رحبت الخارجية الإيرانية باستئناف المحادثات']],
  ])('%s', (text, expected) => expect(events(text, '2019-03-14')).toEqual([expected]));

  it.each([
    // a decree is issued, not said
    ['وأصدر الرئيس أمس مرسوماً بتعيين سفير جديد في موسكو.', [['2019-03-13', 'other', 'أصدر الرئيس مرسوماً بتعيين سفير جديد في موسكو']]],
    // publishing a report is no statement and no event
    ['ونشرت الصحيفة أمس تقريراً عن المعارك في الشمال.', []],
  ])('not a statement: %s', (text, expected) => expect(events(text, '2019-03-14')).toEqual(expected));
});

// «وكانت الخارجية (قد) أعلنت أن …»: the pluperfect puts the speaker before the verb; the title keeps it.
describe('a statement told with «كان» is titled speaker, then claim', () => {
  it.each([
    ['وكانت الخارجية الروسية أعلنت أمس أن الجولة ستعقد في موعدها.', ['2019-03-13', 'الخارجية الروسية: الجولة ستعقد في موعدها']],
    ['وكان رئيس الوفد قال الاثنين إن وفده سيطرح ورقة جديدة.', ['2019-03-11', 'رئيس الوفد: وفده سيطرح ورقة جديدة']],
  ])('%s', (text, expected) => expect(events(text, '2019-03-14').map(([d, , t]) => [d, t])).toEqual([expected]));
});

// Issue 10, pattern 1: the story's first sentence with an action and no time is the day's news.
describe('an undated lead takes the article date', () => {
  const ANCHOR = { edtf: '2019-04-25', certainty: 'exact' as const, how: 'the article date' };
  /** [date, kind, title] of the events of a story (a headline line, then `body`) published on 2019-04-25. */
  function story(body: string): Array<[string, string, string]> {
    const headline = 'موسكو تعتزم طرح ملف المعتقلين في أستانا';
    const text = `${headline}\n${body}`;
    const start = text.indexOf('\n') + 1;
    const dating = dateArticle(text, { published: ANCHOR.edtf, rounds });
    return extractEvents(text, [{ start, end: text.length }], dating.expressions.filter((e) => e.start >= start), { start, anchor: ANCHOR, headline }).map((e) => [e.expression.resolved!.edtf, e.kind, e.title]);
  }

  it.each([
    ['التقى المبعوث الأممي إلى سوريا وفد المعارضة في جنيف وبحث معه ملف الدستور.', '2019-04-25', 'meeting'],
    ['بحث وزير الخارجية الروسي مع نظيره التركي تحضيرات الجولة المقبلة من محادثات أستانا.', '2019-04-25', 'meeting'],
    ['أعلنت وزارة الخارجية الكازاخية موعد الاجتماع الدولي المقبل حول سوريا في العاصمة نور سلطان.', '2019-04-25', 'announcement'],
  ])('%s → %s (%s)', (body, date, kind) => {
    expect(story(`${body}\nوقال مصدر مطلع إن الأجواء كانت إيجابية.`).map(([d, k]) => [d, k])).toEqual([[date, kind]]);
  });

  it.each([
    ['a teaser headline without its full stop', 'لافروف يقول إن الجولة المقبلة ستعقد في موعدها..'],
    ['page furniture', '2019- 04 - 25   |   بحث في الموقع.'],
    ['a stray clause', 'إثر جلسة محادثات مع المبعوث.'],
    ['no action', 'الوضع في الشمال السوري ما زال هادئاً نسبياً بحسب السكان.'],
    ['a round that is the action', 'انطلقت الجولة العاشرة من محادثات أستانا بمشاركة الدول الضامنة.'],
  ])('not %s', (_, body) => {
    expect(story(body).filter(([d]) => d === '2019-04-25')).toEqual([]);
  });

  it('the headline printed again is not the lead: the sentence after it is', () => {
    expect(story('موسكو تعتزم طرح ملف المعتقلين في أستانا خلال الأيام المقبلة بحسب مصادر.\nالتقى المبعوث الأممي إلى سوريا وفد المعارضة في جنيف وبحث معه ملف الدستور.').map(([d, k, t]) => [d, k, t.split(' ')[0]])).toEqual([['2019-04-25', 'meeting', 'التقى']]);
  });

  it('only the first sentence: a later undated sentence gives nothing', () => {
    expect(story('وفي ختام الجولة العاشرة من محادثات أستانا وزعت الدول الضامنة بيانها المشترك.\nالتقى المبعوث الأممي وفد المعارضة في جنيف وبحث معه ملف الدستور.').map(([d]) => d)).toEqual(['2018-07-31']);
  });
});
