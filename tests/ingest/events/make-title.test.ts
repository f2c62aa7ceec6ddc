// Headlines cut from invented Arabic news sentences: at a clause boundary, never inside a name or
// after a dangling word, quotation marks paired in both directions, past an opening formula that names
// no one, without the time words only the article's date explains, a named speaker as «speaker: claim»,
// and always the sentence's own words, in their order (times left out; the colon of a statement added).
import { describe, expect, it } from 'vitest';
import { unpairedMarks } from '../../../src/ingest/shared/balance-quotes.ts';
import { firstAction } from '../../../src/ingest/events/has-action.ts';
import { makeTitle } from '../../../src/ingest/events/make-title.ts';
import { titleFaults } from '../../../src/ingest/shared/title-faults.ts';
import { foldFast } from '../../../src/ingest/shared/fold-fast.ts';

const title = (sentence: string, continuation = '', before = '') => makeTitle(sentence, Math.max(0, firstAction(sentence)), continuation, before);
const words = (s: string) => s.replace(/[«»“”„"″]/gu, ' ').split(/\s+/u).filter(Boolean);
const plain = (w: string) => foldFast(w).replace(/[^\p{L}\p{N}]/gu, '');

const CASES: Array<[string, string, string]> = [
  // a relative word opens the next clause (seed 000: «…والتي تتركز» was cut there)
  ['ومن المقرر أن يعقد غداً الخميس الجولة الثامنة من المفاوضات بين النظام والمعارضة والتي تتركز بشكل رئيسي على المسائل العسكرية.', '', 'يعقد الجولة الثامنة من المفاوضات بين النظام والمعارضة'],
  ['ومن المقرر أن تعقد غداً الجولة الجديدة من المحادثات بين وفدي الحكومة والمعارضة والتي تتركز على ملف المعتقلين والمفقودين.', '', 'تعقد الجولة الجديدة من المحادثات بين وفدي الحكومة والمعارضة'],
  // never a first name without its surname
  ['ويلتقي المبعوث الأممي الخميس وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع سيرغي شويغو لبحث التحضيرات الجارية للجولة المقبلة.', '', 'يلتقي المبعوث الأممي وزير الخارجية الروسي سيرغي لافروف'],
  ['وذكرت وكالة الأنباء الرسمية أن الرئيس الأسد استقبل مبعوث الرئيس الروسي ألكسندر لافرنتييف والوفد المرافق له في دمشق.', '', 'وكالة الأنباء الرسمية: الرئيس الأسد استقبل مبعوث الرئيس الروسي ألكسندر لافرنتييف'],
  // never after a dangling word (أي، إلى …)
  ['وانتهت الجولة السابقة في أستانا أواخر الشهر الماضي دون التوصل إلى أي اتفاق بشأن ملف المعتقلين والمفقودين.', '', 'انتهت الجولة السابقة في أستانا دون التوصل إلى أي اتفاق'],
  // ” used as an opening mark, closed by ″; the second ” opens a quotation that the cut would leave open
  ['وزارة الخارجية تعلن انطلاق ” محادثات أستانا-10″ الأسبوع المقبل رغم اعتراض المعارضة و” ملف المعتقلين ما زال عالقاً”.', '', 'تعلن انطلاق ” محادثات أستانا-10″'],
  // a closed quotation is a clause boundary
  ['وأكد رئيس الوفد أن «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة» مشيراً إلى أن وفده سيطرح ورقة جديدة في الجولة المقبلة.', '', 'رئيس الوفد: «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة»'],
  // a quotation introduced by «أن» is what was said: its words stay, the unpaired mark goes
  ['وأعلن الناطق باسم الخارجية الكازاخية أن "الجولة المقبلة ستعقد في نور سلطان يومي 7 و8 تموز المقبل بحضور جميع الوفود والمراقبين".', '', 'الناطق باسم الخارجية الكازاخية: الجولة المقبلة ستعقد في نور سلطان'],
  // a day number never ends a title without its month, one of two words included («30 | تشرين الأول»)
  ['وذكرت مصادر على اطلاع بترتيبات الاجتماع، أنّ الجلسات ستفتتح الساعة 11 صباحًا من صباح اليوم الاثنين 25 تشرين الثاني بتوقيت جنيف وستستمر ساعتين، ثم تليها استراحة.', '', 'مصادر على اطلاع بترتيبات الاجتماع: الجلسات ستفتتح الساعة 11 صباحًا'],
  // a clause of contrast or cause is not the news («غير أنها»، «لكن»), nor «غير» before anything else
  ['وناقشت الوفود الثلاثة المبادئ الأساسية للدستور في الجلسة الأولى غير أنها لم تتفق على جدول أعمال الجولة المقبلة.', '', 'ناقشت الوفود الثلاثة المبادئ الأساسية للدستور في الجلسة الأولى'],
  ['وأعلنت الخارجية الكازاخية تأجيل الاجتماع الدولي بصيغة أستانا لكن موعده الجديد لم يحدد بعد.', '', 'أعلنت الخارجية الكازاخية تأجيل الاجتماع الدولي بصيغة أستانا'],
  ['وعقدت الوفود اجتماعاً غير رسمي مع فريق المبعوث الأممي في مقر الأمم المتحدة بجنيف.', '', 'عقدت الوفود اجتماعاً غير رسمي مع فريق المبعوث الأممي'],
  // formulas that name no one: the reported clause is the headline
  ['وأضاف أن الوفد الروسي سيقدم مسودة البيان الختامي إلى المشاركين مساء اليوم.', '', 'الوفد الروسي سيقدم مسودة البيان الختامي إلى المشاركين'],
  ['وقال المصدر إن الاجتماع المقبل سيعقد في جنيف منتصف الشهر المقبل بمشاركة جميع الأطراف.', '', 'الاجتماع المقبل سيعقد في جنيف بمشاركة جميع الأطراف'],
  ['وأفادت مصادر مطلعة، اليوم الثلاثاء، بأن الوفود ستصل إلى العاصمة الكازاخية تباعاً خلال الساعات المقبلة.', '', 'الوفود ستصل إلى العاصمة الكازاخية تباعاً خلال الساعات المقبلة'],
  ['جاء ذلك في تصريح للمتحدث باسم قوات التحالف الدولي ريان ديلون أمس الثلاثاء عبر دائرة تلفزيونية مغلقة خلال تواصله مع وزارة الدفاع الأميركية.', '', 'تصريح للمتحدث باسم قوات التحالف الدولي ريان ديلون'],
  // a named speaker is the actor: the formula stays
  ['وقال لافروف إن روسيا ستواصل دعم مسار أستانا.', '', 'لافروف: روسيا ستواصل دعم مسار أستانا'],
  // a clause that says nothing runs on into the statement it introduces
  ['وقالت الوزارة في بيانها، اليوم السبت:', ' «ستنطلق الجولة الجديدة في العاصمة الكازاخية يومي 14 و15 من الشهر الجاري، بحضور المراقبين».', 'قالت الوزارة في بيانها: «ستنطلق الجولة الجديدة في العاصمة الكازاخية بحضور المراقبين»'],
  ['أعلنت الخارجية الكازاخستانية اليوم،', ' انطلاق الجولة التاسعة لمحادثات “أستانا”،', 'أعلنت الخارجية الكازاخستانية انطلاق الجولة التاسعة لمحادثات “أستانا”'],
  // a verb of happening before where it happened: the title is what happened (the where left out, as a time is)
  ['وتمت أمس عند معبر الحدود في ريف المدينة عملية لتبادل الأسرى بين الطرفين برعاية الوسطاء.', '', 'تمت عملية لتبادل الأسرى بين الطرفين برعاية الوسطاء'],
  ['وجرت الثلاثاء في القاعة الكبرى محادثات مباشرة بين الوفدين للمرة الأولى منذ عامين.', '', 'جرت محادثات مباشرة بين الوفدين للمرة الأولى منذ عامين'],
  // what happened is defined («التوقيع»): where it ends is not known, and the sentence stays as it is
  ['وتم في العاصمة الكازاخية أمس التوقيع على مذكرة التفاهم بين الطرفين.', '', 'تم في العاصمة الكازاخية التوقيع على مذكرة التفاهم بين الطرفين'],
  // past 10 words, the cut ends a noun phrase before a phrase of place, not inside it («خفض | توتر»)
  ['وتوصل الطرفان المتحاربان أخيراً إلى اتفاق لإنشاء ثلاث مناطق خفض توتر في شمال البلاد.', '', 'توصل الطرفان المتحاربان أخيراً إلى اتفاق لإنشاء ثلاث مناطق خفض توتر'],
  // an action word at the end of the sentence leaves no headline after it: the title starts at the clause
  ['إن الهيئة لا تنتظر حدوث شيء الأسبوع المقبل يجعلها تعود إلى طاولة المفاوضات.', '', 'إن الهيئة لا تنتظر حدوث شيء يجعلها تعود إلى طاولة المفاوضات'],
];

describe('makeTitle', () => {
  it.each(CASES)('%s', (sentence, continuation, expected) => {
    const t = title(sentence, continuation);
    expect(t).toBe(expected);
    // The source's words, in order: each title word is found after the previous one (it may start after an attached «و»).
    const source = words(sentence + continuation).map(plain);
    let at = 0;
    for (const word of words(t).map(plain).filter(Boolean)) {
      const found = source.findIndex((x, i) => i >= at && (x === word || x === `و${word}`));
      expect(found, word).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    expect(unpairedMarks(t)).toEqual([]);
    expect(titleFaults(t)).toEqual([]);
  });
});

// A headline that fails the lint as first cut (no subject, a verb without what it needs, a relative
// clause, «الأخير») is cut again from the clause mended: the subject told before the verb, after a
// fronted place, or named in the text before; a relative clause, a setting or a place left out; a
// title before a name dropped. Invented sentences; the text before the clause is the second column.
const MENDED: Array<[string, string, string]> = [
  ['وكان وزير الخارجية التركي قد أعلن في مؤتمر صحافي عقده في أنقرة استضافة الجولة المقبلة في إسطنبول.', '', 'وزير الخارجية التركي أعلن استضافة الجولة المقبلة في إسطنبول'],
  ['بالتزامن مع إعلان الأخير من جنيف عزمه عقد جولة جديدة للجنة الدستورية في أيار المقبل.', 'واستقبل الرئيس وزير الخارجية الروسي سيرغي لافروف في دمشق،', 'إعلان سيرغي لافروف من جنيف عزمه عقد جولة جديدة للجنة الدستورية'],
  ['وستشارك في الاجتماعات المقبلة في جنيف، يوم الاثنين المقبل، وفود من المعارضة والحكومة والمجتمع المدني.', '', 'ستشارك وفود من المعارضة والحكومة والمجتمع المدني في الاجتماعات المقبلة في جنيف'],
  ['وهذه الجولة التي تستضيفها العاصمة الكازاخية بحضور المراقبين، ستبحث ملف المعتقلين والمفقودين يوم الخميس.', '', 'الجولة ستبحث ملف المعتقلين والمفقودين'],
  ['ومن المقرر تخصيص الجلسة الأولى من أعمال الاجتماع الذي تستضيفه الأمم المتحدة، لمناقشة جدول الأعمال، الأحد.', '', 'تخصيص الجلسة الأولى من أعمال الاجتماع لمناقشة جدول الأعمال'],
  ['وتوصل الطرفان في نيسان الماضي في إطار محادثات جنيف، إلى تفاهم على تبادل الأسرى والمحتجزين.', '', 'توصل الطرفان إلى تفاهم على تبادل الأسرى والمحتجزين'],
  ['وأعلن الناطق باسم الوزارة اليوم نية وزير الخارجية التركي الأسبق (أحمد داود أوغلو) المشاركة في الاجتماع المقبل.', '', 'أعلن الناطق باسم الوزارة نية أحمد داود أوغلو المشاركة في الاجتماع المقبل'],
  ['وطالب المبعوث الأممي إلى ليبيا (غسان سلامة) الأطراف المتحاربة في طرابلس بوقف إطلاق النار فوراً.', '', 'طالب غسان سلامة الأطراف المتحاربة في طرابلس بوقف إطلاق النار فوراً'],
  // the resolve with «على» is whole: the title before the name goes, and the cut reaches what is resolved on
  ['وأكد المبعوث الأممي إلى ليبيا (غسان سلامة) أمس الأحد عزمه على استئناف الحوار بين الأطراف الليبية في التاسع من أيار.', '', 'أكد غسان سلامة عزمه على استئناف الحوار بين الأطراف الليبية'],
  // told subject first, the cut does not end right after the verb («… عقد | في مدينة لوزان»)
  ['وكان الاجتماع الثاني في إطار صيغة “جنيف” قد عقد في مدينة لوزان السويسرية المطلة على بحيرة ليمان أواخر العام.', '', 'الاجتماع الثاني في إطار صيغة “جنيف” عقد في مدينة لوزان السويسرية المطلة'],
  ['وسنعقد الجلسة الأولى في العاشر من الشهر المقبل', 'وقال رئيس وفد المعارضة: «العمل مستمر،', 'رئيس وفد المعارضة: سنعقد الجلسة الأولى'],
  // the capacity they act in, between commas, stays out; a list joined by «، و» stays whole
  ['وزراء خارجية روسيا، وتركيا وإيران، بصفتهم ممثلي الدول الضامنة لمسار أستانا، سيجتمعون في قمتهم الثلاثية غداً في الدوحة.', '', 'وزراء خارجية روسيا، وتركيا وإيران سيجتمعون في قمتهم الثلاثية في الدوحة'],
];

describe('makeTitle mends a fragment', () => {
  it.each(MENDED)('%s', (sentence, before, expected) => {
    const t = title(sentence, '', before);
    expect(t).toBe(expected);
    expect(titleFaults(t)).toEqual([]);
    // Nothing the text does not say: every word is the clause's or the text's before it.
    const source = new Set(words(before + ' ' + sentence).map(plain));
    for (const word of words(t).map(plain).filter(Boolean)) expect(source.has(word) || source.has(`و${word}`), word).toBe(true);
  });
});
