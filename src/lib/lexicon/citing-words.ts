// Words that introduce a document or an earlier event a statement cites («مستشهداً بإعلان قمة … في 7
// أيلول 2018», «استناداً إلى اتفاق … المؤرخ في …»): a date after them is the cited thing's, not the
// date of the statement that cites it. Folded, as the events stage reads words.
export const CITING_WORDS: ReadonlySet<string> = new Set([
  'مستشهدا', 'مستشهده', 'مستشهدين', 'استنادا', 'استشهد', 'استشهدت', 'وفقا', 'طبقا', 'تنفيذا', 'بموجب', 'مذكرا', 'مذكره', 'مشيرا', 'مشيره', 'تطبيقا',
]);
