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
    expect(a?.evidence.map((e) => e.note)).toContainEqual(expect.objectContaining({ code: 'edge-news', today: true, rounds: ['fm-doha-2024'] }));
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
