// One table renders each kind of date evidence twice: in English for the maintainer (diagnostics,
// `says` in the written article) and in Arabic for the reader. Keyed by code and typed per code, so a
// new kind of evidence does not compile until it has both sentences.
import { formatDateSpan } from '../format-date-span.ts';
import { printedMonth, printedWeekday } from '../format-arabic-date.ts';
import { DAYS_AFTER_PREPOSITION, ROUND_NOUN, YEARS_AFTER_PREPOSITION, formatArabicCount } from '../format-arabic-count.ts';
import { ERAS } from '../lexicon/eras.ts';
import type { EvidenceCode, EvidenceNote, RoundAt, RoundPoint } from './evidence-note.ts';

/** What a sentence may need besides the note: the Arabic name of a round id. */
export interface ExplainContext { roundName(id: string): string | undefined }

type Of<C extends EvidenceCode> = Extract<EvidenceNote, { code: C }>;
interface Sentences<C extends EvidenceCode> { en(n: Of<C>): string; ar(n: Of<C>, ctx: ExplainContext): string }

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const en = (w: number): string => WEEKDAY_EN[w] ?? String(w);
const ar = (w: number): string => printedWeekday(w) ?? String(w);
const day = (edtf: string): string => formatDateSpan(edtf);
const daysAr = (n: number): string => formatArabicCount(n, DAYS_AFTER_PREPOSITION);

// An id the catalog does not know is not printed (it is Latin): the sentence still reads.
const round = (id: string, ctx: ExplainContext): string => { const name = ctx.roundName(id); return name ? `«${name}»` : 'جولة من دليل الجولات'; };
/** More candidates than a reader can weigh (a round named without a number) are counted, not listed. */
const MAX_LISTED = 3;
const roundsAr = (ids: string[], ctx: ExplainContext): string =>
  ids.length > MAX_LISTED ? `إحدى جولات المسار (${formatArabicCount(ids.length, ROUND_NOUN)} في دليل الجولات)` : ids.map((id) => round(id, ctx)).join(' أو ');
const roundsAtAr = (rounds: RoundAt[], ctx: ExplainContext): string =>
  rounds.length > MAX_LISTED ? roundsAr([...new Set(rounds.map((r) => r.id))], ctx) : rounds.map((r) => `${round(r.id, ctx)} (${r.planned ? 'موعدها المعلن آنذاك ' : ''}${day(r.span)})`).join(' أو ');
const roundsAtEn = (rounds: RoundAt[]): string => rounds.map((r) => `${r.id} ${r.span}${r.planned ? ' (as announced before it was put off)' : ''}`).join(' or ');

/** A round's day a date is tied to: "the last day", "day 2", "3 day(s) after the opening". */
function tiedEn(p: RoundPoint): string {
  const edge = p.edge === 'close' ? 'the last day' : 'the opening';
  if (p.nth !== undefined) return `day ${p.nth}`;
  if (p.week !== undefined) return `a day of week ${p.week}`;
  if (p.arrival) return 'the eve or the opening';
  if (p.during) return 'a day';
  if (p.ahead !== undefined) return p.edge === 'close' ? 'a day up to the last day' : `${edge} or ${p.ahead === 1 ? 'the day' : `the ${p.ahead} days`} before it`;
  return p.shift ? `${countEn(p)} ${p.shift > 0 ? 'after' : 'before'} ${edge}` : edge;
}
/** A shift's count in days, hedged as told: «نحو 14 يوماً», «بضعة أيام» (a few: the count is the fewest). */
const countEn = (p: RoundPoint): string => (p.hedge === 'few' ? 'a few days' : `${p.hedge === 'about' ? 'about ' : p.hedge === 'more' ? 'more than ' : ''}${Math.abs(p.shift!)} day(s)`);
const countAr = (p: RoundPoint): string => (p.hedge === 'few' ? 'بضعة أيام' : `${p.hedge === 'about' ? 'نحو ' : p.hedge === 'more' ? 'أكثر من ' : ''}${daysAr(Math.abs(p.shift!))}`);
function tiedAr(p: RoundPoint): string {
  if (p.nth !== undefined) return `اليوم ${p.nth} من`;
  if (p.week !== undefined) return `أحد أيام الأسبوع ${p.week} من`;
  if (p.arrival) return 'عشية افتتاح أو يوم افتتاح';
  if (p.during) return 'أحد أيام';
  if (p.ahead !== undefined) return p.edge === 'close' ? 'أحد أيام' : `يوم افتتاح أو ${p.ahead === 1 ? 'اليوم السابق' : 'الأسبوع السابق'} لافتتاح`;
  if (p.shift) return `${p.shift > 0 ? 'بعد' : 'قبل'} ${countAr(p)} من ${p.edge === 'close' ? 'اختتام' : 'افتتاح'}`;
  return p.edge === 'close' ? 'اليوم الأخير من' : 'افتتاح';
}
/** An edge reported as news: "the close", "day 3", "1 day(s) before the opening". */
function reportedEn(p: RoundPoint): string {
  const what = p.nth !== undefined ? `day ${p.nth}` : p.week !== undefined ? `week ${p.week}` : p.edge === 'close' ? 'the close' : 'the opening';
  if (p.since) return `the time since ${what}`;
  return p.shift ? `${countEn(p)} ${p.shift > 0 ? 'after' : 'before'} ${what}` : what;
}
function reportedAr(p: RoundPoint, rounds: string): string {
  const what = p.nth !== undefined ? `اليوم ${p.nth} من` : p.week !== undefined ? `الأسبوع ${p.week} من` : p.edge === 'close' ? 'اختتام' : 'انطلاق';
  if (p.since) return `ما جرى منذ ${what} ${rounds}`;
  return p.shift ? `ما جرى ${p.shift > 0 ? 'بعد' : 'قبل'} ${countAr(p)} من ${what} ${rounds}` : `${what} ${rounds}`;
}

const ERA = new Map(ERAS.map((e) => [e.id, e]));

/** A period named beside its count: a year or a month as EDTF, or a month's number when no year is told. */
const REL_EN: Record<-1 | 0 | 1, string> = { [-1]: 'last', 0: 'this', 1: 'next' };
const REL_AR = { year: { [-1]: 'الماضي', 0: 'الجاري', 1: 'المقبل' }, month: { [-1]: 'الماضي', 0: 'الجاري', 1: 'المقبل' } } as const;
const periodEn = (p: string): string => (/^\d{4}/u.test(p) ? p : `month ${p}`);
const periodAr = (p: string): string => (/^\d{4}/u.test(p) ? day(p) : `الشهر ${p}`);

const SENTENCES: { [C in EvidenceCode]: Sentences<C> } = {
  // clues-days.ts
  'weekday-offset': {
    en: (n) => `the article date is a ${en(n.article)} (offset ${n.offset} is a ${en(n.named)})`,
    ar: (n) => `يسمّي النص يوم ${ar(n.named)}، فالمقال كُتب يوم ${ar(n.article)}.`,
  },
  'weekday-tense': {
    en: (n) => `${en(n.weekday)} in a ${n.tense} clause: ${n.tense === 'future' ? 'on or after' : 'on or before'} the article date`,
    ar: (n) => (n.tense === 'future' ? `يوم ${ar(n.weekday)} في سياق المستقبل: يقع في يوم المقال أو بعده.` : `يوم ${ar(n.weekday)} في سياق الماضي: يقع في يوم المقال أو قبله.`),
  },
  'weekday-both': {
    en: (n) => `the article date is a ${en(n.weekday)} (told both as past and as to come)`,
    ar: (n) => `يرد يوم ${ar(n.weekday)} في النص ماضياً ومستقبلاً معاً، فالمقال كُتب يوم ${ar(n.weekday)}.`,
  },
  // clues-dates.ts
  updated: {
    en: (n) => `last updated ${n.day}: published that day or the day before, most likely`,
    ar: (n) => `آخر تحديث في ${day(n.day)}: نُشر المقال على الأرجح في ذلك اليوم أو في اليوم السابق له.`,
  },
  'header-day': {
    en: (n) => `the page header shows ${n.day}, the day it was shown: the article is on or before it`,
    ar: (n) => `في رأس الصفحة تاريخ يوم عرضها ${day(n.day)}: المقال في ذلك اليوم أو قبله.`,
  },
  'accessed-day': {
    en: (n) => `the page says it was read (accessed) on ${n.day}: the article is on or before it`,
    ar: (n) => `تذكر الصفحة أنها قُرئت (اطُّلع عليها) في ${day(n.day)}: المقال في ذلك اليوم أو قبله.`,
  },
  'archived-day': {
    en: (n) => `an archive captured the page on ${n.day}: the article is on or before it`,
    ar: (n) => `حفظ أرشيفٌ للويب نسخة من الصفحة في ${day(n.day)}: المقال في ذلك اليوم أو قبله.`,
  },
  'page-top-day': {
    en: (n) => `the page opens on ${n.day}, above its headline: the story's day, or the day the page was shown or saved (the story is then before it)`,
    ar: (n) => `تعلو العنوانَ في أول الصفحة ${day(n.day)}: هو يوم الخبر، أو يوم عرض الصفحة أو حفظها فيكون الخبر قبله.`,
  },
  'page-foot-day': {
    en: (n) => `the page closes on ${n.day}, below its story: the story's day, or the day the page was shown or saved (the story is then before it)`,
    ar: (n) => `يختم الصفحةَ تحت الخبر ${day(n.day)}: هو يوم الخبر، أو يوم عرض الصفحة أو حفظها فيكون الخبر قبله.`,
  },
  'page-top-day-month': {
    en: (n) => `the page opens on day ${n.day} of month ${n.month} with no year, above its headline: the story's day, or the day the page was shown or saved`,
    ar: (n) => `تعلو العنوانَ في أول الصفحة ${n.day} ${printedMonth(n.month)} بلا سنة: هو يوم الخبر، أو يوم عرض الصفحة أو حفظها.`,
  },
  'states-date': { en: (n) => `states the article date ${n.day}`, ar: (n) => `يذكر النص تاريخ المقال صراحة: ${day(n.day)}.` },
  dateline: { en: (n) => `printed date or dateline ${n.date}`, ar: (n) => `تاريخ مطبوع في رأس الخبر: ${day(n.date)}.` },
  'weekday-of-date': {
    en: (n) => `names the weekday of ${n.date}: the article is within a week of it`,
    ar: (n) => `يذكر النص اسم يوم ${day(n.date)}، فالمقال في حدود أسبوع منه.`,
  },
  'calendar-date': {
    en: (n) => (n.side === 'before' ? `announces ${n.date}: the article is before it` : n.side === 'after' ? `reports ${n.date}: the article is after it` : `names ${n.date}: the article is within two years of it`),
    ar: (n) => (n.side === 'before' ? `يعلن النص موعداً في ${day(n.date)}، فالمقال قبله.` : n.side === 'after' ? `يروي النص حدثاً في ${day(n.date)}، فالمقال بعده.` : `يذكر النص ${day(n.date)}، فالمقال في حدود سنتين منه.`),
  },
  'states-day-month': { en: () => 'states the article date (day and month)', ar: () => 'يذكر النص يوم المقال وشهره.' },
  'apposed-distance': {
    en: (n) => `a date told again as ${Math.abs(n.days)} day(s) ${n.days > 0 ? 'after' : 'before'} the article: the article is that far from it`,
    ar: (n) => `يذكر النص تاريخاً ويقول إنه ${n.days > 0 ? 'بعد' : 'قبل'} ${daysAr(Math.abs(n.days))} من يوم المقال: المقال على تلك المسافة منه.`,
  },
  'apposed-week': {
    en: (n) => `a date told again as ${n.rel > 0 ? 'next' : 'last'} week: the article is in the week ${n.rel > 0 ? 'before' : 'after'} it`,
    ar: (n) => `يذكر النص تاريخاً ويقول إنه في الأسبوع ${n.rel > 0 ? 'المقبل' : 'الماضي'}: المقال في الأسبوع ${n.rel > 0 ? 'السابق له' : 'التالي له'}.`,
  },
  'dateline-day-month': { en: () => 'dateline day and month: the article date', ar: () => 'اليوم والشهر في رأس الخبر هما تاريخ المقال.' },
  'weekday-fits-years': {
    en: () => 'the weekday named fits this day and month only in some years, and near the article',
    ar: () => 'اسم اليوم المذكور لا يوافق هذا اليوم والشهر إلا في سنوات بعينها، قريبة من المقال.',
  },
  'named-period': {
    en: (n) => `${REL_EN[n.rel]} ${n.period} is named ${periodEn(n.named)}: the article is in ${periodEn(n.article)}`,
    ar: (n) => `يسمّي النص ${n.period === 'year' ? 'العام' : 'الشهر'} ${REL_AR[n.period][n.rel]} (${periodAr(n.named)})، فالمقال في ${periodAr(n.article)}.`,
  },
  'paired-month': {
    en: (n) => `a part of ${REL_EN[n.rel]} month and the same part of month ${n.named} are told alike: taken for one period, the article is in month ${n.article}`,
    ar: (n) => `يذكر النص جزءاً من الشهر ${REL_AR.month[n.rel]} والجزء نفسه من الشهر ${n.named} بالصيغة نفسها، فإن كانا فترة واحدة فالمقال في الشهر ${n.article}.`,
  },
  'paired-year': {
    en: (n) => `${REL_EN[n.rel]} year and a date of ${n.named} are told alike nearby: taken for one period, the article is in ${n.article}`,
    ar: (n) => `يذكر النص العام ${REL_AR.year[n.rel]} وتاريخاً من عام ${n.named} بالصيغة نفسها في جملتين متجاورتين، فإن كانا فترة واحدة فالمقال في عام ${n.article}.`,
  },
  'dated-counted-month': {
    en: (n) => `month ${n.month} is told as ${REL_EN[n.rel]} and given the year ${n.year}: the article is in ${n.article}`,
    ar: (n) => `يذكر النص الشهر ${n.month} ${REL_AR.month[n.rel]} ويذكره من عام ${n.year}، فالمقال في ${day(n.article)}.`,
  },
  'current-month': {
    en: (n) => `"current month" is month ${n.month}: the article is in that month`,
    ar: (n) => `«الشهر الجاري» هو الشهر ${n.month}: المقال في ذلك الشهر.`,
  },
  'day-to-come': { en: () => 'a day still to come: the article is before it', ar: () => 'يوم لم يأتِ بعد: المقال قبله.' },
  'recent-date': {
    en: (n) => `a date with no year${n.side === 'before' ? ', still to come' : n.side === 'after' ? ', already past' : ''}: news is most often weeks from the days it names`,
    ar: (n) => `تاريخ بلا سنة${n.side === 'before' ? ' لم يأتِ بعد' : n.side === 'after' ? ' مضى' : ''}: الخبر في الغالب على بعد أسابيع من الأيام التي يذكرها.`,
  },
  'catalog-days': {
    en: (n) => `same days as ${n.rounds.map((r) => `${r.id} (${r.span}${r.planned ? ', as announced before it was put off' : ''})`).join(' or ')} in the rounds catalog`,
    ar: (n, ctx) => `الأيام نفسها التي عُقدت فيها ${n.rounds.map((r) => `${round(r.id, ctx)} (${r.planned ? 'موعدها المعلن آنذاك ' : ''}${day(r.span)})`).join(' أو ')} في دليل الجولات.`,
  },
  // clues-rounds.ts
  'tie-offset': {
    en: (n) => `${tiedEn(n.point)} of ${roundsAtEn(n.rounds)} is ${n.offset} day(s) from the article`,
    ar: (n, ctx) => {
      const when = n.offset === 0 ? 'يوم المقال نفسه' : `${n.offset > 0 ? 'بعد' : 'قبل'} ${daysAr(Math.abs(n.offset))} من المقال`;
      return `${tiedAr(n.point)} ${roundsAtAr(n.rounds, ctx)}: ${when}.`;
    },
  },
  'tie-weekday': {
    en: (n) => `${tiedEn(n.point)} of ${roundsAtEn(n.rounds)} is the ${n.side ? `${n.side} ` : ''}weekday named`,
    ar: (n, ctx) => (n.side
      ? `${tiedAr(n.point)} ${roundsAtAr(n.rounds, ctx)} هو يوم الأسبوع ${n.side === 'coming' ? 'المقبل' : 'الماضي'} المذكور في النص.`
      : `${tiedAr(n.point)} ${roundsAtAr(n.rounds, ctx)} يوافق يوم الأسبوع المذكور في النص.`),
  },
  'tie-date': {
    en: (n) => `${tiedEn(n.point)} of ${roundsAtEn(n.rounds)} falls on the date named`,
    ar: (n, ctx) => `${tiedAr(n.point)} ${roundsAtAr(n.rounds, ctx)} يوافق التاريخ المذكور في النص.`,
  },
  'edge-news': {
    en: (n) => `${reportedEn(n.point)} of ${n.rounds.join(' or ')} is reported${n.point.since ? ': the article is days after it' : n.today ? ' as today\'s news' : ' news'}`,
    ar: (n, ctx) => `يروي النص ${reportedAr(n.point, roundsAr(n.rounds, ctx))}${n.point.since ? '، فالمقال بعد ذلك بيوم أو أكثر' : ` خبراً ${n.today ? 'لليوم: المقال في ذلك اليوم أو قريباً منه' : 'جديداً: المقال في ذلك اليوم أو بعده بقليل'}`}.`,
  },
  'near-round': {
    en: (n) => `mentions ${n.rounds.join(' or ')}${n.upcoming ? ' as upcoming' : ''}`,
    ar: (n, ctx) => (n.upcoming ? `يذكر النص ${roundsAr(n.rounds, ctx)} موعداً قادماً: المقال قبلها.` : `يذكر النص ${roundsAr(n.rounds, ctx)}: المقال قرب موعدها أو بعده.`),
  },
  anniversary: {
    en: (n) => `the ${n.years}-year anniversary of the ${n.edge} of ${n.rounds.map((r) => `${r.id} (${r.span})`).join(' or ')}: the article is ${n.today ? 'on it' : 'near it'}`,
    ar: (n, ctx) => `يذكر النص مرور ${formatArabicCount(n.years, YEARS_AFTER_PREPOSITION)} على ${n.edge === 'close' ? 'اختتام' : 'انطلاق'} ${roundsAr([...new Set(n.rounds.map((r) => r.id))], ctx)}: المقال ${n.today ? 'في يوم الذكرى نفسه' : 'في أيام قريبة من الذكرى'} (${n.rounds.map((r) => day(r.span)).join(' أو ')}).`,
  },
  // clues-eras.ts: each era carries its own two sentences (src/lib/lexicon/eras.ts).
  era: {
    en: (n) => ERA.get(n.era)?.en ?? `era ${n.era}`,
    ar: (n) => {
      const e = ERA.get(n.era);
      return e ? e.ar.replace('{from}', day(e.from)).replace('{to}', e.to ? day(e.to) : '') : UNKNOWN_EVIDENCE_AR;
    },
  },
  // clues-war-age.ts
  'war-age': {
    en: (n) => `tells the war's age as ${n.years} year(s) since March 2011`,
    ar: (n) => `يذكر النص أن الحرب في سوريا مستمرة منذ ${formatArabicCount(n.years, YEARS_AFTER_PREPOSITION)} تقريباً، وقد بدأت في آذار 2011: المقال من تلك السنوات.`,
  },
  'war-entered': {
    en: (n) => `tells the day the war entered its year ${n.years}, the anniversary of its outbreak ${n.day}`,
    ar: (n) => `يذكر النص اليوم الذي دخلت فيه الحرب عامها الـ${n.years}، وهو ذكرى اندلاعها في ${day(n.day)}.`,
  },
  // clues-url.ts, clues-meta.ts
  'url-day': { en: (n) => `the address states the day ${n.day}`, ar: (n) => `عنوان الصفحة الأصلية يذكر يوم النشر: ${day(n.day)}.` },
  'url-month': { en: (n) => `the address names the month ${n.month}`, ar: (n) => `عنوان الصفحة الأصلية يذكر شهر النشر: ${day(n.month)}.` },
  meta: {
    en: (n) => `the page's metadata (${n.field}) states the publication day ${n.day}`,
    // The tag's name is Latin: the reader gets what it says, not its name.
    ar: (n) => `تذكر بيانات الصفحة الأصلية يوم نشرها: ${day(n.day)}.`,
  },
};

/** The reader's sentence when a written article carries evidence this build does not know. */
export const UNKNOWN_EVIDENCE_AR = 'قرينة استعملها محرك التأريخ لتحديد تاريخ المقال.';

/** The row for a note's code, looked up by a plain string: written content may hold codes of another build. */
interface AnySentences { en(n: EvidenceNote): string; ar(n: EvidenceNote, ctx: ExplainContext): string }
const sentences = (code: string): AnySentences | undefined =>
  (Object.hasOwn(SENTENCES, code) ? (SENTENCES as unknown as Record<string, AnySentences>)[code] : undefined);

/** The maintainer's sentence for one piece of evidence. */
export function noteEn(note: EvidenceNote): string {
  return sentences(note.code)?.en(note) ?? `evidence ${note.code}`;
}

/** The reader's sentence; never English, also for a note written by another version of the engine
 *  (a field it lacks makes the row throw: the reader still gets a sentence). */
export function noteAr(note: EvidenceNote | undefined, ctx: ExplainContext): string {
  const s = note && sentences(note.code);
  if (!note || !s) return UNKNOWN_EVIDENCE_AR;
  try {
    return s.ar(note, ctx);
  } catch {
    return UNKNOWN_EVIDENCE_AR;
  }
}
