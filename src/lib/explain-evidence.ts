// The date engine explains each clue in English for maintainers (src/ingest/time/anchor/clues-*.ts);
// readers get an Arabic sentence. One table, pattern → sentence, in the order of the engine's files.
// A `says` no pattern knows gets a plain Arabic fallback: English never reaches a page.
import { formatDateSpan } from './format-date-span.ts';
import { DAYS_AFTER_PREPOSITION, ROUND_NOUN, formatArabicCount } from './format-arabic-count.ts';
import { ERAS } from './lexicon/eras.ts';

/** What a sentence may need besides the match: the Arabic name of a round id. */
export interface ExplainContext { roundName(id: string): string | undefined }

type Explain = (m: RegExpExecArray, ctx: ExplainContext) => string;

const WEEKDAYS_AR: Record<string, string> = {
  Sunday: 'الأحد', Monday: 'الاثنين', Tuesday: 'الثلاثاء', Wednesday: 'الأربعاء', Thursday: 'الخميس', Friday: 'الجمعة', Saturday: 'السبت',
};
const DATE = String.raw`(\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?)`;
const ROUNDS = String.raw`([a-z0-9-]+(?: or [a-z0-9-]+)*)`;
const NAMED = String.raw`((?:[a-z0-9-]+ \d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?)(?: or [a-z0-9-]+ \d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?)*)`;

const day = (edtf: string) => formatDateSpan(edtf);
// An id the catalog does not know is not printed (it is Latin): the sentence still reads.
const round = (id: string, ctx: ExplainContext) => { const name = ctx.roundName(id); return name ? `«${name}»` : 'جولة من دليل الجولات'; };
/** More candidates than a reader can weigh (a round named without a number) are counted, not listed. */
const MAX_LISTED = 3;
const rounds = (list: string, ctx: ExplainContext) => {
  const ids = list.split(' or ');
  if (ids.length > MAX_LISTED) return `إحدى جولات المسار (${formatArabicCount(ids.length, ROUND_NOUN)} في دليل الجولات)`;
  return ids.map((id) => round(id, ctx)).join(' أو ');
};
const namedRounds = (list: string, ctx: ExplainContext) => list.split(' or ').length > MAX_LISTED ? rounds(list.split(' or ').map((x) => x.split(' ')[0]!).join(' or '), ctx) : list.split(' or ').map((x) => {
  const [id, edtf] = x.split(' ');
  return `${round(id!, ctx)} (${day(edtf!)})`;
}).join(' أو ');
const WHAT_AR: Record<string, string> = { 'the opening': 'افتتاح', 'the last day': 'اليوم الأخير من', 'a day': 'أحد أيام' };
const daysAr = (n: number) => formatArabicCount(n, DAYS_AFTER_PREPOSITION);
function what(w: string): string {
  const nth = /^day (\d+)$/.exec(w);
  if (nth) return `اليوم ${nth[1]} من`;
  const off = /^(\d+) day\(s\) (after|before) (the last day|the opening)$/.exec(w);
  if (off) return `${off[2] === 'after' ? 'بعد' : 'قبل'} ${daysAr(Number(off[1]))} من ${off[3] === 'the last day' ? 'اختتام' : 'افتتاح'}`;
  return WHAT_AR[w] ?? 'موعد';
}
const TIED = String.raw`(the opening|the last day|a day|day \d+|\d+ day\(s\) (?:after|before) (?:the last day|the opening))`;

const EXPLAIN: [RegExp, Explain][] = [
  // clues-days.ts
  [/^the article date is a (\w+) \(offset (-?\d+) is a (\w+)\)$/, (m) => `يسمّي النص يوم ${WEEKDAYS_AR[m[3]!] ?? m[3]}، فالمقال كُتب يوم ${WEEKDAYS_AR[m[1]!] ?? m[1]}.`],
  [/^the article date is a (\w+) \(told both as past and as to come\)$/, (m) => `يرد يوم ${WEEKDAYS_AR[m[1]!] ?? m[1]} في النص ماضياً ومستقبلاً معاً، فالمقال كُتب يوم ${WEEKDAYS_AR[m[1]!] ?? m[1]}.`],
  [/^(\w+) in a future clause: on or after the article date$/, (m) => `يوم ${WEEKDAYS_AR[m[1]!] ?? m[1]} في سياق المستقبل: يقع في يوم المقال أو بعده.`],
  [/^(\w+) in a past clause: on or before the article date$/, (m) => `يوم ${WEEKDAYS_AR[m[1]!] ?? m[1]} في سياق الماضي: يقع في يوم المقال أو قبله.`],
  // clues-dates.ts
  [new RegExp(`^last updated ${DATE}: published that day or the day before, most likely$`), (m) => `آخر تحديث في ${day(m[1]!)}: نُشر المقال على الأرجح في ذلك اليوم أو في اليوم السابق له.`],
  [new RegExp(`^the page header shows ${DATE}, the day it was shown: the article is on or before it$`), (m) => `في رأس الصفحة تاريخ يوم عرضها ${day(m[1]!)}: المقال في ذلك اليوم أو قبله.`],
  [new RegExp(`^states the article date ${DATE}$`), (m) => `يذكر النص تاريخ المقال صراحة: ${day(m[1]!)}.`],
  [new RegExp(`^printed date or dateline ${DATE}$`), (m) => `تاريخ مطبوع في رأس الخبر: ${day(m[1]!)}.`],
  [new RegExp(`^names the weekday of ${DATE}: the article is within a week of it$`), (m) => `يذكر النص اسم يوم ${day(m[1]!)}، فالمقال في حدود أسبوع منه.`],
  [new RegExp(`^announces ${DATE}: the article is before it$`), (m) => `يعلن النص موعداً في ${day(m[1]!)}، فالمقال قبله.`],
  [new RegExp(`^reports ${DATE}: the article is after it$`), (m) => `يروي النص حدثاً في ${day(m[1]!)}، فالمقال بعده.`],
  [new RegExp(`^names ${DATE}: the article is within two years of it$`), (m) => `يذكر النص ${day(m[1]!)}، فالمقال في حدود سنتين منه.`],
  [/^states the article date \(day and month\)$/, () => 'يذكر النص يوم المقال وشهره.'],
  [/^dateline day and month: the article date$/, () => 'اليوم والشهر في رأس الخبر هما تاريخ المقال.'],
  [/^the weekday named fits this day and month only in some years, and near the article$/, () => 'اسم اليوم المذكور لا يوافق هذا اليوم والشهر إلا في سنوات بعينها، قريبة من المقال.'],
  [/^"current month" is month (\d+): the article is in that month$/, (m) => `«الشهر الجاري» هو الشهر ${m[1]}: المقال في ذلك الشهر.`],
  [/^a day still to come: the article is before it$/, () => 'يوم لم يأتِ بعد: المقال قبله.'],
  [new RegExp(`^same days as (.+) in the rounds catalog$`), (m, ctx) => `الأيام نفسها التي عُقدت فيها ${m[1]!.split(' or ').map((x) => {
    const [id, span] = x.replace(/[()]/g, '').split(' ');
    return `${round(id!, ctx)} (${day(span!)})`;
  }).join(' أو ')} في دليل الجولات.`],
  // clues-rounds.ts
  [new RegExp(`^${TIED} of ${NAMED} is (-?\\d+) day\\(s\\) from the article$`), (m, ctx) => {
    const k = Number(m[3]);
    const when = k === 0 ? 'يوم المقال نفسه' : `${k > 0 ? 'بعد' : 'قبل'} ${daysAr(Math.abs(k))} من المقال`;
    return `${what(m[1]!)} ${namedRounds(m[2]!, ctx)}: ${when}.`;
  }],
  [new RegExp(`^${TIED} of ${NAMED} is the (coming|past) weekday named$`), (m, ctx) => `${what(m[1]!)} ${namedRounds(m[2]!, ctx)} هو يوم الأسبوع ${m[3] === 'coming' ? 'المقبل' : 'الماضي'} المذكور في النص.`],
  [new RegExp(`^${TIED} of ${NAMED} is the weekday named$`), (m, ctx) => `${what(m[1]!)} ${namedRounds(m[2]!, ctx)} يوافق يوم الأسبوع المذكور في النص.`],
  [new RegExp(`^${TIED} of ${NAMED} falls on the date named$`), (m, ctx) => `${what(m[1]!)} ${namedRounds(m[2]!, ctx)} يوافق التاريخ المذكور في النص.`],
  [new RegExp(`^(the opening|the close|day \\d+) of ${ROUNDS} is reported( as today's)? news$`), (m, ctx) => `يروي النص ${m[1] === 'the close' ? 'اختتام' : m[1] === 'the opening' ? 'انطلاق' : what(m[1]!)} ${rounds(m[2]!, ctx)} خبراً ${m[3] ? 'لليوم: المقال في ذلك اليوم أو قريباً منه' : 'جديداً: المقال في ذلك اليوم أو بعده بقليل'}.`],
  [new RegExp(`^(\\d+) day\\(s\\) (before|after) (the opening|the close) of ${ROUNDS} is reported( as today's)? news$`), (m, ctx) => `يروي النص ما جرى ${m[2] === 'before' ? 'قبل' : 'بعد'} ${daysAr(Number(m[1]))} من ${m[3] === 'the close' ? 'اختتام' : 'انطلاق'} ${rounds(m[4]!, ctx)} خبراً ${m[5] ? 'لليوم: المقال في ذلك اليوم أو قريباً منه' : 'جديداً: المقال في ذلك اليوم أو بعده بقليل'}.`],
  [new RegExp(`^mentions ${ROUNDS}$`), (m, ctx) => `يذكر النص ${rounds(m[1]!, ctx)}: المقال قرب موعدها أو بعده.`],
  [new RegExp(`^mentions ${ROUNDS} as upcoming$`), (m, ctx) => `يذكر النص ${rounds(m[1]!, ctx)} موعداً قادماً: المقال قبلها.`],
  // clues-url.ts
  [new RegExp(`^the address states the day ${DATE}$`), (m) => `عنوان الصفحة الأصلية يذكر يوم النشر: ${day(m[1]!)}.`],
  [new RegExp(`^the address names the month ${DATE}$`), (m) => `عنوان الصفحة الأصلية يذكر شهر النشر: ${day(m[1]!)}.`],
];

export const UNKNOWN_EVIDENCE_AR = 'قرينة استعملها محرك التأريخ لتحديد تاريخ المقال.';

/** The Arabic sentence for one piece of date evidence, from the engine's English `says`. */
/** Era clues (src/lib/lexicon/eras.ts) carry their own Arabic sentence. */
const ERA_AR = new Map(ERAS.map((e) => [e.en, e.ar.replace('{from}', day(e.from)).replace('{to}', e.to ? day(e.to) : '')]));

export function explainEvidence(says: string, ctx: ExplainContext): string {
  const era = ERA_AR.get(says);
  if (era) return era;
  for (const [re, explain] of EXPLAIN) {
    const m = re.exec(says);
    if (m) return explain(m, ctx);
  }
  return UNKNOWN_EVIDENCE_AR;
}
