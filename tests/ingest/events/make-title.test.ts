// Headlines cut from real-style Arabic news sentences: at a clause boundary, never inside a name or
// after a dangling word, quotation marks paired in both directions, past an opening formula that names
// no one, and always extractive (the title's words are the sentence's words, in their order).
import { describe, expect, it } from 'vitest';
import { unpairedMarks } from '../../../src/ingest/events/balance-quotes.ts';
import { firstAction } from '../../../src/ingest/events/has-action.ts';
import { makeTitle } from '../../../src/ingest/events/make-title.ts';
import { DANGLING } from '../../../src/ingest/events/title-words.ts';
import { foldFast } from '../../../src/ingest/clean/fold-fast.ts';

const title = (sentence: string, continuation = '') => makeTitle(sentence, Math.max(0, firstAction(sentence)), continuation);
const words = (s: string) => s.replace(/[«»“”„"″]/gu, ' ').split(/\s+/u).filter(Boolean);

const CASES: Array<[string, string, string]> = [
  // a relative word opens the next clause (seed 000: «…والتي تتركز» was cut there)
  ['ومن المقرر أن يعقد غداً الخميس الجولة الثامنة من المفاوضات بين النظام والمعارضة والتي تتركز بشكل رئيسي على المسائل العسكرية.', '', 'يعقد غداً الخميس الجولة الثامنة من المفاوضات بين النظام والمعارضة'],
  ['ومن المقرر أن تعقد غداً الجولة الجديدة من المحادثات بين وفدي الحكومة والمعارضة والتي تتركز على ملف المعتقلين والمفقودين.', '', 'تعقد غداً الجولة الجديدة من المحادثات بين وفدي الحكومة والمعارضة'],
  // never a first name without its surname
  ['ويلتقي المبعوث الأممي الخميس وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع سيرغي شويغو لبحث التحضيرات الجارية للجولة المقبلة.', '', 'يلتقي المبعوث الأممي الخميس وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع سيرغي شويغو'],
  ['وذكرت وكالة الأنباء الرسمية أن الرئيس الأسد استقبل مبعوث الرئيس الروسي ألكسندر لافرنتييف والوفد المرافق له في دمشق.', '', 'ذكرت وكالة الأنباء الرسمية أن الرئيس الأسد استقبل مبعوث الرئيس الروسي ألكسندر لافرنتييف'],
  // never after a dangling word (أي، إلى …)
  ['وانتهت الجولة السابقة في أستانا أواخر الشهر الماضي دون التوصل إلى أي اتفاق بشأن ملف المعتقلين والمفقودين.', '', 'انتهت الجولة السابقة في أستانا أواخر الشهر الماضي دون التوصل إلى أي اتفاق'],
  // ” used as an opening mark, closed by ″; the second ” opens a quotation that the cut would leave open
  ['وزارة الخارجية تعلن انطلاق ” محادثات أستانا-10″ الأسبوع المقبل رغم اعتراض المعارضة و” ملف المعتقلين ما زال عالقاً”.', '', 'تعلن انطلاق ” محادثات أستانا-10″'],
  // a closed quotation is a clause boundary
  ['وأكد رئيس الوفد أن «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة» مشيراً إلى أن وفده سيطرح ورقة جديدة في الجولة المقبلة.', '', 'أكد رئيس الوفد أن «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة»'],
  // a quotation introduced by «أن» is what was said: its words stay, the unpaired mark goes
  ['وأعلن الناطق باسم الخارجية الكازاخية أن "الجولة المقبلة ستعقد في نور سلطان يومي 7 و8 تموز المقبل بحضور جميع الوفود والمراقبين".', '', 'أعلن الناطق باسم الخارجية الكازاخية أن الجولة المقبلة ستعقد'],
  // formulas that name no one: the reported clause is the headline
  ['وأضاف أن الوفد الروسي سيقدم مسودة البيان الختامي إلى المشاركين مساء اليوم.', '', 'الوفد الروسي سيقدم مسودة البيان الختامي إلى المشاركين مساء اليوم'],
  ['وقال المصدر إن الاجتماع المقبل سيعقد في جنيف منتصف الشهر المقبل بمشاركة جميع الأطراف.', '', 'الاجتماع المقبل سيعقد في جنيف منتصف الشهر المقبل بمشاركة جميع الأطراف'],
  ['وأفادت مصادر مطلعة، اليوم الثلاثاء، بأن الوفود ستصل إلى العاصمة الكازاخية تباعاً خلال الساعات المقبلة.', '', 'الوفود ستصل إلى العاصمة الكازاخية تباعاً خلال الساعات المقبلة'],
  ['جاء ذلك في تصريح للمتحدث باسم قوات التحالف الدولي ريان ديلون أمس الثلاثاء عبر دائرة تلفزيونية مغلقة خلال تواصله مع وزارة الدفاع الأميركية.', '', 'تصريح للمتحدث باسم قوات التحالف الدولي ريان ديلون أمس الثلاثاء'],
  // a named speaker is the actor: the formula stays
  ['وقال لافروف إن روسيا ستواصل دعم مسار أستانا.', '', 'قال لافروف إن روسيا ستواصل دعم مسار أستانا'],
  // a clause that says nothing runs on into the statement it introduces
  ['وقالت الوزارة في بيانها، اليوم السبت:', ' «ستنطلق الجولة الجديدة في العاصمة الكازاخية يومي 14 و15 من الشهر الجاري، بحضور المراقبين».', 'قالت الوزارة في بيانها، اليوم السبت: ستنطلق الجولة الجديدة'],
  ['أعلنت الخارجية الكازاخستانية اليوم،', ' انطلاق الجولة التاسعة لمحادثات “أستانا”،', 'أعلنت الخارجية الكازاخستانية اليوم، انطلاق الجولة التاسعة لمحادثات “أستانا”'],
  // an action word at the end of the sentence leaves no headline after it: the title starts at the clause
  ['إن الهيئة لا تنتظر حدوث شيء الأسبوع المقبل يجعلها تعود إلى طاولة المفاوضات.', '', 'إن الهيئة لا تنتظر حدوث شيء الأسبوع المقبل يجعلها تعود إلى طاولة المفاوضات'],
];

describe('makeTitle', () => {
  it.each(CASES)('%s', (sentence, continuation, expected) => {
    const t = title(sentence, continuation);
    expect(t).toBe(expected);
    // Extractive: the title's words, in order, are a run of the source's text (quotation marks aside; it may start after an attached «و»).
    expect(words(sentence + continuation).join(' ')).toContain(words(t).join(' '));
    expect(unpairedMarks(t)).toEqual([]);
    expect(DANGLING.has(foldFast(words(t).at(-1)!).replace(/[^\p{L}\p{N}]/gu, ''))).toBe(false);
  });
});
