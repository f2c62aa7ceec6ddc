// Arabic axis labels for vis-timeline (Gregorian, Levantine month names, Latin digits: the same choice
// as src/lib/format-arabic-date.ts, see there why), in the reader's own time zone. Month names come
// from the lexicon, as the pages print them; numbers alone from Intl.
import { printedMonth } from '../lib/format-arabic-date.ts';

const LOCALE = 'ar-SY-u-nu-latn';
const month = (d: Date): string => printedMonth(d.getMonth());
const F = {
  day: new Intl.DateTimeFormat(LOCALE, { day: 'numeric' }),
  dayMonth: { format: (d: Date): string => `${d.getDate()} ${month(d)}` },
  month: { format: month },
  monthYear: { format: (d: Date): string => `${month(d)} ${d.getFullYear()}` },
  monthNumber: new Intl.DateTimeFormat(LOCALE, { month: 'numeric' }),
  year: new Intl.DateTimeFormat(LOCALE, { year: 'numeric' }),
  hour: new Intl.DateTimeFormat(LOCALE, { hour: 'numeric' }),
};

type MomentLike = { valueOf(): number };

function toDate(d: Date | MomentLike): Date {
  return d instanceof Date ? d : new Date(d.valueOf());
}

/** Minor labels: the unit being stepped through at this zoom. */
export function minorLabel(date: Date | MomentLike, scale: string): string {
  const d = toDate(date);
  switch (scale) {
    case 'millisecond': case 'second': case 'minute': case 'hour': return F.hour.format(d);
    case 'weekday': case 'day': case 'week': return F.day.format(d);
    case 'month': return F.month.format(d);
    default: return F.year.format(d);
  }
}

/** Minor labels on a phone: months by number (the year is the major label above them), since a
 *  month's name such as «تشرين الأول» is wider than a month or a quarter is there. */
export function narrowMinorLabel(date: Date | MomentLike, scale: string): string {
  return scale === 'month' ? F.monthNumber.format(toDate(date)) : minorLabel(date, scale);
}

/** Major labels: the enclosing unit. */
export function majorLabel(date: Date | MomentLike, scale: string): string {
  const d = toDate(date);
  switch (scale) {
    case 'millisecond': case 'second': case 'minute': case 'hour': return F.dayMonth.format(d);
    case 'weekday': case 'day': case 'week': return F.monthYear.format(d);
    case 'month': return F.year.format(d);
    default: return '';
  }
}

/** A full day, for tooltips: «21 كانون الأول 2017». */
export function dayLabel(date: Date): string {
  return `${date.getDate()} ${F.monthYear.format(date)}`;
}
