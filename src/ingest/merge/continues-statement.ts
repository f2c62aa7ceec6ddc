import { foldWords } from '../shared/fold-words.ts';
import type { EventRecord } from '../shared/event-record.ts';

/** What is said: a statement and an announcement on one day may be one communication told twice. */
export const SAID_KINDS: ReadonlySet<string> = new Set(['statement', 'announcement']);

// A report that opens as more of what was just said (folded): «وأضاف/وتابع/وأوضح …» (he added, went on,
// explained), or «وقال/وقالت/وذكر …» whose subject is the statement itself or its issuer named back
// («البيان», «في بيانها», «الوزارة»). A new speaker («وقال لافروف») opens a new statement.
const ADDED = /^و(?:اضاف|اضافت|تابع|تابعت|اوضح|اوضحت)(?: |$)/u;
const SAID_BACK = /^و(?:قال|قالت|ذكر|ذكرت|اكد|اكدت)(?: (?:ال)?(?:وزاره|خارجيه|بيان|متحدث|متحدثه|مصدر))?(?: [^ ]+)?(?: (?:في |ب)?(?:بيانها|بيانه|البيان))/u;

/**
 * Whether `later`, the next report of the same article on the same day, tells more of what `earlier`
 * said: «أعلنت الخارجية اليوم انطلاق الجولة …» then «وقالت الوزارة في بيانها، اليوم السبت: …» is one
 * announcement, not two entries.
 */
export function continuesStatement(earlier: EventRecord, later: EventRecord): boolean {
  if (earlier.article !== later.article || earlier.date !== later.date) return false;
  if (!SAID_KINDS.has(earlier.kind) || !SAID_KINDS.has(later.kind)) return false;
  const opening = foldWords(later.quote);
  return ADDED.test(opening) || SAID_BACK.test(opening);
}
