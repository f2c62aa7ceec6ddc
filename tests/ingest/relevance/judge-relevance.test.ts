import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { judgeRelevance } from '../../../src/ingest/relevance/judge-relevance.ts';
import { foldFast } from '../../../src/ingest/shared/fold-fast.ts';
import { ROOT } from '../run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(files('rounds'), files('actors')), null);
const judge = (text: string) => judgeRelevance(foldFast(text), context.catalogNames, undefined, context.syriaNames, context.catalogSameAs).relevant;

describe('judgeRelevance: a mention of Syria without the word (the committed catalog)', () => {
  // A Syrian outlet seldom names its own country: the committee's co-chair and a round to come are enough.
  it('takes the committee by its co-chair for news of the talks', () => {
    const interview = 'أكد الرئيس المشارك للجنة الدستورية أحمد الكزبري أن الوفد الوطني مستعد لحضور الجولة القادمة متى وجهت الدعوة، رافضاً عقد المباحثات عبر الإنترنت.';
    expect(judge(interview)).toBe(true);
    // Without the catalog's names the same text has no Syria in it: the name is what tells.
    expect(judgeRelevance(foldFast(interview), context.catalogNames).relevant).toBe(false);
  });

  it('takes the Astana format for Syria, by either of its words and in more than one spelling', () => {
    for (const format of ['بصيغة آستانة', 'بصيغة أستانا', 'ضمن مسار أستانة', 'في إطار مسار استانا']) {
      expect(judge(`اختتم في العاصمة الكازاخية الاجتماع الدولي الحادي والعشرون ${format} بحضور وفود الدول الضامنة والأمم المتحدة.`), format).toBe(true);
    }
  });

  it('takes a host city of the talks in every spelling the lexicon gives it, not the catalog\'s alone', () => {
    // The catalog writes «أستانا» and «جنيف»: a story writing «آستانة» was judged not news of the talks.
    for (const city of ['أستانا', 'آستانة', 'أستانة', 'استانا', 'جنيف', 'جينيف', 'سوتشي', 'سوتشى']) {
      expect(judge(`قالت الأمم المتحدة إن الهدوء يسود مناطق في سوريا بعد المذكرة التي وقعت خلال المفاوضات في ${city} قبل أشهر.`), city).toBe(true);
    }
    // Two spellings of one city are one term: beside one weak word they are not news of the talks.
    const both = 'وصل الوفد إلى أستانا صباح اليوم، وقالت مصادر إن اجتماعاً سيعقد في آستانة مساء.';
    expect(judgeRelevance(foldFast(both), context.catalogNames, undefined, context.syriaNames, context.catalogSameAs).strong).toEqual(['استانا']);
    // In a brief, a host city alone is a city, in any of its spellings: an expo in Nur-Sultan is not the talks.
    for (const city of ['نور سلطان', 'نورسلطان']) expect(judge(`افتتح معرض تجاري في ${city} بمشاركة شركات من سوريا ولبنان والأردن.`), city).toBe(false);
    // A city of no talks is no talks term, whatever it is spelled.
    expect(judge('قالت الأمم المتحدة إن الهدوء يسود مناطق في سوريا بعد المذكرة التي وقعت خلال المفاوضات في لندن قبل أشهر.')).toBe(false);
  });

  it('takes a round of the Astana format named by its number for Syria, not the city with a year', () => {
    for (const round of ['أستانا 9', 'آستانة-13', 'استانا 9']) {
      expect(judge(`وصل الوفد الحكومي إلى العاصمة الكازاخية للمشاركة في اجتماعات ${round} التي تبدأ غداً بحضور الدول الضامنة.`), round).toBe(true);
    }
    expect(judge('وصل الوفد الحكومي إلى العاصمة الكازاخية للمشاركة في معرض أستانا 2017 الذي يبدأ غداً بحضور الدول المشاركة.')).toBe(false);
  });

  it('takes a round of the Astana talks by its ordinal for Syria, told as theirs, not a round held in the city', () => {
    for (const round of ['الجولة الحادية عشرة من محادثات أستانا', 'الجولة 11 من مباحثات آستانة', 'الجولة الرابعة عشرة لمحادثات نور سلطان']) {
      expect(judge(`انطلقت اليوم ${round} بحضور وفود الدول الضامنة.`), round).toBe(true);
    }
    // Any talks may meet in the city, and a round not counted is not the format's.
    expect(judge('انطلقت اليوم الجولة الثانية من المحادثات في أستانا بحضور وفود الدول الضامنة.')).toBe(false);
    expect(judge('انطلقت اليوم جولة جديدة من محادثات أستانا بحضور وفود الدول الضامنة.')).toBe(false);
    // Nor in a story of another country's talks there.
    expect(judge('استضافت العاصمة الكازاخية الجولة الثانية من محادثات أستانا بين أرمينيا وأذربيجان بحضور وفود الدول الضامنة.')).toBe(false);
  });

  it('a name marked for Syria is no talks term as well: foreign news with a namesake stays out', () => {
    // A Danish minister named Pedersen, a delegation and a round of consultations: no Syria, no talks.
    expect(judge('استقبل وزير الخارجية الدنماركي لارس بيدرسن وفدا من المعارضة في جولة مشاورات حول الموازنة.')).toBe(false);
    // The envoy's full name tells of Syria, but the talks need terms of their own beside it.
    expect(judge('استقبل غير بيدرسن وفدا من المعارضة في جولة مشاورات.')).toBe(false);
    expect(judge('بحث غير بيدرسن مع الوفد الحكومي التحضير للجولة المقبلة من المحادثات في إطار اللجنة الدستورية.')).toBe(true);
  });

  it('takes a body or a term only Syria has for Syria, and the opposition’s negotiating body for a talks term', () => {
    // The opposition's negotiators, the coalition, the de-escalation zones: no other country's news has them.
    const hnc = 'أكد المنسق العام للهيئة العليا للمفاوضات أن المعارضة لن تعود إلى طاولة المفاوضات ما لم يتوقف القصف.';
    expect(judge(hnc)).toBe(true);
    expect(judge(hnc.replace('للهيئة العليا للمفاوضات', 'للمعارضة'))).toBe(false);
    expect(judge('دعا الائتلاف الوطني لقوى الثورة والمعارضة الدول الضامنة إلى الضغط من أجل نجاح المحادثات.')).toBe(true);
    expect(judge('بحث الضامنون في الجولة المقبلة من المحادثات تثبيت مناطق خفض التصعيد ووقف إطلاق النار.')).toBe(true);
    // A body of the talks is one term: alone beside one weak word it is not news of the talks.
    expect(judge('انتخبت الهيئة العليا للمفاوضات رئيسا جديدا لها في اجتماع.')).toBe(false);
  });

  it('takes the talks of Syria after Assad by the catalog\'s new actors: its minister and the US envoy', () => {
    // Rewritten from a report of the Damascus meeting on Suwayda, September 2025 (train/l03_180news.txt).
    const roadmap = 'أعلنت الحكومة السورية اليوم الثلاثاء خارطة طريق لمعالجة أزمة السويداء، في مؤتمر صحفي مشترك في دمشق حضره وزير الخارجية السوري أسعد الشيباني ونظيره الأردني والمبعوث الأمريكي الخاص إلى سوريا توماس باراك.';
    expect(judge(roadmap)).toBe(true);
    // Without the two names, a press conference in Damascus is not news of the talks.
    expect(judge(roadmap.replace(' أسعد الشيباني', '').replace(' توماس باراك', ''))).toBe(false);
    // The minister's full name tells of Syria as the country's name does.
    expect(context.syriaNames).toContain(foldFast('أسعد الشيباني'));
    expect(context.syriaNames).not.toContain(foldFast('توماس باراك'));
    // His name is no mention of Syria: he was a businessman in the news, and he is ambassador to Turkey.
    expect(judge('قضت محكمة في نيويورك ببراءة رجل الأعمال توم باراك من تهم الضغط لصالح دولة أجنبية، وقال محاميه إن المحادثات مع الادعاء انتهت.')).toBe(false);
  });

  it('counts one person once, however many ways the story names him', () => {
    const water = 'التقى وزير الخارجية التركي هاكان فيدان نظيره العراقي في بغداد لبحث ملف المياه، وقال فيدان إن بلاده تراقب الوضع في سوريا عن كثب.';
    const terms = (sameAs?: ReadonlyMap<string, string>) => judgeRelevance(foldFast(water), context.catalogNames, undefined, context.syriaNames, sameAs).strong;
    expect(terms()).toEqual([foldFast('فيدان'), foldFast('هاكان فيدان')].sort());
    expect(terms(context.catalogSameAs)).toEqual([foldFast('هاكان فيدان')]);
    // A long story of other news that names him twice and Syria once is not news of the talks.
    const long = `${water} ${'وتناول الجانبان ملفات التجارة والطاقة والنقل بين البلدين الجارين وسبل تطويرها في السنوات المقبلة. '.repeat(12)}`;
    expect(judge(long)).toBe(false);
  });

  it('does not take another country’s talks for Syria’s', () => {
    // Libya's constitutional track and Cyprus's guarantor states share the talks' words, not Syria's names.
    const libya = 'اختتمت في القاهرة الجولة الثالثة من مباحثات اللجنة الدستورية الليبية المشتركة بحضور المبعوث الأممي، في ظل مساعي الحل السياسي.';
    const cyprus = 'تستأنف في جنيف الأسبوع المقبل المحادثات غير الرسمية حول قبرص بمشاركة الدول الضامنة تركيا واليونان وبريطانيا والمبعوث الأممي.';
    expect(judge(libya)).toBe(false);
    expect(judge(cyprus)).toBe(false);
  });

  it('never marks a name that is also a common word or name', () => {
    // «الباب» is a door and «حمص» chickpeas: such towns stay out of the Syria-only names.
    for (const word of ['الباب', 'حمص', 'حماه', 'الجيش الوطني', 'الاداره الذاتيه', 'الدول الضامنه', 'محمد علوش']) expect(context.syriaNames).not.toContain(foldFast(word));
    // A person by full name only: a surname alone may be a namesake's.
    expect(context.syriaNames).toContain(foldFast('أحمد الكزبري'));
    expect(context.syriaNames).not.toContain(foldFast('بيدرسن'));
    expect(context.syriaNames).toContain(foldFast('إدلب'));
  });
});

describe('judgeRelevance: two names of Syria\'s talks stand for Syria, each another\'s alone', () => {
  it('takes the envoy with the committee, or with the opposition\'s negotiator, for Syria', () => {
    expect(judge('عاد أعضاء اللجنة الدستورية إلى جنيف لجولة جديدة من المحادثات، وقال بيدرسن إنه يأمل في تقدم حول المبادئ الأساسية.')).toBe(true);
    expect(judge('التقى دي ميستورا في جنيف وفد المعارضة برئاسة نصر الحريري في اليوم الثاني من الجولة الجديدة من المحادثات.')).toBe(true);
    expect(judge('حضر دي ميستورا الجلسة الختامية لمحادثات آستانة، وقال إن الجولة المقبلة من المفاوضات ستبحث ملف المعتقلين.')).toBe(true);
  });

  it('not one name alone: de Mistura in Geneva may be Western Sahara\'s envoy, the committee Libya\'s', () => {
    expect(judge('دعا ستافان دي ميستورا إلى جولة جديدة من المحادثات في جنيف، وقال المبعوث الأممي إن الأطراف أبدت مرونة.')).toBe(false);
    expect(judge('اجتمعت في جنيف اللجنة الدستورية المشتركة بين مجلسي النواب والدولة، بحضور المبعوث الأممي، في جولة جديدة من المحادثات حول القاعدة الدستورية.')).toBe(false);
  });

  it('takes the opposition\'s negotiating body by its short name alone, not in another country\'s news', () => {
    expect(judge('أعلنت هيئة التفاوض أن وفدها سيشارك في الجولة المقبلة من المحادثات في جنيف.')).toBe(true);
    expect(judge('قالت هيئة التفاوض في الحكومة اليمنية إن المحادثات مع الحوثيين في جنيف تعثرت.')).toBe(false);
  });

  it('not in a story that names another country whose talks share the names', () => {
    // His appointment to Western Sahara recalls his Syria years: still Western Sahara's news.
    expect(judge('عين غوتيريش ستافان دي ميستورا، مبعوثه السابق الذي رعى تشكيل اللجنة الدستورية، مبعوثا شخصيا إلى الصحراء الغربية، ودعا المغرب وجبهة البوليساريو إلى استئناف المحادثات في جنيف.')).toBe(false);
    expect(judge('بعد سنوات من محادثات أستانا ومؤتمر سوتشي، عرضت كازاخستان وروسيا استضافة جولة جديدة من مفاوضات السلام بين أرمينيا وأذربيجان.')).toBe(false);
  });

  it('nor one that names that country by its parties, capital or a region\'s other name', () => {
    // A review's stories: each was taken for Syria's news once the talks' names stood for Syria.
    expect(judge('أعلنت هيئة التفاوض في الحكومة الشرعية أن جولة جديدة من المحادثات مع جماعة الحوثي ستعقد في جنيف.')).toBe(false);
    expect(judge('وصل وفد هيئة التفاوض التابع لقوات الدعم السريع إلى جنيف للمشاركة في جولة جديدة من المحادثات برعاية أممية.')).toBe(false);
    expect(judge('عقدت الجولة الثالثة من مفاوضات أستانا بين موسكو وكييف حول تبادل الأسرى، وأعلن الطرفان الإفراج عن عشرات المحتجزين.')).toBe(false);
    expect(judge('استقبل وزير الخارجية المغربي المبعوث الأممي ستافان دي ميستورا، الذي سبق أن رعى مؤتمر سوتشي، وبحث معه مستجدات ملف الصحراء المغربية والمحادثات في جنيف.')).toBe(false);
  });
});

describe('judgeRelevance: a brief (a headline and a lead)', () => {
  // Pasted without its body, a report of the talks has room for one term of theirs.
  it('is news of the talks with one name of theirs and Syria named', () => {
    expect(judge('المبعوث الأممي يصل إلى دمشق\nوصل المبعوث الأممي الخاص إلى سوريا اليوم إلى دمشق في زيارة يلتقي خلالها وزير الخارجية.')).toBe(true);
    expect(judge('المعارضة تعلن مشاركتها\nأعلن وفد المعارضة السورية مشاركته في مؤتمر سوتشي الذي تستضيفه روسيا.')).toBe(true);
  });
  // A Syrian brief of another kind: the wheat season, with talks named in passing.
  const WHEAT = 'أعلنت وزارة الزراعة السورية أن موسم القمح هذا العام جاء أفضل من المتوقع بفضل الأمطار الغزيرة التي هطلت في الشتاء، وأن الكميات المسلمة إلى مراكز الحبوب تجاوزت تقديرات الخبراء. وقال مدير المؤسسة العامة للحبوب إن الأسعار التي حددتها الحكومة شجعت الفلاحين على تسليم محاصيلهم، مشيراً إلى أن المراكز في الحسكة والرقة وحلب تعمل بطاقتها الكاملة.';
  it('is not with a bare noun other talks share, nor with a city the talks met in', () => {
    expect(judge(`${WHEAT} وأشار إلى أن المحادثات مع التجار مستمرة.`)).toBe(false);
    expect(judge('وزير الخارجية السوري في موسكو\nوصل وزير الخارجية السوري إلى موسكو اليوم في زيارة رسمية يلتقي خلالها نظيره الروسي.')).toBe(false);
  });
  it('is not with an aim of the talks alone: a ceasefire is as often a front\'s news', () => {
    expect(judge('خرق جديد في ريف إدلب\nأفاد مرصد محلي بخرق وقف إطلاق النار في ريف إدلب الجنوبي بقصف مدفعي طال قريتين.')).toBe(false);
  });
  it('a long report needs two terms of the talks, the brief\'s one name is not enough', () => {
    const long = `${readFileSync(join(ROOT, 'tests/fixtures/corpus/train/i06_akhbarelyom.txt'), 'utf8')}\n${WHEAT}`;
    expect(judge(`${long}\nوأشار إلى أن المبعوث الأممي سيزور دمشق.`)).toBe(false);
    expect(judge(`${WHEAT}\nوأشار إلى أن المبعوث الأممي سيزور دمشق.`)).toBe(true);
  });
});

describe('the catalog\'s names: a meeting\'s city only where the talks met', () => {
  it('takes Moscow and Geneva, not the Istanbul of a summit or the Damascus of a conference: everyday news names those', () => {
    for (const city of ['موسكو', 'جنيف', 'أستانا']) expect(context.catalogNames, city).toContain(foldFast(city));
    for (const city of ['إسطنبول', 'دمشق', 'عمّان']) expect(context.catalogNames, city).not.toContain(foldFast(city));
  });
});

describe('judgeRelevance: how a term is found', () => {
  it('takes a term with و ب ل in front, and a defined one in its form after ل, each counted once as the term', () => {
    expect(judgeRelevance(foldFast('اجتمع أعضاء اللجنة الدستورية في جنيف، وللجنة الدستورية السورية رئيسان'), []).strong).toEqual([foldFast('اللجنة الدستورية')]);
    expect(judgeRelevance(foldFast('رحب الوزير بالمفاوضات والمحادثات'), []).strong).toEqual([foldFast('المحادثات'), foldFast('المفاوضات')]);
  });

  it('takes only whole words: a term inside a longer word is no term', () => {
    expect(judgeRelevance(foldFast('مفاوضاتهم ومحادثاتنا'), []).strong).toEqual([]);
  });
});
