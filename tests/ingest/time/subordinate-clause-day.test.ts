// «بدأت أمس … الجولة السادسة للجنة الدستورية، بعدما التقى الرئيسان المشتركان، أول من أمس، …»: a day told
// after «بعدما» is the other event's, and the round's is the «أمس» before it. The tie took the first day
// after the round and printed the day after the truth (the sixth round opened on Monday 18 October 2021).
// Invented, in the shape of a print daily's story (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const TAIL = 'بحضور المبعوث الأممي غير بيدرسن.\nوتستمر الجولة حتى يوم الجمعة المقبل.';
describe('a day in a clause of another event after the round', () => {
  it('is not the round\'s day', () => {
    expect(catalogDate(`جنيف: «الشرق الأوسط»\nبدأت أمس في جنيف اجتماعات الجولة السادسة للجنة الدستورية السورية، بعدما التقى الرئيسان المشتركان أحمد الكزبري وهادي البحرة، أول من أمس، للمرة الأولى ${TAIL}`)).toBe('2021-10-19');
    expect(catalogDate(`جنيف: «الشرق الأوسط»\nبدأت أمس في جنيف اجتماعات الجولة السادسة للجنة الدستورية السورية، بعد أن التقى الرئيسان المشتركان أحمد الكزبري وهادي البحرة، أول من أمس، للمرة الأولى ${TAIL}`)).toBe('2021-10-19');
  });
  it('while one right after the round still is', () => {
    expect(catalogDate(`جنيف: «الشرق الأوسط»\nبدأت في جنيف اجتماعات الجولة السادسة للجنة الدستورية السورية أول من أمس ${TAIL}`)).toBe('2021-10-20');
  });
});
