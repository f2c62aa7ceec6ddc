// Meetings the catalog names (a conference, a decision of the Arab League): found however their name
// spells Syria («سوريا»، «سورية»), and dated by the day the catalog gives them. Invented sentences.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const named = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2023-05-09' }).expressions.filter((e) => e.kind === 'round' && e.stated.roundId !== undefined);

describe('a meeting named by the catalog', () => {
  it('is found with Syria spelled either way', () => {
    for (const syria of ['سوريا', 'سورية']) {
      const found = named(`ورحبت الرياض بقرار عودة ${syria} إلى الجامعة العربية.`);
      expect(found, syria).toHaveLength(1);
      expect(found[0]!.stated.roundId, syria).toBe('fm-arab-league-2023');
    }
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
});
