// «ويتزامن ذلك مع اجتماع …»، «بالتزامن مع انعقاد الجولة …»: a meeting told alongside the news, with no
// day of its own, is going on on the article's day. Invented sentences in the shape of a wire story.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor;
const STORY = 'لقاء في الدوحة حول سوريا\nأعلن وزير الخارجية الإيراني اليوم السبت أنه بحث مع نظيره التركي الوضع في سوريا.\n';
const AFTER = '\nوكانت الدول الثلاث قد أطلقت مسار أستانا في 2017.\nوبحث الوزير التركي مع نظيره الأمريكي أنتوني بلينكن المستجدات.';

describe('a meeting told alongside the news', () => {
  it('puts the article on one of its days', () => {
    const a = date(`${STORY}ويتزامن ذلك مع اجتماع يعقد بصيغة “أستانة” في العاصمة القطرية الدوحة، يحضره ممثلو تركيا وروسيا وإيران.${AFTER}`);
    expect(a?.edtf).toBe('2024-12-07');
    // The Qatari-Turkish-Russian meeting in Doha (a Thursday of 2021) is a meeting held there too; the Saturday tells.
    expect(a?.evidence.map((e) => e.note)).toContainEqual(expect.objectContaining({ code: 'edge-news', today: true, rounds: expect.arrayContaining(['fm-doha-2024']) }));
  });

  it('but a meeting merely named beside it only bounds the article loosely', () => {
    // The same meeting, told of in the past: Saturdays for weeks after it stay possible.
    expect(date(`${STORY}وبحث اجتماع بصيغة “أستانة” في العاصمة القطرية الدوحة الملف نفسه.${AFTER}`)?.certainty).not.toBe('exact');
  });

  it('is still to come when a future word says so', () => {
    const a = date(`${STORY}ويتزامن ذلك مع التحضير لاجتماع سيعقد بصيغة “أستانة” في العاصمة القطرية الدوحة.${AFTER}`);
    expect(a?.edtf).not.toBe('2024-12-07');
  });
});

describe('a round told alongside the news by its opening', () => {
  // «بالتزامن مع انطلاق الجولة الثامنة»: the opening named, its day, not any of the round's; the opening
  // noun was not among the words between, so nothing was read (hunt 14). Geneva VIII opened on Tuesday
  // 28 November 2017 and closed on Thursday 14 December, three Tuesdays and three Thursdays later.
  const RAIDS = 'قتلى في غارات على ريف إدلب\nإدلب - قتل سبعة مدنيين اليوم الثلاثاء في غارات جوية على ريف إدلب الجنوبي، وفق ما أفاد الدفاع المدني.\nوقال المرصد السوري لحقوق الإنسان إن الغارات طالت معرة النعمان وكفرنبل، وتسببت بنزوح عشرات العائلات نحو الحدود التركية.\n';
  const TALKS = 'الجولة الثامنة من محادثات جنيف بين وفدي الحكومة والمعارضة برعاية المبعوث الأممي ستيفان دي ميستورا.';
  it('puts the article on that day', () => {
    expect(date(`${RAIDS}ويأتي التصعيد بالتزامن مع انطلاق ${TALKS}`)?.edtf).toBe('2017-11-28');
  });
  it('and with the work named between', () => {
    expect(date(`${RAIDS}ويأتي التصعيد بالتزامن مع انطلاق أعمال ${TALKS}`)?.edtf).toBe('2017-11-28');
  });
  it('but not in a review of what happened alongside it', () => {
    // A week's toll: the escalation came with the opening, days before the story (review of hunt 14).
    const toll = 'حصيلة الأسبوع: 80 قتيلاً مدنياً في إدلب\nقُتل خلال الأسبوع الماضي 80 مدنياً في محافظة إدلب، بينهم 22 طفلاً، وفق حصيلة أصدرها المرصد السوري لحقوق الإنسان.\n';
    expect(date(`${toll}وتصاعدت الغارات الروسية بالتزامن مع انطلاق ${TALKS}`)?.edtf).not.toBe('2017-11-28');
  });
  it('and by its close, on the last day', () => {
    expect(date(`${RAIDS.replace('الثلاثاء', 'الخميس')}ويأتي التصعيد بالتزامن مع اختتام ${TALKS}`)?.edtf).toBe('2017-12-14');
  });
});
