// A date a story recalls as background (the war's outbreak, «وكانت … قد» with its year) is a lower bound
// alone: stories of every later year tell it, so it must not pull a year-less day to its own years.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const date = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS });

describe('background dates bound the article from below only', () => {
  it('the war\'s outbreak, whatever the tense of its sentence', () => {
    // 15 November is a Tuesday in 2011, 2016 and 2022: nothing here says which.
    for (const recall of ['وأودت الحرب التي اندلعت في آذار 2011 بحياة مئات الآلاف.', 'ونزح الملايين منذ اندلاع الحرب في آذار 2011.']) {
      const r = date(`قصف على ريف إدلب\nقتل خمسة مدنيين اليوم الثلاثاء 15 تشرين الثاني في قصف على ريف إدلب الجنوبي. ${recall}`);
      expect(r.anchor, recall).toBeNull();
    }
  });
  it('a day with its year in a sentence of background', () => {
    // 10 September is a Monday in 2012 and 2018.
    const r = date('تعزيزات تركية\nأرسل الجيش التركي اليوم الاثنين 10 أيلول تعزيزات إلى ريف إدلب. وكانت تركيا قد استقبلت أول اللاجئين السوريين في تشرين الأول 2011.');
    expect(r.anchor).toBeNull();
  });
  it('a past date told as news still dates the story near it', () => {
    // «في 23 أيلول 2019، أعلن …» is not background: the 4-year reach of a past date stays.
    const r = date('اللجنة الدستورية\nأعلن الأمين العام اليوم الاثنين 23 أيلول اكتمال تشكيل اللجنة الدستورية، بعد أن توصلت الأطراف في أيلول 2019 إلى اتفاق على أسماء أعضائها.');
    expect(r.anchor?.edtf).toBe('2019-09-23');
  });
});
