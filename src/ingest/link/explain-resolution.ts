import type { TimeExpression } from '../dating-contract.ts';
import { printedWeekday } from '../../lib/format-arabic-date.ts';

const PERIODS_AR: Record<string, readonly [before: string, same: string, after: string]> = {
  day: ['اليوم السابق ل', 'يوم ', 'اليوم التالي ل'],
  week: ['الأسبوع السابق ل', 'أسبوع ', 'الأسبوع التالي ل'],
  month: ['الشهر السابق ل', 'شهر ', 'الشهر التالي ل'],
  year: ['السنة السابقة ل', 'سنة ', 'السنة التالية ل'],
};
const APPROXIMATE_AR = ' (تقدير تقريبي)';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const firstDay = (edtf: string) => edtf.split('/')[0]!;

/** "تاريخ المقال 2017-12-20", or its interval when the article's day is not known. */
function articleDate(anchor: string): string {
  const [from, to] = anchor.split('/');
  return to ? `تاريخ المقال (بين ${from} و${to})` : `تاريخ المقال ${anchor}`;
}

/** Days from the article's day to `day` (both YYYY-MM-DD), or null when the article's day is an interval. */
function daysFrom(anchor: string, day: string): number | null {
  if (anchor.includes('/') || !/^\d{4}-\d{2}-\d{2}$/u.test(day)) return null;
  return Math.round((Date.parse(day) - Date.parse(anchor)) / 86_400_000);
}

function relative(period: string, rel: number, of: string): string {
  const words = PERIODS_AR[period] ?? PERIODS_AR.day!;
  return `${words[rel < 0 ? 0 : rel > 0 ? 2 : 1]}${of}`;
}

function explain(e: TimeExpression, anchor: string | undefined, roundName: string | undefined): string {
  const s = e.stated;
  const resolved = e.resolved!;
  if (e.kind === 'round') return roundName ? `مواعيد «${roundName}» في دليل الجولات` : 'مواعيد الجولة في دليل الجولات';
  if (e.kind === 'article-date' && anchor) return `${articleDate(anchor)}: مطلع الخبر لا يذكر وقتاً آخر، فهو خبر يوم المقال`;
  if (num(s.year) !== undefined || !anchor) return 'التاريخ كما ورد في النص';
  const of = articleDate(anchor);
  const offset = num(s.offset);
  const rel = num(s.rel);
  const weekday = num(s.weekday);
  const month = num(s.month);
  if (e.kind === 'eve') return `${offset !== undefined && offset > 0 ? 'اليوم التالي' : 'اليوم السابق'} لموعد الاجتماع الذي يذكره المقال`;
  if (e.kind === 'duration') return `أيام قليلة ${rel !== undefined && rel > 0 ? 'بعد' : 'قبل'} ${of}`;
  if (e.kind === 'relative-day' && offset !== undefined) {
    if (num(s.offsetEnd) !== undefined) return `${relative('day', offset, of)} واليوم الذي يليه`;
    if (Math.abs(offset) <= 1) return relative('day', offset, of);
    return `${Math.abs(offset)} أيام ${offset < 0 ? 'قبل' : 'بعد'} ${of}`;
  }
  if (e.kind === 'weekday' && weekday !== undefined) {
    const name = printedWeekday(weekday) ?? '';
    const gap = daysFrom(anchor, resolved.edtf);
    if (gap === null) return `يوم ${name} الأقرب إلى ${of}`;
    if (gap === 0) return `يوم ${name}، وهو يوم ${of}`;
    return `يوم ${name} ${gap < 0 ? 'السابق' : 'التالي'} ل${of}`;
  }
  if (month === undefined && typeof s.period === 'string' && rel !== undefined) {
    const where = relative(s.period, rel, of);
    if (e.kind === 'day-range') return `اليومان المذكوران من ${where}`;
    if (num(s.day) !== undefined) return `اليوم المذكور من ${where}`;
    return Array.isArray(s.part) ? `جزء من ${where}` : where;
  }
  if (month !== undefined) return `السنة ${firstDay(resolved.edtf).slice(0, 4)} مستنتجة من ${of}`;
  return `مستنتج من ${of}`;
}

/**
 * How an event's date was read, in Arabic for the entry page: built from what the text states (the
 * expression's kind and values), the date it resolved to and the article's date, not translated from
 * the engine's English note (which stays in the engine's own output for maintainers).
 */
export function explainResolution(e: TimeExpression, anchor: string | undefined, roundName?: string): string {
  const text = explain(e, anchor, roundName);
  return e.resolved?.certainty === 'approximate' ? `${text}${APPROXIMATE_AR}` : text;
}
