// What each kind of expression is, in one table. A new kind in types.ts must get its row here (the
// compiler asks for it), and the stages that sort expressions read these traits, not their own lists.
import type { Kind } from './types.ts';

export interface KindTraits {
  /** A date on the calendar (a day, a range, a month or part of one, a year, a Hijri date). */
  calendar: boolean;
  /** Counted from the article's own day («اليوم», «الخميس», «الأسبوع المقبل», «منذ عامين»): no number in
   *  it can be a resolution or a phone number. */
  relative: boolean;
  /** Names a day that a round can be tied to (a calendar one only without a year). */
  day: boolean;
  /** Names a coarser time a round is tied to when no day is (a calendar one only without a year, a
   *  relative one only without a day). */
  period: boolean;
}

const CALENDAR = { calendar: true, relative: false, day: false, period: false };
const RELATIVE = { calendar: false, relative: true, day: false, period: false };

export const KIND_TRAITS: Record<Kind, KindTraits> = {
  'date': { ...CALENDAR, day: true },
  'day-range': { ...CALENDAR, day: true },
  'month-part': { ...CALENDAR, period: true },
  'month': { ...CALENDAR, period: true },
  'numeric-date': CALENDAR,
  'year': CALENDAR,
  'hijri': CALENDAR,
  'relative-day': { ...RELATIVE, day: true },
  'weekday': { ...RELATIVE, day: true },
  'relative-week': { ...RELATIVE, period: true },
  'relative-month': { ...RELATIVE, period: true },
  'relative-year': RELATIVE,
  'duration': RELATIVE,
  'eve': RELATIVE,
  'round': { calendar: false, relative: false, day: false, period: false },
};

/** Whether an expression tells a time (a date or one counted from the article), not a round: what a
 *  stamp's line may hold beside its words. */
export const tellsTime = (e: { kind: Kind }): boolean => KIND_TRAITS[e.kind].calendar || KIND_TRAITS[e.kind].relative;
