// Meetings the catalog names (a conference, a decision of the Arab League): found however their name
// spells Syria («سوريا»، «سورية»), and dated by the day the catalog gives them. Invented sentences.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { parseExpressions } from '../../../src/ingest/time/parse-expressions.ts';
import { foldArabic } from '../../../src/lib/arabic-fold.ts';
import { CATALOG_ROUNDS, catalogDate } from './fixtures.ts';

const named = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2023-05-09' }).expressions.filter((e) => e.kind === 'round' && e.stated.roundId !== undefined);

/** Every catalog meeting found, one or several a name fits. */
const meetings = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2023-05-09' }).expressions.filter((e) => e.kind === 'round' && e.roundId !== undefined || (e.kind === 'round' && e.stated.roundIds !== undefined));

describe('a meeting named by the catalog', () => {
  it('is found with Syria spelled either way', () => {
    for (const syria of ['سوريا', 'سورية']) {
      const found = named(`ورحبت الرياض بقرار عودة ${syria} إلى الجامعة العربية.`);
      expect(found, syria).toHaveLength(1);
      expect(found[0]!.stated.roundId, syria).toBe('fm-arab-league-2023');
    }
  });

  it('is found with quotation marks inside its name', () => {
    // Brussels VII closed on Thursday 15 June 2023. A house style sets part of a name in quotation marks.
    for (const name of ['مؤتمر «بروكسل السابع»', 'مؤتمر "بروكسل السابع"', 'مؤتمر “بروكسل السابع”', '«مؤتمر بروكسل السابع»']) {
      expect(catalogDate(`اختتم اليوم الخميس ${name} لدعم سوريا بتعهدات بلغت 5.6 مليار يورو.`), name).toBe('2023-06-15');
    }
  });

  it('is found with its ordinal before its city', () => {
    // Brussels V's ministerial day was Tuesday 30 March 2021; «مؤتمر بروكسل الخامس» is the catalog's wording.
    expect(catalogDate('تعهد المانحون اليوم الثلاثاء خلال المؤتمر الخامس لبروكسل حول مستقبل سوريا بتقديم 6.4 مليار دولار.')).toBe('2021-03-30');
    // With «في» it is any conference of that rank held there: a review's pledging conference for Yemen
    // (3 April 2018) was printed as Geneva II's opening day, a defence ministers' meeting in Moscow (25
    // April 2023) as the Moscow consultations of 2015.
    expect(catalogDate('انطلق اليوم الثلاثاء المؤتمر الثاني في جنيف لإعلان التبرعات لليمن بمشاركة عشرات الدول.')).toBeNull();
    expect(catalogDate('يشارك وزير الدفاع السوري اليوم الثلاثاء في اللقاء الثاني في موسكو مع نظيريه الروسي والتركي.')).toBeNull();
    // Not a name whose last word is no ordinal («اجتماع جدة التشاوري»): «الاجتماع التشاوري لجدة» is not made
    // one of the name reader's (the reader of descriptions takes it for Jeddah's, by its words).
    const folded = foldArabic('عقد اليوم الاجتماع التشاوري لجدة بشأن سوريا.');
    expect(parseExpressions({ folded, rounds: CATALOG_ROUNDS }).filter((e) => e.parser === 'named-meeting')).toHaveLength(0);
  });

  it('but the adjective is not the country', () => {
    expect(named('ورحبت الرياض بقرار عودة السورية إلى الجامعة العربية.')).toHaveLength(0);
  });

  it('dates a story of the Damascus dialogue conference on its formal opening day', () => {
    // Its workshops began on the 24th; al-Sharaa's address opened it on Tuesday the 25th.
    const a = dateArticle('انطلق مؤتمر الحوار الوطني في سوريا صباح اليوم الثلاثاء في قصر الشعب بدمشق.', { rounds: CATALOG_ROUNDS }).anchor;
    expect(a?.edtf).toBe('2025-02-25');
  });
  it('is found with a few words between its head and «في <city>»', () => {
    // The Arab League's summit in Jeddah, Friday 19 May 2023, told the day before.
    const text = 'قال وزير الخارجية اليوم الخميس إن الرئيس سيشارك في القمة العربية المقرر عقدها غداً في جدة.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2023-05-18');
    // More than three words between, or a clause break, is another sentence's place.
    expect(named('وتحدث عن القمة العربية وما سبقها من لقاءات ثنائية في جدة.')).toHaveLength(0);
    expect(named('وتحدث عن القمة العربية، ثم سافر في جدة.')).toHaveLength(0);
  });

  it('reads the Arab summit told as the League council\'s session at the leaders\' level', () => {
    // The 32nd summit, Jeddah, Friday 19 May 2023, told the day before.
    const text = 'ويصل الرئيس اليوم إلى جدة للمشاركة في الدورة الثانية والثلاثين لمجلس جامعة الدول العربية على مستوى القمة، التي تفتتح غداً الجمعة.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2023-05-18');
    expect(named('وناقش الوزراء الدورة الثانية والثلاثين لمجلس الجامعة العربية على مستوى القادة.')[0]?.stated.roundId).toBe('summit-jeddah-2023');
    // The council's sessions of its ministers are numbered on their own: no summit.
    expect(named('وعقد مجلس الجامعة دورته الثانية والثلاثين على مستوى المندوبين.')).toHaveLength(0);
  });

  it('is placed by its city told before its head', () => {
    // The consultative meeting in Amman, Monday 1 May 2023: «في <city>» before, then the name's head.
    expect(dateArticle('جرى في عمان صباح اليوم الاثنين الاجتماع التشاوري بحضور المقداد ونظرائه الأربعة.', { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2023-05-01');
    // «مؤتمر الحوار الوطني السوري» names the Sochi congress too: «بدمشق» before it names the 2025 one.
    expect(named('وتواصلت بدمشق جلسات مؤتمر الحوار الوطني السوري حتى المساء.')[0]?.stated.roundId).toBe('dialogue-damascus-2025');
    // A reported clause between is the report's place, not the meeting's.
    expect(named('وصرح الوزير في عمان بأن الاجتماع التشاوري لم يحدد موعده.')).toHaveLength(0);
  });

  it('reads a placed name written indefinite, nominative or accusative', () => {
    // The first Suwayda meeting in Amman, Saturday 19 July 2025.
    expect(dateArticle('واحتضنت في عمان اليوم السبت اجتماعاً ثلاثياً أردنياً سورياً أمريكياً حول الجنوب السوري.', { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2025-07-19');
    // Both Amman meetings of the three: the words name no one of them.
    expect((meetings('وانتهى اجتماع ثلاثي أردني سوري أمريكي عقد قبل أيام في عمان.')[0]?.stated.roundIds as string[] | undefined)?.slice().sort()).toEqual(['suwayda-amman-2025-aug', 'suwayda-amman-2025-jul']);
  });

  it('but not a head another adjective makes a different meeting', () => {
    expect(meetings('ويبدأ مؤتمر الحوار الوطني الكردي أعماله غدا في دمشق.')).toHaveLength(0);
    expect(meetings('وعقد في عمان الاجتماع التشاوري العربي حول غزة.')).toHaveLength(0);
  });
  it('counted by its city after «قمة», is the leaders\' summit there, no round of the talks', () => {
    // Astana's fourth round met in Astana (3-4 May 2017); the fourth summit of the guarantors' presidents
    // met in Sochi (14 February 2019).
    const text = 'بحث رؤساء روسيا وتركيا وإيران اليوم الخميس في قمة سوتشي الرابعة تداعيات الانسحاب الأمريكي.';
    const rounds = dateArticle(text, { rounds: CATALOG_ROUNDS }).expressions.filter((e) => e.kind === 'round');
    expect(rounds.some((e) => e.stated.round === 4)).toBe(false);
    expect(rounds.map((e) => e.stated.roundIds)).toContainEqual(['summit-sochi-2017', 'summit-sochi-2019']);
    // Without the summit's word the city and its ordinal stay a round of the track held there.
    const round = dateArticle('انطلقت اليوم محادثات سوتشي الرابعة.', { rounds: CATALOG_ROUNDS }).expressions.find((e) => e.kind === 'round');
    expect(round?.stated).toMatchObject({ round: 4, track: 'astana' });
  });

  it('is read after «لل», where ل took its article\'s alif', () => {
    // Istanbul's four-way summit met on Saturday 27 October 2018: «للقمة الرباعية» was no name at all.
    expect(catalogDate('دعا البيان الختامي للقمة الرباعية التي عقدت في إسطنبول أمس السبت إلى تشكيل اللجنة الدستورية قبل نهاية العام.')).toBe('2018-10-28');
    expect(meetings('تستعد أنقرة للقمة الثلاثية في طهران.').map((e) => e.stated.roundIds)).toEqual([['summit-tehran-2018', 'summit-tehran-2022']]);
    // The name without its article is no name where no ل stands before it.
    expect(meetings('تستعد أنقرة لعقد قمة الثلاثية في طهران.')).toHaveLength(0);
  });

  it('shared by several meetings, is not narrowed by a place in the clause after it', () => {
    // A review's texts: «على أن تعقد القمة المقبلة في أنقرة» kept the Ankara summits and printed the
    // Thursday after Ankara's of 2018; «أن قمتهم المقبلة ستعقد في طهران» the Wednesday after Tehran's of
    // 2022. The Sochi summit of 14 February 2019 closed on a Thursday.
    expect(catalogDate('اختتمت القمة الثلاثية اليوم الخميس على أن تعقد القمة المقبلة في أنقرة.')).toBe('2019-02-14');
    expect(catalogDate('أعلن الرؤساء في ختام القمة الثلاثية اليوم الأربعاء أن قمتهم المقبلة ستعقد في طهران.')).toBeNull();
  });

  it('«الاجتماع الخماسي في عمان» is either five-state meeting in Amman, the weekday telling which', () => {
    // Hunt 9: the meeting of Syria's neighbours (Sunday 9 March 2025) was read as the consultative meeting
    // of Monday 1 May 2023, the only one the name stood for, and the Sunday before it was printed.
    expect(catalogDate('انعقد اليوم الأحد الاجتماع الخماسي في عمان بمشاركة وزير الخارجية السوري أسعد الشيباني.')).toBe('2025-03-09');
    expect(catalogDate('انعقد اليوم الاثنين الاجتماع الخماسي في عمان بمشاركة وزير الخارجية السوري فيصل المقداد.')).toBe('2023-05-01');
  });
});

describe('a name two meetings share', () => {
  it('is the one held in the city its sentence names, a city of the meetings around the talks too', () => {
    // «مؤتمر الحوار الوطني السوري» is the Sochi congress (29-30 January 2018) and the Damascus conference
    // (24-25 February 2025). Damascus was no city the candidates were told apart by, and the story was
    // refused between the two closes' morrows.
    const text = 'ترحيب\nرحبت عدة دول عربية اليوم بالبيان الختامي لمؤتمر الحوار الوطني السوري الذي اختتم أمس في دمشق.';
    expect(catalogDate(text)).toBe('2025-02-26');
    expect(catalogDate(text.replace('في دمشق', 'في سوتشي'))).toBe('2018-01-31');
  });
});

describe('a declaration the catalog names', () => {
  it('is met by its adoption, as an agreement by its signing', () => {
    // The Russian, Iranian and Turkish ministers adopted the Moscow declaration on Tuesday 20 December 2016.
    expect(catalogDate('موسكو\nتبنى وزراء خارجية روسيا وإيران وتركيا اليوم الثلاثاء إعلان موسكو، الذي يمهد لمحادثات أستانا.')).toBe('2016-12-20');
  });
});

describe('a city of the meetings around the talks', () => {
  it('chooses among the meetings of a shared name, but leaves none out when another act is there', () => {
    // The Tehran summit of the three (Friday 7 September 2018): the follow-up in Damascus is another act's,
    // and no summit of the three met there. Before, every candidate was dropped and the story refused.
    expect(catalogDate('قمة طهران\nاختتمت اليوم الجمعة القمة الثلاثية الروسية التركية الإيرانية حول سوريا بمتابعة من المسؤولين في دمشق.')).toBe('2018-09-07');
    // Nor a city the delegation went back to: the Sochi congress closed on Tuesday 30 January 2018.
    expect(catalogDate('عودة الوفد\nعاد الوفد الحكومي إلى دمشق اليوم الأربعاء بعد مشاركته في مؤتمر الحوار الوطني السوري الذي اختتم أمس في سوتشي.')).toBe('2018-01-31');
  });
});
