// Datelines and page furniture: a story's own printed date opens it ("دمشق 12 آذار 2018 - قال"),
// while a date in a banner, a teaser block or a chronology list is not the article's.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { catalogDate, dateWith, ROUNDS } from './fixtures.ts';
import { edtfSpan } from '../../../src/lib/edtf.ts';
import { parseDay } from '../../../src/lib/calendar.ts';

const anchorOf = (text: string) => dateArticle(text, { rounds: ROUNDS }).anchor?.edtf ?? null;
/** As the pipeline dates a text: after the clean stage has taken out what is another story's. */
const cleaned = (text: string) => cleanArticle(text, 0).text.text;
const cleanAnchorOf = (text: string) => anchorOf(cleaned(text));

describe('datelines pin the article date', () => {
  it.each([
    ['a city, the date, a dash', 'دمشق 12 آذار 2018 - قال وزير الخارجية إن الحل السياسي يمر عبر محادثات جنيف.', '2018-03-12'],
    ['dashes on both sides, an Egyptian month name', 'القاهرة - 14 يناير 2020 - استقبل وزير الخارجية المبعوث الأممي إلى سوريا غير بيدرسون.', '2020-01-14'],
    ['a Maghrebi month and an agency in parentheses', 'الجزائر - 14 جانفي 2020 (واج) - استقبل وزير الخارجية المبعوث الأممي إلى سوريا.', '2020-01-14'],
    ['a Moroccan dateline with في', 'الرباط في 15 شتنبر 2019 - أعلن المبعوث الأممي أن تشكيل اللجنة الدستورية السورية اكتمل.', '2019-09-15'],
    ['a comma after the city, Levantine month', 'وكالات\n\nموسكو، 24 كانون الثاني 2024 - انطلقت في أستانا الجولة الحادية والعشرون من المحادثات حول سوريا.', '2024-01-24'],
    ['an outlet header with its weekday and Arabic-Indic digits', 'بيروت - «الحياة» الخميس، ٢١ ديسمبر/ كانون الأول ٢٠١٧ قال المبعوث الأممي ستيفان دي ميستورا إن المحادثات يجب أن تستمر.', '2017-12-21'],
    ['a paper header with the Hijri date and issue number', 'الأهرام - الأربعاء 20 ديسمبر 2017 - 02 ربيع الآخر 1439 - السنة 142 العدد 47860\nقال المبعوث الأممي إن محادثات جنيف ستستأنف.', '2017-12-20'],
    ['a weekday and its date opening the first line, then a bar', 'الخميس 2 أوت 2018 | أعلن المبعوث الأممي أن اللجنة الدستورية ستجتمع قريبا.', '2018-08-02'],
    ['a Hijri dateline with its weekday', 'بيروت، الثلاثاء ١٩ ربيع الأول ١٤٤٠ هـ - قال وزير الخارجية إن الحل السياسي هو الحل الوحيد في سوريا.', '2018-11-27'],
    ['a Gulf dateline: Hijri, then the Gregorian day after الموافق', 'الرياض - واس - 1439/4/3 هـ الموافق 2017/12/21 م أكد مجلس الوزراء دعمه للحل السياسي في سوريا.', '2017-12-21'],
    ['a place, the date, a byline and the dash that opens the story', 'مونترو، سويسرا، 22 يناير 2014، سامر خليل، أخبار اليوم –\n\nرأى الموفد إلى مدينة مونترو أن كلمات مؤتمر جنيف 2 جاءت كما كان متوقعاً.', '2014-01-22'],
    ['a city, a slash, the date, a slash and the agency before a dash', 'طهران/ 6 شباط/ فبراير 2017/ ارنا- قال المتحدث باسم الخارجية الإيرانية إن المشاورات مع موسكو بشأن سوريا متواصلة.', '2017-02-06'],
    // TASS's Arabic service: the agency between slashes, then a stop (hunt 13).
    ['a city, the date, and the agency between slashes', 'موسكو، 22 أبريل 2020/ تاس/. قال لافروف اليوم إن الوضع في سوريا مستقر.', '2020-04-22'],
    ['the same without a year, the round of the day naming it', 'أستانا، 21 يونيو/ تاس/. قال المبعوث الروسي ألكسندر لافرنتييف اليوم إن الاجتماع الدولي الـ20 حول سوريا بصيغة أستانا بحث ملف المعتقلين.', '2023-06-21'],
    // Its other form: a stop after the month, then the agency between slashes (hunt 16).
    ['a stop between the date and the agency between slashes', 'موسكو، 10 مايو/أيار 2023. /تاس/. قال لافروف اليوم إن وزراء خارجية روسيا وإيران وتركيا وسوريا بحثوا خريطة طريق للتطبيع.', '2023-05-10'],
    ['the same without a year, its weekday and the envoy of the time naming it', 'طهران/ 6 شباط/ فبراير/ ارنا- قال المتحدث باسم الخارجية الإيرانية في مؤتمره الصحفي اليوم الاثنين إن بلاده تدعم جهود المبعوث الأممي ستيفان دي ميستورا.', '2017-02-06'],
    ['a place and an office between slashes, the date, a slash', 'فيينا/المكتب الإعلامي/ 30 اكتوبر 2015/ أسدل الستار هنا اليوم على الاجتماع الدولي حول سوريا بعد مباحثات طويلة.', '2015-10-30'],
    ['an issue number before a numeric date', 'صدى البلد\nالعدد 5432 - الأربعاء 20/12/2017\nقال المبعوث الأممي ستيفان دي ميستورا إن المحادثات السورية في جنيف ستستأنف قريبا.', '2017-12-20'],
  ])('%s', (_name, text, want) => {
    expect(anchorOf(text)).toBe(want);
  });
});

describe("TASS's dateline with a stop before its tag", () => {
  it('names the day without a year, the catalog\'s round of that day giving it', () => {
    // Read as a date in the text only, it weighed as little as a recalled one: a weekday spread over years.
    expect(catalogDate('أستانا، 22 نوفمبر/تشرين الثاني. /تاس/. قال المبعوث الروسي إن بلاده تحث تركيا على الامتناع عن عملية برية في شمال سوريا.\nوأوضح للصحفيين على هامش الجولة الـ19 من المحادثات حول سوريا بصيغة أستانا أنه يأمل بحل سياسي.')).toBe('2022-11-22');
  });
});

describe("KUNA's dateline: the day and the month in figures", () => {
  it('names the day, its weekday and the names of the time giving the year', () => {
    expect(catalogDate('نيويورك - 8 - 1 (كونا) -- اكد المبعوث الاممي غير بيدرسون اليوم الاربعاء ان السوريين يتطلعون الى انتقال سياسي شامل بعد لقائه احمد الشرع.')).toBe('2025-01-08');
  });
  it('but a score with an agency after it is no date', () => {
    expect(dateArticle('تغلب الفريق على منافسه 2 - 1 (رويترز) في المباراة.', { rounds: ROUNDS }).expressions.filter((e) => e.kind === 'date')).toHaveLength(0);
  });
});

describe('page stamps as outlets print them', () => {
  const article = (stamp: string) => `وزير الخارجية يبحث مع المبعوث الأممي مسار المحادثات السورية\n\n${stamp}\n\nقال المبعوث الأممي إن المحادثات السورية ستستمر في جنيف وإن الوفود ستعود إلى الطاولة.`;
  it.each([
    ['a Latin month first, Arabic-Indic digits, a time', 'Feb ٠٢, ٢٠١٦ ٠١:١٢ UTC', '2016-02-02'],
    ['a full Latin month name', 'July 11, 2017 16:30', '2017-07-11'],
    ['a Latin month without a comma', 'Oct 22 2021', '2021-10-22'],
    ['a Latin month after the day', '02 Feb 2016 - 10:30', '2016-02-02'],
    ['dashes joining day, month and year', 'التاريخ : 20-كانون الثاني-2016', '2016-01-20'],
    ['slashes joining them, after the weekday', 'الجمعة 07/أبريل/2017 - 04:57 م', '2017-04-07'],
    ['slashes around both month names', '14 / تشرين ثاني / نوفمبر / 2022', '2022-11-14'],
    ['the time glued to the year', '01 يوليو 201711:05', '2017-07-01'],
    ['digits with spaces around the slashes', 'بتاريخ ١٦ / ٥ / ٢٠١٧', '2017-05-16'],
    ['a year first with spaces around the dashes', 'نشر في 2017 - 05 - 16', '2017-05-16'],
    ['a Hijri day and month with its weekday and no era mark', 'الثلاثاء 20 شعبان 1438', '2017-05-16'],
  ])('%s', (_name, stamp, want) => {
    expect(anchorOf(article(stamp))).toBe(want);
  });
});

describe('a dateline under a menu the clean stage left in', () => {
  // A site's sections, one line each, push the story 500 characters down.
  const menu = Array.from({ length: 12 }, () => '• السياسة\nالمغرب أنشطة ملكية العالم حوار وطني خدمات طاقة ثقافة فن مسرح').join('\n');
  const story = 'موسكو, 3-9-2018 - أفاد الكرملين في بيان أصدره الإثنين بأن الرئيس فلاديمير بوتين سيسافر إلى إيران ليشارك في قمة ثلاثية مخصصة لسوريا مع نظيريه الإيراني والتركي.';
  it('still opens the first paragraph of story', () => {
    expect(menu.length).toBeGreaterThan(400);
    expect(anchorOf(`${menu}\n${story}`)).toBe('2018-09-03');
  });
  it('but not from further into a paragraph', () => {
    expect(anchorOf(`${menu}\n${story.replace('موسكو, ', 'أفادت الوكالة في موسكو نقلا عن مصادرها أن الكرملين أعلن في بيانه الصادر في ')}`)).not.toBe('2018-09-03');
  });
});

describe('a labelled stamp among the page\'s tools', () => {
  it('is the story\'s stamp, not the day the page was shown', () => {
    // A site notice (page tools) two lines below: the header's own day stands there unlabelled.
    const page = 'نشر في: 4 نيسان 2023\nتنويه للمراجعين الكرام: يجري الاستقبال أيام الخميس والسبت والاثنين\nموسكو تستضيف لقاء رباعيا لمعاوني وزراء الخارجية\nانطلقت في موسكو أعمال لقاء رباعي يضم معاوني وزراء خارجية سورية وروسيا وإيران وتركيا.';
    expect(anchorOf(page)).toBe('2023-04-04');
    expect(anchorOf(page.replace('نشر في: ', ''))).toBeNull();
  });
});

describe('an update stamp', () => {
  const article = (said: string) => `وزير الخارجية يبحث مع المبعوث الأممي مسار المحادثات السورية\n\nآخر تحديث 15-07-2017 21:20\n\nقال المبعوث الأممي ${said} إن المحادثات السورية ستستمر في جنيف.`;
  it('alone prints no day, but names its day the likeliest', () => {
    const r = dateArticle(article(''), { rounds: ROUNDS });
    expect(r.anchor).toBeNull();
    expect(r.messages[0]?.reason).toMatch(/likeliest: 2017-07-15/);
  });
  it('with a weekday of the text that agrees prints its day, or the day before', () => {
    // 15 July 2017 was a Saturday.
    expect(anchorOf(article('اليوم السبت'))).toBe('2017-07-15');
    expect(anchorOf(article('اليوم الجمعة'))).toBe('2017-07-14');
  });
});

describe('dates that are not the article date', () => {
  it('a Corona banner above a 2017 story: the story decides', () => {
    const text = 'آخر إحصائيات كورونا | 2021/03/15\n\nاختتمت أمس في أستانا الجولة الثامنة من المحادثات السورية بمشاركة الدول الضامنة روسيا وتركيا وإيران.';
    expect(cleanAnchorOf(text)).toBe('2017-12-23');
  });
  it('a date under a teaser marker at the end is not a site stamp', () => {
    const text = 'قال المبعوث الأممي ستيفان دي ميستورا اليوم الخميس إن الجولة الثامنة من محادثات أستانا تبدأ اليوم.\n\nاقرأ أيضا:\n2019/05/21';
    expect(cleanAnchorOf(text)).toBe('2017-12-21');
  });
  it('a photo caption date is the photo\'s', () => {
    const text = 'بدأت اليوم الخميس في أستانا الجولة الثامنة من المحادثات السورية.\nصورة أرشيفية 2019/05/21';
    expect(cleanAnchorOf(text)).toBe('2017-12-21');
  });
  it('the names in a teaser of another story do not narrow the date away from the story', () => {
    const text = 'قال المبعوث الأممي ستيفان دي ميستورا اليوم الثلاثاء إن الجولة الثامنة من محادثات جنيف بدأت.\n\nشاهد أيضاً\nبيدرسن يصل دمشق 2023-05-01';
    const r = dateArticle(cleaned(text), { rounds: ROUNDS });
    // Before, the teaser's envoy gave 2019-01-08/2019-06-25: an interval that excludes the story's day.
    const day = parseDay('2017-11-28')!;
    const span = r.anchor ? edtfSpan(r.anchor.edtf) : null;
    expect(r.anchor === null || (span !== null && span[0] <= day && span[1] >= day), r.anchor?.edtf).toBe(true);
  });
  it('a ticker line above the story is not its date', () => {
    const text = 'عاجل | 12/05/2025 | الشيباني يلتقي نظيره التركي\n\nقال المبعوث الأممي ستيفان دي ميستورا أمس الثلاثاء إن الجولة الثامنة من محادثات أستانا تبدأ غدا الخميس.';
    expect(cleanAnchorOf(text)).toBe('2017-12-20');
  });
  it.each([
    ['«السابق» in a story line', 'وقال المبعوث السابق دي ميستورا اليوم الخميس إن الجولة الثامنة من محادثات أستانا تبدأ اليوم.', '2017-12-21'],
    ['«التالي» in a story line', 'وفي اليوم التالي، الجمعة 22 كانون الأول 2017، اختتمت الجولة الثامنة من محادثات أستانا.', '2017-12-22'],
    ['a breaking-news line of the story itself', 'عاجل: انطلاق الجولة الثامنة من محادثات أستانا اليوم الخميس', '2017-12-21'],
  ])('a furniture word inside the story keeps its evidence: %s', (_name, text, want) => {
    expect(cleanAnchorOf(text)).toBe(want);
  });
  it('a story line naming a photo is not furniture', () => {
    const text = 'ونشرت وزارة الخارجية صورة للوفد لدى وصوله.\nوقال المتحدث اليوم الخميس إن الجولة الثامنة من محادثات أستانا تبدأ اليوم.';
    expect(cleanAnchorOf(text)).toBe('2017-12-21');
  });
  it('a chronology list at the top is not a dateline', () => {
    const text = 'أبرز محطات مسار أستانا:\n23 كانون الثاني 2017 - انطلاق الجولة الأولى\n15 شباط 2017 - انعقاد الجولة الثانية\nوقال المتحدث اليوم الخميس إن الجولة الثامنة تبدأ اليوم في أستانا.';
    expect(cleanAnchorOf(text)).toBe('2017-12-21');
  });
  it('an event date after a preposition opening a line is not a dateline', () => {
    const text = 'في 15 آذار 2011 - اندلعت الاحتجاجات في سوريا.\nوقال المتحدث اليوم الخميس إن الجولة الثامنة من محادثات أستانا تبدأ اليوم.';
    expect(cleanAnchorOf(text)).toBe('2017-12-21');
  });
});

describe('how a round is tied to the day named', () => {
  it.each([
    ['the Nth day named before the round', 'انطلقت اليوم أعمال اليوم الثاني من الجولة التاسعة من محادثات أستانا بمشاركة الدول الضامنة.', '2018-05-15'],
    ['the eve of the opening', 'عشية انطلاق الجولة الحادية عشرة من محادثات أستانا، وصل الوفد الروسي إلى العاصمة الكازاخية اليوم.', '2018-11-27'],
    ['days after the close', 'عاد الوفد الحكومي إلى دمشق اليوم الأحد بعد يومين من اختتام الجولة الثامنة من محادثات أستانا.', '2017-12-24'],
    ['days after the opening: inside the round', 'وصل وفد المعارضة إلى أستانا اليوم بعد يوم من انطلاق الجولة الثامنة من محادثات أستانا.', '2017-12-22'],
    ['the morrow of an opening', 'وصل الوفد الروسي إلى العاصمة الكازاخية اليوم غداة انطلاق الجولة الحادية عشرة من محادثات أستانا.', '2018-11-29'],
    ['the eve of a close', 'التقى الوفد الروسي وفد المعارضة اليوم عشية اختتام الجولة الحادية عشرة من محادثات أستانا.', '2018-11-28'],
    ['a week after the close', 'وصل المبعوث الأممي إلى دمشق اليوم بعد أسبوع من اختتام الجولة الثامنة من محادثات أستانا.', '2017-12-29'],
    ['a count with مرور and على', 'عاد الوفد الحكومي إلى دمشق اليوم بعد مرور يومين على اختتام الجولة الثامنة من محادثات أستانا.', '2017-12-24'],
    // «يوماً» after a number, as «أيام» after one: the count of days off the edge.
    ['a count in «يوماً»', 'وصل المبعوث الأممي إلى دمشق اليوم بعد 15 يوماً من اختتام الجولة الثامنة من محادثات أستانا.', '2018-01-06'],
    ['a count in «أيام»', 'وصل المبعوث الأممي إلى دمشق اليوم بعد 10 أيام من اختتام الجولة الثامنة من محادثات أستانا.', '2018-01-01'],
    ['a day before the opening', 'وصل وفد المعارضة إلى أستانا اليوم قبل يوم من انطلاق الجولة الثامنة من محادثات أستانا.', '2017-12-20'],
    ['an opening noun after ب', 'رحب الوزير بانطلاق الجولة الثامنة من محادثات جنيف اليوم الثلاثاء.', '2017-11-28'],
    ['the official name of an Astana-format meeting', 'انطلق اليوم الثلاثاء الاجتماع الدولي الرابع عشر حول سوريا بصيغة أستانا في نور سلطان.', '2019-12-10'],
    ['a round going on: one of its days, the weekday picks it', 'تتواصل اليوم الجمعة في أستانا أعمال الجولة الثامنة من المحادثات السورية.', '2017-12-22'],
    ['a round going on, past tense', 'تواصلت اليوم الأربعاء أعمال الجولة الثانية للجنة الدستورية السورية في جنيف لليوم الثالث.', '2019-11-27'],
    // Unpunctuated: the Wednesday is the delegation's arrival, past another verb, not the round's close.
    ['not across another event\'s verb', 'اختتمت اليوم الجمعة الجولة الثامنة من محادثات أستانا وكان وفد المعارضة وصل يوم الأربعاء الماضي إلى العاصمة الكازاخية', '2017-12-22'],
  ])('%s', (_name, text, want) => {
    expect(anchorOf(text)).toBe(want);
  });
  it('a count that gives no number ties no day ("بعد أيام من اختتام")', () => {
    const r = dateArticle('عاد الوفد الحكومي إلى دمشق اليوم بعد أيام من اختتام الجولة الثامنة من محادثات أستانا.', { rounds: ROUNDS });
    expect(r.anchor?.edtf ?? null).not.toBe('2017-12-22');
  });
  it('a round resuming is not its opening day: three Tuesdays of the round fit, so no day is claimed', () => {
    const r = dateArticle('تستأنف اليوم الثلاثاء في جنيف الجولة الثامنة من المحادثات السورية بعد عودة وفد الحكومة.', { rounds: ROUNDS });
    expect(r.anchor?.edtf ?? null).not.toBe('2017-11-28');
  });
});

describe('a weekday written beside a day and month picks the year', () => {
  it('beside a range of two days it names one of them', () => {
    // 19 January 2016 was a Tuesday, the 20th a Wednesday.
    const text = 'التأمت الهيئة العليا للمفاوضات في اجتماعها الثالث يومي الثلاثاء والأربعاء 19-20 كانون الثاني في مدينة الرياض.';
    const r = dateArticle(text, { rounds: ROUNDS, published: '2016-01-20' });
    expect(r.anchor?.evidence.map((e) => e.says)).toContain('the weekday named fits this day and month only in some years, and near the article');
    expect(r.anchor?.conflicts).toEqual([]);
  });
  it('over the tense of another verb in the sentence («لن تعود»)', () => {
    const e = dateWith('وعلقت الهيئة مشاركتها في محادثات جنيف، الثلاثاء 19 نيسان، مؤكدة أنها لن تعود قبل تحسن الأوضاع.', '2016-04-24')
      .find((x) => x.text.includes('19 نيسان'));
    expect(e?.resolved).toMatchObject({ edtf: '2016-04-19', certainty: 'exact' });
  });
  it('and says approximate when no year near the article fits it', () => {
    // 19 April was a Tuesday in 2016 only; a Friday fits none of 2015-2017.
    const e = dateWith('وقال المتحدث إن الوفد وصل الجمعة 19 نيسان إلى جنيف.', '2016-04-24').find((x) => x.text.includes('19 نيسان'));
    expect(e?.resolved?.certainty).toBe('approximate');
  });
});

describe('two relative days joined by و are one span', () => {
  it.each([
    ['وتستضيف روسيا المؤتمر في سوتشي اليوم الاثنين وغدا الثلاثاء.', 'اليوم الاثنين وغدا الثلاثاء', '2018-01-29/2018-01-30'],
    ['وتعقد الجولة يومي غداً وبعد غد في أستانا.', 'غداً وبعد غد', '2018-01-30/2018-01-31'],
  ])('%s', (text, expr, want) => {
    const e = dateWith(text, '2018-01-29').find((x) => x.text.includes(expr));
    expect(e?.resolved).toMatchObject({ edtf: want, certainty: 'exact' });
  });
  it('not when the weekdays written are not consecutive', () => {
    const found = dateWith('وقال إنه التقى الوفد اليوم الاثنين وغدا الخميس يلتقي المعارضة.', '2018-01-29').map((x) => x.text);
    expect(found).not.toContain('اليوم الاثنين وغدا الخميس');
  });
});
