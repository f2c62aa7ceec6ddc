// A round numbered as the talks' are, but owned by another contest named right after it («الجولة الثامنة
// من التصفيات الآسيوية»، «الجولة الثانية من الانتخابات»), is no round of the talks, even in a story
// about them. Invented sentences.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const STORY = 'أعلن المبعوث الأممي أمس الاثنين أن المحادثات السورية في جنيف انطلقت رسمياً بعد لقائه وفد المعارضة.\n';
/** The evidence the story gives, dated on its day (Tuesday 2 February 2016). */
const evidence = (line: string) => {
  const a = dateArticle(`${STORY}${line}`, { rounds: CATALOG_ROUNDS, published: '2016-02-02' }).anchor!;
  return [...a.evidence, ...a.conflicts].map((e) => JSON.stringify(e.note)).sort();
};

describe('a round another contest owns', () => {
  it.each([
    'وفي الرياضة، فاز المنتخب السوري اليوم في الجولة الثامنة من التصفيات الآسيوية.',
    'وتصدر الفريق الترتيب اليوم بعد الجولة الثامنة من الدوري الممتاز.',
    // A forum's session, in the city the talks are named for (hunt 14).
    'وانطلقت اليوم أعمال الدورة الثامنة من منتدى أستانا الدولي بمشاركة وزراء من أربعين دولة.',
  ])('is no round of the talks: the line adds no evidence: %s', (line) => {
    expect(evidence(line)).toEqual(evidence(''));
  });
  it('but the talks\' own eighth round, named with them, is theirs', () => {
    expect(evidence('وانطلقت اليوم الجولة الثامنة من محادثات جنيف.').some((n) => n.includes('geneva-08'))).toBe(true);
  });
});
