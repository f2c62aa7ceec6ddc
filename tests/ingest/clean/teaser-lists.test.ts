// Lists of other stories, each a headline and its date, around the story: their dates are not the
// page's stamp, and a list above the headline does not swallow the story's own headline and stamp.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.\nوأضاف الوزير في تصريح للصحفيين أن بلاده مستعدة لاستضافة جولات جديدة من المحادثات متى طلبت الأطراف ذلك.';
const TEASERS = 'دي ميستورا يصل إلى دمشق في زيارة مفاجئة\n12 مارس 2018\nالمعارضة تعلن مشاركتها في أستانا\n3 يناير 2019';
const dayOf = (text: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds }).anchor?.edtf ?? null;
const reasonOf = (text: string, line: string) => cleanArticle(text, 0).dropped.find((d) => d.text === line)?.reason;

describe('teasers after the story, with no heading', () => {
  it('their dates are other stories\', the stamp under the headline dates the page', () => {
    const text = `${HEAD}\nنشر في: 16 مايو 2017\n${BODY}\n${TEASERS}`;
    expect(reasonOf(text, '12 مارس 2018')).toBe('date of another story (teaser list)');
    expect(dayOf(text)).toBe('2017-05-16');
  });
  it('without a stamp of its own, the page is not dated by a teaser', () => {
    expect(dayOf(`${HEAD}\n${BODY}\n${TEASERS}`)).toBeNull();
  });
  it('a single headline and date after the story is no list: the date stays a stamp', () => {
    expect(dayOf(`${HEAD}\n${BODY}\nالمحرر: سامر الحلبي\n16 مايو 2017`)).toBe('2017-05-16');
  });
});

describe('a block of other stories above the headline', () => {
  const BLOCK = `الأكثر قراءة\nروسيا تعلن موعد الجولة المقبلة\n5 فبراير 2020\nالمعارضة ترفض الدعوة\n7 فبراير 2020`;
  it('gives back the story\'s headline and stamp that stand right above its first paragraph', () => {
    const text = `${BLOCK}\n${HEAD}\n16 مايو 2017\n${BODY}`;
    expect(cleanArticle(text, 0).title).toBe(HEAD);
    expect(dayOf(text)).toBe('2017-05-16');
  });
  it('with a byline between the stamp and the story', () => {
    expect(dayOf(`${BLOCK}\n${HEAD}\n16 مايو 2017\nكتب: سامر الحلبي\n${BODY}`)).toBe('2017-05-16');
  });
  it('gives back nothing when the story\'s stamp follows its first paragraph (a page with no headline)', () => {
    // The story opens on a long paragraph, its stamp under it: the block's last pair is a teaser too.
    const [first, second] = BODY.split('\n');
    const text = `${BLOCK}\n${first}\nالثلاثاء، 16 أيار/مايو 2017\n${second}`;
    expect(reasonOf(text, '7 فبراير 2020')).toBe('date of another story (teaser list)');
    expect(dayOf(text)).toBe('2017-05-16');
  });
  it('keeps the block\'s own pairs out when a long paragraph stands between them and the story', () => {
    const text = `${BLOCK}\nقال المتحدث باسم الخارجية الكازاخستانية في مؤتمر صحفي عقده في العاصمة إن التحضيرات جارية على قدم وساق لعقد لقاء جديد بين الأطراف الضامنة\n${BODY}`;
    expect(dayOf(text)).not.toBe('2020-02-07');
  });
});

describe('a most-read block between the headline and a one-paragraph story', () => {
  // The page opens with other stories' headlines run together on one long line: they are no story the
  // most-read block would be the foot of, and the story after the block stays the story.
  const RUN = 'وزير سابق: للميليشيات تمويل كامل… لا ينقصها إلا الغطاء!برلين تحديداً.. لماذا؟؟!!العاصمة الأمريكية أمام خيارات صعبة بسبب مطالب أنقرة الأخيرة!موسكو تلوّح بعقوبات جديدة على شركات الطاقة الأوروبية وتتهمها بخرق الاتفاقات!القاهرة تستضيف مؤتمراً اقتصادياً موسعاً بمشاركة عشرين دولة عربية وأجنبية';
  const STORY = 'أنهت اللجنة الدستورية السورية مساء أمس الاثنين في جنيف يومها الأول من الجولة السابعة، وبقي جدول الأعمال موضع خلاف بين الوفود.';
  it('keeps the story', () => {
    const text = `${RUN}\nاليوم الأول لاجتماعات اللجنة الدستورية في جنيف\nالأكثر قراءة\nارتفاع أسعار الذهب في الأسواق المحلية\nمنتخب الشباب يتأهل إلى النهائي\n${STORY}\nشارك هذا الخبر\nجميع الحقوق محفوظة © 2026`;
    const clean = cleanArticle(text, 0);
    expect(clean.text.text).toContain(STORY);
    expect(clean.dropped.map((d) => d.text)).toContain('ارتفاع أسعار الذهب في الأسواق المحلية');
  });
  it('and a most-read block below the story is still its foot, whatever runs above', () => {
    const teasers = ['وزير الصحة يزور مستشفى المدينة الجديد ويتفقد الأقسام التي افتتحت حديثاً بحضور عدد من المسؤولين المحليين مساء أمس.', 'الشرطة تعلن القبض على عصابة سرقة سيارات في العاصمة بعد تحقيقات استمرت عدة أسابيع يوم السبت المقبل في مؤتمر صحفي.', 'المنتخب الوطني يستعد لمواجهة حاسمة في تصفيات كأس العالم الأسبوع المقبل وسط غيابات مؤثرة في صفوف الفريق الأول.'];
    const clean = cleanArticle([RUN, 'اليوم الأول لاجتماعات اللجنة الدستورية في جنيف', STORY, 'الأكثر قراءة', ...teasers].join('\n'), 0);
    expect(clean.text.text).toContain(STORY);
    for (const t of teasers) expect(clean.text.text).not.toContain(t);
  });
});

describe('a «latest news» block at the top of the page', () => {
  // The block runs up to the story's first paragraph: its last line is the story's headline when it
  // repeats the lead's words and carries no date of its own.
  const BLOCK = 'آخر الأخبار\nوفد الحكومة يغادر جنيف منذ ساعتين\nالضامنون يتفقون على موعد الجولة المقبلة منذ 3 ساعات';
  it('gives back the headline it swallowed, and its news', () => {
    // 16 May 2017 opened the sixth round in Geneva: the headline alone tells of the opening.
    const head = 'دي ميستورا: الجولة السادسة من محادثات جنيف بشأن سوريا انطلقت رسمياً';
    const lead = 'أكد المبعوث الأممي إلى سوريا ستافان دي ميستورا اليوم الثلاثاء أن محادثات جنيف الهادفة إلى وضع حد للأزمة السورية انطلقت بشكل رسمي بعد لقائه الوفود.';
    const clean = cleanArticle(`${BLOCK}\n${head}\n\n${lead}`, 0);
    expect(clean.title).toBe(head);
    expect(clean.dropped.map((d) => d.text)).toContain('وفد الحكومة يغادر جنيف منذ ساعتين');
  });
  it('keeps a teaser dated as another story\'s, though it shares the lead\'s words', () => {
    const lead = 'كشف المتحدث باسم الأمم المتحدة اليوم الثلاثاء أن الجولة المقبلة من محادثات السلام حول سوريا ستنطلق في جنيف خلال الأسابيع المقبلة بعد مشاورات مع الأطراف.';
    const teaser = 'الأحد 3 يناير | الضامنون يتفقون على موعد الجولة المقبلة من محادثات السلام';
    const clean = cleanArticle(`آخر الأخبار\nالخميس 12 مارس | وفد الحكومة يغادر جنيف\n${teaser}\n${lead}`, 0);
    expect(clean.title).not.toBe(teaser);
    expect(clean.dropped.map((d) => d.text)).toContain(teaser);
  });
});

describe('other stories\' headlines after the story, with no marker over them', () => {
  const LIST = 'انطلاق الجولة الثامنة من محادثات أستانا بمشاركة الدول الضامنة\nدي ميستورا يعلن موعد الجولة المقبلة من مفاوضات جنيف';
  it('leave the story, and their rounds with them', () => {
    const clean = cleanArticle(`${HEAD}\nنشر في: 16 مايو 2017\n${BODY}\n${LIST}`, 0);
    for (const line of LIST.split('\n')) expect(clean.dropped).toContainEqual(expect.objectContaining({ text: line, reason: 'other stories\' headlines after the story' }));
    expect(clean.text.text).not.toContain('الجولة الثامنة');
  });
  it('a story\'s own last paragraph, cut off at a comma, stays', () => {
    const last = 'وأورد البيان أن الدول الضامنة توافقت على المضي في مساعيها لتحسين الأوضاع في إدلب،';
    const clean = cleanArticle(`${HEAD}\n${BODY}\nالهدوء في إدلب\n${last}`, 0);
    expect(clean.text.text.endsWith(last)).toBe(true);
  });
});

describe('an editor\'s picks under the story', () => {
  // «اخترنا لك» over headlines, each with its day and section, repeated as a site lays its cards out.
  const PICKS = 'اخترنا لك\n\nمعرض للكتاب في دمشق بعد انقطاع طويل\n24-02-2025\nتقرير\nمعرض للكتاب في دمشق بعد انقطاع طويل\nنشرة المساء - الاثنين 24 شباط 2025\n24-02-2025\nأخبار\nنشرة المساء - الاثنين 24 شباط 2025';
  it('are other stories: their days date nothing', () => {
    const text = `${HEAD}\n${BODY}\n\n${PICKS}`;
    expect(reasonOf(text, '24-02-2025')).toMatch(/after section marker/);
    expect(reasonOf(text, 'نشرة المساء - الاثنين 24 شباط 2025')).toMatch(/after section marker|repeated line/);
    expect(dayOf(text)).toBeNull();
  });
});

describe('«اقرأ أيضاً» inside the story, with its teaser\'s title and day', () => {
  const READ_ALSO = 'اقرأ أيضاً\nبيدرسن: جولة جديدة للجنة الدستورية في جنيف الشهر المقبل\n12 أيار 2021';
  const [LEAD, NEXT] = BODY.split('\n');
  it.each([
    ['after the lead', `${HEAD}\n${LEAD}\n${READ_ALSO}\n${NEXT}`],
    ['under the headline, above the lead', `${HEAD}\n${READ_ALSO}\n${LEAD}\n${NEXT}`],
  ])('%s: the teaser is another story, its day dates nothing', (_where, text) => {
    expect(reasonOf(text, '12 أيار 2021')).toMatch(/after section marker/);
    expect(cleanArticle(text, 0).text.text.startsWith(`${HEAD}\n`)).toBe(true);
    expect(dayOf(text)).toBeNull();
  });
});

describe('links to the previous and next stories, their labels alone on a line', () => {
  it('drop the headline under each label: another story\'s «اليوم» dates nothing', () => {
    const text = `${HEAD}\n${BODY}\nالسابق\nانطلاق الجولة التاسعة من محادثات أستانا اليوم\nالتالي\nالمبعوث الأممي يصل إلى دمشق غداً`;
    expect(reasonOf(text, 'انطلاق الجولة التاسعة من محادثات أستانا اليوم')).toBe('link to another story');
    expect(reasonOf(text, 'المبعوث الأممي يصل إلى دمشق غداً')).toBe('link to another story');
    expect(dayOf(text)).toBeNull();
  });
});
