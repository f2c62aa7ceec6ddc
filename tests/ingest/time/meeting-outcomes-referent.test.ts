// «عقدت لجنة الاتصال العربية اجتماعها الأول اليوم الثلاثاء في القاهرة، … استكمالاً لمخرجات اجتماع عمّان
// التشاوري»: the Amman meeting is the ground of the committee's own, whose day the clause tells. A referent
// word was read right before the meeting only; with the meeting's outcomes between («لمخرجات»), the day
// was tied to the Amman meeting and, a day off its weekday, printed (a confuser: the committee's meeting of
// August 2023 is in no catalog). Invented (hunt 19).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a meeting named as the ground of another', () => {
  it('is not the day\'s meeting, its outcomes between or not', () => {
    expect(catalogDate('لجنة الاتصال العربية تجتمع في القاهرة\nعقدت لجنة الاتصال العربية المعنية بسوريا اجتماعها الأول اليوم الثلاثاء في القاهرة، بمشاركة وزير الخارجية السوري فيصل المقداد، استكمالاً لمخرجات اجتماع عمّان التشاوري.\nوبحث الاجتماع ملفات اللاجئين ومكافحة تهريب المخدرات.')).toBeNull();
  });
  it('but a meeting named by its programme is the day\'s own', () => {
    expect(catalogDate('بوتين يصل أنقرة\nيعقد الرؤساء الروسي والتركي والإيراني اليوم الأربعاء في أنقرة جلسة مغلقة، وفقاً لبرنامج القمة الثلاثية الروسية التركية الإيرانية.')).toBe('2018-04-04');
  });
});
