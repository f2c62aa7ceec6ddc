// Time words that only the article's date explains leave a headline, with what goes with them; the
// rest of the words stay, in order. Invented sentences.
import { describe, expect, it } from 'vitest';
import { withoutRelativeTime } from '../../../src/ingest/shared/relative-time.ts';
import { splitWords, wordsOf } from '../../../src/ingest/shared/text-words.ts';
import { titleFaults } from '../../../src/ingest/shared/title-faults.ts';

describe('withoutRelativeTime', () => {
  it.each([
    // a relative day with the weekday that follows it, in parentheses or not
    ['تنطلق غداً الخميس جولة جديدة من المشاورات', 'تنطلق جولة جديدة من المشاورات'],
    ['أعلنت الوزارة اليوم (الأحد) أسماء الوفود', 'أعلنت الوزارة أسماء الوفود'],
    // with its time of day, «يوم» and a preposition before it
    ['وصل الوفد التركي مساء أمس إلى العاصمة', 'وصل الوفد التركي إلى العاصمة'],
    ['التقى الموفد في أول من أمس ممثلي العشائر', 'التقى الموفد ممثلي العشائر'],
    // a day of two words whose last is no day alone
    ['تنطلق بعد غدٍ الثلاثاء الجولة الثامنة من المشاورات', 'تنطلق الجولة الثامنة من المشاورات'],
    ['مؤتمر سوتشي للحوار قد انطلق قبل قليل', 'مؤتمر سوتشي للحوار قد انطلق'],
    ['أعلن المبعوث منذ ساعات انتهاء الجولة', 'أعلن المبعوث انتهاء الجولة'],
    ['يصل الوفد يوم غد إلى العاصمة', 'يصل الوفد إلى العاصمة'],
    // a weekday with its qualifier, a bare weekday
    ['يزور المبعوث أنقرة يوم الاثنين المقبل لبحث الملف', 'يزور المبعوث أنقرة لبحث الملف'],
    ['يستقبل الرئيس السبت وفداً من الوسطاء', 'يستقبل الرئيس وفداً من الوسطاء'],
    // a week, month or year told from now, with the day numbers in front of it
    ['تعقد اللجنة اجتماعها الأسبوع المقبل في المدينة', 'تعقد اللجنة اجتماعها في المدينة'],
    ['ناقش الطرفان هذا الأسبوع خطة التهدئة', 'ناقش الطرفان خطة التهدئة'],
    ['تجتمع الوفود يومي 9 و10 من الشهر الجاري في العاصمة', 'تجتمع الوفود في العاصمة'],
    ['وقّع الجانبان في كانون الثاني الماضي مذكرة تفاهم', 'وقّع الجانبان مذكرة تفاهم'],
    // the day told in words, after its lead-in; a round's ordinal before «من الشهر» is not a day
    ['تستأنف المفاوضات في العاشر من الشهر المقبل في جنيف', 'تستأنف المفاوضات في جنيف'],
    ['تعقد الجولة يوم الحادي والعشرين من الشهر الجاري', 'تعقد الجولة'],
    ['اختتمت الجولة الثانية من الشهر الماضي دون نتائج', 'اختتمت الجولة الثانية دون نتائج'],
    // a colon stays on the word before; a comma goes with the time word
    ['قالت الهيئة في بيانها، اليوم الأربعاء:', 'قالت الهيئة في بيانها:'],
    ['أكد الناطق، أمس، أن المشاورات مستمرة', 'أكد الناطق، أن المشاورات مستمرة'],
  ])('%s', (text, expected) => expect(withoutRelativeTime(text)).toBe(expected));

  it.each([
    'سيحضر الموفد اليوم الثالث من الاجتماعات', // one of the round's days, not today
    'عقدت الجولة في أيار 2019 في العاصمة', // a month with its year
    'تواصلت المشاورات منذ 10 سنوات', // a duration
    'بعد غدير الماء عاد الوفد', // «غد» only as a word of its own
    'وصل الوفد إلى أستانا قبل ساعات من بدء الجلسة', // hours counted from another moment
    'وصل الوفد إلى أستانا قبل ساعات قليلة من بدء الجلسة',
    'تتواصل الاجتماعات منذ ساعات الصباح', // the hours of a part of the day
    'الحل لن يكون قبل ساعة الصفر',
  ])('keeps «%s»', (text) => expect(withoutRelativeTime(text)).toBe(text));
});

describe('the words of a text without its relative times', () => {
  // withoutRelativeTime tells wordsOf the words it kept: they must be the text's own split.
  it.each([
    'قالت الهيئة في بيانها، اليوم الأربعاء:',
    'أكد الناطق، أمس، أن المشاورات مستمرة',
    'أعلنت الوزارة اليوم (الأحد) أسماء الوفود',
    'قال الموفد «أمس» إن الحل ممكن',
    'قال الموفد: «أمس الثلاثاء، انطلقت الجولة»',
    'وأكدت الخارجية «غداً» و«الخميس المقبل»: موعدان للجولة،',
    'انطلقت  الجولة\tأمسِ الثلاثاءَ،  في أستانا',
    'أمس',
  ])('%s', (text) => {
    const kept = withoutRelativeTime(text);
    expect(kept).not.toBe(text);
    expect(wordsOf(kept)).toEqual(splitWords(kept));
  });
});

describe('titleFaults', () => {
  it.each([
    ['تعقد الجولة غداً في العاصمة', 'relative time «غدا»'],
    ['يلتقي الوزيران الخميس المقبل', 'relative time «الخميس المقبل»'],
    ['أعلن المتحدث أن', 'dangling last word «ان»'],
    ['بدأت الجولة الجديدة من', 'dangling last word «من»'],
    ['تعمل اللجان على صياغة المسودة بجدية وبشكل', 'dangling last word «وبشكل»'],
    ['قال الموفد إن «الحل ممكن', 'unpaired quotation mark'],
    ['وصلت الوفود المشاركة في المشاورات إلى العاصمة الكازاخية قبل انطلاق الجولة بثلاثة أيام كاملة', '14 words'],
  ])('%s → %s', (title, fault) => expect(titleFaults(title)).toContain(fault));

  it.each(['انطلاق الجولة العاشرة من محادثات أستانا', 'الموفد: «الحل السياسي ممكن»', 'سيحضر الموفد اليوم الثاني من المشاورات'])('%s has none', (title) =>
    expect(titleFaults(title)).toEqual([]));
});
