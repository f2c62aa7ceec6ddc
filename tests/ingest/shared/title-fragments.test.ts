// The lint's shapes of a sentence fragment, on invented headlines: each fragment fails it for its own
// reason, and the headlines beside it that look alike but stand alone pass.
import { describe, expect, it } from 'vitest';
import { titleFaults } from '../../../src/ingest/shared/title-faults.ts';

describe('titleFaults: fragments of a sentence', () => {
  it.each([
    // no one acts: a verb, then only where and when; or only its person («they», «we»)
    ['سيصل في الساعات المقبلة إلى العاصمة الكازاخية', 'no subject after «سيصل في»'],
    ['أعلن خلال مؤتمر صحافي في أنقرة', 'no subject after «اعلن خلال»'],
    ['ستعقد في سوتشي الروسية', 'no subject after «ستعقد في»'],
    ['سيجتمعون في إسطنبول', 'no subject but the person of «سيجتمعون»'],
    ['سنبدأ صياغة المسودة', 'no subject but the person of «سنبدا»'],
    // «الأخير» standing for someone the headline does not name
    ['ترحيب الأخير بنتائج الاجتماع الثلاثي', '«الاخير» without whom it stands for'],
    // a noun and its relative clause, the rest of the sentence cut off
    ['اللجنة التي يرأسها المبعوث الأممي', 'opens with a relative clause'],
    ['وهذه الجولة التي تستضيفها العاصمة الكازاخية', 'opens with a relative clause'],
    // a day of nothing named
    ['سيحضر الوزير اليوم الثالث', '«اليوم الثالث» of nothing'],
    // a verb cut off from what it needs
    ['طالبت الهيئة الأمم المتحدة', '«طالبت» without what it needs'],
    ['طالب المبعوث الأممي إلى ليبيا الأطراف المتحاربة', '«طالب» without what it needs'],
    ['توصل الطرفان في جنيف', '«توصل» without what it needs'],
    ['خصصت اللجنة جلستها الثانية', '«خصصت» without what it needs'],
    ['أكدت الوزارة نية وزير الخارجية التركي', '«نيه» without what it needs'],
    ['تعتزم أنقرة', '«تعتزم» without what it needs'],
    ['أكد المبعوث الأممي عزمه', '«عزمه» without what it needs'],
    ['أعلنت الخارجية اعتزامها', '«اعتزامها» without what it needs'],
    // the bare noun is no verb, and «على هامش» opens a setting, not what is resolved on
    ['وأكد المبعوث عزم الأمم المتحدة الثابت والمستمر', '«عزم» without what it needs'],
    ['جدد الوزير عزمه على هامش المؤتمر', '«عزمه» without what it needs'],
  ])('%s → %s', (title, fault) => expect(titleFaults(title)).toContain(fault));

  it.each([
    // who acted comes after the place, or the verb has no person of its own
    'انطلقت في العاصمة الكازاخية أعمال الجولة الجديدة',
    'اختتمت في جنيف الدورة الخامسة للجنة الدستورية',
    'تم في العاصمة الكازاخية التوقيع على مذكرة التفاهم',
    'الوفد الحكومي سيصل في الساعات المقبلة إلى العاصمة',
    // «الأخير» as an adjective
    'انتهاء الجولة الأخيرة من المحادثات',
    'الوزيران يعقدان اجتماعهما الأخير في موسكو',
    // the body that met has its days
    'أنهت اللجنة الدستورية أعمال اليوم الثالث',
    // each verb with what it needs
    'طالبت الهيئة الأمم المتحدة بالضغط على الأطراف',
    'حث الوزير الوفود على الالتزام بالهدنة',
    'توصل الطرفان إلى تفاهم على تبادل الأسرى',
    'خصصت اللجنة جلستها الثانية لمناقشة المبادئ',
    'أكدت الوزارة نية الوزير سيرغي لافروف المشاركة في القمة',
    'أكد الوزير عزمه المشاركة في القمة',
    // the resolve with «على»: what is resolved on follows it
    'أكد دي ميستورا عزمه على إعادة إطلاق مفاوضات جنيف',
    'أعلنت الأطراف عزمها على مواصلة الحوار',
    'أكد الوزير عزم بلاده على المشاركة في الجولة',
    'تعتزم أنقرة استضافة الاجتماع المقبل',
  ])('%s has none', (title) => expect(titleFaults(title)).toEqual([]));
});
