// «أعلن مكتب بيدرسون اليوم الاثنين تعليق اجتماعات الجولة الثالثة … بعد ساعات من انطلاقها»: hours off a
// round's edge are the edge's own day. Before, «ساعات» was a count that named no number, and the day was
// tied to nothing: refused. Invented (hunt 19).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('hours off a round\'s edge', () => {
  it('are its day', () => {
    expect(catalogDate('تعليق اجتماعات اللجنة الدستورية\nأعلن مكتب المبعوث الأممي غير بيدرسون اليوم الاثنين تعليق اجتماعات الجولة الثالثة للجنة الدستورية بعد ساعات من انطلاقها بسبب إصابات بفيروس كورونا.')).toBe('2020-08-24');
    expect(catalogDate('البحرة\nقال هادي البحرة اليوم الجمعة، قبل ساعات قليلة من اختتام الجولة السادسة للجنة الدستورية، إن الوفد الحكومي يرفض أي صياغة.')).toBe('2021-10-22');
  });
  it('but days with no number still tie no day', () => {
    expect(catalogDate('تعليق اجتماعات اللجنة الدستورية\nأعلن مكتب المبعوث الأممي غير بيدرسون اليوم الاثنين تعليق اجتماعات الجولة الثالثة للجنة الدستورية بعد أيام من انطلاقها.')).toBeNull();
  });
  it('and hours off another thing\'s start, set off by a comma, open a clause of their own', () => {
    expect(catalogDate('المعارضة تشارك\nأعلنت المعارضة المسلحة اليوم مشاركتها في الجولة الرابعة من محادثات أستانا، بعد ساعات من انطلاق الحملة الجوية على ريف إدلب.\nوتبدأ الجولة غداً.')).not.toBe('2017-05-03');
  });
});
