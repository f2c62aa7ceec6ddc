// A catalog meeting after a bare «في» is where the clause's act happened, when the clause's day stands
// right before «في» or right after the meeting's name: both are adverbs of one verb. Invented sentences;
// the days are the catalog's (Brussels IX: Monday 17 March 2025; Aqaba: Saturday 14 December 2024).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('an act told «في» a meeting the catalog names', () => {
  it('happened on one of its days, the day right before «في» or right after the name', () => {
    expect(catalogDate('قال وزير الخارجية السوري اليوم الإثنين في مؤتمر بروكسل التاسع إن بلاده تحتاج إلى دعم عاجل.')).toBe('2025-03-17');
    expect(catalogDate('دعا وزير الخارجية الأردني في اجتماعات العقبة بشأن سوريا اليوم السبت إلى عملية انتقالية جامعة.')).toBe('2024-12-14');
  });
  it('not with a day further off, which may be another act\'s', () => {
    for (const text of [
      // A verb no list knows stands between: the day is the praise's, the meeting's act was before.
      'أشاد رئيس الحكومة اللبنانية اليوم الإثنين بنتائج ما تحقق في مؤتمر بروكسل التاسع لدعم سوريا.',
      // A journey to the meeting: the day is the trip's.
      'يتوجه وزير الخارجية السوري اليوم الإثنين إلى بروكسل ليمثل سوريا في مؤتمر بروكسل التاسع.',
      // A count back between them.
      'قدم الوزير اليوم الإثنين تقريراً عن لقاءات أجراها قبل أسبوع في مؤتمر بروكسل التاسع لدعم سوريا.',
    ]) expect(catalogDate(text), text).toBeNull();
  });
  it('the day after the name the meeting\'s own, whatever word «في» follows', () => {
    expect(catalogDate('أعلن الوزير عن المشاركة في مؤتمر بروكسل التاسع اليوم الإثنين لدعم سوريا.')).toBe('2025-03-17');
    // A day to come: the article is before it.
    expect(catalogDate('أكد الوزير السوري مشاركته في مؤتمر بروكسل التاسع يوم الإثنين المقبل.')).not.toBe('2025-03-17');
  });
  it('not on a roundup\'s line that a weekday labels', () => {
    const text = 'حصاد الأسبوع\nالإثنين: وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا في اجتماع عمان التشاوري.\nالأحد: مجلس الجامعة العربية يقرر في القاهرة استئناف مشاركة سوريا في اجتماعات الجامعة.';
    expect(catalogDate(text)).toBeNull();
  });
  it('not in a story that does not name Syria, nor under a name any meeting of its kind bears', () => {
    // «اجتماع ميونيخ» is the catalog's name of a meeting on Syria, and of many others.
    expect(catalogDate('ميونيخ - ناقش وزراء دفاع أوروبيون اليوم في اجتماع ميونيخ زيادة الإنفاق العسكري.')).toBeNull();
  });
});
